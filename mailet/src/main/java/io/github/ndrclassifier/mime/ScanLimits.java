package io.github.ndrclassifier.mime;

/**
 * Bounds that keep a scan of hostile input in bounded memory and time. A message beyond them is
 * still classified from what was read before the limit.
 *
 * @param maxTextBytes         bytes read of one textual part (the rest is skipped)
 * @param maxTotalTextBytes    bytes read of all textual parts together
 * @param maxReportBytes       bytes read of one delivery-status or feedback-report part
 * @param maxHeaderBlockBytes  bytes read of an attached original's header block
 * @param maxHeaderFields      header fields kept per header block
 * @param maxHeaderFieldBytes  bytes of one header field (a longer field ends the header)
 * @param maxParts             leaf parts kept
 * @param maxMultipartDepth    multipart nesting followed; deeper content is skipped whole
 * @param maxMessageNesting    attached messages followed into (a forwarded report)
 */
public record ScanLimits(int maxTextBytes, int maxTotalTextBytes, int maxReportBytes, int maxHeaderBlockBytes,
                         int maxHeaderFields, int maxHeaderFieldBytes, int maxParts, int maxMultipartDepth,
                         int maxMessageNesting) {
    /** Limits that comfortably hold every real bounce. */
    public static final ScanLimits DEFAULT = new ScanLimits(
            128 * 1024, 512 * 1024, 2 * 1024 * 1024, 128 * 1024, 1000, 1024 * 1024, 200, 24, 3);

    public ScanLimits {
        if (maxTextBytes <= 0 || maxTotalTextBytes <= 0 || maxReportBytes <= 0 || maxHeaderBlockBytes <= 0
                || maxHeaderFields <= 0 || maxHeaderFieldBytes <= 0 || maxParts <= 0 || maxMultipartDepth <= 0
                || maxMessageNesting < 0) {
            throw new IllegalArgumentException("scan limits must be positive");
        }
    }
}

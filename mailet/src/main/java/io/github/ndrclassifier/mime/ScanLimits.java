package io.github.ndrclassifier.mime;

/**
 * Bounds that keep a scan of hostile input in bounded memory and time. A message beyond them is
 * still classified from what was read before the limit. Whatever the input, a scan keeps at most
 * {@code maxTotalTextBytes + maxReportBytes + maxTotalHeaderBytes} bytes of content, and reads
 * one line of at most {@code maxHeaderFieldBytes} at a time.
 *
 * @param maxTextBytes         bytes read of one textual part (the rest is skipped)
 * @param maxTotalTextBytes    bytes read of all textual parts together
 * @param maxReportBytes       bytes read of all delivery-status, feedback-report and
 *                             disposition-notification parts together
 * @param maxHeaderBlockBytes  bytes read of an attached original's header block
 * @param maxHeaderFields      header fields kept per header block
 * @param maxHeaderFieldBytes  bytes of one header field or header line (a longer one ends the scan)
 * @param maxParts             leaf parts kept
 * @param maxMultipartDepth    multipart nesting followed; deeper content is skipped whole
 * @param maxMessageNesting    attached messages followed into (a forwarded report)
 * @param maxTotalHeaderBytes  bytes of header fields kept in all header blocks together (the
 *                             message's, its parts', the original's); a field that does not fit
 *                             in what remains is dropped
 */
public record ScanLimits(int maxTextBytes, int maxTotalTextBytes, int maxReportBytes, int maxHeaderBlockBytes,
                         int maxHeaderFields, int maxHeaderFieldBytes, int maxParts, int maxMultipartDepth,
                         int maxMessageNesting, int maxTotalHeaderBytes) {
    /** Limits that comfortably hold every real bounce. */
    public static final ScanLimits DEFAULT = new ScanLimits(
            128 * 1024, 512 * 1024, 2 * 1024 * 1024, 128 * 1024, 1000, 2 * 1024 * 1024, 200, 24, 3, 1024 * 1024);

    public ScanLimits {
        if (maxTextBytes <= 0 || maxTotalTextBytes <= 0 || maxReportBytes <= 0 || maxHeaderBlockBytes <= 0
                || maxHeaderFields <= 0 || maxHeaderFieldBytes <= 0 || maxParts <= 0 || maxMultipartDepth <= 0
                || maxMessageNesting < 0 || maxTotalHeaderBytes <= 0) {
            throw new IllegalArgumentException("scan limits must be positive");
        }
    }
}

package io.github.ndrclassifier.report;

import java.util.Optional;

/**
 * Makes report values safe to print, log, write into a header or a JSON line: each run of control
 * characters (C0 including CR, LF and TAB, DEL, C1) and Unicode line or paragraph separators
 * becomes one space. Bounces are written by strangers: an address decoded from xtext
 * ({@code +0D+0A}), a diagnostic or a header may carry any of them. The report types apply it to
 * every text value they hold, so no value of a report ever spans lines.
 */
public final class SingleLine {
    private SingleLine() {
    }

    /** {@code value} without control characters; the same instance when it has none. */
    public static String of(String value) {
        int control = firstControl(value, 0);
        return control < 0 ? value : replaceControls(value, control);
    }

    /**
     * Kept apart from {@link #of(String)}, which the JIT copies into every report constructor: the
     * rare case stays one call instead of a string builder compiled into each copy.
     */
    private static String replaceControls(String value, int first) {
        int control = first;
        StringBuilder out = new StringBuilder(value.length());
        int copied = 0;
        while (control >= 0) {
            out.append(value, copied, control).append(' ');
            int end = control + 1;
            while (end < value.length() && isControl(value.charAt(end))) {
                end++;
            }
            copied = end;
            control = firstControl(value, end);
        }
        return out.append(value, copied, value.length()).toString();
    }

    /** The optional value without control characters. */
    public static Optional<String> of(Optional<String> value) {
        if (value.isEmpty()) {
            return value;
        }
        String v = value.get();
        String safe = of(v);
        return safe == v ? value : Optional.of(safe);
    }

    private static int firstControl(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            // Printable ASCII, nearly every character of a value, is told apart with two comparisons.
            if ((c < 0x20 || c >= 0x7f) && isControl(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
    }
}

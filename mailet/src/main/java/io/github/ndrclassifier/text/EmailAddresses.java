package io.github.ndrclassifier.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds e-mail addresses in free text with a linear scan (no regular expression): around each
 * {@code @}, the longest run of local-part characters before and of domain characters after.
 */
public final class EmailAddresses {
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;

    /** An address found at {@code [start, end)} of the text. */
    public record Found(String address, int start, int end) {
    }

    private EmailAddresses() {
    }

    /** Every address in the text, in order, at most {@code limit}. */
    public static List<Found> findAll(CharSequence text, int limit) {
        List<Found> found = new ArrayList<>();
        int from = 0;
        while (found.size() < limit) {
            Found next = find(text, from);
            if (next == null) {
                break;
            }
            found.add(next);
            from = next.end();
        }
        return found;
    }

    /** The first address at or after {@code from}, or null. */
    public static Found find(CharSequence text, int from) {
        int n = text.length();
        for (int at = Math.max(from, 1); at < n - 1; at++) {
            if (text.charAt(at) != '@') {
                continue;
            }
            int start = at;
            while (start > from && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < n && end - at <= MAX_DOMAIN && isDomainChar(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (start < at && end > at + 1 && text.charAt(at + 1) != '.' && hasDot(text, at + 1, end)) {
                return new Found(text.subSequence(start, end).toString(), start, end);
            }
        }
        return null;
    }

    /** Lower-cases the domain part, which is case-insensitive; the local part is kept. */
    public static String canonical(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean hasDot(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocalChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "!#$%&'*+/=?^_`{|}~.-".indexOf(c) >= 0 || c > 127 && Character.isLetterOrDigit(c);
    }

    private static boolean isDomainChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c > 127 && Character.isLetterOrDigit(c);
    }
}

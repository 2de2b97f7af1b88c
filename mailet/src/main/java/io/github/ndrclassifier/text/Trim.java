package io.github.ndrclassifier.text;

/**
 * Removes runs of given characters from the ends of a string in one pass. Loops that cut one
 * character at a time ({@code while (s.endsWith(".")) s = s.substring(...)}) copy the string
 * once per character: quadratic on a hostile run of thousands of dots.
 */
public final class Trim {
    private Trim() {
    }

    /** {@code s} without the characters of {@code chars} at its start. */
    public static String leading(String s, String chars) {
        int start = 0;
        while (start < s.length() && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start);
    }

    /** {@code s} without the characters of {@code chars} at its end. */
    public static String trailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * When {@code s} starts with one of {@code chars}: {@code s} without the run of those
     * characters and white space at its start, stripped. Otherwise {@code s} itself.
     */
    public static String leadingWithSpace(String s, String chars) {
        if (s.isEmpty() || chars.indexOf(s.charAt(0)) < 0) {
            return s;
        }
        int start = 0;
        while (start < s.length() && (chars.indexOf(s.charAt(start)) >= 0 || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        return s.substring(start).strip();
    }
}

package io.github.ndrclassifier.knowledge;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;

/**
 * A range of details of one class and subject, as the data files write it:
 * {@code "5.7.606-649"} is 5.7.606 to 5.7.649, both included.
 *
 * @param codeClass 2, 4 or 5
 * @param subject   the subject
 * @param from      the first detail
 * @param to        the last detail, not below {@code from}
 */
record StatusRange(int codeClass, int subject, int from, int to) {

    /**
     * Parses {@code class.subject.from-to}; {@code x.subject.from-to} gives one range per failure
     * class.
     *
     * @throws IllegalArgumentException with what is wrong
     */
    static StatusRange[] parse(String value) {
        String s = value.strip();
        int dash = s.indexOf('-');
        if (dash < 0 || s.indexOf('-', dash + 1) >= 0) {
            throw new IllegalArgumentException("a range is written class.subject.first-last, e.g. 5.7.606-649: \""
                    + value + "\"");
        }
        int[][] starts = StatusCodes.parse(s.substring(0, dash));
        int last;
        try {
            last = Integer.parseInt(s.substring(dash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the end of a range is a detail number, e.g. 5.7.606-649: \""
                    + value + "\"");
        }
        StatusRange[] ranges = new StatusRange[starts.length];
        for (int i = 0; i < starts.length; i++) {
            int[] start = starts[i];
            if (last <= start[2] || last > 999) {
                throw new IllegalArgumentException("the end of a range must be above its start and at most 999: \""
                        + value + "\"");
            }
            ranges[i] = new StatusRange(start[0], start[1], start[2], last);
        }
        return ranges;
    }

    boolean contains(EnhancedStatusCode code) {
        return code.codeClass() == codeClass && code.subject() == subject && code.detail() >= from
                && code.detail() <= to;
    }

    boolean overlaps(StatusRange other) {
        return other.codeClass == codeClass && other.subject == subject && other.from <= to && from <= other.to;
    }

    boolean encloses(StatusRange other) {
        return other.codeClass == codeClass && other.subject == subject && from <= other.from && other.to <= to;
    }

    int width() {
        return to - from;
    }

    @Override
    public String toString() {
        return codeClass + "." + subject + "." + from + "-" + to;
    }
}

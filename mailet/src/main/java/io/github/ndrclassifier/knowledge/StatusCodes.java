package io.github.ndrclassifier.knowledge;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;

/**
 * Status codes as the knowledge tables key them: one int per code ({@link EnhancedStatusCode#key()}),
 * so lookups neither parse nor allocate. The data files write codes as {@code 5.1.1}, or
 * {@code x.1.1} for both failure classes.
 */
final class StatusCodes {
    private StatusCodes() {
    }

    /** The code an {@link EnhancedStatusCode#key()} stands for, as written. */
    static String toString(int key) {
        return key / 1_000_000 + "." + key / 1_000 % 1_000 + "." + key % 1_000;
    }

    /** The keys a written code stands for: one, or two for {@code x.subject.detail}. */
    static int[] keys(String value) {
        int[][] codes = parse(value);
        int[] keys = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            keys[i] = EnhancedStatusCode.key(codes[i][0], codes[i][1], codes[i][2]);
        }
        return keys;
    }

    /**
     * Parses {@code class.subject.detail} (class 2, 4, 5 or x) into {class, subject, detail}
     * triples.
     *
     * @throws IllegalArgumentException with what is wrong
     */
    static int[][] parse(String value) {
        String s = value.strip();
        boolean bothClasses = s.startsWith("x.") || s.startsWith("X.");
        String written = bothClasses ? "5" + s.substring(1) : s;
        EnhancedStatusCode code = s.isEmpty() || containsSpace(s) ? null
                : EnhancedStatusCode.parse(written).filter(c -> c.toString().equals(written)).orElse(null);
        if (code == null) {
            throw new IllegalArgumentException("not a status code (class.subject.detail, e.g. 5.1.1 or x.1.1): \""
                    + value + "\"");
        }
        if (bothClasses) {
            return new int[][] {{4, code.subject(), code.detail()}, {5, code.subject(), code.detail()}};
        }
        return new int[][] {{code.codeClass(), code.subject(), code.detail()}};
    }

    private static boolean containsSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

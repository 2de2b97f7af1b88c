package io.github.ndrclassifier.hostile;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A message of any size generated while it is read, so that a test of a 50 MB message does not
 * itself hold 50 MB: a sequence of segments, each a text written once or a line repeated.
 */
final class GeneratedMessage {
    private final List<byte[]> units = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();

    /** Text written once (ISO-8859-1, so every char is one byte, NUL and binary included). */
    GeneratedMessage text(String text) {
        return repeat(text, 1);
    }

    /** {@code unit} written {@code count} times. */
    GeneratedMessage repeat(String unit, long count) {
        units.add(unit.getBytes(ISO_8859_1));
        counts.add(count);
        return this;
    }

    /** The total size in bytes. */
    long size() {
        long size = 0;
        for (int i = 0; i < units.size(); i++) {
            size += units.get(i).length * counts.get(i);
        }
        return size;
    }

    InputStream stream() {
        return new Stream();
    }

    private final class Stream extends InputStream {
        private int segment;
        private long repetition;
        private int offset;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len && segment < units.size()) {
                byte[] unit = units.get(segment);
                if (repetition >= counts.get(segment) || unit.length == 0) {
                    segment++;
                    repetition = 0;
                    offset = 0;
                    continue;
                }
                int chunk = Math.min(len - n, unit.length - offset);
                System.arraycopy(unit, offset, buffer, off + n, chunk);
                n += chunk;
                offset += chunk;
                if (offset == unit.length) {
                    offset = 0;
                    repetition++;
                }
            }
            return n == 0 ? -1 : n;
        }
    }
}

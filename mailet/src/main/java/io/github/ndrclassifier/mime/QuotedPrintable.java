package io.github.ndrclassifier.mime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decodes a quoted-printable body held in an array, byte for byte as Mime4j's lenient
 * {@code QuotedPrintableInputStream} does (line ends become CRLF, white space before a line end
 * is dropped, a malformed escape is kept as written), in one pass without the stream's buffers.
 */
final class QuotedPrintable {
    private static final int CR = '\r';
    private static final int LF = '\n';
    private static final int EQ = '=';

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long EQS = EQ * ONES;
    private static final long CRS = CR * ONES;
    private static final long LFS = LF * ONES;

    /** The bytes the stream buffers as blanks: {@link Character#isWhitespace(int)} of each byte value. */
    private static final boolean[] BLANK = new boolean[256];
    /** The blanks that decode to themselves when text follows them: all but CR and LF. */
    private static final boolean[] INNER_BLANK = new boolean[256];

    /** The value of each hexadecimal digit, -1 for the other bytes. */
    private static final byte[] HEX = new byte[256];

    static {
        for (int b = 0; b < BLANK.length; b++) {
            HEX[b] = (byte) hex(b);
            BLANK[b] = Character.isWhitespace(b);
            INNER_BLANK[b] = BLANK[b] && b != CR && b != LF;
        }
    }

    private QuotedPrintable() {
    }

    /** The most bytes {@link #decode} writes for {@code length} input bytes. */
    static int maxDecodedLength(int length) {
        return 2 * length;
    }

    /**
     * Decodes {@code in[0, length)} into {@code out}, writing at most {@code max} bytes (the rest
     * is dropped); returns how many were written.
     */
    static int decode(byte[] in, int length, byte[] out, int max) {
        Output o = new Output(out, Math.min(max, out.length));
        byte[] blanks = new byte[16];
        int blankCount = 0;
        boolean lastWasCR = false;
        int pos = 0;
        while (pos < length && !o.full()) {
            if (!lastWasCR && blankCount == 0) {
                int stopped = common(in, pos, length, o);
                if (stopped > pos) {
                    pos = stopped;
                    continue;
                }
            }
            int b = in[pos++] & 0xFF;
            if (lastWasCR && b != LF) {
                o.put(CR);
            }
            if (b == CR) {
                lastWasCR = true;
                continue;
            }
            lastWasCR = false;
            if (b == LF) {
                if (blankCount == 0 || blanks[0] != EQ) {
                    o.put(CR);
                    o.put(LF);
                }
                blankCount = 0;
            } else if (b == EQ) {
                int b2 = pos < length ? in[pos++] & 0xFF : -1;
                if (b2 == EQ) {
                    blankCount = o.flush(blanks, blankCount);
                    o.put(b2);
                    int next = pos < length ? in[pos] & 0xFF : -1;
                    int after = pos + 1 < length ? in[pos + 1] & 0xFF : -1;
                    if (next == LF || next == CR && after == LF) {
                        blanks = append(blanks, blankCount++, b2);
                    }
                } else if (b2 >= 0 && BLANK[b2]) {
                    // A soft line break (or '=' followed by blanks, kept if text follows them).
                    int next = pos < length ? in[pos] & 0xFF : -1;
                    if (next == LF) {
                        lastWasCR = b2 == CR;
                    }
                    blankCount = o.flush(blanks, blankCount);
                    if (b2 != LF) {
                        blanks = append(blanks, blankCount++, b);
                        blanks = append(blanks, blankCount++, b2);
                    }
                } else {
                    int b3 = pos < length ? in[pos++] & 0xFF : -1;
                    int upper = hex(b2);
                    int lower = hex(b3);
                    if (upper < 0 || lower < 0) {
                        blankCount = o.flush(blanks, blankCount);
                        o.put(EQ);
                        o.put(b2);
                        o.put(b3);
                    } else {
                        blankCount = o.flush(blanks, blankCount);
                        o.put((upper << 4) | lower);
                    }
                }
            } else if (BLANK[b]) {
                blanks = append(blanks, blankCount++, b);
            } else {
                blankCount = o.flush(blanks, blankCount);
                o.put(b);
            }
        }
        return o.count;
    }

    /**
     * Decodes from {@code pos} the forms nearly all of a body is made of, when no blank or CR is
     * pending: runs of bytes standing for themselves (blanks included when text follows them), a
     * line end, a soft line break and a valid escape. Returns where it stopped: the end, a full
     * output, or the first byte that needs {@link #decode}'s general step (whose results these
     * shortcuts give).
     */
    private static int common(byte[] in, int pos, int length, Output o) {
        byte[] out = o.bytes;
        int count = o.count;
        int max = o.max;
        while (pos < length && count < max) {
            int c = in[pos] & 0xFF;
            if (c != EQ && c != CR && c != LF) {
                int stop = nextLineEndOrEscape(in, pos, length);
                int end = stop;
                if (stop == length || in[stop] != EQ) {
                    // Blanks before a line end or the end are dropped; before '=' they are kept.
                    while (end > pos && INNER_BLANK[in[end - 1] & 0xFF]) {
                        end--;
                    }
                    if (end == pos) {
                        if (stop == length || in[stop] == LF || stop + 1 < length && in[stop + 1] == LF) {
                            pos = stop;
                            continue;
                        }
                        break;
                    }
                }
                int n = Math.min(end - pos, max - count);
                System.arraycopy(in, pos, out, count, n);
                count += n;
                pos += n;
                continue;
            }
            int next = pos + 1 < length ? in[pos + 1] & 0xFF : -1;
            if (c == LF || c == CR && next == LF) {
                // A line end is written as CRLF, a bare LF too, as the stream does.
                out[count++] = CR;
                if (count < max) {
                    out[count++] = LF;
                }
                pos += c == LF ? 1 : 2;
                continue;
            }
            if (c != EQ) {
                break;
            }
            int after = pos + 2 < length ? in[pos + 2] & 0xFF : -1;
            if (next == LF) {
                pos += 2;
            } else if (next == CR && after == LF) {
                pos += 3;
            } else if (next >= 0 && after >= 0 && HEX[next] >= 0 && HEX[after] >= 0) {
                out[count++] = (byte) ((HEX[next] << 4) | HEX[after]);
                pos += 3;
            } else {
                break;
            }
        }
        o.count = count;
        return pos;
    }

    /**
     * The position of the first CR, LF or '=' at or after {@code pos}, or {@code length}; eight
     * bytes are tested at once, since the runs between them are most of a body.
     */
    private static int nextLineEndOrEscape(byte[] in, int pos, int length) {
        int i = pos;
        for (; i <= length - Long.BYTES; i += Long.BYTES) {
            long word = (long) LONGS.get(in, i);
            long found = zeroBytes(word ^ EQS) | zeroBytes(word ^ CRS) | zeroBytes(word ^ LFS);
            if (found != 0) {
                // The lowest flag is exact (a false one only ever follows a true one).
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < length; i++) {
            int c = in[i];
            if (c == EQ || c == CR || c == LF) {
                return i;
            }
        }
        return length;
    }

    /** The high bit of each zero byte of {@code word} set, and possibly of bytes above one. */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & HIGH_BITS;
    }

    private static byte[] append(byte[] blanks, int count, int b) {
        byte[] grown = count < blanks.length ? blanks : java.util.Arrays.copyOf(blanks, 2 * blanks.length);
        grown[count] = (byte) b;
        return grown;
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** The bounded output; a byte of -1 (no byte) is skipped, as the stream does. */
    private static final class Output {
        private final byte[] bytes;
        private final int max;
        private int count;

        Output(byte[] bytes, int max) {
            this.bytes = bytes;
            this.max = max;
        }

        boolean full() {
            return count >= max;
        }

        void put(int b) {
            if (b >= 0 && count < max) {
                bytes[count++] = (byte) b;
            }
        }

        /** Writes the pending blanks; returns the new (zero) count. */
        int flush(byte[] blanks, int blankCount) {
            if (blankCount == 0) {
                return 0;
            }
            for (int i = 0; i < blankCount; i++) {
                put(blanks[i] & 0xFF);
            }
            return 0;
        }
    }
}

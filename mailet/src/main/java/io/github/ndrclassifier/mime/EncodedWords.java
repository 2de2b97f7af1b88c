package io.github.ndrclassifier.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Decodes RFC 2047 encoded words ({@code =?charset?B|Q?text?=}) in one pass. Mime4j's decoder
 * rescans the rest of the value at every {@code =?} it cannot close and looks unknown charsets up
 * through the installed providers, quadratic and slow on a hostile header. Here a word is looked
 * for only within {@value #MAX_WORD} characters of its start and never across white space, and
 * charsets are resolved by {@link CharsetResolver}.
 *
 * <p>Lenient as mail needs: words may touch the text around them; white space between two words
 * is dropped; adjacent words in the same charset are joined before decoding (a character may be
 * split across them); a word that cannot be decoded is kept as written.
 */
final class EncodedWords {
    /** RFC 2047 allows 75 characters; some mailers write longer words. */
    private static final int MAX_WORD = 512;

    private EncodedWords() {
    }

    static String decode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        Charset pendingCharset = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int start = value.indexOf("=?", from);
            if (start < 0) {
                break;
            }
            Word word = Word.at(value, start);
            if (word == null) {
                from = start + 2;
                continue;
            }
            boolean joinsPrevious = pendingCharset != null && isBlank(value, copied, start);
            if (!joinsPrevious || !word.charset.equals(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                if (!joinsPrevious) {
                    out.append(value, copied, start);
                }
            }
            pending.writeBytes(word.bytes);
            pendingCharset = word.charset;
            copied = word.end;
            from = word.end;
        }
        flush(out, pending, pendingCharset);
        return out.append(value, copied, value.length()).toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, Charset charset) {
        if (charset != null && pending.size() > 0) {
            byte[] bytes = pending.toByteArray();
            out.append(TextDecoder.decode(bytes, bytes.length, charset));
        }
        pending.reset();
    }

    private static boolean isBlank(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One decoded word ending (after its {@code ?=}) at {@code end}. */
    private record Word(Charset charset, byte[] bytes, int end) {
        /** The word starting at {@code start} (on its {@code =?}), or null when there is none. */
        static Word at(String value, int start) {
            int limit = Math.min(value.length(), start + MAX_WORD);
            int charsetEnd = next(value, '?', start + 2, limit);
            if (charsetEnd < 0 || charsetEnd == start + 2 || charsetEnd + 2 >= limit
                    || value.charAt(charsetEnd + 2) != '?') {
                return null;
            }
            char encoding = Character.toUpperCase(value.charAt(charsetEnd + 1));
            int textStart = charsetEnd + 3;
            int textEnd = textStart;
            while (textEnd + 1 < limit && !(value.charAt(textEnd) == '?' && value.charAt(textEnd + 1) == '=')) {
                if (Character.isWhitespace(value.charAt(textEnd))) {
                    return null;
                }
                textEnd++;
            }
            if (textEnd + 1 >= limit) {
                return null;
            }
            String text = value.substring(textStart, textEnd);
            byte[] bytes = switch (encoding) {
                case 'B' -> base64(text);
                case 'Q' -> quotedPrintable(text);
                default -> null;
            };
            if (bytes == null) {
                return null;
            }
            String label = value.substring(start + 2, charsetEnd);
            int language = label.indexOf('*');
            Charset charset = CharsetResolver.resolve(language < 0 ? label : label.substring(0, language));
            return new Word(charset, bytes, textEnd + 2);
        }

        /** The first {@code c} in {@code [from, limit)} before any white space, or -1. */
        private static int next(String value, char c, int from, int limit) {
            for (int i = from; i < limit; i++) {
                char here = value.charAt(i);
                if (here == c) {
                    return i;
                }
                if (Character.isWhitespace(here)) {
                    return -1;
                }
            }
            return -1;
        }

        private static byte[] base64(String text) {
            try {
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static byte[] quotedPrintable(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '_') {
                    out.write(' ');
                } else if (c == '=' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                        && Character.digit(text.charAt(i + 2), 16) >= 0) {
                    out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                    i += 2;
                } else if (c < 0x80) {
                    out.write(c);
                } else {
                    out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            return out.toByteArray();
        }
    }
}

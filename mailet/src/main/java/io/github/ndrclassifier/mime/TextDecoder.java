package io.github.ndrclassifier.mime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderMalfunctionError;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns the bytes of a textual part into text, tolerating any charset label and any byte. */
public final class TextDecoder {
    private static final char ESC = 0x1b;
    private static final List<Charset> JAPANESE_EIGHT_BIT = List.of(StandardCharsets.UTF_8,
            Charset.forName("EUC-JP"), Charset.forName("windows-31j"));

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} with the charset a part declares. Without a label, ISO-2022-JP is
     * recognised by its escape sequences (Japanese mobile carriers send it unlabelled) and
     * anything else is read as UTF-8. Malformed input becomes replacement characters.
     */
    public static String decode(byte[] bytes, int length, String charsetLabel) {
        if (charsetLabel == null || charsetLabel.isBlank()) {
            // ASCII bytes come out of UTF-8 decoding as they are, so the escape sequence is looked
            // for in the decoded text, where the search is the JDK's vectorised one.
            String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
            return hasIso2022Escape(text) ? decode(bytes, length, Charset.forName("ISO-2022-JP")) : text;
        }
        Charset charset = CharsetResolver.resolve(charsetLabel);
        if (charset == StandardCharsets.US_ASCII) {
            // Mislabelled 8-bit text is common; UTF-8 is a superset of ASCII and keeps more.
            charset = StandardCharsets.UTF_8;
        } else if (isSevenBitCharset(charset) && hasEightBitBytes(bytes, length)) {
            // 8-bit bytes cannot be ISO-2022-JP or UTF-7: the text was converted (to UTF-8 by a
            // gateway or an archive, or to EUC-JP or Shift_JIS by a Japanese MTA) and not
            // relabelled. The first candidate that decodes without error is taken.
            charset = eightBitCandidate(charset, bytes, length).orElse(charset);
        }
        return decode(bytes, length, charset);
    }

    private static Optional<Charset> eightBitCandidate(Charset labelled, byte[] bytes, int length) {
        List<Charset> candidates = labelled.name().toUpperCase(Locale.ROOT).startsWith("ISO-2022-JP")
                ? JAPANESE_EIGHT_BIT : List.of(StandardCharsets.UTF_8);
        for (Charset candidate : candidates) {
            if (decodesCleanly(candidate, bytes, length)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Charsets whose encoded form uses 7-bit bytes only. */
    private static boolean isSevenBitCharset(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("ISO-2022") || name.equals("UTF-7") || name.startsWith("X-ISO-2022");
    }

    private static boolean hasEightBitBytes(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodesCleanly(Charset charset, byte[] bytes, int length) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException | RuntimeException | CoderMalfunctionError e) {
            return false;
        }
    }

    /** Decodes with {@code charset}, replacing what cannot be decoded. */
    public static String decode(byte[] bytes, int length, Charset charset) {
        if (charset == StandardCharsets.UTF_8 || charset == StandardCharsets.ISO_8859_1) {
            return new String(bytes, 0, length, charset);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException | RuntimeException | CoderMalfunctionError e) {
            // Third-party decoders (UTF-7) may throw on input the JDK's would replace; the JDK wraps
            // a decoder's unchecked exception in CoderMalfunctionError.
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }

    /** True when the text switches to JIS X 0208 as ISO-2022-JP does: ESC $ B or ESC $ @. */
    private static boolean hasIso2022Escape(String text) {
        for (int i = text.indexOf(ESC); i >= 0 && i + 2 < text.length(); i = text.indexOf(ESC, i + 1)) {
            if (text.charAt(i + 1) == '$' && (text.charAt(i + 2) == 'B' || text.charAt(i + 2) == '@')) {
                return true;
            }
        }
        return false;
    }
}

package io.github.ndrclassifier.mime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a textual part into text, tolerating any charset label and any byte. */
public final class TextDecoder {
    private static final byte ESC = 0x1b;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} with the charset a part declares. Without a label, ISO-2022-JP is
     * recognised by its escape sequences (Japanese mobile carriers send it unlabelled) and
     * anything else is read as UTF-8. Malformed input becomes replacement characters.
     */
    public static String decode(byte[] bytes, int length, String charsetLabel) {
        Charset charset;
        if (charsetLabel == null || charsetLabel.isBlank()) {
            charset = looksLikeIso2022(bytes, length) ? Charset.forName("ISO-2022-JP") : StandardCharsets.UTF_8;
        } else {
            charset = CharsetResolver.resolve(charsetLabel);
            if (charset == StandardCharsets.US_ASCII) {
                // Mislabelled 8-bit text is common; UTF-8 is a superset of ASCII and keeps more.
                charset = StandardCharsets.UTF_8;
            }
        }
        return decode(bytes, length, charset);
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
        } catch (CharacterCodingException | RuntimeException e) {
            // Third-party decoders (UTF-7) may throw on input the JDK's would replace.
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }

    private static boolean looksLikeIso2022(byte[] bytes, int length) {
        for (int i = 0; i + 2 < length; i++) {
            if (bytes[i] == ESC && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
                return true;
            }
        }
        return false;
    }
}

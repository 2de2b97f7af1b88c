package io.github.ndrclassifier.james;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.james.server.core.MimeMessageWrapper;

/**
 * The message as the bytes it was received as, streamed rather than copied, so that the
 * classifier reads only as far as it needs (it stops after the returned message's header).
 */
final class RawMessage {
    private static final byte[] CRLF = {'\r', '\n'};

    private RawMessage() {
    }

    /**
     * Opens the whole message, header and body. James's own message object streams from its
     * stored source, even when only its header was changed; any other message gives its current
     * header and its undecoded body.
     */
    static InputStream open(MimeMessage message) throws MessagingException {
        if (message instanceof MimeMessageWrapper wrapper) {
            return wrapper.getMessageInputStream();
        }
        InputStream body;
        try {
            body = message.getRawInputStream();
        } catch (MessagingException noStoredContent) {
            // A message built in memory and never written has no bytes yet: write it.
            return written(message);
        }
        return new SequenceInputStream(new ByteArrayInputStream(header(message)), body);
    }

    private static byte[] header(MimeMessage message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        Enumeration<String> lines = message.getAllHeaderLines();
        while (lines.hasMoreElements()) {
            out.writeBytes(bytes(lines.nextElement()));
            out.writeBytes(CRLF);
        }
        out.writeBytes(CRLF);
        return out.toByteArray();
    }

    /**
     * Jakarta Mail reads header bytes as ISO-8859-1 (one char per byte), or as UTF-8 when the
     * session allows UTF-8 headers; this restores the bytes in both cases for all but Latin-1
     * letters read as UTF-8, which then come out as Latin-1 (the classifier reads both).
     */
    private static byte[] bytes(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) > 0xFF) {
                return line.getBytes(StandardCharsets.UTF_8);
            }
        }
        return line.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static InputStream written(MimeMessage message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("cannot write the message: " + e.getMessage(), e);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}

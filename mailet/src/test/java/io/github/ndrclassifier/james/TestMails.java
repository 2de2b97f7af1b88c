package io.github.ndrclassifier.james;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.apache.james.core.MaybeSender;
import org.apache.mailet.base.test.FakeMail;

/** Messages and mails for the tests: the hand-written messages beside this class, read as James would. */
final class TestMails {
    static final String RECIPIENT = "alice@example.local";

    private TestMails() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TestMails.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test message " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MimeMessage message(byte[] bytes) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    static MimeMessage message(String resource) throws MessagingException {
        return message(bytes(resource));
    }

    /** A mail with a null reverse path, as bounces come. */
    static FakeMail bounce(String resource) throws MessagingException {
        return bounce(message(resource));
    }

    static FakeMail bounce(MimeMessage message) throws MessagingException {
        return FakeMail.builder().name("bounce").mimeMessage(message).sender(MaybeSender.nullSender())
                .recipient(RECIPIENT).build();
    }

    /** A mail with a sender. */
    static FakeMail mailFrom(String sender, MimeMessage message) throws MessagingException {
        return FakeMail.builder().name("mail").mimeMessage(message).sender(sender).recipient(RECIPIENT).build();
    }

    /** The message as it would be written out. */
    static byte[] written(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    static List<Header> headers(MimeMessage message) throws MessagingException {
        return Collections.list(message.getAllHeaders());
    }

    /** The message written out and read again, as the next server would see it. */
    static MimeMessage reparsed(MimeMessage message) throws MessagingException, IOException {
        return message(written(message));
    }
}

package io.github.ndrclassifier.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import javax.mail.FetchProfile;
import javax.mail.Folder;
import javax.mail.Header;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Store;
import javax.mail.internet.MimeMessage;

/** Reads a mailbox of the embedded server over IMAP (plain LOGIN on 127.0.0.1). */
final class Imap {

    /** A read that takes longer than this fails (and is retried by the caller's await). */
    private static final String TIMEOUT_MILLIS = "15000";

    private final int port;
    private final Session session;

    Imap(int port) {
        this.port = port;
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.imap.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.imap.writetimeout", TIMEOUT_MILLIS);
        this.session = Session.getInstance(properties);
    }

    /**
     * Every message in a user's INBOX, oldest first.
     *
     * @param user     the account
     * @param password its password
     * @return the messages
     * @throws MessagingException if IMAP fails
     * @throws IOException        if a body cannot be read
     */
    List<DeliveredMessage> inbox(String user, String password) throws MessagingException, IOException {
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", port, user, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<DeliveredMessage> messages = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    messages.add(read((MimeMessage) message));
                }
                return messages;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    /**
     * The given header fields of every message in a user's INBOX, oldest first, fetched in one
     * command (for mailboxes of thousands of messages); the bodies are left empty.
     *
     * @param user     the account
     * @param password its password
     * @param names    the field names to fetch
     * @return the messages, with those fields only
     * @throws MessagingException if IMAP fails
     */
    List<DeliveredMessage> inboxHeaders(String user, String password, String... names) throws MessagingException {
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", port, user, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Message[] messages = inbox.getMessages();
                FetchProfile profile = new FetchProfile();
                for (String name : names) {
                    profile.add(name);
                }
                inbox.fetch(messages, profile);
                List<DeliveredMessage> read = new ArrayList<>();
                for (Message message : messages) {
                    List<DeliveredMessage.Field> fields = new ArrayList<>();
                    for (String name : names) {
                        String[] values = message.getHeader(name);
                        for (String value : values == null ? new String[0] : values) {
                            fields.add(new DeliveredMessage.Field(name, unfold(value)));
                        }
                    }
                    read.add(new DeliveredMessage(fields, ""));
                }
                return read;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static DeliveredMessage read(MimeMessage message) throws MessagingException, IOException {
        List<DeliveredMessage.Field> fields = new ArrayList<>();
        Enumeration<Header> headers = message.getAllHeaders();
        while (headers.hasMoreElements()) {
            Header header = headers.nextElement();
            fields.add(new DeliveredMessage.Field(header.getName(), unfold(header.getValue())));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        message.getRawInputStream().transferTo(body);
        return new DeliveredMessage(fields, body.toString(StandardCharsets.UTF_8));
    }

    private static String unfold(String value) {
        return value.replaceAll("\r?\n(?=[ \t])", "").trim();
    }
}

package io.github.ndrclassifier.james;

import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;

/**
 * Hands the classification {@link IsBounce} made to the {@link ExplainBounce} it is paired with, so
 * that a bounce is classified once. The value lives in an attribute that James never serialises
 * (a mail stored or queued in between simply loses it) and is only taken back for the very
 * message object it was made from.
 */
final class ClassificationCache {
    static final AttributeName ATTRIBUTE = AttributeName.of("io.github.ndrclassifier.classification");

    private record Entry(MimeMessage message, Classification classification) {
    }

    private ClassificationCache() {
    }

    static void put(Mail mail, MimeMessage message, Classification classification) {
        mail.setAttribute(new Attribute(ATTRIBUTE, AttributeValue.ofUnserializable(new Entry(message, classification))));
    }

    /** Removes the cached classification, and returns it when it was made from {@code message}. */
    static Optional<Classification> take(Mail mail, MimeMessage message) {
        return mail.removeAttribute(ATTRIBUTE)
                .flatMap(attribute -> attribute.getValue().valueAs(Entry.class))
                .filter(entry -> entry.message() == message)
                .map(Entry::classification);
    }
}

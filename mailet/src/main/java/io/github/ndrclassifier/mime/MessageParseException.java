package io.github.ndrclassifier.mime;

import java.io.IOException;

/**
 * The input is not an Internet message at all (empty, or without a single header field), or it
 * could not be read. This is the only exception the classifier raises for bad input: any other
 * damage (broken MIME structure, bad encodings, unknown charsets, limits reached) is tolerated and
 * the message is classified from what could be read.
 */
public final class MessageParseException extends IOException {
    private static final long serialVersionUID = 1L;

    public MessageParseException(String message) {
        super(message);
    }

    public MessageParseException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.github.ndrclassifier.dsn;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.github.ndrclassifier.text.Trim;

/**
 * A recipient address field of a DSN ({@code Final-Recipient}, {@code Original-Recipient}):
 * {@code address-type ; address}. The address is decoded: xtext ({@code +2B}, RFC 3461) for
 * {@code rfc822}, and {@code \x{HEX}} escapes for {@code utf-8} (RFC 6533); angle brackets and
 * quotes around it are removed.
 *
 * @param type    the address type, lower-case ({@code rfc822} when the field states none)
 * @param address the decoded address
 */
public record TypedAddress(String type, String address) {
    public TypedAddress {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(address, "address");
        if (address.isBlank()) {
            throw new IllegalArgumentException("empty address");
        }
    }

    /** Parses a field value; empty when it holds no address. */
    public static Optional<TypedAddress> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String type = "rfc822";
        String raw = value.strip();
        int semicolon = raw.indexOf(';');
        if (semicolon >= 0) {
            String declared = raw.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
            if (!declared.isEmpty() && declared.indexOf('@') < 0) {
                type = declared;
                raw = raw.substring(semicolon + 1).strip();
            }
        }
        String address = type.startsWith("utf-8") ? decodeUtf8Escapes(raw) : decodeXtext(raw);
        address = clean(address);
        return address.isEmpty() ? Optional.empty() : Optional.of(new TypedAddress(type, address));
    }

    /** Removes what MTAs wrap around an address: angle brackets, quotes, comments, trailing dots. */
    static String clean(String address) {
        String s = address.strip();
        int lt = s.indexOf('<');
        int gt = s.indexOf('>', lt + 1);
        if (lt >= 0 && gt > lt) {
            s = s.substring(lt + 1, gt);
        }
        int space = s.indexOf(' ');
        if (space > 0 && s.indexOf('@') >= 0 && s.indexOf('@') < space) {
            s = s.substring(0, space);
        }
        s = Trim.leading(Trim.trailing(s.strip(), "'\"(),;.:"), "'\"(<");
        return s.strip();
    }

    /** RFC 3461 xtext: {@code +XX} is a hexadecimal byte. Invalid escapes are kept. */
    static String decodeXtext(String s) {
        if (s.indexOf('+') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+' && i + 2 < s.length() && isHex(s, i + 1) && isHex(s, i + 2)) {
                out.append((char) Integer.parseInt(s, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** RFC 6533 utf-8-addr-xtext / unitext: {@code \x{HEX}} is a Unicode code point. */
    static String decodeUtf8Escapes(String s) {
        String decoded = decodeXtext(s);
        if (decoded.indexOf("\\x{") < 0) {
            return decoded;
        }
        StringBuilder out = new StringBuilder(decoded.length());
        int i = 0;
        while (i < decoded.length()) {
            int close = decoded.startsWith("\\x{", i) ? closingBrace(decoded, i + 3) : -1;
            if (close > i + 3 && close - i - 3 <= 6 && allHex(decoded, i + 3, close)) {
                int codePoint = Integer.parseInt(decoded, i + 3, close, 16);
                if (Character.isValidCodePoint(codePoint)) {
                    out.appendCodePoint(codePoint);
                    i = close + 1;
                    continue;
                }
            }
            out.append(decoded.charAt(i++));
        }
        return out.toString();
    }

    /** The closing brace of an escape, within six hex digits of {@code from}, or -1. */
    private static int closingBrace(String s, int from) {
        for (int i = from; i < s.length() && i <= from + 6; i++) {
            if (s.charAt(i) == '}') {
                return i;
            }
        }
        return -1;
    }

    private static boolean allHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHex(s, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}

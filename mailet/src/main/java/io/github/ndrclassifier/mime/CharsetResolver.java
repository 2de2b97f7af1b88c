package io.github.ndrclassifier.mime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.beetstra.jutf7.CharsetProvider;

/**
 * Maps the charset names found in mail to Java charsets, never failing: bounces carry labels the
 * JDK does not know (UTF-7 and its {@code unicode-1-1-utf-7} alias, which Outlook and Exchange
 * write), misspelt labels and plain garbage. An unknown label falls back to UTF-8 decoding with
 * replacement characters, which keeps the ASCII that classification depends on.
 */
public final class CharsetResolver {
    private static final CharsetProvider UTF7_PROVIDER = new CharsetProvider();
    private static final Charset UTF7 = UTF7_PROVIDER.charsetForName("UTF-7");

    /** Labels seen in mail that the JDK does not know under that name. */
    private static final Map<String, Charset> ALIASES = Map.of(
            "utf-7", UTF7,
            "unicode-1-1-utf-7", UTF7,
            "x-unicode-2-0-utf-7", UTF7,
            "utf7", UTF7,
            "x-unknown", StandardCharsets.UTF_8,
            "unknown-8bit", StandardCharsets.UTF_8,
            "ascii", StandardCharsets.US_ASCII,
            "ansi_x3.4-1968", StandardCharsets.US_ASCII,
            "iso-8859-8-i", Charset.forName("ISO-8859-8"),
            "ks_c_5601-1987", Charset.forName("EUC-KR"));

    private static final int CACHE_LIMIT = 256;
    private static final Map<String, Charset> CACHE = new ConcurrentHashMap<>();

    /**
     * Every name and alias of the installed charsets, built when the first label that
     * {@code Charset.forName} does not know comes. A known label is a map read in the JDK's
     * providers; an unknown one makes {@code forName} ask every charset provider on the class path
     * and throw, which a header of thousands of made-up labels would pay each time, so after the
     * first the table answers. Building it loads every charset (some 200 classes, a tenth of a
     * second of a cold JVM's CPU), which most runs never need.
     */
    private static volatile Map<String, Charset> known;

    private CharsetResolver() {
    }

    /**
     * The charset for a MIME label; an absent, unknown or malformed label gives UTF-8, since
     * UTF-8 decoding keeps ASCII intact and marks everything else with replacement characters.
     */
    public static Charset resolve(String label) {
        if (label == null || label.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String key = label.strip().toLowerCase(Locale.ROOT);
        Charset cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Charset charset = lookup(key);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(key, charset);
        }
        return charset;
    }

    private static Charset lookup(String key) {
        Charset alias = ALIASES.get(key);
        if (alias != null) {
            return alias;
        }
        Map<String, Charset> table = known;
        if (table == null) {
            try {
                return Charset.forName(key);
            } catch (IllegalArgumentException e) {
                // Illegal or unsupported: from now on the table answers.
                table = knownCharsets();
            }
        }
        return table.getOrDefault(key, StandardCharsets.UTF_8);
    }

    private static synchronized Map<String, Charset> knownCharsets() {
        if (known == null) {
            known = byName();
        }
        return known;
    }

    /** Every name and alias of the installed charsets, lower-case, mapped to its charset. */
    static Map<String, Charset> byName() {
        Map<String, Charset> names = new HashMap<>();
        for (Charset charset : Charset.availableCharsets().values()) {
            names.putIfAbsent(charset.name().toLowerCase(Locale.ROOT), charset);
            for (String alias : charset.aliases()) {
                names.putIfAbsent(alias.toLowerCase(Locale.ROOT), charset);
            }
        }
        return Map.copyOf(names);
    }
}

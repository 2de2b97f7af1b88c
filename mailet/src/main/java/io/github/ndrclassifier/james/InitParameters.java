package io.github.ndrclassifier.james;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;

import io.github.ndrclassifier.report.Reason;

/**
 * Reads and checks the init parameters and conditions of this package's mailets and matchers,
 * so that a wrong configuration stops James at start-up with a message naming the mailet, the
 * parameter and what is accepted.
 */
final class InitParameters {
    /** The parameters James itself reads from every mailet's configuration. */
    private static final Set<String> CONTAINER_PARAMETERS = Set.of("onMailetException", "onMatchException");

    private final String owner;
    private final UnaryOperator<String> values;

    /**
     * @param owner  the mailet or matcher, named in messages
     * @param values the parameter lookup (null when absent)
     */
    InitParameters(String owner, UnaryOperator<String> values) {
        this.owner = owner;
        this.values = values;
    }

    /** Rejects any parameter not in {@code known}. */
    void checkKnown(Iterator<String> names, Set<String> known) throws MessagingException {
        Set<String> unknown = new TreeSet<>();
        names.forEachRemaining(name -> {
            if (!known.contains(name) && !CONTAINER_PARAMETERS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw error("unknown parameter" + (unknown.size() > 1 ? "s " : " ") + unknown
                    + "; known parameters are " + new TreeSet<>(known));
        }
    }

    /** The value, stripped; empty when absent or blank. */
    Optional<String> optional(String name) {
        return Optional.ofNullable(values.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    String string(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    /** {@code true}/{@code yes} or {@code false}/{@code no}, in any case. */
    boolean bool(String name, boolean defaultValue) throws MessagingException {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(name + " must be true or false, not '" + value.get() + "'");
        };
    }

    int integer(String name, int defaultValue, int min, int max) throws MessagingException {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw error(name + " must be a whole number from " + min + " to " + max + ", not '" + value.get() + "'");
    }

    /** A comma-separated list of reasons ({@code userunknown, mailboxfull}, any case). */
    Set<Reason> reasons(String what, String list) throws MessagingException {
        Set<Reason> reasons = new LinkedHashSet<>();
        for (String item : items(list)) {
            reasons.add(Reason.of(item).orElseThrow(() -> error(what + ": unknown reason '" + item
                    + "'; known reasons are " + Arrays.stream(Reason.values()).map(Reason::value)
                    .collect(Collectors.joining(", ")))));
        }
        if (reasons.isEmpty()) {
            throw error(what + " must list at least one reason");
        }
        return reasons;
    }

    /** The non-empty items of a comma-separated list, stripped. */
    static List<String> items(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    MessagingException error(String problem) {
        return new MessagingException(owner + ": " + problem);
    }

    MessagingException error(String problem, Exception cause) {
        return new MessagingException(owner + ": " + problem, cause);
    }
}

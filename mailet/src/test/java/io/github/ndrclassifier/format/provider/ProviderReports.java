package io.github.ndrclassifier.format.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/** Runs hand-written provider reports through the classifier and compares the recipients' fields. */
final class ProviderReports {
    private static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();

    /**
     * What one recipient of a report must come out as; a null field is not checked.
     *
     * @param address    the recipient
     * @param status     the enhanced status code
     * @param replyCode  the SMTP reply code
     * @param diagnostic the diagnostic, on one line
     * @param command    the SMTP command
     * @param remoteMta  the remote server
     * @param action     the action
     * @param reason     the reason
     */
    record Expected(String address, String status, Integer replyCode, String diagnostic, String command,
                    String remoteMta, Action action, Reason reason) {
        static Expected of(String address, String status, Integer replyCode, String diagnostic) {
            return new Expected(address, status, replyCode, diagnostic, null, null, null, null);
        }

        Expected command(String value) {
            return new Expected(address, status, replyCode, diagnostic, value, remoteMta, action, reason);
        }

        Expected remoteMta(String value) {
            return new Expected(address, status, replyCode, diagnostic, command, value, action, reason);
        }

        Expected action(Action value) {
            return new Expected(address, status, replyCode, diagnostic, command, remoteMta, value, reason);
        }

        Expected reason(Reason value) {
            return new Expected(address, status, replyCode, diagnostic, command, remoteMta, action, value);
        }
    }

    private ProviderReports() {
    }

    /** A message of the given header lines and body. */
    static String message(String header, String body) {
        return header.strip() + "\n\n" + body;
    }

    static BounceReport classify(String message) {
        try {
            return CLASSIFIER.classify(message.getBytes(StandardCharsets.UTF_8));
        } catch (MessageParseException e) {
            throw new AssertionError(e);
        }
    }

    static BounceReport classify(byte[] message) {
        try {
            return CLASSIFIER.classify(message);
        } catch (MessageParseException e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts the report's kind and format and, in order, its recipients. */
    static void assertReport(BounceReport report, Kind kind, String format, List<Expected> expected) {
        assertThat(report.kind()).as("kind").isEqualTo(kind);
        assertThat(report.format()).as("format").isEqualTo(format);
        assertThat(report.recipients()).extracting(RecipientResult::address).as("recipients")
                .containsExactlyElementsOf(expected.stream().map(Expected::address).toList());
        for (int i = 0; i < expected.size(); i++) {
            RecipientResult got = report.recipients().get(i);
            Expected want = expected.get(i);
            String who = want.address() + ": ";
            if (want.status() != null) {
                assertThat(got.status().map(EnhancedStatusCode::toString)).as(who + "status").contains(want.status());
            }
            if (want.replyCode() != null) {
                assertThat(got.replyCode()).as(who + "reply code").contains(want.replyCode());
            }
            if (want.diagnostic() != null) {
                assertThat(got.diagnostic()).as(who + "diagnostic").contains(want.diagnostic());
            }
            if (want.command() != null) {
                assertThat(got.command()).as(who + "command").contains(want.command());
            }
            if (want.remoteMta() != null) {
                assertThat(got.remoteMta()).as(who + "remote MTA").contains(want.remoteMta());
            }
            if (want.action() != null) {
                assertThat(got.action()).as(who + "action").isEqualTo(Optional.of(want.action()));
            }
            if (want.reason() != null) {
                assertThat(got.reason()).as(who + "reason").isEqualTo(want.reason());
            }
        }
    }
}

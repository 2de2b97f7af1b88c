package io.github.ndrclassifier.knowledge;

import static io.github.ndrclassifier.knowledge.Recipients.entry;
import static io.github.ndrclassifier.knowledge.Recipients.recipient;
import static io.github.ndrclassifier.knowledge.Recipients.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

class KnowledgeBaseTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.builtIn();

    /**
     * The subject/detail codes of the IANA "SMTP Enhanced Status Codes" registry, as registered
     * (RFC 3463, 3886, 4468, 4954, 5248, 6531, 6710, 7293, 7372, 7505, 8617, 8689 and the
     * mail-flood draft). Written here, not read from the data, so that a missing entry fails.
     */
    private static final List<String> REGISTRY = List.of(
            "X.0.0 Other undefined Status",
            "X.1.0 Other address status",
            "X.1.1 Bad destination mailbox address",
            "X.1.2 Bad destination system address",
            "X.1.3 Bad destination mailbox address syntax",
            "X.1.4 Destination mailbox address ambiguous",
            "X.1.5 Destination address valid",
            "X.1.6 Destination mailbox has moved, No forwarding address",
            "X.1.7 Bad sender's mailbox address syntax",
            "X.1.8 Bad sender's system address",
            "X.1.9 Message relayed to non-compliant mailer",
            "X.1.10 Recipient address has null MX",
            "X.2.0 Other or undefined mailbox status",
            "X.2.1 Mailbox disabled, not accepting messages",
            "X.2.2 Mailbox full",
            "X.2.3 Message length exceeds administrative limit",
            "X.2.4 Mailing list expansion problem",
            "X.3.0 Other or undefined mail system status",
            "X.3.1 Mail system full",
            "X.3.2 System not accepting network messages",
            "X.3.3 System not capable of selected features",
            "X.3.4 Message too big for system",
            "X.3.5 System incorrectly configured",
            "X.3.6 Requested priority was changed",
            "X.4.0 Other or undefined network or routing status",
            "X.4.1 No answer from host",
            "X.4.2 Bad connection",
            "X.4.3 Directory server failure",
            "X.4.4 Unable to route",
            "X.4.5 Mail system congestion",
            "X.4.6 Routing loop detected",
            "X.4.7 Delivery time expired",
            "X.5.0 Other or undefined protocol status",
            "X.5.1 Invalid command",
            "X.5.2 Syntax error",
            "X.5.3 Too many recipients",
            "X.5.4 Invalid command arguments",
            "X.5.5 Wrong protocol version",
            "X.5.6 Authentication Exchange line is too long",
            "X.6.0 Other or undefined media error",
            "X.6.1 Media not supported",
            "X.6.2 Conversion required and prohibited",
            "X.6.3 Conversion required but not supported",
            "X.6.4 Conversion with loss performed",
            "X.6.5 Conversion Failed",
            "X.6.6 Message content not available",
            "X.6.7 Non-ASCII addresses not permitted for that sender/recipient",
            "X.6.8 UTF-8 string reply is required, but not permitted by the SMTP client",
            "X.6.9 UTF-8 header message cannot be transferred to one or more recipients",
            "X.6.10 Duplicate of X.6.8, deprecated",
            "X.7.0 Other or undefined security status",
            "X.7.1 Delivery not authorized, message refused",
            "X.7.2 Mailing list expansion prohibited",
            "X.7.3 Security conversion required but not possible",
            "X.7.4 Security features not supported",
            "X.7.5 Cryptographic failure",
            "X.7.6 Cryptographic algorithm not supported",
            "X.7.7 Message integrity failure",
            "X.7.8 Authentication credentials invalid",
            "X.7.9 Authentication mechanism is too weak",
            "X.7.10 Encryption Needed",
            "X.7.11 Encryption required for requested authentication mechanism",
            "X.7.12 A password transition is needed",
            "X.7.13 User Account Disabled",
            "X.7.14 Trust relationship required",
            "X.7.15 Priority Level is too low",
            "X.7.16 Message is too big for the specified priority",
            "X.7.17 Mailbox owner has changed",
            "X.7.18 Domain owner has changed",
            "X.7.19 RRVS test cannot be completed",
            "X.7.20 No passing DKIM signature found",
            "X.7.21 No acceptable DKIM signature found",
            "X.7.22 No valid author-matched DKIM signature found",
            "X.7.23 SPF validation failed",
            "X.7.24 SPF validation error",
            "X.7.25 Reverse DNS validation failed",
            "X.7.26 Multiple authentication checks failed",
            "X.7.27 Sender address has null MX",
            "X.7.28 Mail flood detected",
            "X.7.29 Arc validation failure",
            "X.7.30 REQUIRETLS support required");

    static Stream<String> registryCodes() {
        List<String> codes = new ArrayList<>(List.of("2.0.0", "2.1.5", "2.6.0"));
        for (String line : REGISTRY) {
            String code = line.substring(0, line.indexOf(' '));
            codes.add("4" + code.substring(1));
            codes.add("5" + code.substring(1));
        }
        return codes.stream();
    }

    @ParameterizedTest
    @MethodSource("registryCodes")
    void everyRegistryCodeHasItsOwnEntry(String code) {
        RecipientResult r = recipient(code, null, Reason.UNDEFINED);

        Optional<Explanation> explanation = KNOWLEDGE.explain(r, report(Kind.DSN, "mail.example.net", r));

        assertThat(explanation).isPresent();
        assertThat(explanation.get().entry()).isEqualTo(code);
        assertThat(explanation.get().summary()).isNotBlank();
        assertThat(explanation.get().cause()).isNotBlank();
        assertThat(explanation.get().fix()).isNotBlank();
    }

    @Test
    void registryListHasEveryCodeOnce() {
        assertThat(registryCodes()).doesNotHaveDuplicates().hasSize(3 + 2 * 81);
    }

    @ParameterizedTest(name = "{0} \"{1}\" ({2}) -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # A vendor's meaning of a code, told by its text, beats the registry's meaning of the code
            5.7.23  | 550 5.7.23 The message was rejected because of Sender Policy Framework violation | undefined | exo-5.7.23
            5.7.23  | 550 5.7.23 SPF validation failed for example.org                                   | undefined | 5.7.23
            5.7.9   | 554 5.7.9 Message not accepted for policy reasons                                 | undefined | yahoo-5.7.9-policy
            5.7.9   | 535 5.7.9 Authentication mechanism is too weak                                    | undefined | 5.7.9
            5.1.10  | 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup | userunknown | exo-5.1.10
            5.1.10  | 556 5.1.10 Recipient address has null MX                                          | notaccept | 5.1.10
            # A range with matching text beats a range alone; a range applies to every code in it
            4.7.650 | 451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation | badreputation | outlookcom-ip-reputation-rate-limit
            4.7.650 | 451 4.7.650 Access denied, please try again later                              | blocked   | exo-4.7.500-699
            5.7.620 | 550 5.7.620 Access denied, banned sending IP [192.0.2.1]                          | blocked   | exo-5.7.606-649
            5.4.312 | 550 5.4.312 Message expired, DNS query failed                                    | expired   | exo-5.4.300-399
            # An unregistered detail falls back to its subject code x.y.0, then to the class code x.0.0
            5.3.99  | 550 5.3.99 unexpected                                                            | systemerror | 5.3.0
            5.9.9   | 550 5.9.9 unexpected                                                             | undefined | 5.0.0
            4.9.9   | 450 4.9.9 unexpected                                                             | undefined | 4.0.0
            # A specific code is not overridden by text-only entries or the classified reason
            5.1.1   | 550 5.1.1 user unknown [TSS04]                                                   | mailboxfull | 5.1.1
            # A generic code (x.0.0, x.y.0, 5.7.1) gives way to a matching text-only entry ...
            4.7.0   | 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred               | securityerror | yahoo-deferred
            5.7.1   | 550 5.7.1 Our system has detected that this message is likely unsolicited mail | spamdetected | gmail-unsolicited
            5.0.0   | 550 SC-004 (BAY0-MC1-F1) Unfortunately, messages from 192.0.2.1 weren't sent  | blocked   | outlookcom-sc-004
            5.0.0   | The message can't be submitted because the sender's submission quota was exceeded | exceedlimit | exo-submission-quota
            # ... else to the entry of a more specific classified reason ...
            5.0.0   | 550 Mailbox is full                                                               | mailboxfull | reason-mailboxfull
            5.7.1   | 554 5.7.1 Client host rejected: blocked using zen.spamhaus.org                 | blocked   | reason-blocked
            5.2.0   | 550 5.2.0 over quota                                                              | mailboxfull | reason-mailboxfull
            # ... but keeps its own entry when the reason is the one it implies, or says nothing
            5.7.1   | 550 5.7.1 Rejected                                                                | securityerror | 5.7.1
            5.2.0   | 550 5.2.0 refused                                                                 | filtered  | 5.2.0
            5.0.0   | 550 failed                                                                        | onhold    | 5.0.0
            # Success codes are never explained by failure texts
            2.0.0   | 250 2.0.0 Ok [TSS04]                                                              | delivered | 2.0.0
            """)
    void lookupOrder(String status, String diagnostic, String reason, String expected) {
        RecipientResult r = recipient(status, diagnostic, Reason.of(reason).orElseThrow());

        assertThat(entry(KNOWLEDGE, r)).isEqualTo(expected);
    }

    /**
     * A temporary code in a failure the sending server gave up on (Action: failed, qmail's "I'm not
     * going to try again") is explained by its permanent counterpart: "delivery is being retried"
     * no longer holds, and someone must now act.
     */
    @ParameterizedTest(name = "{0} \"{1}\" given up -> {3}, delayed -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            4.4.1 | Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) | networkerror | 5.4.1   | 4.4.1
            4.2.2 | 452 4.2.2 Mailbox full                                         | mailboxfull  | 5.2.2   | 4.2.2
            4.4.7 | I'm not going to try again; this message has been in the queue too long | expired | 5.4.7 | 4.4.7
            # a code whose permanent counterpart has no entry or range of its own keeps the temporary one
            4.9.9 | 450 4.9.9 unexpected                                           | undefined    | 4.0.0   | 4.0.0
            4.7.650 | 451 4.7.650 Access denied, please try again later            | blocked      | exo-4.7.500-699 | exo-4.7.500-699
            # an entry found by the server's own words stays, though 5.4.7 has an entry
            4.4.7 | 451 4.4.7 Message expired                                      | expired      | exo-4.4.7 | exo-4.4.7
            """)
    void aTemporaryCodeGivenUpOnIsExplainedAsPermanent(String status, String diagnostic, String reason,
                                                        String givenUp, String delayed) {
        Optional<EnhancedStatusCode> code = EnhancedStatusCode.parse(status);
        Reason r = Reason.of(reason).orElseThrow();

        assertThat(entry(KNOWLEDGE, recipient("user@example.com", code, diagnostic, r, true, null)))
                .isEqualTo(givenUp);
        assertThat(entry(KNOWLEDGE, recipient("user@example.com", code, diagnostic, r, false, null)))
                .isEqualTo(delayed);
    }

    @Test
    void threeMeaningsOfExchange571AreTold() {
        assertThat(entry(KNOWLEDGE, recipient("5.7.1", "550 5.7.1 Unable to relay", Reason.NORELAYING)))
                .isEqualTo("exo-5.7.1-relay");
        assertThat(entry(KNOWLEDGE, recipient("5.7.1", "530 5.7.1 Client was not authenticated", Reason.SECURITYERROR)))
                .isEqualTo("exo-5.7.1-not-authenticated");
        assertThat(entry(KNOWLEDGE, recipient("5.7.1",
                "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", Reason.FILTERED)))
                .isEqualTo("exo-5.7.1-not-authorized");
    }

    @Test
    void reasonEntryFollowsPermanence() {
        RecipientResult delayed = recipient("user@example.com", Optional.of(EnhancedStatusCode.TRANSIENT),
                "mailbox full", Reason.MAILBOXFULL, false, null);
        RecipientResult givenUp = recipient("user@example.com", Optional.of(EnhancedStatusCode.TRANSIENT),
                "mailbox full", Reason.MAILBOXFULL, true, null);
        RecipientResult suspended = recipient("4.0.0", "account suspended", Reason.SUSPEND);

        assertThat(entry(KNOWLEDGE, delayed)).isEqualTo("reason-mailboxfull-delayed");
        assertThat(entry(KNOWLEDGE, givenUp)).isEqualTo("reason-mailboxfull");
        assertThat(entry(KNOWLEDGE, suspended)).as("only a permanent entry exists for suspend").isEqualTo("reason-suspend");
    }

    @Test
    void recipientsWithoutCodeAreExplainedByTextThenReason() {
        RecipientResult complaint = recipient(null, null, Reason.FEEDBACK);
        RecipientResult vacation = recipient(null, null, Reason.VACATION);
        RecipientResult quota = recipient(null, "the sender's submission quota was exceeded", Reason.EXCEEDLIMIT);
        RecipientResult nothing = recipient(null, null, Reason.UNDEFINED);

        assertThat(KNOWLEDGE.explain(complaint, report(Kind.FEEDBACK, "feedback.example.com", complaint)))
                .map(Explanation::entry).contains("reason-feedback");
        assertThat(entry(KNOWLEDGE, vacation)).isEqualTo("reason-vacation");
        assertThat(entry(KNOWLEDGE, quota)).isEqualTo("exo-submission-quota");
        assertThat(KNOWLEDGE.explain(nothing, report(Kind.DSN, "mail.example.net", nothing))).isEmpty();
    }

    @Test
    void explanationCarriesTheEntrysTexts() {
        RecipientResult r = recipient("5.1.1", "550 5.1.1 No such user", Reason.USERUNKNOWN);

        Explanation e = KNOWLEDGE.explain(r, report(Kind.DSN, "mail.example.net", r)).orElseThrow();

        assertThat(e.entry()).isEqualTo("5.1.1");
        assertThat(e.summary()).isEqualTo("The recipient's mailbox does not exist.");
        assertThat(e.fixOwner()).isEqualTo(FixOwner.SENDER);
    }

    @Test
    void builtInIsLoadedOnce() {
        assertThat(KnowledgeBase.builtIn()).isSameAs(KNOWLEDGE);
        assertThat(KNOWLEDGE.size()).isGreaterThan(250);
    }
}

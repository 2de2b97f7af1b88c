package io.github.ndrclassifier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

class RecipientClassifierTest {
    private static final RecipientClassifier CLASSIFIER =
            new RecipientClassifier(ReasonRules.builtIn(), ProviderRules.builtIn());

    private static RecipientResult classify(String status, String command, String remoteMta, String diagnostic) {
        RecipientFacts facts = RecipientFacts.builder("a@example.org").action(Action.FAILED).status(status)
                .command(command).remoteMta(remoteMta).diagnosticType("smtp").diagnostic(diagnostic).build();
        return CLASSIFIER.classify(facts);
    }

    /** Status field, SMTP command, remote MTA, diagnostic: the reason, and whether the bounce is hard. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        // a specific code decides when the text says nothing else
        "5.1.1;-;-;550 5.1.1 <a@example.org>... User Unknown;userunknown;true",
        "5.2.2;-;-;552 5.2.2 Over quota;mailboxfull;false",
        // a code no text reason overrules decides whatever the text says
        "5.2.2;RCPT;-;552 5.2.2 User unknown;mailboxfull;false",
        "5.2.3;MAIL;-;552 5.2.3 Sender blocked: message too large;exceedlimit;false",
        "5.1.2;-;-;550 5.1.2 bad destination system address;hostunknown;true",
        "5.2.3;-;-;552 5.2.3 Message size exceeds fixed maximum message size;exceedlimit;false",
        "5.1.8;-;-;553 5.1.8 Domain of sender address a@example.org does not exist;rejected;false",
        "4.4.1;-;-;connect to mx.example.org[192.0.2.1]:25: Connection timed out;expired;false",
        // an expiry code leaves room for why the host could not be reached
        "4.4.7;-;-;Deferred: Connection refused by mx.example.org.;blocked;false",
        "4.4.7;-;-;Deferred: Name server: example.org.: host name lookup failure;networkerror;false",
        "5.7.26;-;-;550 5.7.26 This message fails DMARC and looks like spam;authfailure;false",
        // unless the text clearly says another reason
        "5.1.1;-;-;550 5.1.1 sender rejected;rejected;false",
        "5.1.1;-;-;550 5.1.1 Client host blocked using zen.spamhaus.org;blocked;false",
        "5.1.1;-;-;552 5.1.1 Mailbox is full;mailboxfull;false",
        "5.2.1;-;-;550 5.2.1 The account is disabled;suspend;false",
        "5.4.4;-;-;Name service error for name=example.org type=MX: Malformed or unexpected name server reply;networkerror;false",
        // a generic code: the text decides
        "5.7.1;-;-;554 5.7.1 Relay access denied;norelaying;false",
        "5.7.1;-;-;554 5.7.1 Message rejected as spam;spamdetected;false",
        "5.7.1;-;-;554 5.7.1 Client host [192.0.2.1] blocked using bl.spamcop.net;blocked;false",
        "5.0.0;-;-;550 Mailbox unavailable or disabled;suspend;false",
        // user unknown: the mailbox is missing when RCPT was refused, a filter when DATA was
        "5.0.0;RCPT TO;-;550 Unknown user;userunknown;true",
        "5.0.0;DATA;-;550 Unknown user;filtered;false",
        "5.0.0;-;-;550 User unknown (in reply to RCPT TO command);userunknown;true",
        "5.0.0;-;-;550 User unknown (in reply to end of DATA command);filtered;false",
        "5.2.1;-;-;550 5.2.1 User unknown;filtered;false",
        "4.1.1;-;-;450 4.1.1 <a@example.org>: Recipient address rejected: User unknown;userunknown;true",
        // a directory's own verdict is a missing mailbox whatever the command
        "5.0.0;-;-;User a (a@example.org) not listed in Domino Directory;userunknown;true",
        "5.0.0;DATA;-;The recipient name is not recognized;userunknown;true",
        // refusals of the sender and of the sending host
        "5.0.0;MAIL FROM;-;553 a@example.org does not exist;rejected;false",
        "5.0.0;EHLO;-;501 Invalid domain name;blocked;false",
        "5.0.0;-;-;SMTP error from remote mail server after initial connection: 554 go away;blocked;false",
        // languages
        "5.0.0;RCPT;-;550 Utilisateur inconnu;userunknown;true",
        "5.0.0;RCPT;-;550 Benutzer unbekannt;userunknown;true",
        "5.0.0;-;-;552 Postfach voll;mailboxfull;false",
        "5.0.0;-;-;552 Casella piena;mailboxfull;false",
        "5.0.0;-;-;550 Cuenta suspendida;suspend;false",
        "5.0.0;-;-;550 Conta desativada;suspend;false",
        "5.0.0;-;-;552 Почтовый ящик переполнен;mailboxfull;false",
        "5.0.0;-;-;550 メールボックスがいっぱいです;mailboxfull;false",
        // providers
        "5.7.606;-;example-com.mail.protection.outlook.com;550 5.7.606 Access denied, banned sending IP;blocked;false",
        "5.0.0;-;mfsmax.docomo.ne.jp;550 Unknown user a@docomo.ne.jp;rejected;false",
        "5.5.0;-;smtpz4.laposte.net;550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416;userunknown;true",
        // codes that imply a reason class
        "5.6.0;-;-;554 5.6.0 Message rejected;contenterror;false",
        "5.7.0;-;-;554 5.7.0 Rejected;securityerror;false",
        "5.3.2;-;-;556 5.3.2 No mail accepted;notaccept;true",
        "4.3.2;-;-;452 4.3.2 System not accepting network messages;notaccept;false",
        "5.0.0;-;-;550 Something happened;onhold;false",
        // weak evidence only speaks when the code says nothing
        "5.0.0;-;-;553 a@example.org does not exist (in reply to RCPT TO command);userunknown;true",
        "5.3.2;RCPT;-;521 5.3.2 <a@example.org>: Recipient address rejected: try later;notaccept;true",
        "5.3.0;-;-;554 5.3.0 unknown mailer error 255;mailererror;false"})
    void decidesTheReasonFromCodeTextCommandAndProvider(String status, String command, String remoteMta,
                                                        String diagnostic, String reason, boolean hard) {
        RecipientResult result = classify(status, command, remoteMta, diagnostic);
        assertThat(result.reason().value()).isEqualTo(reason);
        assertThat(result.hardBounce()).isEqualTo(hard);
    }

    @Test
    void theStatusFieldsCommentIsEvidenceToo() {
        assertThat(classify("5.2.1 (mailbox disabled, not accepting messages)", null, null,
                "550 5.2.1 <a@example.org>... User Unknown").reason()).isEqualTo(Reason.SUSPEND);
    }

    @Test
    void aLocalDeliveryProgramFailureIsAMailerErrorUnlessItSaysMore() {
        RecipientFacts procmail = RecipientFacts.builder("a@example.org").action(Action.FAILED).status("5.1.1")
                .diagnosticType("X-UNIX").diagnostic("procmail: Couldn't create \"/var/mail/a\"").build();
        RecipientFacts quota = RecipientFacts.builder("a@example.org").action(Action.FAILED).status("4.3.0")
                .diagnosticType("X-UNIX").diagnostic("/var/mail/a: Disk quota exceeded").build();
        assertThat(CLASSIFIER.classify(procmail).reason()).isEqualTo(Reason.MAILERERROR);
        assertThat(CLASSIFIER.classify(quota).reason()).isEqualTo(Reason.MAILBOXFULL);
        RecipientFacts exitCode = RecipientFacts.builder("a@example.org").action(Action.FAILED).status("5.3.0")
                .diagnosticType("X-UNIX").diagnostic("77").build();
        assertThat(CLASSIFIER.classify(exitCode).reason()).isEqualTo(Reason.SYSTEMERROR);
    }

    @Test
    void aDelayWithoutAnyReasonIsAnExpiry() {
        RecipientFacts delayed = RecipientFacts.builder("a@example.org").action(Action.DELAYED).build();
        assertThat(CLASSIFIER.classify(delayed).reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void nothingToDecideFromIsUndefinedAndSuccessIsDelivered() {
        assertThat(CLASSIFIER.classify(RecipientFacts.builder("a@example.org").action(Action.FAILED).build()).reason())
                .isEqualTo(Reason.UNDEFINED);
        assertThat(CLASSIFIER.classify(RecipientFacts.builder("a@example.org").action(Action.DELIVERED)
                .status("2.0.0").build()).reason()).isEqualTo(Reason.DELIVERED);
    }

    @Test
    void aReasonTheFormatKnowsWins() {
        RecipientFacts facts = RecipientFacts.builder("a@example.org").action(Action.FAILED).status("5.1.1")
                .diagnostic("550 5.1.1 user unknown").reasonHint(Reason.SUSPEND).build();
        assertThat(CLASSIFIER.classify(facts).reason()).isEqualTo(Reason.SUSPEND);
    }

    @Test
    void anExpiryTheFormatKnowsLeavesRoomForTheRemoteServersReason() {
        RecipientFacts full = RecipientFacts.builder("a@example.org").action(Action.FAILED).status("5.2.2")
                .diagnostic("552 5.2.2 Over quota").reasonHint(Reason.EXPIRED).build();
        RecipientFacts refused = RecipientFacts.builder("a@example.org").action(Action.FAILED).status("4.4.1")
                .diagnostic("connect to mx.example.org[192.0.2.1]:25: Connection refused").reasonHint(Reason.EXPIRED)
                .build();
        assertThat(CLASSIFIER.classify(full).reason()).isEqualTo(Reason.MAILBOXFULL);
        assertThat(CLASSIFIER.classify(refused).reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void theReportingHostSelectsAProviderWhenTheRemoteHostIsUnknown() {
        RecipientFacts facts = RecipientFacts.builder("a@example.jp").action(Action.FAILED).status("4.0.0")
                .diagnostic("DNS Error: DNS type 'mx' lookup of example.jp responded with code NXDOMAIN").build();
        assertThat(CLASSIFIER.classify(facts, Optional.of("googlemail.com")).reason()).isEqualTo(Reason.NETWORKERROR);
        assertThat(CLASSIFIER.classify(facts, Optional.empty()).reason()).isEqualTo(Reason.HOSTUNKNOWN);
    }
}

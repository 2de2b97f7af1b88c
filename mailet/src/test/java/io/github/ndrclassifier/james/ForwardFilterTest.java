package io.github.ndrclassifier.james;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.OriginalMessage;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

class ForwardFilterTest {
    private static final ForwardFilter ALL = new ForwardFilter(Set.of(), false, false);

    private static RecipientResult recipient(Reason reason, boolean permanent, boolean hard) {
        return new RecipientResult("r@example.org", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), reason, permanent, hard, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static BounceReport report(Kind kind, RecipientResult... recipients) {
        return new BounceReport(kind, "test", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OriginalMessage.UNKNOWN, Optional.empty(), List.of(recipients), Optional.empty());
    }

    @Test
    void byDefaultEveryProblemOfABounceOrComplaintIsForwarded() {
        assertThat(ALL.accepts(report(Kind.DSN, recipient(Reason.MAILBOXFULL, false, false)))).isTrue();
        assertThat(ALL.accepts(report(Kind.NDR, recipient(Reason.UNDEFINED, true, false)))).isTrue();
        assertThat(ALL.accepts(report(Kind.FEEDBACK, recipient(Reason.FEEDBACK, false, false)))).isTrue();
        assertThat(ALL.accepts(report(Kind.FEEDBACK))).as("a complaint that names nobody").isTrue();
    }

    @Test
    void successesAutoRepliesAndNonReportsAreNotForwardedByDefault() {
        assertThat(ALL.accepts(report(Kind.DSN, recipient(Reason.DELIVERED, false, false)))).isFalse();
        assertThat(ALL.accepts(report(Kind.AUTOREPLY, recipient(Reason.VACATION, false, false)))).isFalse();
        assertThat(ALL.accepts(report(Kind.NONE))).isFalse();
        assertThat(ALL.accepts(report(Kind.DSN))).as("a bounce that names nobody").isFalse();
    }

    @Test
    void namedReasonsAreForwardedEvenDeliveries() {
        ForwardFilter deliveries = new ForwardFilter(Set.of(Reason.DELIVERED), false, false);

        assertThat(deliveries.accepts(report(Kind.DSN, recipient(Reason.DELIVERED, false, false)))).isTrue();
        assertThat(deliveries.accepts(report(Kind.DSN, recipient(Reason.USERUNKNOWN, true, true)))).isFalse();
    }

    @Test
    void oneRecipientPassingEveryConditionIsEnough() {
        ForwardFilter hardUserUnknown = new ForwardFilter(Set.of(Reason.USERUNKNOWN), true, true);

        assertThat(hardUserUnknown.accepts(report(Kind.DSN, recipient(Reason.MAILBOXFULL, true, false),
                recipient(Reason.USERUNKNOWN, true, true)))).isTrue();
        assertThat(hardUserUnknown.accepts(report(Kind.DSN, recipient(Reason.MAILBOXFULL, true, true),
                recipient(Reason.USERUNKNOWN, true, false)))).as("the conditions hold for one recipient").isFalse();
    }
}

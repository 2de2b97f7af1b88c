package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import io.github.ndrclassifier.classify.RecipientFacts;

/**
 * What a test expects of one recipient's facts; {@code null} fields are not checked (the format
 * does not state them).
 */
record Expect(String address, String diagnostic, String command, String remoteMta, Integer replyCode,
              String status) {
    static Expect rcpt(String address) {
        return new Expect(address, null, null, null, null, null);
    }

    Expect diagnostic(String value) {
        return new Expect(address, value, command, remoteMta, replyCode, status);
    }

    Expect command(String value) {
        return new Expect(address, diagnostic, value, remoteMta, replyCode, status);
    }

    Expect remote(String value) {
        return new Expect(address, diagnostic, command, value, replyCode, status);
    }

    Expect reply(int value) {
        return new Expect(address, diagnostic, command, remoteMta, value, status);
    }

    Expect status(String value) {
        return new Expect(address, diagnostic, command, remoteMta, replyCode, value);
    }

    static void check(List<RecipientFacts> facts, List<Expect> expected) {
        assertThat(facts).extracting(RecipientFacts::address)
                .containsExactlyElementsOf(expected.stream().map(Expect::address).toList());
        for (int i = 0; i < expected.size(); i++) {
            expected.get(i).check(facts.get(i));
        }
    }

    void check(RecipientFacts facts) {
        checkField("diagnostic", facts.diagnostic(), diagnostic);
        checkField("command", facts.command(), command);
        checkField("remoteMta", facts.remoteMta(), remoteMta);
        checkField("replyCode", facts.replyCode(), replyCode);
        checkField("status", facts.status(), status);
    }

    private void checkField(String name, Optional<?> actual, Object wanted) {
        if (wanted != null) {
            assertThat(actual.map(Object.class::cast)).as(address + " " + name).contains(wanted);
        }
    }
}

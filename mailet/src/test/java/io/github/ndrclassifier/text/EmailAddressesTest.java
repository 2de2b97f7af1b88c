package io.github.ndrclassifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {
    @Test
    void findsAddressesInFreeText() {
        assertThat(EmailAddresses.findAll("<a.b+c@example.org>: host mx.example.org said: 550 unknown user b@Example.NET.", 10))
                .extracting(EmailAddresses.Found::address)
                .containsExactly("a.b+c@example.org", "b@Example.NET");
    }

    @Test
    void ignoresWhatIsNotAnAddress() {
        assertThat(EmailAddresses.findAll("@ user@ @example.org user@localhost a@.example.org", 10)).isEmpty();
    }

    @Test
    void respectsTheLimit() {
        assertThat(EmailAddresses.findAll("a@x.org b@x.org c@x.org", 2)).hasSize(2);
    }

    @Test
    void lowerCasesOnlyTheDomain() {
        assertThat(EmailAddresses.canonical("Kiji.Tora@Example.ORG")).isEqualTo("Kiji.Tora@example.org");
    }

    @Test
    void staysLinearOnPathologicalInput() {
        String hostile = "@".repeat(200_000) + "a".repeat(200_000) + "@" + ".".repeat(100_000);
        long start = System.nanoTime();
        assertThat(EmailAddresses.findAll(hostile, 10)).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}

package io.github.ndrclassifier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LazyListTest {
    @Test
    void computesTheElementsOnFirstUseOnly() {
        AtomicInteger calls = new AtomicInteger();
        List<String> list = LazyList.of(() -> {
            calls.incrementAndGet();
            return List.of("mx.example.org", "relay.example.net");
        });

        assertThat(calls).hasValue(0);
        assertThat(list).containsExactly("mx.example.org", "relay.example.net");
        assertThat(list.get(1)).isEqualTo("relay.example.net");
        assertThat(list).hasSize(2).isEqualTo(List.of("mx.example.org", "relay.example.net"));
        assertThat(calls).hasValue(1);
    }

    @Test
    void isAnImmutableCopyOfWhatTheSupplierGave() {
        List<String> source = new ArrayList<>(List.of("a"));
        List<String> list = LazyList.of(() -> source);

        assertThat(list).containsExactly("a");
        source.add("b");
        assertThat(list).containsExactly("a");
        assertThatThrownBy(() -> list.add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anOriginalMessageKeepsItUnreadAndEqualToTheSameHosts() {
        AtomicInteger calls = new AtomicInteger();
        OriginalMessage lazy = new OriginalMessage(Optional.of("<1@example.org>"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), LazyList.of(() -> {
                    calls.incrementAndGet();
                    return List.of("mx.example.org");
                }));

        assertThat(calls).hasValue(0);
        assertThat(lazy).isEqualTo(new OriginalMessage(Optional.of("<1@example.org>"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("mx.example.org")));
        assertThat(calls).hasValue(1);
    }
}

package io.github.ndrclassifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.mime.HeaderField;

class ReceivedHeadersTest {

    @Test
    void theOriginatingHostIsTheOneNamedInTheOldestReceivedField() {
        HeaderBlock headers = HeaderBlock.of(List.of(
                new HeaderField("Received", "from localhost (EHLO [127.0.0.1]) ([127.0.0.1]) by james.example.net"
                        + " (JAMES SMTP Server ) with ESMTP ID 89d2e910 for <user@example.net>;"
                        + " Sat, 28 Nov 2026 06:26:51 +0000 (UTC)"),
                new HeaderField("Received", "from localhost (smtp-90.example.co.jp) [127.0.0.1] by mx4.example.org"
                        + " with esmtp (Exim 2.05 #1 (Debian)) id ffffff-000000-00; Thu, 29 Apr 1999 23:34:45 +0900"),
                new HeaderField("Subject", "Mail delivery failed"),
                new HeaderField("Received", "from mail by mx5.example.org with local (Exim 2.05 #1 (Debian))"
                        + " id ffffff-000000-00; Thu, 29 Apr 1999 23:34:45 +0900")));

        assertThat(ReceivedHeaders.originatingHost(headers)).contains("mx5.example.org");
    }

    @Test
    void aHostWithoutDomainIsPassedOver() {
        HeaderBlock headers = HeaderBlock.of(List.of(
                new HeaderField("Received", "from relay.example.net by mx.example.org; Thu, 29 Apr 1999 23:34:45 +0900"),
                new HeaderField("Received", "from localhost by localhost with ESMTP; Thu, 29 Apr 1999 23:34:40 +0900"),
                new HeaderField("Received", "by m-FILTER id 1; Thu, 29 Apr 1999 23:34:39 +0900")));

        assertThat(ReceivedHeaders.originatingHost(headers)).contains("mx.example.org");
    }

    @Test
    void withoutReceivedFieldOrByClauseThereIsNoHost() {
        assertThat(ReceivedHeaders.originatingHost(HeaderBlock.empty())).isEmpty();
        assertThat(ReceivedHeaders.originatingHost(HeaderBlock.of(List.of(
                new HeaderField("Received", "from somewhere; Thu, 29 Apr 1999 23:34:45 +0900"))))).isEmpty();
    }

    @Test
    void everyByHostTopmostFirstBareNamesIncluded() {
        HeaderBlock headers = HeaderBlock.of(List.of(
                new HeaderField("Received", "from localhost (HELO client.example) ([127.0.0.1]) by vm"
                        + " (JAMES SMTP Server ) with SMTP ID a4c06abc; Sat, 28 Nov 2026 07:35:01 +0000"),
                new HeaderField("Received", "from somewhere; Thu, 29 Apr 1999 23:34:45 +0900"),
                new HeaderField("Received", "from laptop by mail.example.local with ESMTPSA;"
                        + " Thu, 29 Apr 1999 23:34:40 +0900")));

        assertThat(ReceivedHeaders.byHosts(headers)).containsExactly("vm", "mail.example.local");
    }

    @Test
    void aLoopingChainGivesAtMostFiftyHosts() {
        List<HeaderField> fields = IntStream.range(0, 500)
                .mapToObj(i -> new HeaderField("Received", "from a by relay" + i + ".example.org; Thu, 29 Apr 1999"))
                .toList();

        assertThat(ReceivedHeaders.byHosts(HeaderBlock.of(fields))).hasSize(50).startsWith("relay0.example.org");
    }
}

package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;

class MFilterTest {
    @Test
    void readsTheAddressesTheServerMessageAndTheCommand() {
        MessageView message = Messages.view("""
                From: POSTMASTER <postmaster@example.com>
                Subject: failure notice
                X-Mailer: m-FILTER
                Content-Type: text/plain; charset=utf-8

                このメールは「m-FILTER」が自動的に生成して送信しています。

                以下のメールアドレスへの送信に失敗しました。
                kijitora@example.com


                -------server message
                550 unknown user <kijitora@example.com>

                -------SMTP command
                DATA

                -------original message
                To: kijitora@example.com
                """);
        MFilter mFilter = new MFilter();

        assertThat(mFilter.matches(message)).isTrue();
        Expect.check(mFilter.read(message).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.com")
                .command("DATA").diagnostic("550 unknown user <kijitora@example.com>")));
    }
}

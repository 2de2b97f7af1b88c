package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "550 5.1.1 User unknown (in reply to RCPT TO command)|RCPT",
        "550 Protocol violation (in reply to end of DATA command)|DATA",
        "SMTP error from remote mail server after MAIL FROM:<a@example.org> SIZE=1543:|MAIL",
        "SMTP error from remote mail server after pipelined RCPT TO:<a@example.org>:|RCPT",
        "SMTP error from remote mail server after end of data:|DATA",
        "SMTP error from remote mail server after initial connection:|CONN",
        "mx.example.org [192.0.2.1] did not like our final DATA:|DATA",
        "mx.example.org [192.0.2.1] did not like our RCPT TO:|RCPT",
        "(Error following RCPT command). It responded as follows:|RCPT",
        "lost connection with mx.example.com[192.0.2.3] while sending end of data|DATA",
        "(in reply to MAIL FROM command)|MAIL",
        "(in reply to EHLO command)|EHLO",
        "all hosts have been failing for a long time and were last tried after this message arrived|-",
        "550 5.1.1 the account does not exist|-"})
    void namesTheCommandAReplyAnswered(String text, String command) {
        assertThat(SmtpText.command(text).orElse(null)).isEqualTo(command);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mx.example.jp[192.0.2.1] said:|mx.example.jp",
        "mx.example.jp [192.0.2.1]: 550|mx.example.jp",
        "[192.0.2.25] said|192.0.2.25",
        "mx1.mail.icloud.com.:|mx1.mail.icloud.com"})
    void readsTheHostOfAReply(String text, String host) {
        assertThat(SmtpText.hostAt(text, 0)).contains(host);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "host mx [192.0.2.153]: 550 5.1.1 <a@example.org>|23",
        "550-5.7.1 first line|0",
        "[2016-04-29 23:34:45 +0900] info|-1",
        "SIZE=1543: retry|-1",
        "queued as 5.2.2 from 192.0.2.250|-1"})
    void findsWhereTheReplyStarts(String text, int start) {
        assertThat(SmtpText.replyStart(text)).isEqualTo(start);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<kijitora@example.jp>: host mx said|kijitora@example.jp",
        "  kijitora@example.jp|kijitora@example.jp",
        "RCPT TO:<Neko@Example.JP> ORCPT=rfc822;neko@example.jp|Neko@example.jp"})
    void readsTheAddressOfARecipientLine(String line, String address) {
        assertThat(SmtpText.address(line)).contains(address);
    }
}

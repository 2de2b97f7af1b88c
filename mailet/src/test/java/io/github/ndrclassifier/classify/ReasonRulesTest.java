package io.github.ndrclassifier.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.knowledge.DataFileException;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.text.TextNormalizer;

class ReasonRulesTest {
    private static final ReasonRules RULES = ReasonRules.builtIn();

    private static ReasonRules load(String json) {
        return ReasonRules.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @ParameterizedTest
    @CsvSource({
        "5.1.1, userunknown", "4.1.1, userunknown", "5.1.2, hostunknown", "5.2.2, mailboxfull",
        "4.2.2, mailboxfull", "5.2.3, exceedlimit", "5.1.8, rejected", "4.4.7, expired", "5.6.0, contenterror",
        "5.7.26, authfailure", "4.7.25, requireptr", "5.2.1, filtered", "4.2.1, suspend", "2.1.5, delivered"})
    void aSpecificCodeImpliesAReason(String code, String reason) {
        assertThat(RULES.forStatus(EnhancedStatusCode.parse(code).orElseThrow()).map(Reason::value)).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"5.0.0", "4.0.0", "5.7.1", "5.5.0", "5.7.0"})
    void aGenericCodeImpliesNothing(String code) {
        assertThat(RULES.forStatus(EnhancedStatusCode.parse(code).orElseThrow())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "550 5.1.1 <a@example.org>... User Unknown;userunknown",
        "552 5.2.2 Mailbox full;mailboxfull",
        "Recipient address rejected: Domain not found;hostunknown",
        "There are no DNS entries for the hostname Domain : nowhere.example.  I cannot determine where to send this message.;hostunknown",
        "Temporary problem looking up mail server for host: example.org.  I cannot determine where to send this message.;networkerror",
        "554 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using zen.spamhaus.org;blocked",
        "550 Message rejected as spam by Content Filtering;spamdetected",
        "550 5.7.1 The message has a virus;virusdetected",
        "554 Relay access denied;norelaying",
        "550 5.7.1 SPF check failed;authfailure",
        "Connection timed out;expired",
        "553 Sender address rejected: Domain not found;rejected",
        "The user's mailbox is disabled;suspend",
        "554 5.7.1 listed in an RBL;blocked",
        "Deferred: Connection refused by mx.example.org.;blocked",
        "Deferred: Name server: example.org.: host name lookup failure;networkerror",
        "552 Message size exceeds fixed maximum message size;mesgtoobig",
        "452 Too many recipients received this hour;toomanyconn",
        "451 Temporary local problem - rate limit exceeded;speeding",
        "This message is not RFC 5322 compliant;notcompliantrfc",
        "Postfach voll;mailboxfull",
        "Unbekannter Empfänger;userunknown",
        "Benutzerkonto deaktiviert: Postfach gesperrt;suspend",
        "Absender abgelehnt;rejected",
        "Boîte aux lettres pleine;mailboxfull",
        "Utilisateur inconnu;userunknown",
        "Le compte du destinataire est bloqué;suspend",
        "Buzón lleno;mailboxfull",
        "Usuario desconocido;userunknown",
        "Cuenta suspendida;suspend",
        "Remitente rechazado;rejected",
        "Casella piena;mailboxfull",
        "Utente sconosciuto;userunknown",
        "Account sospeso;suspend",
        "Mittente rifiutato;rejected",
        "Caixa postal cheia;mailboxfull",
        "Usuário desconhecido;userunknown",
        "Conta suspensa;suspend",
        "Remetente rejeitado;rejected",
        "メールボックスがいっぱいです;mailboxfull",
        "宛先不明;userunknown",
        "このアドレスは利用停止中です;suspend",
        "スパムと判定されました;spamdetected",
        "Почтовый ящик переполнен;mailboxfull",
        "Пользователь не найден;userunknown",
        "Почтовый ящик заблокирован;suspend",
        "Отправитель отклонен;rejected"})
    void phrasesRevealAReason(String text, String reason) {
        assertThat(RULES.forText(TextNormalizer.normalize(text)).map(e -> e.reason().value())).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a horrible error occurred", "our antivirus scanner is offline", "message accepted for delivery"})
    void wordsInsideOtherWordsRevealNothing(String text) {
        assertThat(RULES.forText(TextNormalizer.normalize(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "userunknown, mailboxfull, true", "userunknown, rejected, true", "userunknown, blocked, true",
        "userunknown, spamdetected, false", "filtered, suspend, true", "hostunknown, networkerror, true",
        "exceedlimit, mesgtoobig, false", "authfailure, spamdetected, false", "expired, networkerror, true",
        "expired, blocked, true", "expired, userunknown, false"})
    void onlyListedTextReasonsOverruleACode(String code, String text, boolean overrules) {
        assertThat(RULES.textOverrules(Reason.of(code).orElseThrow(), Reason.of(text).orElseThrow()))
                .isEqualTo(overrules);
    }

    @ParameterizedTest
    @CsvSource({"userunknown, true", "filtered, true", "expired, true", "mailboxfull, false",
        "exceedlimit, false", "authfailure, false"})
    void aCodeMayBeOverruledOnlyWhenSomeTextReasonIsListedForIt(String code, boolean mayBe) {
        assertThat(RULES.mayBeOverruled(Reason.of(code).orElseThrow())).isEqualTo(mayBe);
    }

    @ParameterizedTest
    @CsvSource({"expired, mailboxfull, true", "expired, userunknown, true", "expired, networkerror, false",
        "expired, systemerror, false", "rejected, userunknown, false", "suspend, mailboxfull, false"})
    void onlyListedReasonsOverruleAFormatsHint(String hint, String found, boolean overrules) {
        assertThat(RULES.overrulesHint(Reason.of(hint).orElseThrow(), Reason.of(found).orElseThrow()))
                .isEqualTo(overrules);
    }

    @ParameterizedTest
    @CsvSource({"expired, true", "userunknown, false", "mailboxfull, false", "rejected, false"})
    void aHintMayBeOverruledOnlyWhenSomeReasonIsListedForIt(String hint, boolean mayBe) {
        assertThat(RULES.hintMayBeOverruled(Reason.of(hint).orElseThrow())).isEqualTo(mayBe);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 unknown;RCPT",
        "550 unknown user (in reply to end of DATA command);DATA",
        "553 sender unknown (in reply to MAIL FROM command);MAIL",
        "SMTP error from remote mail server after initial connection: 554 go away;HELO",
        "550 <a@example.org>: Recipient address rejected: User unknown in local recipient table;RCPT"})
    void theTextTellsWhichCommandWasAnswered(String text, String command) {
        assertThat(RULES.commandIn(TextNormalizer.normalize(text))).contains(command);
    }

    @Test
    void loadsAMinimalFile() {
        ReasonRules rules = load("""
                {"statusCodes": {"x.2.2": "mailboxfull"},
                 "codeYieldsTo": [{"reason": "mailboxfull", "yieldsTo": ["suspend"]}],
                 "phrases": [{"reason": "suspend", "phrases": ["disabled"]}]}
                """);
        assertThat(rules.forStatus(EnhancedStatusCode.parse("4.2.2").orElseThrow())).contains(Reason.MAILBOXFULL);
        assertThat(rules.forText("account disabled")).contains(new ReasonRules.Evidence(Reason.SUSPEND, false, false));
        assertThat(rules.textOverrules(Reason.MAILBOXFULL, Reason.SUSPEND)).isTrue();
        assertThat(rules.mayBeOverruled(Reason.MAILBOXFULL)).isTrue();
        assertThat(rules.mayBeOverruled(Reason.SUSPEND)).isFalse();
        assertThat(rules.commandIn("after rcpt to")).isEmpty();
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("""
                        {
                        "phrases": [
                        {"reason": "nosuch", "phrases": ["x"]}]}
                        """, 3, "unknown reason 'nosuch'"),
                Arguments.of("""
                        {
                        "phrases": [
                        {"reason": "blocked", "phrases": []}]}
                        """, 3, "non-empty list"),
                Arguments.of("""
                        {
                        "phrases": [
                        {"reason": "blocked",
                         "phrases": ["* x"]}]}
                        """, 3, "may not start or end"),
                Arguments.of("""
                        {
                        "phrases": [

                        {"reason": "blocked", "phrases": ["a|b"]}]}
                        """, 4, "'|' may only stand"),
                Arguments.of("""
                        {
                        "codeYieldsTo": [
                        {"reason": "blocked", "yieldsTo": ["nosuch"]}]}
                        """, 3, "unknown reason"),
                Arguments.of("""
                        {
                        "commands": [
                        {"command": "", "phrases": ["x"]}]}
                        """, 3, "SMTP command"),
                Arguments.of("""
                        {
                        "phrases": [
                        {"reason": "blocked", "weak": "yes", "phrases": ["x"]}]}
                        """, 3, "'weak' must be"),
                Arguments.of("""
                        {
                        "phrases": [
                        {"reason": "userunknown", "directory": 1, "phrases": ["x"]}]}
                        """, 3, "'directory' must be"),
                Arguments.of("""
                        {"statusCodes": {"9.9.9": "blocked"}}
                        """, 0, "not a status code"),
                Arguments.of("""
                        {
                        "phrases": [
                        {"reason": "blocked", "phrases": ["x"]}
                        ,,]}
                        """, 4, "not valid JSON"));
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void aMalformedFileNamesTheFileAndLine(String json, int line, String problem) {
        assertThatThrownBy(() -> load(json))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.source()).isEqualTo("test.json");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).contains(problem);
                });
    }
}

package io.github.ndrclassifier.format.mta;

import java.util.List;

import io.github.ndrclassifier.format.FormatRecognizer;

/** The recognisers of MTA software families, in the order they are tried: specific before generic. */
public final class MtaFormats {
    private MtaFormats() {
    }

    public static List<FormatRecognizer> recognizers() {
        return List.of(
                new ActiveHunter(),
                new Exim(),
                new Postfix(),
                new V5sendmail(),
                new Sendmail(),
                new Qmail(),
                new X2(),
                new X4(),
                new DragonFly(),
                new OpenSmtpd(),
                new MFilter(),
                new MailMarshal(),
                new IMailServer(),
                new X1());
    }
}

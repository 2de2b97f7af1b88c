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
                new Biglobe(),
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
                new X1(),
                new X3(),
                new Fml(),
                new ApacheJames(),
                new Courier(),
                new MessagingServer(),
                new Office365(),
                new Exchange2007(),
                new Exchange2003(),
                new Domino(),
                new Notes(),
                new MailFoundry(),
                new X6());
    }
}

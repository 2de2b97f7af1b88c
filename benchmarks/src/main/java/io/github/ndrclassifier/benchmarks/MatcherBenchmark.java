package io.github.ndrclassifier.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.github.ndrclassifier.BounceSignals;
import io.github.ndrclassifier.james.IsBounce;

/**
 * What the matcher costs ordinary (non-bounce) mail: the pre-check alone on typical top-level
 * Content-Type values, and {@link IsBounce#match} on the corpus's ordinary messages sent with a
 * sender, as James holds them (header already parsed). Nanoseconds per message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatcherBenchmark {
    private static final String[] ORDINARY_TYPES = {
        "text/plain; charset=UTF-8",
        "multipart/alternative; boundary=\"000000000000f3a2b1c0\"",
        "multipart/mixed;\r\n\tboundary=\"----=_Part_12345_67890.1700000000000\"",
        "text/html; charset=\"utf-8\"",
        "multipart/related; type=\"multipart/alternative\"; boundary=\"b1\"",
        null};

    /** Ordinary messages, relative to where JMH runs (the repository's root). */
    @Param("../shared/corpus/maildir/not")
    public String ordinary;

    private Mail[] mails;
    private IsBounce matcher;
    private int nextType;
    private int nextMail;

    @Setup
    public void setUp() throws MessagingException {
        Session session = Session.getInstance(new Properties());
        List<Mail> loaded = new ArrayList<>();
        for (byte[] bytes : Corpus.load(ordinary)) {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(bytes));
            loaded.add(FakeMail.builder().name("mail" + loaded.size()).mimeMessage(message)
                    .sender("sender@example.com").recipient("rcpt@example.net").build());
        }
        mails = loaded.toArray(Mail[]::new);
        matcher = new IsBounce(new RecordingMetricFactory());
        matcher.init(FakeMatcherConfig.builder().matcherName("IsBounce").build());
    }

    @Benchmark
    public boolean preCheck() {
        String type = ORDINARY_TYPES[nextType];
        nextType = nextType + 1 == ORDINARY_TYPES.length ? 0 : nextType + 1;
        return BounceSignals.mayBeBounce(false, type);
    }

    @Benchmark
    public Collection<MailAddress> matchOrdinaryMail() {
        Mail mail = mails[nextMail];
        nextMail = nextMail + 1 == mails.length ? 0 : nextMail + 1;
        return matcher.match(mail);
    }
}

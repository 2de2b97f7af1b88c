package io.github.ndrclassifier.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;
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

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.knowledge.KnowledgeBase;
import io.github.ndrclassifier.report.BounceReport;

/**
 * Classification (parse, classify and explain every recipient) against a plain streaming parse
 * of the same bytes by Mime4j with a handler that does nothing, one corpus message per operation,
 * the messages taken in turn: the scores are messages per second, and {@code -prof gc} reports
 * the bytes allocated per message ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ClassificationBenchmark {
    /** The corpus directory, relative to where JMH runs (the repository's root). */
    @Param("../shared/corpus/maildir/bsd")
    public String corpus;

    private byte[][] messages;
    private int next;
    private BounceClassifier classifier;

    @Setup
    public void setUp() {
        messages = Corpus.load(corpus);
        classifier = BounceClassifier.builder().explainer(KnowledgeBase.builtIn()).build();
    }

    private byte[] nextMessage() {
        byte[] message = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return message;
    }

    @Benchmark
    public BounceReport classify() throws IOException {
        return classifier.classify(nextMessage());
    }

    @Benchmark
    public MimeStreamParser plainParse() throws IOException, MimeException {
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentHandler(new AbstractContentHandler() {
        });
        parser.parse(new ByteArrayInputStream(nextMessage()));
        return parser;
    }
}

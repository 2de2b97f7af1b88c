package io.github.ndrclassifier.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.report.BounceReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ndr-classify bench PATH...}: measures, in one run and on the same messages held in
 * memory, the throughput of a plain streaming MIME parse (Mime4j's parser with a handler that
 * does nothing: the practical limit) and of classification (parse, classify and explain every
 * recipient), single-threaded, after a warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures messages/s of a plain MIME parse and of classification on the given messages.")
final class Bench implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Message files or directories.")
    private List<Path> paths;

    @Option(names = "--seconds", defaultValue = "5", description = "Measured seconds per case (default ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up seconds per case (default ${DEFAULT-VALUE}).")
    private int warmup;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> messages = load();
        long bytes = messages.stream().mapToLong(m -> m.length).sum();
        out.printf("messages: %d (%.1f MB), java %s%n", messages.size(), bytes / 1e6, Runtime.version());
        BounceClassifier classifier = NdrClassify.defaultClassifier();
        Case parse = () -> {
            for (byte[] message : messages) {
                plainParse(message);
            }
        };
        Case classify = () -> {
            for (byte[] message : messages) {
                try {
                    BounceReport report = classifier.classify(message);
                    sink += report.recipients().size();
                } catch (IOException e) {
                    sink++;
                }
            }
        };
        double parseRate = measure(parse, messages.size());
        double classifyRate = measure(classify, messages.size());
        out.printf("plain MIME parse: %,10.0f messages/s%n", parseRate);
        out.printf("classification:   %,10.0f messages/s%n", classifyRate);
        out.printf("cost ratio (classification time / parse time): %.2f%n", parseRate / classifyRate);
        out.flush();
        return NdrClassify.EXIT_OK;
    }

    /** Result sink so the JIT cannot drop the measured work. */
    private static long sink;

    @FunctionalInterface
    private interface Case {
        void runOnce();
    }

    private double measure(Case work, int messagesPerRun) {
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            work.runOnce();
        }
        long runs = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long now;
        do {
            work.runOnce();
            runs++;
            now = System.nanoTime();
        } while (now < end);
        return runs * messagesPerRun / ((now - start) / 1e9);
    }

    private static void plainParse(byte[] message) {
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentHandler(new AbstractContentHandler() {
        });
        try {
            parser.parse(new ByteArrayInputStream(message));
        } catch (MimeException | IOException e) {
            sink++;
        }
    }

    private List<byte[]> load() throws IOException {
        List<byte[]> messages = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : InputFiles.list(path, (skipped, why) -> spec.commandLine().getErr()
                    .println("ndr-classify bench: " + skipped + ": " + why))) {
                for (InputStream message : MessageFile.messages(file)) {
                    messages.add(message.readAllBytes());
                }
            }
        }
        return messages;
    }
}

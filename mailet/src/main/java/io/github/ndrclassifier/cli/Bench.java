package io.github.ndrclassifier.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.report.BounceReport;

/**
 * {@code ndr-classify bench PATH...}: measures, in one run and on the same messages held in
 * memory, the throughput of a plain streaming MIME parse (Mime4j's parser with a handler that
 * does nothing: the practical limit) and of classification (parse, classify and explain every
 * recipient), single-threaded, after a warm-up, and the bytes classification allocates per
 * message.
 *
 * <p>The two cases alternate in rounds and each rate is the median over the rounds, so that a
 * burst of load on a shared machine shifts both alike and the ratio stays meaningful. Rates are
 * given by the measuring thread's CPU time (what the work cost, whatever else the machine runs)
 * and by wall-clock time.
 */
final class Bench {
    static final String NAME = "bench";
    /** What the command does, in a few words for the tool's usage. */
    static final String SUMMARY = "Measures the throughput of parsing and classification";

    private static final String SYNTAX = "ndr-classify " + NAME
            + " [-hV] [--seconds=N] [--warmup=N] [--max-warmup=N]\n"
            + "                          [--rounds=N] PATH...";
    private static final String DESCRIPTION = "Measures messages/s of a plain MIME parse and of classification on "
            + "the given messages.\nPATH: message files or directories.";
    private static final int DEFAULT_SECONDS = 10;
    private static final int DEFAULT_WARMUP = 6;
    private static final int DEFAULT_MAX_WARMUP = 60;
    private static final int DEFAULT_ROUNDS = 5;

    private static final Options OPTIONS = new Options()
            .addOption(valueOption("seconds",
                    "Measured seconds, shared by both cases (default " + DEFAULT_SECONDS + ")."))
            .addOption(valueOption("warmup", "Minimum warm-up seconds, shared by both cases; the warm-up goes on "
                    + "until the JIT compiler is quiet (default " + DEFAULT_WARMUP + ")."))
            .addOption(valueOption("max-warmup", "Seconds the warm-up may go on after the minimum while the JIT "
                    + "compiler is busy (default " + DEFAULT_MAX_WARMUP + ")."))
            .addOption(valueOption("rounds", "Rounds the measured time is split into; medians are reported "
                    + "(default " + DEFAULT_ROUNDS + ")."))
            .addOption(NdrClassify.helpOption())
            .addOption(NdrClassify.versionOption());

    private final List<Path> paths;
    private final int seconds;
    private final int warmup;
    private final int maxWarmup;
    private final int rounds;
    private final PrintWriter err;

    private Bench(List<Path> paths, int seconds, int warmup, int maxWarmup, int rounds, PrintWriter err) {
        this.paths = paths;
        this.seconds = seconds;
        this.warmup = warmup;
        this.maxWarmup = maxWarmup;
        this.rounds = rounds;
        this.err = err;
    }

    private static Option valueOption(String name, String description) {
        return Option.builder().longOpt(name).hasArg().argName("N").desc(description).build();
    }

    /** Runs {@code ndr-classify bench} with the arguments that follow {@code bench}; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        Bench bench;
        try {
            CommandLine line = Arguments.parse(OPTIONS, args);
            if (line.hasOption("help")) {
                Arguments.printUsage(out, SYNTAX, DESCRIPTION, OPTIONS, null);
                return NdrClassify.EXIT_OK;
            }
            if (line.hasOption("version")) {
                out.println(NdrClassify.VERSION);
                return NdrClassify.EXIT_OK;
            }
            bench = new Bench(Arguments.paths(line), Arguments.intValue(line, "seconds", DEFAULT_SECONDS),
                    Arguments.intValue(line, "warmup", DEFAULT_WARMUP),
                    Arguments.intValue(line, "max-warmup", DEFAULT_MAX_WARMUP),
                    Arguments.intValue(line, "rounds", DEFAULT_ROUNDS), err);
        } catch (Arguments.UsageException e) {
            err.println("ndr-classify: " + e.getMessage());
            Arguments.printUsage(err, SYNTAX, DESCRIPTION, OPTIONS, null);
            return NdrClassify.EXIT_FAILED;
        }
        try {
            return bench.measure(out);
        } catch (IOException e) {
            err.println("ndr-classify bench: " + e.getMessage());
            return NdrClassify.EXIT_FAILED;
        }
    }

    /** Result sink so the JIT cannot drop the measured work. */
    private static long sink;

    @FunctionalInterface
    private interface Case {
        void runOnce();
    }

    /** One measured stretch: passes over all messages, and the CPU and wall time they took. */
    private record Sample(long passes, long cpuNanos, long wallNanos) {
    }

    private int measure(PrintWriter out) throws IOException {
        List<byte[]> messages = load();
        if (messages.isEmpty()) {
            err.println("ndr-classify bench: no messages found");
            return NdrClassify.EXIT_FAILED;
        }
        long bytes = messages.stream().mapToLong(m -> m.length).sum();
        out.printf("messages: %d (%.1f MB); java %s; %d cores; load average %.2f%n", messages.size(), bytes / 1e6,
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        BounceClassifier classifier = NdrClassify.defaultClassifier();
        Case parse = () -> {
            for (byte[] message : messages) {
                plainParse(message);
            }
        };
        Case classify = () -> {
            for (byte[] message : messages) {
                classify(classifier, message);
            }
        };
        int rounds = Math.max(1, this.rounds);
        out.printf("warm-up: %.0f s%n", warmUp(parse, classify));
        out.flush();
        long perCase = seconds * 1_000_000_000L / (2L * rounds);
        Sample[] parsed = new Sample[rounds];
        Sample[] classified = new Sample[rounds];
        for (int round = 0; round < rounds; round++) {
            parsed[round] = measure(parse, perCase);
            classified[round] = measure(classify, perCase);
        }
        int n = messages.size();
        double parseCpu = median(parsed, n, true);
        double classifyCpu = median(classified, n, true);
        out.printf("%-18s %12s %12s%n", "messages/s", "by CPU time", "by wall time");
        out.printf("%-18s %,12.0f %,12.0f%n", "plain MIME parse", parseCpu, median(parsed, n, false));
        out.printf("%-18s %,12.0f %,12.0f%n", "classification", classifyCpu, median(classified, n, false));
        out.printf("cost ratio (classification / plain parse, median of %d rounds): %.2f%n", rounds,
                medianRatio(parsed, classified));
        out.printf("allocated per message: plain parse %,d bytes, classification %,d bytes%n",
                allocatedPerMessage(parse, n), allocatedPerMessage(classify, n));
        out.flush();
        return NdrClassify.EXIT_OK;
    }

    /**
     * Runs both cases for the warm-up time and then until the JIT compiler has been quiet for a
     * second (at most {@code --max-warmup} seconds more); returns the seconds it took. On a busy machine the compiler threads get little CPU, and
     * measuring half-compiled code would understate the classification most.
     */
    private double warmUp(Case parse, Case classify) {
        var compiler = ManagementFactory.getCompilationMXBean();
        boolean monitored = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        long minimumEnd = start + warmup * 1_000_000_000L;
        long maximumEnd = minimumEnd + maxWarmup * 1_000_000_000L;
        long quietSince = start;
        long compiled = monitored ? compiler.getTotalCompilationTime() : 0;
        long now;
        do {
            parse.runOnce();
            classify.runOnce();
            now = System.nanoTime();
            long total = monitored ? compiler.getTotalCompilationTime() : 0;
            if (total != compiled) {
                compiled = total;
                quietSince = now;
            }
        } while (now < minimumEnd || monitored && now - quietSince < 1_000_000_000L && now < maximumEnd);
        return (now - start) / 1e9;
    }

    private static void classify(BounceClassifier classifier, byte[] message) {
        try {
            BounceReport report = classifier.classify(message);
            sink += report.recipients().size();
        } catch (IOException e) {
            sink++;
        }
    }

    private static Sample measure(Case work, long nanos) {
        var threads = ManagementFactory.getThreadMXBean();
        long passes = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + nanos;
        long now;
        do {
            work.runOnce();
            passes++;
            now = System.nanoTime();
        } while (now < end);
        return new Sample(passes, threads.getCurrentThreadCpuTime() - cpuStart, now - start);
    }

    private static double rate(Sample sample, int messagesPerPass, boolean cpu) {
        long nanos = cpu ? sample.cpuNanos() : sample.wallNanos();
        return sample.passes() * messagesPerPass / (Math.max(1, nanos) / 1e9);
    }

    private static double median(Sample[] samples, int messagesPerPass, boolean cpu) {
        return median(Arrays.stream(samples).mapToDouble(s -> rate(s, messagesPerPass, cpu)).toArray());
    }

    /** The median of each round's ratio: rounds run next to each other share the machine's load. */
    private static double medianRatio(Sample[] parsed, Sample[] classified) {
        double[] ratios = new double[parsed.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = rate(parsed[i], 1, true) / rate(classified[i], 1, true);
        }
        return median(ratios);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Bytes the measuring thread allocates per message over one pass (exact, unlike time). */
    private static long allocatedPerMessage(Case work, int messagesPerPass) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) {
            return -1;
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        work.runOnce();
        return (threads.getCurrentThreadAllocatedBytes() - before) / messagesPerPass;
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
            for (Path file : InputFiles.list(path, (skipped, why) ->
                    err.println("ndr-classify bench: " + skipped + ": " + why))) {
                try {
                    for (InputStream message : MessageFile.messages(file)) {
                        messages.add(message.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new IOException(file + ": cannot be read: " + ErrorText.of(e), e);
                }
            }
        }
        return messages;
    }
}

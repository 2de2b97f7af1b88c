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
 * recipient), single-threaded, after a warm-up, and the bytes classification allocates per
 * message.
 *
 * <p>The two cases alternate in rounds and each rate is the median over the rounds, so that a
 * burst of load on a shared machine shifts both alike and the ratio stays meaningful. Rates are
 * given by the measuring thread's CPU time (what the work cost, whatever else the machine runs)
 * and by wall-clock time.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures messages/s of a plain MIME parse and of classification on the given messages.")
final class Bench implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Message files or directories.")
    private List<Path> paths;

    @Option(names = "--seconds", defaultValue = "10",
            description = "Measured seconds, shared by both cases (default ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--warmup", defaultValue = "6",
            description = "Minimum warm-up seconds, shared by both cases; the warm-up goes on until the JIT "
                    + "compiler is quiet (default ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--max-warmup", defaultValue = "60",
            description = "Seconds the warm-up may go on after the minimum while the JIT compiler is busy "
                    + "(default ${DEFAULT-VALUE}).")
    private int maxWarmup;

    @Option(names = "--rounds", defaultValue = "5",
            description = "Rounds the measured time is split into; medians are reported (default ${DEFAULT-VALUE}).")
    private int rounds;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Result sink so the JIT cannot drop the measured work. */
    private static long sink;

    @FunctionalInterface
    private interface Case {
        void runOnce();
    }

    /** One measured stretch: passes over all messages, and the CPU and wall time they took. */
    private record Sample(long passes, long cpuNanos, long wallNanos) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> messages = load();
        if (messages.isEmpty()) {
            spec.commandLine().getErr().println("ndr-classify bench: no messages found");
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

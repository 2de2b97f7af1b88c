package io.github.ndrclassifier.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.knowledge.DataFileException;
import io.github.ndrclassifier.knowledge.KnowledgeBase;

/**
 * {@code ndr-classify}: classifies bounce messages stored as files and explains them.
 *
 * <p>Exit codes: 0 when every file was classified, 2 when a file could not be read or parsed
 * (the others are still processed), the command line is wrong, or the knowledge file given with
 * {@code --knowledge} is malformed (nothing is processed then).
 */
public final class NdrClassify {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 2;
    static final String VERSION = "ndr-classify 0.1.0";

    private static final String SYNTAX = "ndr-classify [-hV] [--json] [--knowledge=FILE] PATH...\n"
            + "       ndr-classify " + Bench.NAME + " [OPTIONS] PATH...";
    private static final String DESCRIPTION = "Classifies bounce messages (DSNs and non-delivery reports) and explains "
            + "them.\nPATH: message files, or directories read recursively in name order.";
    private static final String COMMANDS = "Commands:\n  " + Bench.NAME + "  " + Bench.SUMMARY
            + " (" + Bench.NAME + " --help).";

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder().longOpt("json")
                    .desc("Write JSON Lines (one object per message) instead of text.").build())
            .addOption(Option.builder().longOpt("knowledge").hasArg().argName("FILE")
                    .desc("A knowledge file (JSON) whose entries add to and override the built-in explanations.")
                    .build())
            .addOption(helpOption())
            .addOption(versionOption());

    private NdrClassify() {
    }

    public static void main(String[] args) {
        int exit = run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        // A plain return ends the JVM with 0 too (the loading threads are daemons), without System.exit
        // first setting up the JDK's logging to report the exit: 12 ms of CPU.
        if (exit != EXIT_OK) {
            System.exit(exit);
        }
    }

    /** Runs the tool with the given streams; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        DataPreload.start();
        if (args.length > 0 && args[0].equals(Bench.NAME)) {
            return Bench.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        CommandLine line;
        List<Path> paths;
        try {
            line = Arguments.parse(OPTIONS, args);
            if (line.hasOption("help")) {
                Arguments.printUsage(out, SYNTAX, DESCRIPTION, OPTIONS, COMMANDS);
                return EXIT_OK;
            }
            if (line.hasOption("version")) {
                out.println(VERSION);
                return EXIT_OK;
            }
            paths = Arguments.paths(line);
        } catch (Arguments.UsageException e) {
            err.println("ndr-classify: " + e.getMessage());
            Arguments.printUsage(err, SYNTAX, DESCRIPTION, OPTIONS, COMMANDS);
            return EXIT_FAILED;
        }
        Optional<Path> knowledge = Optional.ofNullable(line.getOptionValue("knowledge")).map(Path::of);
        try {
            return classify(paths, line.hasOption("json"), knowledge, out, err);
        } catch (IOException e) {
            err.println("ndr-classify: " + ErrorText.of(e));
            return EXIT_FAILED;
        }
    }

    /** {@code -h, --help}, which the tool and its commands share. */
    static Option helpOption() {
        return Option.builder("h").longOpt("help").desc("Show this help message and exit.").build();
    }

    /** {@code -V, --version}, which the tool and its commands share. */
    static Option versionOption() {
        return Option.builder("V").longOpt("version").desc("Print version information and exit.").build();
    }

    /** The classifier the tool uses: explanations from the built-in knowledge. */
    static BounceClassifier defaultClassifier() {
        return classifier(KnowledgeBase.builtIn());
    }

    static BounceClassifier classifier(KnowledgeBase knowledgeBase) {
        return BounceClassifier.builder().explainer(knowledgeBase).build();
    }

    private static int classify(List<Path> paths, boolean json, Optional<Path> knowledge, PrintWriter stdout,
                                PrintWriter err) throws IOException {
        BounceClassifier classifier;
        try {
            classifier = classifier(knowledge.isPresent() ? KnowledgeBase.withOverrides(knowledge.get())
                    : KnowledgeBase.builtIn());
        } catch (DataFileException e) {
            err.println("ndr-classify: " + e.getMessage().replaceAll("\\s+", " "));
            return EXIT_FAILED;
        }
        Writer out = new BufferedWriter(stdout, 1 << 16);
        ReportWriter writer = json ? new JsonReportWriter(out) : new TextReportWriter(out);
        List<Path> files = new ArrayList<>();
        boolean[] failed = {false};
        for (Path path : paths) {
            try {
                files.addAll(InputFiles.list(path, (file, why) -> {
                    err.println("ndr-classify: " + file + ": " + why);
                    failed[0] = true;
                }));
            } catch (IOException e) {
                err.println("ndr-classify: " + path + ": cannot be read: " + ErrorText.of(e));
                failed[0] = true;
            }
        }
        Progress progress = Progress.onTerminal(err, files.size());
        for (Path file : files) {
            List<InputStream> messages;
            try {
                messages = MessageFile.messages(file);
            } catch (IOException e) {
                out.flush();
                err.println("ndr-classify: " + file + ": cannot be read: " + ErrorText.of(e));
                failed[0] = true;
                progress.advance();
                continue;
            }
            for (int i = 0; i < messages.size(); i++) {
                // One bad message of an mbox does not hide the others.
                String name = messages.size() == 1 ? file.toString() : file + " (message " + (i + 1) + ")";
                try {
                    writer.write(file.toString(), classifier.classify(messages.get(i)));
                } catch (IOException e) {
                    out.flush();
                    err.println("ndr-classify: " + name + ": " + e.getMessage());
                    failed[0] = true;
                } catch (RuntimeException e) {
                    out.flush();
                    err.println("ndr-classify: " + name + ": internal error, please report it: " + e);
                    failed[0] = true;
                }
            }
            progress.advance();
        }
        progress.done();
        out.flush();
        return failed[0] ? EXIT_FAILED : EXIT_OK;
    }
}

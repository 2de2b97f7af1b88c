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
import java.util.List;
import java.util.concurrent.Callable;

import io.github.ndrclassifier.BounceClassifier;
import io.github.ndrclassifier.knowledge.DataFileException;
import io.github.ndrclassifier.knowledge.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ndr-classify}: classifies bounce messages stored as files and explains them.
 *
 * <p>Exit codes: 0 when every file was classified, 2 when a file could not be read or parsed
 * (the others are still processed), the command line is wrong, or the knowledge file given with
 * {@code --knowledge} is malformed (nothing is processed then).
 */
@Command(name = "ndr-classify", mixinStandardHelpOptions = true, version = "ndr-classify 0.1.0",
        subcommands = Bench.class,
        description = "Classifies bounce messages (DSNs and non-delivery reports) and explains them.",
        sortOptions = false, usageHelpAutoWidth = true)
public final class NdrClassify implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 2;

    @Option(names = "--json", description = "Write JSON Lines (one object per message) instead of text.")
    private boolean json;

    @Option(names = "--knowledge", paramLabel = "FILE",
            description = "A knowledge file (JSON) whose entries add to and override the built-in explanations.")
    private Path knowledge;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Message files, or directories read recursively in name order.")
    private List<Path> paths;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the tool with the given streams; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new NdrClassify());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> EXIT_FAILED);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println("ndr-classify: " + e.getMessage());
            e.getCommandLine().usage(err);
            return EXIT_FAILED;
        });
        return commandLine.execute(args);
    }

    /** The classifier the tool uses: explanations from the built-in knowledge. */
    static BounceClassifier defaultClassifier() {
        return classifier(KnowledgeBase.builtIn());
    }

    static BounceClassifier classifier(KnowledgeBase knowledgeBase) {
        return BounceClassifier.builder().explainer(knowledgeBase).build();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (paths == null || paths.isEmpty()) {
            // Declared optional so that the bench subcommand needs no PATH of the parent's.
            err.println("ndr-classify: Missing required parameter: 'PATH'");
            spec.commandLine().usage(err);
            return EXIT_FAILED;
        }
        KnowledgeBase knowledgeBase;
        try {
            knowledgeBase = knowledge == null ? KnowledgeBase.builtIn() : KnowledgeBase.withOverrides(knowledge);
        } catch (DataFileException e) {
            err.println("ndr-classify: " + e.getMessage().replaceAll("\\s+", " "));
            return EXIT_FAILED;
        }
        Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        ReportWriter writer = json ? new JsonReportWriter(out) : new TextReportWriter(out);
        BounceClassifier classifier = classifier(knowledgeBase);
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

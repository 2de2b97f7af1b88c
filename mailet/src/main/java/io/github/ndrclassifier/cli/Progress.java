package io.github.ndrclassifier.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line progress counter on stderr, shown only when stderr is a terminal. */
final class Progress {
    private static final int MIN_FILES = 200;
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean active;
    private int done;
    private long lastShown;

    private Progress(PrintWriter err, int total, boolean active) {
        this.err = err;
        this.total = total;
        this.active = active;
    }

    /** A counter that shows itself for long runs when stderr is a terminal. */
    static Progress onTerminal(PrintWriter err, int total) {
        return new Progress(err, total, total >= MIN_FILES && stderrIsTerminal());
    }

    void advance() {
        done++;
        if (active) {
            long now = System.nanoTime();
            if (now - lastShown >= INTERVAL_NANOS) {
                lastShown = now;
                err.print("\r" + done + "/" + total + " files");
                err.flush();
            }
        }
    }

    void done() {
        if (active) {
            err.print("\r" + done + "/" + total + " files\n");
            err.flush();
        }
    }

    /** On Linux, file descriptor 2 links to a tty or pts device when stderr is a terminal. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}

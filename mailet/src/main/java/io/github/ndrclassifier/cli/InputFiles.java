package io.github.ndrclassifier.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Expands the command line's paths into the files to classify. Only regular files are read: a
 * FIFO, socket or device would block or never end, and a link whose target is missing has
 * nothing to read; each of these, and each directory entry that cannot be listed, is reported
 * with its path, and the walk goes on. Links to directories are not followed (no loops).
 */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * The file itself, or the regular files under a directory, recursively, in name order.
     *
     * @param problem told each path that is not read, and why
     */
    static List<Path> list(Path path, BiConsumer<Path, String> problem) throws IOException {
        if (!Files.isDirectory(path)) {
            if (Files.isRegularFile(path)) {
                return List.of(path);
            }
            problem.accept(path, whyNotRead(path));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                } else if (!Files.isDirectory(file)) {
                    problem.accept(file, whyNotRead(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problem.accept(file, "cannot be read: " + ErrorText.of(e));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static String whyNotRead(Path path) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return "broken symbolic link: its target does not exist";
        }
        if (!Files.exists(path)) {
            return "no such file or directory";
        }
        return "not a regular file (a FIFO, socket or device is not read)";
    }
}

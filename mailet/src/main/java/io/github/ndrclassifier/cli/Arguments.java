package io.github.ndrclassifier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * Reads a command line of the tool or of one of its commands with Commons CLI, and words its
 * errors as the tool always has ({@code Unknown option: '--x'}), for the caller to print after
 * {@code ndr-classify: } with the usage.
 */
final class Arguments {
    private static final int USAGE_WIDTH = 80;

    private Arguments() {
    }

    /** A wrong command line: what is wrong, in one line. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Parses {@code args}; options may come before, between and after the paths, {@code --} ends
     * the options, and each option may be given once. Long options are matched whole, never by a
     * prefix.
     */
    static CommandLine parse(Options options, String[] args) throws UsageException {
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(false).build().parse(options, args);
        } catch (UnrecognizedOptionException e) {
            throw new UsageException("Unknown option: '" + e.getOption() + "'");
        } catch (MissingArgumentException e) {
            throw new UsageException("Missing required parameter for option '--" + e.getOption().getLongOpt()
                    + "' (" + e.getOption().getArgName() + ")");
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
        Set<String> seen = new HashSet<>();
        for (Option option : line.getOptions()) {
            if (!seen.add(option.getLongOpt())) {
                throw new UsageException("option '--" + option.getLongOpt() + "' should be specified only once");
            }
        }
        return line;
    }

    /** The paths the command line names, one at least. */
    static List<Path> paths(CommandLine line) throws UsageException {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("Missing required parameter: 'PATH'");
        }
        List<Path> paths = new ArrayList<>();
        for (String path : line.getArgList()) {
            paths.add(Path.of(path));
        }
        return paths;
    }

    /** The whole-number value of an option, or {@code defaultValue} when it is not given. */
    static int intValue(CommandLine line, String longOption, int defaultValue) throws UsageException {
        String value = line.getOptionValue(longOption);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("Invalid value for option '--" + longOption + "': '" + value + "' is not an int");
        }
    }

    /**
     * Prints the usage: the syntax lines, the description, the options in the order they were
     * added, and the footer if there is one.
     */
    static void printUsage(PrintWriter out, String syntax, String description, Options options, String footer) {
        HelpFormatter help = new HelpFormatter();
        help.setSyntaxPrefix("Usage: ");
        help.setLongOptSeparator("=");
        help.setOptionComparator(null);
        help.printHelp(out, USAGE_WIDTH, syntax, description, options, 2, 3, footer, false);
        out.flush();
    }
}

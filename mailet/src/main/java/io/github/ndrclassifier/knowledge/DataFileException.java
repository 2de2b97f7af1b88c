package io.github.ndrclassifier.knowledge;

/**
 * A data file of the classifier (the built-in tables or an administrator's override) is
 * malformed. The message names the file, the line and what is wrong, so that start-up fails
 * with something an administrator can act on.
 */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public DataFileException(String source, int line, String problem) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public DataFileException(String source, int line, String problem, Throwable cause) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.source = source;
        this.line = line;
    }

    /** The file (or resource) that is malformed. */
    public String source() {
        return source;
    }

    /** The line of the malformed entry, or 0 when unknown. */
    public int line() {
        return line;
    }
}

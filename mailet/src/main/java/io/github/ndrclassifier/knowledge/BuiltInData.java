package io.github.ndrclassifier.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Data shipped with the classifier, loaded on first use and then shared. A load that fails is
 * not remembered: the next use tries again and fails with the same clear message.
 *
 * @param <T> what the data is loaded into
 */
public final class BuiltInData<T> {
    private final Supplier<T> loader;
    private volatile T value;

    public BuiltInData(Supplier<T> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The data, loaded once. */
    public T get() {
        T loaded = value;
        if (loaded == null) {
            synchronized (this) {
                loaded = value;
                if (loaded == null) {
                    loaded = Objects.requireNonNull(loader.get(), "loaded data");
                    value = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * Reads the resource {@code name} beside {@code owner} with {@code reader} (given the stream
     * and the name to report errors with).
     *
     * @throws DataFileException when the resource is missing or malformed (a packaging defect)
     */
    public static <T> T readResource(Class<?> owner, String name, BiFunction<InputStream, String, T> reader) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new DataFileException(name, 0, "missing from the classpath");
            }
            return reader.apply(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

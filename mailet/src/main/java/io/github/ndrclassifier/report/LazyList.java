package io.github.ndrclassifier.report;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list whose elements are computed on first use. A report carries facts that only
 * some callers read (the hosts a returned message passed through matter to James's backscatter
 * check, never to the classification itself), and reading them out of the returned header costs
 * more than classifying the recipient, so they are read when asked for.
 *
 * <p>Thread-safe: threads racing on the first use may each compute the elements, which the
 * supplier must therefore give equal each time; every thread then sees one immutable copy.
 *
 * @param <E> the element type
 */
public final class LazyList<E> extends AbstractList<E> implements RandomAccess {
    private final Supplier<? extends List<? extends E>> source;
    private volatile List<E> elements;

    private LazyList(Supplier<? extends List<? extends E>> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The list {@code source} gives, asked for on first use (its elements must not be null). */
    public static <E> List<E> of(Supplier<? extends List<? extends E>> source) {
        return new LazyList<>(source);
    }

    private List<E> elements() {
        List<E> list = elements;
        if (list == null) {
            list = List.copyOf(source.get());
            elements = list;
        }
        return list;
    }

    @Override
    public E get(int index) {
        return elements().get(index);
    }

    @Override
    public int size() {
        return elements().size();
    }
}

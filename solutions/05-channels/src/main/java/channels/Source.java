package channels;

import java.util.Optional;

/** Where the pipeline's items come from: the producer asks for them one at a time. */
public interface Source<T> {

    /** The next item, or empty when there are no more. */
    Optional<T> next();
}

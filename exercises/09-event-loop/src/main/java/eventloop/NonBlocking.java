package eventloop;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code that runs on the event loop's thread and must never wait: no sleep, no join, no get, no
 * blocking I/O, and no long computation either. The grader's rules follow such a method into every
 * helper, lambda and inner class it runs, and report any blocking call they reach.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NonBlocking {
}

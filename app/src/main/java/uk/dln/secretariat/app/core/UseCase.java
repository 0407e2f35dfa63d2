package uk.dln.secretariat.app.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what the window and the command line both call to get something done (export a pack, take in a return, back
 * up...). A use case is plain Java: it sees no JavaFX, reports through {@link Progress} and stops on
 * {@link CancelledException}; the architecture rules check it. It is given what it reads and writes, so the window's
 * view models and the commands call the same code with the same inputs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface UseCase {
}

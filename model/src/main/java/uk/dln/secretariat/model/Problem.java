package uk.dln.secretariat.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with an input: which field (or line) and what, as a resource-bundle key with arguments.
 *
 * @param field     the field name the problem is about, e.g. {@code shortName}; used to place the message next to
 *                  the control
 * @param messageKey resource-bundle key of the message
 * @param arguments  arguments for the message pattern
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, List.of(arguments));
    }
}

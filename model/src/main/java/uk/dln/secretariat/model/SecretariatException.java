package uk.dln.secretariat.model;

import java.util.List;

/**
 * The one exception type whose message is meant for a person. It carries a resource-bundle key and its
 * arguments rather than English text, so the app and the command line can show it in the user's language.
 * It is logged once, where it is handled.
 */
public class SecretariatException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public SecretariatException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public SecretariatException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** Resource-bundle key of the message, e.g. {@code workspace.error.newer}. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments for the message pattern, in order. */
    public List<Object> arguments() {
        return arguments;
    }
}

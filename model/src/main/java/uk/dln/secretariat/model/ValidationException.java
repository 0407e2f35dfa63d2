package uk.dln.secretariat.model;

import java.util.List;

/** Input refused before anything was stored; lists every problem found, not just the first. */
public class ValidationException extends SecretariatException {

    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(first(problems).messageKey(), first(problems).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static Problem first(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A validation failure needs at least one problem");
        }
        return problems.get(0);
    }
}

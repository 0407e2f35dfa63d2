package uk.dln.secretariat.architecture.program.core.minutes;

import uk.dln.secretariat.architecture.program.i18n.Words;

/** A use case that uses only the program's words, which the core rule allows. */
public final class MinutesDraft {

    public String heading() {
        return Words.get("minutes.heading");
    }
}

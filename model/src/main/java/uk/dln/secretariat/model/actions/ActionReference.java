package uk.dln.secretariat.model.actions;

import java.util.Locale;

/**
 * An action's reference, tied to the meeting that raised it: {@code A26/11/03} is the third action raised at the
 * eleventh meeting of 2026.
 */
public record ActionReference(int year, int meeting, int sequence) {

    public ActionReference {
        if (meeting < 1 || meeting > 99 || sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("Not an action reference: " + meeting + "/" + sequence);
        }
        year = Math.floorMod(year, 100);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "A%02d/%02d/%02d", year, meeting, sequence);
    }
}

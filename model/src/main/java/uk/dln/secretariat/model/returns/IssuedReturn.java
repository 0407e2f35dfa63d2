package uk.dln.secretariat.model.returns;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A return as the workspace remembers it: issued when and to whom, and whether it was chased, received and taken in.
 *
 * @param chasedAt   the last chaser written; null if never
 * @param receivedAt when a workbook for it was first read; null until then
 * @param takenInAt  when its accepted changes were stored; null until then
 * @param version    the version it was read at, which taking it in claims, so that one person's intake is not
 *                   silently passed over by another's
 */
public record IssuedReturn(String id, long organisationId, String organisation, LocalDateTime issuedAt,
                           String issuedTo, LocalDate dueOn, String fileName, LocalDateTime chasedAt,
                           LocalDateTime receivedAt, LocalDateTime takenInAt, long version) {

    /** A return not yet stored, or read without its version: version 0. */
    public IssuedReturn(String id, long organisationId, String organisation, LocalDateTime issuedAt, String issuedTo,
                        LocalDate dueOn, String fileName, LocalDateTime chasedAt, LocalDateTime receivedAt,
                        LocalDateTime takenInAt) {
        this(id, organisationId, organisation, issuedAt, issuedTo, dueOn, fileName, chasedAt, receivedAt, takenInAt,
                0);
    }

    /** Where a return stands, in the order the loop goes. */
    public enum State {
        OUTSTANDING, RECEIVED, TAKEN_IN
    }

    public State state() {
        if (takenInAt != null) {
            return State.TAKEN_IN;
        }
        return receivedAt != null ? State.RECEIVED : State.OUTSTANDING;
    }

    public boolean overdueOn(LocalDate day) {
        return state() == State.OUTSTANDING && dueOn.isBefore(day);
    }
}

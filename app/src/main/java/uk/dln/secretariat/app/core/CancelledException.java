package uk.dln.secretariat.app.core;

/** Thrown by work that noticed it was cancelled, so it stops without being reported as a failure. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}

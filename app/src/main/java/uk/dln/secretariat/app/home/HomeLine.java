package uk.dln.secretariat.app.home;

/**
 * One line on Home: what it is about and its state in words (so colour never carries it), and where it leads.
 *
 * @param done the step is done; used only for the line's mark, the state says it in words
 */
public record HomeLine(String text, String state, boolean done, Destination destination) {

    /** What a screen reader says and the link shows: the line and its state. */
    public String label() {
        return state.isEmpty() ? text : text + ": " + state;
    }
}

package uk.dln.secretariat.model.toolkit;

/**
 * One of the Digital Leaders Toolkit's approaches, under the finding (obstacle) it answers, e.g. 1.2 "Performance
 * metrics that have teeth" under 1 "Producing effective digital strategies".
 *
 * @param code e.g. {@code 1.2}
 */
public record ToolkitApproach(long id, String code, int finding, String findingTitle, String title) {

    /** The code and title, as a heading or a column's accessible name reads it. */
    public String label() {
        return code + " " + title;
    }
}

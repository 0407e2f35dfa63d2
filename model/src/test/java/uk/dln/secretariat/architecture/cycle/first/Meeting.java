package uk.dln.secretariat.architecture.cycle.first;

import uk.dln.secretariat.architecture.cycle.second.Paper;

/** Half of a package cycle, for the test that shows the rule finds one. */
public final class Meeting {

    public Paper paper() {
        return new Paper();
    }
}

package uk.dln.secretariat.architecture.cycle.second;

import uk.dln.secretariat.architecture.cycle.first.Meeting;

/** The other half of a package cycle, for the test that shows the rule finds one. */
public final class Paper {

    public Meeting meeting() {
        return new Meeting();
    }
}

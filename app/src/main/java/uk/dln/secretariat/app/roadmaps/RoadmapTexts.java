package uk.dln.secretariat.app.roadmaps;

import uk.dln.secretariat.app.i18n.Messages;

/** How roadmap values read in tables and charts, in one place so every screen says the same. */
final class RoadmapTexts {

    private RoadmapTexts() {
    }

    /** "31 days late", "on baseline", "5 days early". */
    static String slippage(long days) {
        if (days == 1) {
            return Messages.get("roadmaps.slippage.lateOne");
        }
        if (days == -1) {
            return Messages.get("roadmaps.slippage.earlyOne");
        }
        if (days > 0) {
            return Messages.get("roadmaps.slippage.late", days);
        }
        if (days < 0) {
            return Messages.get("roadmaps.slippage.early", -days);
        }
        return Messages.get("roadmaps.slippage.none");
    }
}

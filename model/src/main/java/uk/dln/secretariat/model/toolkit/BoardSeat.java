package uk.dln.secretariat.model.toolkit;

import java.util.Locale;

/**
 * The organisation's current Digital Leader as the directory has them, for the role check's "on the board at
 * Director General level".
 *
 * @param leaderName empty when the organisation has no Digital Leader today
 */
public record BoardSeat(String leaderName, String grade, boolean boardMember) {

    public static final BoardSeat VACANT = new BoardSeat("", "", false);

    public boolean vacant() {
        return leaderName == null || leaderName.isBlank();
    }

    /** Director General grade, however the directory writes it: "Director General", "DG", "SCS3". */
    public boolean directorGeneral() {
        String words = grade == null ? "" : grade.strip().toUpperCase(Locale.ROOT);
        return words.contains("DIRECTOR GENERAL") || words.equals("DG") || words.startsWith("DG ")
                || words.replace(" ", "").contains("SCS3") || words.contains("PERMANENT SECRETARY");
    }

    /** The expectation is met when the Digital Leader sits on the board and is at DG level. */
    public boolean met() {
        return !vacant() && boardMember && directorGeneral();
    }
}

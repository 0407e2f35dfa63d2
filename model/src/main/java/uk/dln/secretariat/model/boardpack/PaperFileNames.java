package uk.dln.secretariat.model.boardpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names an agenda item's files have in the export folder: the paper's reference and title, as a secretariat
 * files them ({@code DLN(26)11-03 Cloud hosting strategy refresh.pdf}), the slash of the reference turned into a
 * hyphen. An item with several files gives each its annex letter: {@code ... refresh (A).pdf},
 * {@code ... refresh (B).xlsx}. Names are safe on Windows, macOS and Linux alike.
 */
public final class PaperFileNames {

    /** Characters Windows refuses in a name, and control characters anywhere. */
    private static final Pattern UNSAFE = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])");
    /** Well under Windows' 255 characters a name, leaving room for the folder in its 260-character path. */
    private static final int MAX_STEM = 100;

    private PaperFileNames() {
    }

    /** The export names of the item's files, in the order they were attached. */
    public static List<String> of(AgendaEntry entry) {
        var line = entry.line();
        String stem = line.reference() != null ? line.reference() + " " + line.item().title()
                : line.number() + " " + line.item().title();
        return of(stem, entry.annexes());
    }

    /** @param originals the files' own names, whose extensions the exported files keep */
    static List<String> of(String stem, List<String> originals) {
        String safeStem = shorten(safe(stem));
        var names = new ArrayList<String>();
        for (int i = 0; i < originals.size(); i++) {
            String letter = originals.size() == 1 ? "" : " (" + annexLetter(i) + ")";
            names.add(safeStem + letter + extension(originals.get(i)));
        }
        return names;
    }

    private static String safe(String text) {
        // "Pilots: findings" reads as "Pilots - findings"; other refused characters become a hyphen.
        String cleaned = UNSAFE.matcher(text.replace(":", " - ")).replaceAll("-").replaceAll("\\s+", " ").strip();
        // Windows drops trailing dots and spaces, which would make two names one.
        cleaned = cleaned.replaceAll("[. ]+$", "");
        if (cleaned.isEmpty() || RESERVED.matcher(cleaned).matches()) {
            cleaned = "_" + cleaned;
        }
        return cleaned;
    }

    private static String shorten(String stem) {
        if (stem.length() <= MAX_STEM) {
            return stem;
        }
        int end = MAX_STEM;
        if (Character.isLowSurrogate(stem.charAt(end))) {
            end--;
        }
        return stem.substring(0, end).replaceAll("[. ]+$", "");
    }

    /** ".pdf" from "Paper.PDF"; nothing when the name has no plausible extension. */
    private static String extension(String original) {
        int dot = original.lastIndexOf('.');
        if (dot <= 0 || dot == original.length() - 1) {
            return "";
        }
        String extension = original.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? "." + extension : "";
    }

    /** A, B, ... Z, then AA, as the cover sheet letters its annexes. */
    static String annexLetter(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : annexLetter(index / 26 - 1) + letter;
    }
}

package uk.dln.secretariat.model.boardpack;

/**
 * An attached paper that a screen reader cannot read well. The pack's contents and the paper's cover sheet mark it,
 * and the export says which paper and why, so that an accessible version can be asked for before the pack is issued.
 *
 * @param itemId   the agenda item the paper is attached to
 * @param annex    the file's place among the item's annexes, from 0 (annex A)
 * @param fileName the file's name in the export folder ({@link PaperFileNames})
 * @param count    how many pictures lack alternative text; 1 for the other problems
 */
public record InaccessiblePaper(long itemId, int annex, String fileName, Problem problem, int count) {

    /** What keeps a screen reader from the paper. */
    public enum Problem {
        /** A PDF with no structure: no headings, reading order or table headers for a screen reader. */
        UNTAGGED_PDF,
        /** A PDF of page images with no text at all: a screen reader finds nothing to read. */
        SCANNED_PDF,
        /** A Word paper with pictures that have no alternative text. */
        PICTURES_WITHOUT_ALT_TEXT
    }
}

package uk.dln.secretariat.reports.boardpack;

import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.reports.word.WordDocument;

/** One part of a board pack: it writes its headings, text, tables and pictures at the end of the document. */
interface PackPart {

    /** What the progress bar says while this part is written. */
    String titleKey();

    void write(WordDocument document, PackRequest request);
}

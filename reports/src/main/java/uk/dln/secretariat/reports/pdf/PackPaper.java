package uk.dln.secretariat.reports.pdf;

import java.nio.file.Path;
import java.util.List;

/**
 * An agenda item's files as the one-PDF pack takes them, in agenda order.
 *
 * @param title     the item's bookmark, e.g. "Item 5: DLN(26)11/03 Cloud hosting strategy refresh"
 * @param documents the files attached to the item, each under the name it has in the export folder
 */
public record PackPaper(String title, List<Document> documents) {

    public PackPaper {
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("An item goes into the PDF only with a file: " + title);
        }
    }

    /**
     * @param name the file's name in the export folder, which is also its bookmark
     * @param file where its bytes are now
     */
    public record Document(String name, Path file) {

        /** Whether the file is a PDF already, judged by its name as the reader's computer would. */
        public boolean isPdf() {
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        }
    }
}

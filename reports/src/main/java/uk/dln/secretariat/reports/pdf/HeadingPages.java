package uk.dln.secretariat.reports.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * The page each Word bookmark landed on in LibreOffice's rendering, read from the PDF's named destinations
 * (LibreOffice writes them when asked with {@code ExportBookmarksToPDFDestination}).
 */
final class HeadingPages {

    private HeadingPages() {
    }

    /** @return bookmark name to page number, from 1; empty when the PDF names no destinations */
    static Map<String, Integer> read(PDDocument pdf) throws IOException {
        var pages = new HashMap<String, Integer>();
        var dests = pdf.getDocumentCatalog().getDests();
        if (dests != null) {
            for (COSName key : dests.getCOSObject().keySet()) {
                put(pages, pdf, key.getName(), dests.getDestination(key.getName()));
            }
        }
        var names = pdf.getDocumentCatalog().getNames();
        if (names != null && names.getDests() != null && names.getDests().getNames() != null) {
            for (var entry : names.getDests().getNames().entrySet()) {
                put(pages, pdf, entry.getKey(), entry.getValue());
            }
        }
        return pages;
    }

    private static void put(Map<String, Integer> pages, PDDocument pdf, String name, PDDestination destination) {
        if (destination instanceof PDPageDestination page && page.getPage() != null) {
            int index = pdf.getPages().indexOf(page.getPage());
            if (index >= 0) {
                pages.put(wordName(name), index + 1);
            }
        }
    }

    /**
     * LibreOffice 7 writes the underscore that starts Word's hidden bookmark names ("_Toc100001") as its hex code
     * "5F"; the name is given back as Word wrote it.
     */
    static String wordName(String pdfName) {
        return pdfName.startsWith("5FToc") ? "_" + pdfName.substring(2) : pdfName;
    }
}

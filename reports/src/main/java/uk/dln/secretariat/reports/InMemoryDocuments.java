package uk.dln.secretariat.reports;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * Lets go of a document built in memory ({@code new XWPFDocument()}, {@code new XSSFWorkbook()}) once it is written
 * or abandoned. POI's {@code close()} of such a document saves its whole package once more, into a memory stream that
 * nobody reads: for a board pack, its hundreds of charts zipped a second time, about as much work as writing the file
 * (docs/benchmarks.md, "Export: charts drawn while the trackers are written"). Reverting the package lets it go
 * unsaved; it holds no file or other resource that the collector would not take back.
 */
public final class InMemoryDocuments {

    private InMemoryDocuments() {
    }

    /** Lets the document go without saving it again: call it instead of {@code close()}. */
    public static void release(POIXMLDocument document) {
        release(document.getPackage());
    }

    static void release(OPCPackage pack) {
        pack.revert();
    }
}

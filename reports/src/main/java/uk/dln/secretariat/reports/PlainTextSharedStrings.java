package uk.dln.secretariat.reports;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * A workbook's shared strings, looked up by their text when they are plain text. POI finds out whether a string is
 * already shared by writing it out as XML and looking that up: an XML writer set up and run for every text cell, which
 * was over a quarter of a decade's export on its own thread (decision 0054). A plain string's XML follows from its
 * text alone (POI marks leading or trailing spaces to be kept from the text too), so its text is as good a key and
 * costs nothing to make. Rich text, which the app's workbooks do not write, keeps POI's own key; the two kinds of
 * key cannot meet, as one begins with {@code t:} and the other with {@code <}. The part written is the same, byte
 * for byte, as POI's.
 */
public final class PlainTextSharedStrings extends SharedStringsTable {

    /**
     * A new, empty workbook whose shared strings are these: how the app starts a workbook it builds whole in memory
     * (a return). The trackers stream their rows and keep their text in the cells instead (decision 0055).
     */
    public static XSSFWorkbook newWorkbook() {
        return new XSSFWorkbook(Factory.INSTANCE);
    }

    @Override
    protected String xmlText(CTRst string) {
        if (string.isSetT() && string.sizeOfRArray() == 0 && string.sizeOfRPhArray() == 0
                && !string.isSetPhoneticPr()) {
            return "t:" + string.getT();
        }
        return super.xmlText(string);
    }

    /** POI's parts for a workbook, but for the shared strings, which are these. */
    private static final class Factory extends XSSFFactory {

        static final Factory INSTANCE = new Factory();

        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainTextSharedStrings()
                    : super.newDocumentPart(descriptor);
        }
    }
}

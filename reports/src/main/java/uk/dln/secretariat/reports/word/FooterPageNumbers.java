package uk.dln.secretariat.reports.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;

/**
 * A copy of a document whose footer keeps its "Page X of Y" line but not its words, for the one-PDF pack: there the
 * pages are numbered across the pack and its papers, and the number is stamped where the line was. The line stays
 * (a no-break space), so every page lays out exactly as in the document itself. Only the footer parts are read and
 * rewritten; the rest of the package is copied as stored ({@link PackageParts}).
 */
public final class FooterPageNumbers {

    private static final Pattern FOOTER = Pattern.compile("word/footer\\d*\\.xml");

    private FooterPageNumbers() {
    }

    /** @return whether a "Page X of Y" line was found and emptied */
    public static boolean withoutNumbers(Path docx, OutputStream out) throws IOException {
        var emptied = new boolean[1];
        PackageParts.rewrite(docx, name -> FOOTER.matcher(name).matches(),
                (name, part, to) -> emptied[0] |= withoutNumbers(part, to, name), out);
        return emptied[0];
    }

    /** The same from a stream, read into memory first. */
    public static boolean withoutNumbers(InputStream docx, OutputStream out) throws IOException {
        var emptied = new boolean[1];
        PackageParts.rewrite(docx, name -> FOOTER.matcher(name).matches(),
                (name, part, to) -> emptied[0] |= withoutNumbers(part, to, name), out);
        return emptied[0];
    }

    /** One footer part: a footer is a few lines, so it is parsed whole. */
    private static boolean withoutNumbers(InputStream part, OutputStream out, String name) throws IOException {
        boolean emptied = false;
        try {
            FtrDocument footer = FtrDocument.Factory.parse(part, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            for (CTP paragraph : footer.getFtr().getPArray()) {
                if (hasPageField(paragraph)) {
                    while (paragraph.sizeOfRArray() > 0) {
                        paragraph.removeR(0);
                    }
                    Fields.text(paragraph.addNewR(), "\u00A0");
                    emptied = true;
                }
            }
            footer.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        } catch (XmlException e) {
            throw new IOException("the footer " + name + " does not parse", e);
        }
        return emptied;
    }

    private static boolean hasPageField(CTP paragraph) {
        return Arrays.stream(paragraph.getRArray()).flatMap(r -> Arrays.stream(r.getInstrTextArray()))
                .anyMatch(instruction -> instruction.getStringValue().strip().equals("PAGE"));
    }
}

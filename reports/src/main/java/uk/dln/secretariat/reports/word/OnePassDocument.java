package uk.dln.secretariat.reports.word;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A new Word document whose body is saved in one pass over its XML. POI saves it with XmlBeans' "aggressive
 * namespaces", which walks the whole body once to find the namespaces it uses, to declare them on the document
 * element, and then again to write it: for a board pack, about a third of saving its body (docs/benchmarks.md). Here
 * the body's namespaces are declared on the document element when it is made, in the order POI's save declares them,
 * so a single walk writes the same bytes ({@code OnePassDocumentTest}). A drawing's own namespaces stay declared on
 * its graphic, as before.
 */
final class OnePassDocument extends XWPFDocument {

    /** The namespaces the body uses outside drawings' graphics: WordprocessingML, its drawings, relationships. */
    private static final String[][] BODY_NAMESPACES = {
            {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
            {"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
            {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
    };

    OnePassDocument() {
        try (var cursor = getDocument().newCursor()) {
            // Just inside the document: where its element's attributes, and so its declarations, go.
            cursor.toNextToken();
            for (String[] namespace : BODY_NAMESPACES) {
                cursor.insertNamespace(namespace[0], namespace[1]);
            }
        }
    }

    /** As POI's own, but for the second walk. */
    @Override
    protected void commit() throws IOException {
        var options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
        options.setSaveAggressiveNamespaces(false);
        try (OutputStream out = getPackagePart().getOutputStream()) {
            getDocument().save(out, options);
        }
    }
}

package uk.dln.secretariat.reports.word;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFactory;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlToken;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGraphicalObject;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;
import org.openxmlformats.schemas.drawingml.x2006.picture.CTPicture;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * Adds PNG pictures to a document as POI's {@code XWPFRun.addPicture} does, with the same parts and the same drawing
 * markup, in time that does not grow with the pictures already there. POI's method looks for the next free part
 * name among all the document's pictures and for the new relationship's id among all its relationships, and builds
 * an XML parser for every picture: with the 5,300 charts of a pack at ten times the decade, that was over a third of
 * the pack's writing (docs/benchmarks.md).
 */
final class WordPictures {

    private static final String PICTURE_NS = CTPicture.type.getName().getNamespaceURI();
    private static final String GRAPHIC = "<a:graphic xmlns:a=\"" + CTGraphicalObject.type.getName().getNamespaceURI()
            + "\"><a:graphicData uri=\"" + PICTURE_NS + "\"><pic:pic xmlns:pic=\"" + PICTURE_NS + "\"/>"
            + "</a:graphicData></a:graphic>";

    private final XWPFDocument document;
    private final XmlToken graphic;
    private int nextPartNumber = 1;
    private long nextDrawingId = 1;

    WordPictures(XWPFDocument document) {
        this.document = document;
        try {
            graphic = XmlToken.Factory.parse(GRAPHIC);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores the PNG as a part of its own and draws it inline in the run at the size given.
     *
     * @return the picture's drawing, for its alternative text
     */
    CTPicture add(XWPFRun run, byte[] png, long widthEmu, long heightEmu) {
        String relationId = store(png);
        CTInline inline = run.getCTR().addNewDrawing().addNewInline();
        inline.set(graphic);
        inline.setDistT(0);
        inline.setDistR(0);
        inline.setDistB(0);
        inline.setDistL(0);
        long id = nextDrawingId++;
        var docPr = inline.addNewDocPr();
        docPr.setId(id);
        docPr.setName("Drawing " + id);
        var extent = inline.addNewExtent();
        extent.setCx(widthEmu);
        extent.setCy(heightEmu);
        XmlObject[] found = inline.getGraphic().getGraphicData().selectChildren(new QName(PICTURE_NS, "pic"));
        // The graphic's content is open to any markup, so XmlBeans does not type the picture by itself.
        XmlObject typed = found.length == 1 ? found[0].changeType(CTPicture.type) : null;
        if (!(typed instanceof CTPicture picture)) {
            throw new IllegalStateException("the picture's drawing markup was not recognised");
        }
        var nonVisual = picture.addNewNvPicPr();
        var properties = nonVisual.addNewCNvPr();
        // "0" for the picture's own id, as Word writes it (ECMA-376, 20.2.2.3).
        properties.setId(0L);
        properties.setName("Picture " + id);
        nonVisual.addNewCNvPicPr().addNewPicLocks().setNoChangeAspect(true);
        var fill = picture.addNewBlipFill();
        fill.addNewBlip().setEmbed(relationId);
        fill.addNewStretch().addNewFillRect();
        var shape = picture.addNewSpPr();
        var transform = shape.addNewXfrm();
        var offset = transform.addNewOff();
        offset.setX(0);
        offset.setY(0);
        var size = transform.addNewExt();
        size.setCx(widthEmu);
        size.setCy(heightEmu);
        var geometry = shape.addNewPrstGeom();
        geometry.setPrst(STShapeType.RECT);
        geometry.addNewAvLst();
        return picture;
    }

    /** The PNG in a new media part, related to the document; returns the relationship's id. */
    private String store(byte[] png) {
        try {
            // Parts are numbered as POI numbers them; one already there (none in a new document) is stepped over.
            while (document.getPackage().containPart(PackagingURIHelper.createPartName(
                    XWPFRelation.IMAGE_PNG.getFileName(nextPartNumber)))) {
                nextPartNumber++;
            }
            var relation = document.createRelationship(XWPFRelation.IMAGE_PNG, XWPFFactory.getInstance(),
                    nextPartNumber++, false);
            try (OutputStream out = relation.getDocumentPart().getPackagePart().getOutputStream()) {
                out.write(png);
            }
            return relation.getRelationship().getId();
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

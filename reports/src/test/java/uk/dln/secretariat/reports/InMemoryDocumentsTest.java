package uk.dln.secretariat.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.junit.jupiter.api.Test;

/** A document built in memory is let go without being saved a second time. */
class InMemoryDocumentsTest {

    /** What {@code new XWPFDocument()} builds: a package that saves itself into a memory stream when closed. */
    private static OPCPackage packageSavingInto(ByteArrayOutputStream memory) throws Exception {
        OPCPackage pack = OPCPackage.create(memory);
        var name = PackagingURIHelper.createPartName("/word/document.xml");
        pack.addRelationship(name, TargetMode.INTERNAL, PackageRelationshipTypes.CORE_DOCUMENT);
        try (var out = pack.createPart(name, XWPFRelation.DOCUMENT.getContentType()).getOutputStream()) {
            out.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return pack;
    }

    @Test
    void closingADocumentBuiltInMemorySavesItAgainWhereNobodyReadsIt() throws Exception {
        var memory = new ByteArrayOutputStream();

        packageSavingInto(memory).close();

        assertTrue(memory.size() > 0, "POI's close saves the package: the work a release avoids");
    }

    @Test
    void aDocumentLetGoIsNotSavedAgain() throws Exception {
        var memory = new ByteArrayOutputStream();

        InMemoryDocuments.release(packageSavingInto(memory));

        assertEquals(0, memory.size());
    }
}

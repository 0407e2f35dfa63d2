package uk.dln.secretariat.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;

class OfficePartsCheckTest {

    @TempDir
    Path folder;

    @Test
    void aWrittenBoardPackPasses() throws Exception {
        Path pack = folder.resolve("pack.docx");
        try (OutputStream out = Files.newOutputStream(pack)) {
            new BoardPackWriter(new BundleTexts()).write(PackFixtures.request(), out, ExportSteps.NONE);
        }
        OfficePartsCheck.verify(pack, pack);
    }

    @Test
    void aPartWithAControlCharacterInAnAttributeIsNamed() throws Exception {
        Path file = zip("<?xml version=\"1.0\"?><doc><pic descr=\"Launch\u0001\"/></doc>");
        var refusal = assertThrows(SecretariatException.class, () -> OfficePartsCheck.verify(file, Path.of("p.docx")));
        assertEquals("pack.error.unreadablePart", refusal.messageKey());
        assertEquals(Path.of("p.docx"), refusal.arguments().get(0));
        assertEquals("word/document.xml", refusal.arguments().get(1));
    }

    @Test
    void aRelationshipsPartIsCheckedToo() throws Exception {
        Path file = folder.resolve("rels.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships><Relationship Id=\"r\u0002\"/></Relationships>".getBytes(StandardCharsets.UTF_8));
        }
        var refusal = assertThrows(SecretariatException.class, () -> OfficePartsCheck.verify(file, file));
        assertEquals("_rels/.rels", refusal.arguments().get(1));
    }

    @Test
    void aPartThatWouldFetchAnExternalEntityIsRefusedWithoutFetchingIt() throws Exception {
        Path file = zip("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>");
        var refusal = assertThrows(SecretariatException.class, () -> OfficePartsCheck.verify(file, file));
        assertEquals("pack.error.unreadablePart", refusal.messageKey());
    }

    @Test
    void aFileThatIsNotAPackageIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("half.docx"), "PK\u0003\u0004 cut short");
        var refusal = assertThrows(SecretariatException.class, () -> OfficePartsCheck.verify(file, file));
        assertEquals("pack.error.notAPackage", refusal.messageKey());
    }

    private Path zip(String documentXml) throws IOException {
        Path file = folder.resolve("broken.docx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}

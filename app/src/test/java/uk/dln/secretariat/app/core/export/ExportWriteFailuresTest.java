package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.dln.secretariat.app.i18n.MessageTexts;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.trackers.TrackerWorkbookWriter;

/** A full disk is told as a full disk, and a file that would not open is never kept. */
class ExportWriteFailuresTest {

    private static final String ENOSPC = "No space left on device";

    @TempDir
    Path folder;
    @TempDir
    Path workspaceFolder;

    @Test
    void aDiskThatFillsWhileTheBoardPackIsWrittenSaysSoAndLeavesNothing() throws Exception {
        Path target = folder.resolve("Board pack.docx");
        var request = request();

        var refusal = assertThrows(SecretariatException.class, () -> PackExporter.write(target,
                out -> new BoardPackWriter(ReportTexts.of(DocumentLanguage.ENGLISH)).write(request, out, ExportSteps.NONE),
                temp -> new FillingDisk(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 2 * 1024)));

        assertEquals("pack.error.diskFull", refusal.messageKey());
        assertEquals(List.of(target), refusal.arguments());
        assertFolderEmpty();
    }

    @Test
    void aDiskThatFillsWhileTheTrackersAreWrittenSaysSoAndLeavesNothing() throws Exception {
        Path target = folder.resolve("Trackers.xlsx");
        var request = request();

        var refusal = assertThrows(SecretariatException.class, () -> PackExporter.write(target,
                out -> new TrackerWorkbookWriter(ReportTexts.of(DocumentLanguage.ENGLISH)).write(request, out, ExportSteps.NONE),
                temp -> new FillingDisk(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 4 * 1024)));

        assertEquals("pack.error.diskFull", refusal.messageKey());
        assertFolderEmpty();
    }

    static Stream<Throwable> wrappedDiskFull() {
        var io = new IOException(ENOSPC);
        return Stream.of(io, new UncheckedIOException(io), new POIXMLException(io),
                new POIXMLException(new UncheckedIOException("saving", io)),
                new java.nio.file.FileSystemException("/out/pack.docx", null, ENOSPC),
                new IOException("There is not enough space on the disk"));
    }

    @ParameterizedTest
    @MethodSource("wrappedDiskFull")
    void aFullDiskIsFoundUnderTheWritersOwnExceptions(Throwable error) {
        var failure = WriteFailures.of(Path.of("pack.docx"), error).orElseThrow();
        assertEquals("pack.error.diskFull", failure.messageKey());
    }

    @Test
    void anotherInputOutputFailureUnderAWrapperIsAFailedWrite() {
        var failure = WriteFailures.of(Path.of("pack.docx"),
                new POIXMLException(new IOException("Input/output error"))).orElseThrow();
        assertEquals("pack.error.write", failure.messageKey());
        assertEquals("Input/output error", failure.arguments().get(1));
    }

    @Test
    void aFailureThatIsNotAboutWritingTravelsOnUnchanged() {
        assertTrue(WriteFailures.of(Path.of("pack.docx"), new IllegalStateException("a bug")).isEmpty());
    }

    @Test
    void aWrittenFileWithAPartThatWouldNotParseIsRefusedAndLeavesNothing() throws Exception {
        Path target = folder.resolve("Board pack.docx");

        var refusal = assertThrows(SecretariatException.class, () -> PackExporter.write(target, out -> {
            var zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document descr=\"\u0001\"/>".getBytes(StandardCharsets.UTF_8));
            zip.finish();
        }));

        assertEquals("pack.error.unreadablePart", refusal.messageKey());
        assertFolderEmpty();
    }

    /** A pack for a meeting with an agenda and a paper, gathered from a real workspace kept apart from the folder. */
    private PackRequest request() {
        try (var workspace = Workspace.open(workspaceFolder.resolve("w.secretariat"))) {
            Meeting november = MeetingWorkspace.fill(workspace.data());
            return PackGatherer.gather(workspace.data(), november, november.date(), EnumSet.allOf(PackSection.class),
                    november.date());
        }
    }

    private void assertFolderEmpty() throws IOException {
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /** A disk with room for so many bytes, then the operating system's own words for a full disk. */
    private static final class FillingDisk extends FilterOutputStream {
        private long room;

        FillingDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException(ENOSPC);
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                room = 0;
                throw new IOException(ENOSPC);
            }
            room -= len;
            out.write(b, off, len);
        }
    }
}

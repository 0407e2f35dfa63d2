package uk.dln.secretariat.app.boardpack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.app.core.export.MeetingWorkspace;
import uk.dln.secretariat.app.core.export.PackExporter;
import uk.dln.secretariat.app.support.OfficeTests;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.WatchedProgress;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.reports.pdf.LibreOffice;
import uk.dln.secretariat.reports.pdf.SamplePapers;

/** The agenda's papers reach the export folder, and the one PDF is made when LibreOffice is there to make it. */
class PackPapersExportTest {

    private static final byte[] PLAN = SamplePapers.pdf("Cloud hosting plan", List.of("The plan."));
    private static final byte[] COSTS = "Migration,125000\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;
    private Path out;
    private Workspace workspace;
    private Meeting november;

    @BeforeEach
    void workspaceWithAPaperAndAnAnnex() throws IOException {
        workspace = Workspace.open(folder.resolve("w.secretariat"));
        november = MeetingWorkspace.fill(workspace.data());
        AgendaItem cloud = workspace.agenda().items(november.id()).get(0);
        workspace.papers().attach(cloud.id(), "plan v3 FINAL.PDF", PLAN);
        workspace.papers().attach(cloud.id(), "costs.csv", COSTS);
        out = Files.createDirectories(folder.resolve("out"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private PackExporter.Result export(PackExporter.Options options, uk.dln.secretariat.app.core.Progress progress) {
        return new PackExporter().export(workspace.data(), november, november.date(),
                EnumSet.allOf(PackSection.class), out,
                options, progress);
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyAttachedFileIsInTheFolderUnderItsReferenceAndTitleAndTheCoverSheetNamesIt() throws IOException {
        PackExporter.Result result = export(PackExporter.Options.WORD_AND_EXCEL, WatchedProgress.watching());

        Path plan = out.resolve("DLN(26)02-01 Cloud hosting (A).pdf");
        Path costs = out.resolve("DLN(26)02-01 Cloud hosting (B).csv");
        assertEquals(List.of(plan, costs), result.papers());
        assertArrayEquals(PLAN, Files.readAllBytes(plan));
        assertArrayEquals(COSTS, Files.readAllBytes(costs));
        try (InputStream in = Files.newInputStream(result.pack());
             var text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertTrue(text.getText().contains("Annex A: DLN(26)02-01 Cloud hosting (A).pdf"), text.getText());
            assertTrue(text.getText().contains("Annex B: DLN(26)02-01 Cloud hosting (B).csv"));
        }
    }

    private static byte[] zipOfOnePart(String name, String content) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aPaperThatIsABrokenOrUnusualWordFileIsCopiedByteForByteAndTheExportSucceeds() throws IOException {
        // The department's file, not ours: a zip that is not a package at all, and one whose XML carries a DOCTYPE
        // that the read-back of our own files would refuse. Neither is for the export to judge.
        byte[] notAZip = "Word would say this file is corrupt".getBytes(StandardCharsets.UTF_8);
        byte[] doctype = zipOfOnePart("[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE Types []><Types/>");
        AgendaItem cloud = workspace.agenda().items(november.id()).get(0);
        workspace.papers().attach(cloud.id(), "draft.docx", notAZip);
        workspace.papers().attach(cloud.id(), "annex.xlsx", doctype);

        PackExporter.Result result = export(PackExporter.Options.WORD_AND_EXCEL, WatchedProgress.watching());

        assertEquals(4, result.papers().size(), result.papers().toString());
        assertArrayEquals(notAZip, Files.readAllBytes(out.resolve("DLN(26)02-01 Cloud hosting (C).docx")));
        assertArrayEquals(doctype, Files.readAllBytes(out.resolve("DLN(26)02-01 Cloud hosting (D).xlsx")));
    }

    @Test
    void anUntaggedPdfPaperIsMarkedUnderItsContentsEntryAndOnItsCoverSheetAndTheExportSaysWhichAndWhy()
            throws IOException {
        PackExporter.Result result = export(PackExporter.Options.WORD_AND_EXCEL, WatchedProgress.watching());

        try (InputStream in = Files.newInputStream(result.pack()); var document = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            int entry = -1;
            for (int i = 0; i < paragraphs.size() && entry < 0; i++) {
                if ("TOC2".equals(paragraphs.get(i).getStyle())
                        && paragraphs.get(i).getText().startsWith("DLN(26)02/01: Cloud hosting")) {
                    entry = i;
                }
            }
            assertTrue(entry >= 0, "the paper's contents entry");
            XWPFParagraph note = paragraphs.get(entry + 1);
            assertEquals("ContentsNote", note.getStyle());
            assertEquals("Annex A may not be accessible to screen readers: a PDF without tags", note.getText());
            // The CSV annex is not judged, so only one note stands under the entry.
            assertFalse("ContentsNote".equals(paragraphs.get(entry + 2).getStyle()));
            assertTrue(paragraphs.stream().anyMatch(p -> p.getText().equals("Annex A: DLN(26)02-01 Cloud hosting "
                    + "(A).pdf (may not be accessible to screen readers: a PDF without tags)")));
        }
        assertEquals(List.of("DLN(26)02-01 Cloud hosting (A).pdf may not be accessible to screen readers: a PDF "
                + "without tags. The contents mark it; ask its author for an accessible version before the pack is "
                + "issued."), result.accessibilityNotices());
    }

    @Test
    void aPdfAskedForWithoutLibreOfficeIsNotMadeButEverythingElseIsAndTheResultSaysWhy() throws IOException {
        PackExporter.Result result = export(new PackExporter.Options(true, Optional.empty()),
                WatchedProgress.watching());

        assertTrue(result.pdfNeedsLibreOffice());
        assertEquals(Optional.empty(), result.pdf());
        assertEquals(List.of("Board pack 2026-11-26.docx", "DLN(26)02-01 Cloud hosting (A).pdf",
                "DLN(26)02-01 Cloud hosting (B).csv", "Trackers 2026-11-26.xlsx"), written());
    }

    @Test
    void aPackWithoutThePapersSectionCopiesNoPapers() throws IOException {
        new PackExporter().export(workspace.data(), november, november.date(), EnumSet.of(PackSection.AGENDA), out,
                PackExporter.Options.WORD_AND_EXCEL, WatchedProgress.watching());

        assertEquals(List.of("Board pack 2026-11-26.docx", "Trackers 2026-11-26.xlsx"), written());
    }

    @Test
    void anExportCancelledWhileCopyingThePapersLeavesNothingBehind() throws IOException {
        var progress = WatchedProgress.cancellingAt("Copying the papers");

        assertThrows(CancelledException.class, () -> export(PackExporter.Options.WORD_AND_EXCEL, progress));

        assertEquals(List.of(), written());
    }

    @Test
    void withLibreOfficeTheFolderAlsoGetsOnePdfOfThePackAndItsPapers() throws IOException {
        Path soffice = OfficeTests.assumeLibreOffice();

        PackExporter.Result result = export(new PackExporter.Options(true, Optional.of(new LibreOffice(soffice))),
                WatchedProgress.watching());

        assertFalse(result.pdfNeedsLibreOffice());
        assertEquals(Optional.of(out.resolve("Board pack 2026-11-26.pdf")), result.pdf());
        assertTrue(Files.readString(result.pdf().get(), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertEquals(5, written().size(), written().toString());
    }

    @Test
    void viewModelTicksThePdfBoxWhenLibreOfficeIsFoundAndSaysWhyNotOtherwise() throws Exception {
        try (var preferences = new TestPreferences()) {
            var executor = new SameThreadTaskExecutor();
            var workspaces = new WorkspaceService(executor, preferences.preferences());
            Clock clock = Clock.fixed(LocalDate.of(2026, 11, 3).atStartOfDay().toInstant(ZoneOffset.UTC),
                    ZoneOffset.UTC);
            FileOpener none = new FileOpener() {
                @Override
                public boolean isSupported() {
                    return false;
                }

                @Override
                public void open(Path fileOrFolder) {
                }
            };
            var found = new BoardPackViewModel(workspaces, executor, clock, none,
                    () -> Optional.of(new LibreOffice(Path.of("/usr/bin/soffice"))));
            var missing = new BoardPackViewModel(workspaces, executor, clock, none, Optional::empty);

            assertTrue(found.pdfProperty().get() && found.libreOfficeFoundProperty().get());
            assertFalse(missing.pdfProperty().get() || missing.libreOfficeFoundProperty().get());
            workspaces.close();
        }
    }
}

package uk.dln.secretariat.app.core.toolkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.app.i18n.DocumentMessages;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.toolkit.SelfAssessmentSectionWriter;
import uk.dln.secretariat.reports.trackers.RatingSheet;

/** Writes a round's pack section (Word) and its ratings tracker (Excel); each file appears only once complete. */
@UseCase
public final class SelfAssessmentExport {

    private final WorkspaceData workspace;

    public SelfAssessmentExport(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** @return the section and the tracker, in that order */
    public List<Path> write(SelfAssessmentRound round, Path folder) throws IOException {
        var map = workspace.selfAssessment().heatMap(round.id()).orElseThrow();
        var checks = workspace.roleChecks().checks();
        String marking = workspace.settings().load().defaultMarking().label();
        // The documents follow the network's document language, as the board pack does (decision 0036).
        var language = workspace.settings().documentLanguage();
        var texts = ReportTexts.of(language);
        // Named in the documents' language, not the window's (Welsh for bilingual).
        var names = DocumentMessages.forFileNames(language);
        String base = names.text("toolkit.export.file", round.name().replaceAll("[^\\p{L}\\p{N} -]+", "-"));
        Path section = folder.resolve(base + ".docx");
        Path tracker = folder.resolve(base + " " + names.text("toolkit.export.trackerFile") + ".xlsx");
        Files.createDirectories(folder);
        writeWhole(section, out -> new SelfAssessmentSectionWriter(texts).write(map, checks, marking, out));
        writeWhole(tracker, out -> new RatingSheet(texts).write(map, marking, out));
        return List.of(section, tracker);
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Written beside the file, then moved into place: a failed export leaves nothing half written. */
    private static void writeWhole(Path file, Writing writing) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            writing.to(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }
}

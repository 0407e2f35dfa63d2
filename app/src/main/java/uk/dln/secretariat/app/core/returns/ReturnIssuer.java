package uk.dln.secretariat.app.core.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.model.returns.ReturnHeader;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.returns.ReturnWorkbookWriter;

/**
 * Issues returns: one workbook per member organisation that has something to report (live actions or a roadmap in
 * the current period), each remembered as issued. JavaFX-free: the command line and the window both call it.
 */
@UseCase
public final class ReturnIssuer {

    /** A return written, and the file it is in. */
    public record Issued(IssuedReturn issued, Path file) {
    }

    private final Clock clock;

    public ReturnIssuer(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param organisation a short name to issue to that organisation alone; null for all
     * @param dueOn        the deadline the workbook states
     */
    public List<Issued> issue(WorkspaceData workspace, String organisation, LocalDate dueOn, Path folder) {
        LocalDate today = LocalDate.now(clock);
        if (dueOn.isBefore(today)) {
            throw new SecretariatException("returns.error.dueInPast", dueOn);
        }
        List<Organisation> chosen = workspace.organisations().findAll().stream()
                .filter(o -> organisation == null ? o.member() : o.shortName().equalsIgnoreCase(organisation))
                .toList();
        if (chosen.isEmpty()) {
            throw new SecretariatException("returns.error.noOrganisation", organisation == null ? "" : organisation);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SecretariatException("pack.error.folder", folder);
        }
        var settings = workspace.settings().load();
        var writer = new ReturnWorkbookWriter(
                ReportTexts.of(workspace.settings().documentLanguage()));
        String workspaceId = workspace.returns().workspaceIdentity();
        var issued = new ArrayList<Issued>();
        var assessment = new SelfAssessmentReturns();
        for (Organisation o : chosen) {
            DepartmentalReturn slice = workspace.returns().slice(o.id(), today);
            if (organisation == null && slice.actions().isEmpty() && slice.milestones().isEmpty()
                    && slice.indicators().isEmpty() && slice.risks().isEmpty() && !assessment.covers(workspace, o)) {
                continue;
            }
            String id = UUID.randomUUID().toString().replace("-", "");
            String fileName = fileName(o.shortName(), today);
            var header = new ReturnHeader(workspaceId, id, o.shortName(), o.name(), today, dueOn, Quarter.of(today),
                    settings.defaultMarking().label(), Messages.get("returns.workbook.secretariat",
                            settings.networkName()));
            Path file = folder.resolve(fileName);
            try {
                writer.write(slice.withHeader(header), file);
                assessment.addSheet(workspace, o, file);
            } catch (IOException e) {
                throw new SecretariatException("pack.error.write", file);
            }
            var coordinator = ReturnChasers.coordinator(workspace, o.id(), today);
            var record = workspace.returns().issue(new IssuedReturn(id, o.id(), o.shortName(),
                    LocalDateTime.now(clock), coordinator == null ? "" : coordinator.name(), dueOn, fileName, null, null, null));
            issued.add(new Issued(record, file));
        }
        return issued;
    }

    /** {@code Return-DWP-2026-11-05.xlsx}: letters and digits of the short name only, safe on every disk. */
    static String fileName(String shortName, LocalDate day) {
        String safe = shortName.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "Return-" + (safe.isEmpty() ? "organisation" : safe) + "-" + day + ".xlsx";
    }
}

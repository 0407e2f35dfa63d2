package uk.dln.secretariat.app.core.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.returns.ActionLine;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.IndicatorLine;
import uk.dln.secretariat.model.returns.MilestoneLine;
import uk.dln.secretariat.model.returns.ReturnHeader;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.returns.ReturnWorkbookWriter;

/**
 * Demonstration returns: issues a return to every organisation, then writes a prepared set of filled-in returns
 * (as coordinators would send them back) into {@code returned}, and takes the first of them in, so the Returns
 * section shows every state: outstanding, received with a preview to read, and taken in.
 */
@UseCase
public final class DemoReturns {

    /** How many organisations "send back" a filled-in return. */
    static final int PREPARED = 3;

    private final Clock clock;

    public DemoReturns(Clock clock) {
        this.clock = clock;
    }

    /** @return the filled-in returns written, the first of them already taken in */
    public List<Path> fill(WorkspaceData workspace, Path folder) {
        LocalDate today = LocalDate.now(clock);
        var issued = new ReturnIssuer(clock).issue(workspace, null, today.plusWeeks(2), folder);
        Path returned = folder.resolve("returned");
        var prepared = new ArrayList<Path>();
        NetworkSettings settings = workspace.settings().load();
        var writer = new ReturnWorkbookWriter(
                ReportTexts.of(workspace.settings().documentLanguage()));
        try {
            Files.createDirectories(returned);
            for (var one : issued) {
                DepartmentalReturn slice = workspace.returns().slice(one.issued().organisationId(), today);
                if (slice.milestones().isEmpty() || prepared.size() == PREPARED) {
                    continue;
                }
                var header = new ReturnHeader(workspace.returns().workspaceIdentity(), one.issued().id(),
                        one.issued().organisation(), one.issued().organisation(), today, one.issued().dueOn(),
                        Quarter.of(today), settings.defaultMarking().label(), "");
                Path file = returned.resolve(one.file().getFileName());
                writer.write(filledIn(slice).withHeader(header), file);
                prepared.add(file);
            }
        } catch (IOException e) {
            throw new SecretariatException("pack.error.write", returned);
        }
        if (!prepared.isEmpty()) {
            var intake = new ReturnIntake(clock);
            var preview = intake.preview(workspace, prepared.get(0));
            intake.takeIn(workspace, preview, ReturnIntake.acceptedByDefault(preview));
        }
        return prepared;
    }

    /** What a coordinator typically sends back: an action moved on, a forecast slipped with a reason, a reading. */
    private static DepartmentalReturn filledIn(DepartmentalReturn slice) {
        var actions = new ArrayList<>(slice.actions());
        if (!actions.isEmpty()) {
            ActionLine a = actions.get(0);
            actions.set(0, new ActionLine(a.id(), a.version(), a.reference(), a.description(), a.dueOn(),
                    a.status() == ActionStatus.OPEN ? ActionStatus.IN_PROGRESS : ActionStatus.PROPOSED_FOR_CLOSURE,
                    a.latestUpdate(), "Work under way; report due at the next meeting."));
        }
        var milestones = new ArrayList<>(slice.milestones());
        MilestoneLine m = milestones.get(0);
        milestones.set(0, new MilestoneLine(m.id(), m.version(), m.title(), m.baselineDate(),
                m.forecastDate().plusMonths(3), m.actualDate(), m.status(), m.confidence(),
                "Supplier contract signed later than planned"));
        var indicators = new ArrayList<>(slice.indicators());
        if (!indicators.isEmpty()) {
            IndicatorLine i = indicators.get(0);
            indicators.set(0, new IndicatorLine(i.id(), i.version(), i.name(), i.unit(),
                    i.reading() == null ? java.math.BigDecimal.valueOf(41) : i.reading().add(java.math.BigDecimal.ONE),
                    "Reading from the quarterly survey"));
        }
        return new DepartmentalReturn(slice.header(), actions, milestones, indicators, slice.risks());
    }
}

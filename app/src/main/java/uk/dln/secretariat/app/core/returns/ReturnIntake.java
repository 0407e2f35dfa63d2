package uk.dln.secretariat.app.core.returns;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.app.i18n.MessageTexts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.IndicatorLine;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.model.returns.ReturnChanges;
import uk.dln.secretariat.model.returns.ReturnProblem;
import uk.dln.secretariat.model.returns.RiskLine;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.returns.ReturnReading;
import uk.dln.secretariat.reports.returns.ReturnWorkbookReader;

/**
 * Takes returns in: reads a file into a preview of every change (nothing stored), then stores the changes the
 * secretariat accepted in one transaction, audited as coming from the return. A refused return stores nothing.
 */
@UseCase
public final class ReturnIntake {

    private final Clock clock;
    private final ReturnWorkbookReader reader = new ReturnWorkbookReader();

    public ReturnIntake(Clock clock) {
        this.clock = clock;
    }

    /** Reads the file and compares it with the workspace; marks the return received when it reads. */
    public ReturnPreview preview(WorkspaceData workspace, Path file) {
        ReturnReading reading = reader.read(file);
        if (reading.isRefused()) {
            return ReturnPreview.refused(file, null, reading.problems().stream().map(ReturnIntake::describe)
                    .toList());
        }
        DepartmentalReturn returned = reading.content();
        if (!workspace.returns().workspaceIdentity().equals(returned.header().workspaceId())) {
            return ReturnPreview.refused(file, null, List.of(Messages.get("returns.error.otherWorkspace")));
        }
        IssuedReturn issued = workspace.returns().find(returned.header().returnId()).orElse(null);
        if (issued == null) {
            return ReturnPreview.refused(file, null, List.of(Messages.get("returns.error.unknownReturn")));
        }
        if (!issued.organisation().equalsIgnoreCase(returned.header().organisation())) {
            return ReturnPreview.refused(file, issued, List.of(Messages.get("returns.error.otherOrganisation",
                    returned.header().organisation(), issued.organisation())));
        }
        DepartmentalReturn current = workspace.returns().slice(issued.organisationId(), returned.header().issuedOn());
        var comparer = new ReturnComparer(issued.organisation(), workspace.returns()
                .currentRoadmap(issued.organisationId(), returned.header().issuedOn()).isPresent());
        comparer.compare(returned, current);
        var assessment = new SelfAssessmentReturns().compare(workspace, issued, file);
        if (!comparer.problems().isEmpty() || !assessment.problems().isEmpty()) {
            var problems = new ArrayList<>(comparer.problems());
            problems.addAll(assessment.problems());
            return ReturnPreview.refused(file, issued, problems);
        }
        workspace.returns().markReceived(issued.id());
        // As it stands once received, with the version that taking it in claims.
        IssuedReturn received = workspace.returns().find(issued.id()).orElse(issued);
        var changes = new ArrayList<>(comparer.changes());
        changes.addAll(assessment.changes());
        return new ReturnPreview(file, received, changes, List.of());
    }

    /** "Milestones!F12: 31/02/2027 is not a date." */
    static String describe(ReturnProblem problem) {
        String message = Messages.get(problem.messageKey(), problem.arguments().toArray());
        return problem.place().isEmpty() ? message : Messages.get("returns.error.at", problem.place(), message);
    }

    /** The changes a secretariat accepts by default: all but the conflicts. */
    public static List<ReturnChange> acceptedByDefault(ReturnPreview preview) {
        return preview.changes().stream().filter(change -> !change.conflict()).toList();
    }

    /**
     * Stores the accepted changes of a previewed return, all or none.
     *
     * @return how many changes were stored
     */
    public int takeIn(WorkspaceData workspace, ReturnPreview preview, Collection<ReturnChange> accepted) {
        if (preview.isRefused()) {
            throw new IllegalArgumentException("a refused return cannot be taken in");
        }
        IssuedReturn issued = preview.issued();
        LocalDate issuedOn = issued.issuedAt().toLocalDate();
        String attribution = Messages.get("returns.audit.from", issued.organisation(),
                new MessageTexts().shortDate(issuedOn));
        var chosen = preview.changes().stream().filter(accepted::contains).toList();
        var actions = new LinkedHashMap<Long, ReturnChanges.ActionChange>();
        var milestoneFields = new LinkedHashMap<Long, Map<String, Object>>();
        var milestoneReasons = new HashMap<Long, String>();
        var riskFields = new LinkedHashMap<Long, Map<String, Object>>();
        var readings = new ArrayList<IndicatorReading>();
        var newRisks = new ArrayList<RiskLine>();
        for (ReturnChange change : chosen) {
            switch (change.kind()) {
                case ACTION -> {
                    var before = actions.getOrDefault(change.recordId(),
                            new ReturnChanges.ActionChange(change.recordId(), null, ""));
                    actions.put(change.recordId(), change.field().equals("status")
                            ? new ReturnChanges.ActionChange(change.recordId(), (ActionStatus) change.value(),
                                    before.update())
                            : new ReturnChanges.ActionChange(change.recordId(), before.status(),
                                    (String) change.value()));
                }
                case MILESTONE -> {
                    milestoneFields.computeIfAbsent(change.recordId(), k -> new HashMap<>())
                            .put(change.field(), change.value());
                    if (!change.reason().isEmpty()) {
                        milestoneReasons.put(change.recordId(), change.reason());
                    }
                }
                case RISK -> riskFields.computeIfAbsent(change.recordId(), k -> new HashMap<>())
                        .put(change.field(), change.value());
                case INDICATOR -> {
                    var line = (IndicatorLine) change.value();
                    readings.add(new IndicatorReading(line.id(), uk.dln.secretariat.model.time.Quarter.of(issuedOn),
                            line.reading(), line.note()));
                }
                case NEW_RISK -> newRisks.add((RiskLine) change.value());
            }
        }
        var roadmaps = workspace.roadmaps();
        Long roadmapId = workspace.returns().currentRoadmap(issued.organisationId(), issuedOn).orElse(null);
        var milestones = new ArrayList<ReturnChanges.MilestoneChange>();
        var risks = new ArrayList<Risk>();
        if (roadmapId != null) {
            for (Milestone m : roadmaps.milestones().findByRoadmap(roadmapId)) {
                Map<String, Object> f = milestoneFields.get(m.id());
                if (f != null) {
                    milestones.add(new ReturnChanges.MilestoneChange(new Milestone(m.id(), m.roadmapId(), m.title(),
                            m.description(), m.owner(), m.baselineDate(),
                            (LocalDate) f.getOrDefault("forecast", m.forecastDate()),
                            f.containsKey("actual") ? (LocalDate) f.get("actual") : m.actualDate(),
                            (MilestoneStatus) f.getOrDefault("status", m.status()),
                            (DeliveryConfidence) f.getOrDefault("confidence", m.confidence()), m.dependsOn(),
                            m.version()),
                            milestoneReasons.getOrDefault(m.id(), "")));
                }
            }
            for (Risk r : roadmaps.risks().findByRoadmap(roadmapId)) {
                Map<String, Object> f = riskFields.get(r.id());
                if (f != null) {
                    risks.add(new Risk(r.id(), r.roadmapId(), (String) f.getOrDefault("title", r.title()),
                            r.description(), (String) f.getOrDefault("owner", r.owner()),
                            (Integer) f.getOrDefault("likelihood", r.likelihood()),
                            (Integer) f.getOrDefault("impact", r.impact()),
                            (String) f.getOrDefault("mitigation", r.mitigation()),
                            (RiskStatus) f.getOrDefault("status", r.status()),
                            (LocalDate) f.getOrDefault("review", r.reviewDate()), r.milestoneIds(), r.version()));
                }
            }
            for (RiskLine line : newRisks) {
                risks.add(new Risk(0, roadmapId, line.title(), "", line.owner(), line.likelihood(), line.impact(),
                        line.mitigation(), line.status(), line.reviewDate(), Set.of()));
            }
        }
        var changes = new ReturnChanges(issued.id(), issued.version(), attribution, List.copyOf(actions.values()), milestones,
                readings, risks);
        workspace.returns().takeIn(changes);
        new SelfAssessmentReturns().takeIn(workspace, chosen);
        return chosen.size();
    }
}

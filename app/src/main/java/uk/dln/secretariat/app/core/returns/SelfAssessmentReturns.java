package uk.dln.secretariat.app.core.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.model.returns.ReturnProblem;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoundReturn;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.returns.SelfAssessmentSheetReader;
import uk.dln.secretariat.reports.returns.SelfAssessmentSheetWriter;

/**
 * The self-assessment sheet of a departmental return: a member's ratings for the open round go out with its return,
 * and come back through the same preview and conflict rules as the other sheets. A rating changed in the workspace
 * since the return was issued is a conflict, never taken in unasked. JavaFX-free, like the rest of returns.
 */
public final class SelfAssessmentReturns {

    /** The preview names a change's field by the key {@code returns.column.<field>}: this one is the rating. */
    private static final String FIELD_KEY = "returns.column.rating";
    private static final String FIELD = FIELD_KEY.substring("returns.column.".length());

    /** The changes a return's sheet proposes, or why it is refused (each naming the sheet, row and column). */
    public record Comparison(List<ReturnChange> changes, List<String> problems) {
    }

    /** The round a return carries: the latest opened that is not closed for editing. */
    public static Optional<SelfAssessmentRound> openRound(WorkspaceData workspace) {
        return workspace.selfAssessment().rounds().stream().filter(round -> !round.closed()).findFirst();
    }

    /** Whether the organisation's return carries a self-assessment sheet: a member, while a round is open. */
    public boolean covers(WorkspaceData workspace, Organisation organisation) {
        return organisation.member() && openRound(workspace).isPresent();
    }

    /** Adds the open round's sheet to a return just written, when the organisation is covered. */
    public void addSheet(WorkspaceData workspace, Organisation organisation, Path file) throws IOException {
        if (!covers(workspace, organisation)) {
            return;
        }
        var round = openRound(workspace).orElseThrow();
        var slice = workspace.selfAssessment().roundReturn(round.id(), organisation.id());
        if (slice.isPresent()) {
            new SelfAssessmentSheetWriter(ReportTexts.of(workspace.settings().documentLanguage()))
                    .addTo(file, slice.get());
        }
    }

    /** Reads the sheet of a returned workbook and compares it with the ratings the workspace holds now. */
    public Comparison compare(WorkspaceData workspace, IssuedReturn issued, Path file) {
        var reading = new SelfAssessmentSheetReader(ReportTexts.of(workspace.settings().documentLanguage()))
                .read(file);
        var problems = new ArrayList<String>();
        reading.problems().forEach(problem -> problems.add(ReturnIntake.describe(problem)));
        if (reading.round().isEmpty() || !problems.isEmpty()) {
            return new Comparison(List.of(), problems);
        }
        RoundReturn returned = reading.round().get();
        String sheet = "Self-assessment";
        var round = workspace.selfAssessment().rounds().stream().filter(r -> r.id() == returned.roundId())
                .findFirst();
        if (round.isEmpty()) {
            return refused(sheet, "toolkit.return.error.roundGone");
        }
        if (round.get().closed()) {
            return refused(sheet, "toolkit.return.error.roundClosed", round.get().name());
        }
        boolean member = workspace.organisations().find(issued.organisationId()).map(Organisation::member)
                .orElse(false);
        if (!member) {
            return refused(sheet, "toolkit.return.error.notAMember", issued.organisation());
        }
        Map<Long, RoundReturn.Line> current = workspace.selfAssessment()
                .roundReturn(returned.roundId(), issued.organisationId()).orElseThrow().lines().stream()
                .collect(Collectors.toMap(RoundReturn.Line::approachId, Function.identity()));
        var changes = new ArrayList<ReturnChange>();
        int row = 2;
        for (RoundReturn.Line line : returned.lines()) {
            row++;
            RoundReturn.Line now = current.get(line.approachId());
            if (now == null) {
                problems.add(ReturnIntake.describe(ReturnProblem.at(sheet, row, "A",
                        "toolkit.return.error.unknownApproach", line.approachId())));
                continue;
            }
            if (line.level() == null || same(line, now)) {
                // Left unrated, or as issued (or already taken in): nothing to propose.
                continue;
            }
            ApproachRating rating;
            try {
                rating = new ApproachRating(returned.roundId(), issued.organisationId(), line.approachId(),
                        line.level(), line.notApplicableReason(), line.evidence(), line.nextStep(), line.owner(),
                        line.targetOn());
            } catch (ValidationException e) {
                int at = row;
                e.problems().forEach(p -> problems.add(Messages.get("returns.error.at", sheet + "!" + at,
                        Messages.of(p))));
                continue;
            }
            String record = Messages.get("toolkit.return.approach", now.code(), now.title());
            changes.add(new ReturnChange(issued.organisation(), ReturnChange.Kind.RATING, line.approachId(), record,
                    FIELD, describe(now), describe(line), rating, !now.version().equals(line.version()), ""));
        }
        return problems.isEmpty() ? new Comparison(changes, List.of()) : new Comparison(List.of(), problems);
    }

    /** Stores the accepted ratings of a return, all or none, under the same refusals as the form. */
    public int takeIn(WorkspaceData workspace, Collection<ReturnChange> accepted) {
        var ratings = accepted.stream().filter(change -> change.kind() == ReturnChange.Kind.RATING)
                .map(change -> (ApproachRating) change.value()).toList();
        if (!ratings.isEmpty()) {
            workspace.selfAssessment().rateAll(ratings);
        }
        return ratings.size();
    }

    private static Comparison refused(String sheet, String key, Object... arguments) {
        return new Comparison(List.of(), List.of(Messages.get("returns.error.at", sheet, Messages.get(key,
                arguments))));
    }

    private static boolean same(RoundReturn.Line a, RoundReturn.Line b) {
        boolean notApplicable = a.level() == MaturityLevel.NOT_APPLICABLE;
        return a.level() == b.level() && (!notApplicable || a.notApplicableReason().equals(b.notApplicableReason()))
                && a.evidence().equals(b.evidence()) && a.nextStep().equals(b.nextStep())
                && a.owner().equals(b.owner()) && Objects.equals(a.targetOn(), b.targetOn());
    }

    /** "Established: evidence" as the preview shows a rating; empty when not rated. */
    private static String describe(RoundReturn.Line line) {
        if (line.level() == null) {
            return "";
        }
        String level = Messages.get(line.level().messageKey());
        String detail = line.level() == MaturityLevel.NOT_APPLICABLE ? line.notApplicableReason() : line.evidence();
        return detail.isEmpty() ? level : level + ": " + (detail.length() > 80 ? detail.substring(0, 79) + "\u2026"
                : detail);
    }
}

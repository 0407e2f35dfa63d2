package uk.dln.secretariat.app.core.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import uk.dln.secretariat.app.core.returns.ReturnChange.Kind;
import uk.dln.secretariat.app.i18n.MessageTexts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.returns.ActionLine;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.IndicatorLine;
import uk.dln.secretariat.model.returns.MilestoneLine;
import uk.dln.secretariat.model.returns.RiskLine;
import uk.dln.secretariat.model.roadmaps.MilestoneChange;

/**
 * Compares what a return says with what the workspace holds now, field by field. A record whose version (its
 * last-changed stamp) is not the one the return was issued with has changed since: its changes are conflicts. An id
 * that is not one of the organisation's records of that kind was edited or moved between sheets: refused.
 */
final class ReturnComparer {

    private final MessageTexts texts = new MessageTexts();
    private final String organisation;
    private final boolean hasRoadmap;
    private final List<ReturnChange> changes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param hasRoadmap whether the organisation has a roadmap in the return's period: new risks join it, and with
     *                   none they have nowhere to go
     */
    ReturnComparer(String organisation, boolean hasRoadmap) {
        this.organisation = organisation;
        this.hasRoadmap = hasRoadmap;
    }

    List<ReturnChange> changes() {
        return changes;
    }

    List<String> problems() {
        return problems;
    }

    void compare(DepartmentalReturn returned, DepartmentalReturn current) {
        Map<Long, ActionLine> actions = byId(current.actions(), ActionLine::id);
        int row = 3;
        for (ActionLine line : returned.actions()) {
            ActionLine now = known(actions, line.id(), "Actions", row++);
            if (now == null) {
                continue;
            }
            boolean conflict = !now.version().equals(line.version());
            field(Kind.ACTION, line.id(), now.reference(), "status", label(now.status().messageKey()),
                    label(line.status().messageKey()), now.status(), line.status(), conflict, "");
            // An update already written (the same return taken in before) is not written twice.
            if (!line.newUpdate().isEmpty() && !line.newUpdate().equals(now.latestUpdate())) {
                add(Kind.ACTION, line.id(), now.reference(), "newUpdate", "", line.newUpdate(),
                        line.newUpdate(), false, "");
            }
        }
        Map<Long, MilestoneLine> milestones = byId(current.milestones(), MilestoneLine::id);
        row = 3;
        for (MilestoneLine line : returned.milestones()) {
            MilestoneLine now = known(milestones, line.id(), "Milestones", row++);
            if (now == null) {
                continue;
            }
            boolean conflict = !now.version().equals(line.version());
            String name = Messages.get("returns.preview.milestone", now.title());
            if (line.forecastDate() == null) {
                problems.add(Messages.get("returns.error.at", "Milestones!E" + (row - 1),
                        Messages.get("returns.error.required")));
                continue;
            }
            if (line.reason().length() > MilestoneChange.REASON_MAX) {
                problems.add(Messages.get("returns.error.at", "Milestones!I" + (row - 1),
                        Messages.get("returns.error.tooLong", line.reason().length(), MilestoneChange.REASON_MAX)));
                continue;
            }
            // The reason explains a new forecast or, when the forecast stands, a new confidence: the two changes a
            // milestone's history records, and where the reason is stored.
            boolean newForecast = !Objects.equals(now.forecastDate(), line.forecastDate());
            field(Kind.MILESTONE, line.id(), name, "forecast", date(now.forecastDate()), date(line.forecastDate()),
                    now.forecastDate(), line.forecastDate(), conflict, line.reason());
            field(Kind.MILESTONE, line.id(), name, "actual", date(now.actualDate()), date(line.actualDate()),
                    now.actualDate(), line.actualDate(), conflict, "");
            field(Kind.MILESTONE, line.id(), name, "status", label(now.status().messageKey()),
                    label(line.status().messageKey()), now.status(), line.status(), conflict, "");
            field(Kind.MILESTONE, line.id(), name, "confidence", label(now.confidence().messageKey()),
                    label(line.confidence().messageKey()), now.confidence(), line.confidence(), conflict,
                    newForecast ? "" : line.reason());
        }
        Map<Long, IndicatorLine> indicators = byId(current.indicators(), IndicatorLine::id);
        row = 3;
        for (IndicatorLine line : returned.indicators()) {
            IndicatorLine now = known(indicators, line.id(), "Indicators", row++);
            if (now == null || line.reading() == null) {
                continue;
            }
            boolean same = now.reading() != null && now.reading().compareTo(line.reading()) == 0
                    && now.note().equals(line.note());
            if (!same) {
                add(Kind.INDICATOR, line.id(), Messages.get("returns.preview.indicator", now.name()), "reading",
                        now.reading() == null ? "" : now.reading().toPlainString(),
                        Messages.get("returns.preview.reading", line.reading().toPlainString(),
                                returned.header().quarter().label()),
                        line, !now.version().equals(line.version()), line.note());
            }
        }
        Map<Long, RiskLine> risks = byId(current.risks(), RiskLine::id);
        row = 3;
        for (RiskLine line : returned.risks()) {
            int excelRow = row++;
            if (line.isNew()) {
                if (line.title().isEmpty() || line.reviewDate() == null) {
                    problems.add(Messages.get("returns.error.at", "Risks!" + (line.title().isEmpty() ? "C" : "I")
                            + excelRow, Messages.get("returns.error.required")));
                    continue;
                }
                if (current.risks().stream().anyMatch(r -> r.title().equalsIgnoreCase(line.title()))) {
                    continue; // taken in before, from this return or another
                }
                if (!hasRoadmap) {
                    problems.add(Messages.get("returns.error.at", "Risks!C" + excelRow,
                            Messages.get("returns.error.noRoadmap", organisation)));
                    continue;
                }
                add(Kind.NEW_RISK, 0, Messages.get("returns.preview.newRisk", line.title()), "title", "",
                        line.title(), line, false, "");
                continue;
            }
            RiskLine now = known(risks, line.id(), "Risks", excelRow);
            if (now == null) {
                continue;
            }
            boolean conflict = !now.version().equals(line.version());
            String name = Messages.get("returns.preview.risk", now.title());
            field(Kind.RISK, line.id(), name, "title", now.title(), line.title(), now.title(), line.title(),
                    conflict, "");
            field(Kind.RISK, line.id(), name, "owner", now.owner(), line.owner(), now.owner(), line.owner(),
                    conflict, "");
            field(Kind.RISK, line.id(), name, "likelihood", "" + now.likelihood(), "" + line.likelihood(),
                    now.likelihood(), line.likelihood(), conflict, "");
            field(Kind.RISK, line.id(), name, "impact", "" + now.impact(), "" + line.impact(), now.impact(),
                    line.impact(), conflict, "");
            field(Kind.RISK, line.id(), name, "mitigation", now.mitigation(), line.mitigation(), now.mitigation(),
                    line.mitigation(), conflict, "");
            field(Kind.RISK, line.id(), name, "status", label(now.status().messageKey()),
                    label(line.status().messageKey()), now.status(), line.status(), conflict, "");
            field(Kind.RISK, line.id(), name, "review", date(now.reviewDate()), date(line.reviewDate()),
                    now.reviewDate(), line.reviewDate(), conflict, "");
        }
    }

    private <T> T known(Map<Long, T> current, long id, String sheet, int row) {
        T now = current.get(id);
        if (now == null) {
            problems.add(Messages.get("returns.error.at", sheet + "!A" + row,
                    Messages.get("returns.error.unknownId", Long.toString(id), sheet)));
        }
        return now;
    }

    private void field(Kind kind, long id, String record, String field, String oldText, String newText,
                       Object oldValue, Object newValue, boolean conflict, String reason) {
        if (!Objects.equals(oldValue, newValue)) {
            add(kind, id, record, field, oldText, newText, newValue, conflict, reason);
        }
    }

    private void add(Kind kind, long id, String record, String field, String oldText, String newText, Object value,
                     boolean conflict, String reason) {
        changes.add(new ReturnChange(organisation, kind, id, record, field, oldText, newText, value, conflict,
                reason));
    }

    private String label(String key) {
        return texts.get(key);
    }

    private String date(LocalDate date) {
        return texts.shortDate(date);
    }

    private static <T> Map<Long, T> byId(List<T> lines, Function<T, Long> id) {
        var map = new HashMap<Long, T>();
        lines.forEach(line -> map.put(id.apply(line), line));
        return map;
    }
}

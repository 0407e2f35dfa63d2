package uk.dln.secretariat.app.core.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.MeetingKind;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * What the audit log shows in place of stored ids and codes: the organisation's, person's or meeting's name for an
 * id, and the word people read for a stored code ("In progress" for IN_PROGRESS). The trail itself keeps what was
 * stored; only its reading changes. A record deleted since is shown by its id, as it no longer has a name.
 */
public final class AuditNames {

    /** Nothing known: ids and codes shown as stored. */
    public static final AuditNames NONE = new AuditNames(Map.of());

    /** Which table an id field points to, by the field's stored name. */
    private static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("organisation_id", "organisation"), Map.entry("parent_id", "organisation"),
            Map.entry("leader_id", "leader"), Map.entry("owner_id", "leader"), Map.entry("author_id", "leader"),
            Map.entry("chair_id", "leader"), Map.entry("presenter_id", "leader"),
            Map.entry("meeting_id", "meeting"), Map.entry("period_id", "spending_review_period"));

    private static final Map<String, String> CODES = codes();

    private final Map<String, Map<String, String>> names;

    private AuditNames(Map<String, Map<String, String>> names) {
        this.names = names;
    }

    /** Reads the names of the records an audit entry may point to. Runs off the FX thread. */
    public static AuditNames of(WorkspaceData workspace) {
        var names = new HashMap<String, Map<String, String>>();
        names.put("organisation", index(workspace.organisations().findAll(), o -> o.id(),
                o -> o.name() + " (" + o.shortName() + ")"));
        names.put("leader", index(workspace.leaders().findAll(), l -> l.id(), l -> l.name()));
        names.put("meeting", index(workspace.meetings().findAll(), m -> m.id(),
                m -> Messages.get("audit.name.meeting", m.number(), Dates.format(m.date()))));
        names.put("spending_review_period", index(workspace.roadmaps().periods().findAll(), p -> p.id(),
                p -> p.code()));
        return new AuditNames(names);
    }

    /** The record's name, or null when it has none (a deleted record, or a kind of record without a name). */
    public String record(String table, String id) {
        return names.getOrDefault(table, Map.of()).get(id);
    }

    /** A field as people say it: "parent" for parent_id, "start time" for start_time. */
    public String field(String field) {
        String name = REFERENCES.containsKey(field) ? field.substring(0, field.length() - "_id".length()) : field;
        return name.replace('_', ' ');
    }

    /** A stored value as people read it: a name for an id, a word for a code, otherwise as stored. */
    public String value(String field, String stored) {
        if (stored == null) {
            return null;
        }
        String table = REFERENCES.get(field);
        if (table != null) {
            return names.getOrDefault(table, Map.of()).getOrDefault(stored, stored);
        }
        return CODES.getOrDefault(stored, stored);
    }

    private static <T> Map<String, String> index(Iterable<T> records, Function<T, Long> id,
                                                 Function<T, String> name) {
        var index = new HashMap<String, String>();
        records.forEach(record -> index.put(String.valueOf(id.apply(record)), name.apply(record)));
        return index;
    }

    private static Map<String, String> codes() {
        var codes = new HashMap<String, String>();
        add(codes, ActionStatus.values(), ActionStatus::messageKey);
        add(codes, AttendanceStatus.values(), AttendanceStatus::messageKey);
        add(codes, MeetingStatus.values(), MeetingStatus::messageKey);
        add(codes, MeetingKind.values(), MeetingKind::messageKey);
        add(codes, ItemPurpose.values(), ItemPurpose::messageKey);
        add(codes, OrganisationKind.values(), OrganisationKind::messageKey);
        add(codes, NetworkRole.values(), NetworkRole::messageKey);
        add(codes, MilestoneStatus.values(), MilestoneStatus::messageKey);
        add(codes, DeliveryConfidence.values(), DeliveryConfidence::messageKey);
        add(codes, RiskStatus.values(), RiskStatus::messageKey);
        add(codes, IndicatorDirection.values(), IndicatorDirection::messageKey);
        add(codes, ConfidenceScale.values(), ConfidenceScale::messageKey);
        return Map.copyOf(codes);
    }

    private static <E extends Enum<E>> void add(Map<String, String> codes, E[] values, Function<E, String> key) {
        for (E value : values) {
            // The first kind to name a code gives its word; where two kinds share a code they share the word.
            codes.putIfAbsent(value.name(), Messages.get(key.apply(value)));
        }
    }
}

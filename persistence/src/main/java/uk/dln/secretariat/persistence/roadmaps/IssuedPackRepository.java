package uk.dln.secretariat.persistence.roadmaps;

import static uk.dln.secretariat.persistence.jooq.Tables.ISSUED_PACK;
import static uk.dln.secretariat.persistence.jooq.Tables.ISSUED_PACK_ITEM;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.boardpack.IssuedPack;
import uk.dln.secretariat.model.boardpack.IssuedPack.ActionState;
import uk.dln.secretariat.model.boardpack.IssuedPack.IndicatorState;
import uk.dln.secretariat.model.boardpack.IssuedPack.MilestoneState;
import uk.dln.secretariat.model.boardpack.IssuedPack.OrganisationState;
import uk.dln.secretariat.model.boardpack.IssuedPack.RiskState;

/**
 * Issued packs and what each said. Recording one is one transaction with one batched insert for its lines; reading
 * one is two queries, however many lines it has.
 */
public final class IssuedPackRepository {

    private static final String ORGANISATION = "ORGANISATION";
    private static final String MILESTONE = "MILESTONE";
    private static final String INDICATOR = "INDICATOR";
    private static final String RISK = "RISK";
    private static final String ACTION = "ACTION";

    private final DSLContext dsl;
    private final Clock clock;

    public IssuedPackRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Records the pack as issued. */
    public IssuedPack record(IssuedPack pack) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            var header = tx.newRecord(ISSUED_PACK);
            header.setPackDate(pack.packDate());
            header.setMeeting(pack.meeting());
            header.setMarking(pack.marking());
            header.setChangedAt(LocalDateTime.now(clock));
            header.insert();
            long id = header.getId();
            var batch = tx.batch(tx.insertInto(ISSUED_PACK_ITEM, ISSUED_PACK_ITEM.ISSUED_PACK_ID,
                    ISSUED_PACK_ITEM.KIND, ISSUED_PACK_ITEM.RECORD_ID, ISSUED_PACK_ITEM.ORGANISATION,
                    ISSUED_PACK_ITEM.TITLE, ISSUED_PACK_ITEM.CONFIDENCE, ISSUED_PACK_ITEM.FORECAST_DATE,
                    ISSUED_PACK_ITEM.READING, ISSUED_PACK_ITEM.TRACK, ISSUED_PACK_ITEM.SCORE, ISSUED_PACK_ITEM.STATUS)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null));
            for (OrganisationState o : pack.organisations()) {
                batch.bind(id, ORGANISATION, o.roadmapId(), o.organisation(), "", o.confidence(), null, null,
                        null, null, null);
            }
            for (MilestoneState m : pack.milestones()) {
                batch.bind(id, MILESTONE, m.milestoneId(), m.organisation(), m.title(), m.confidence(),
                        m.forecast(), null, null, null, null);
            }
            for (IndicatorState i : pack.indicators()) {
                batch.bind(id, INDICATOR, i.indicatorId(), i.organisation(), i.name(), null, null,
                        i.value(), i.track(), null, null);
            }
            for (RiskState r : pack.risks()) {
                batch.bind(id, RISK, r.riskId(), r.organisation(), r.title(), null, null, null, null,
                        (long) r.score(), null);
            }
            for (ActionState a : pack.actions()) {
                batch.bind(id, ACTION, a.actionId(), "", a.reference(), null, null, null, null, null,
                        a.status());
            }
            if (batch.size() > 0) {
                batch.execute();
            }
            return pack.withId(id);
        });
    }

    /** The pack issued last for a day before the given one: what a pack for that day compares against. */
    public Optional<IssuedPack> lastBefore(LocalDate day) {
        return dsl.selectFrom(ISSUED_PACK).where(ISSUED_PACK.PACK_DATE.lt(day))
                .orderBy(ISSUED_PACK.PACK_DATE.desc(), ISSUED_PACK.ID.desc()).limit(1)
                .fetchOptional().map(header -> withLines(header.getId(), header.getPackDate(), header.getMeeting(),
                        header.getMarking()));
    }

    /** Every issued pack, latest first, without what each said. */
    public List<IssuedPack> findAll() {
        return dsl.selectFrom(ISSUED_PACK).orderBy(ISSUED_PACK.PACK_DATE.desc(), ISSUED_PACK.ID.desc())
                .fetch(h -> new IssuedPack(h.getId(), h.getPackDate(), h.getMeeting(), h.getMarking(), List.of(),
                        List.of(), List.of(), List.of(), List.of()));
    }

    private IssuedPack withLines(long id, LocalDate packDate, String meeting, String marking) {
        var organisations = new ArrayList<OrganisationState>();
        var milestones = new ArrayList<MilestoneState>();
        var indicators = new ArrayList<IndicatorState>();
        var risks = new ArrayList<RiskState>();
        var actions = new ArrayList<ActionState>();
        for (var row : dsl.selectFrom(ISSUED_PACK_ITEM).where(ISSUED_PACK_ITEM.ISSUED_PACK_ID.eq(id))
                .orderBy(ISSUED_PACK_ITEM.ID).fetch()) {
            switch (row.getKind()) {
                case ORGANISATION -> organisations.add(new OrganisationState(row.getRecordId(), row.getOrganisation(),
                        row.getConfidence()));
                case MILESTONE -> milestones.add(new MilestoneState(row.getRecordId(), row.getOrganisation(),
                        row.getTitle(), row.getConfidence(), row.getForecastDate()));
                case INDICATOR -> indicators.add(new IndicatorState(row.getRecordId(), row.getOrganisation(),
                        row.getTitle(), row.getReading(), row.getTrack()));
                case RISK -> risks.add(new RiskState(row.getRecordId(), row.getOrganisation(), row.getTitle(),
                        row.getScore().intValue()));
                case ACTION -> actions.add(new ActionState(row.getRecordId(), row.getTitle(),
                        row.getStatus()));
                default -> throw new IllegalStateException("unknown kind of issued pack line: " + row.getKind());
            }
        }
        return new IssuedPack(id, packDate, meeting, marking, organisations, milestones, indicators, risks, actions);
    }
}

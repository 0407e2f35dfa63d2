package uk.dln.secretariat.persistence.settings;

import static uk.dln.secretariat.persistence.jooq.Tables.NETWORK_SETTING;

import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;
import uk.dln.secretariat.model.home.MonthAtAGlance;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.QuorumRule;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.model.settings.NetworkSettings;

/** Network settings, stored as named values so later features can add settings without a schema change. */
public final class SettingsRepository {

    static final String NETWORK_NAME = "networkName";
    static final String PAPER_PREFIX = "paperReferencePrefix";
    static final String DEFAULT_MARKING = "defaultMarking";
    static final String QUORUM_RULE = "quorumRule";
    private static final String DEMO_STATE = "demoState";
    static final String CONFIDENCE_SCALE = "confidenceScale";
    static final String SLIPPAGE_THRESHOLD = "slippageThresholdDays";
    static final String CLOSING_UPDATE = "closingUpdateRequired";
    static final String EXCEPTIONS_LIMIT = "exceptionsLimit";
    static final String PAPERS_DEADLINE = "papersDeadlineDays";
    static final String DOCUMENT_LANGUAGE = "documentLanguage";

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The stored settings; any not yet stored take their default. */
    public NetworkSettings load() {
        Map<String, String> stored = dsl.select(NETWORK_SETTING.NAME, NETWORK_SETTING.VALUE)
                .from(NETWORK_SETTING)
                .fetchMap(Record2::value1, Record2::value2);
        NetworkSettings defaults = NetworkSettings.DEFAULTS;
        return new NetworkSettings(
                stored.getOrDefault(NETWORK_NAME, defaults.networkName()),
                stored.getOrDefault(PAPER_PREFIX, defaults.paperReferencePrefix()),
                ProtectiveMarking.parse(stored.getOrDefault(DEFAULT_MARKING, defaults.defaultMarking().label())),
                ConfidenceScale.valueOf(stored.getOrDefault(CONFIDENCE_SCALE, defaults.confidenceScale().name())),
                Integer.parseInt(stored.getOrDefault(SLIPPAGE_THRESHOLD,
                        String.valueOf(defaults.slippageThresholdDays()))),
                Boolean.parseBoolean(stored.getOrDefault(CLOSING_UPDATE,
                        String.valueOf(defaults.closingUpdateRequired()))));
    }

    /** Stores every setting in one transaction: all or nothing. */
    public void save(NetworkSettings settings) {
        Map<String, String> values = Map.of(
                NETWORK_NAME, settings.networkName(),
                PAPER_PREFIX, settings.paperReferencePrefix(),
                DEFAULT_MARKING, settings.defaultMarking().label(),
                CONFIDENCE_SCALE, settings.confidenceScale().name(),
                SLIPPAGE_THRESHOLD, String.valueOf(settings.slippageThresholdDays()),
                CLOSING_UPDATE, String.valueOf(settings.closingUpdateRequired()));
        dsl.transaction(transaction -> {
            var tx = transaction.dsl();
            values.forEach((name, value) -> tx.insertInto(NETWORK_SETTING)
                    .set(NETWORK_SETTING.NAME, name)
                    .set(NETWORK_SETTING.VALUE, value)
                    .onConflict(NETWORK_SETTING.NAME).doUpdate()
                    .set(NETWORK_SETTING.VALUE, value)
                    .execute());
        });
    }

    /** How many exceptions the board pack lists at most; the default until the network sets its own. */
    public int exceptionsLimit() {
        return dsl.select(NETWORK_SETTING.VALUE).from(NETWORK_SETTING)
                .where(NETWORK_SETTING.NAME.eq(EXCEPTIONS_LIMIT)).fetchOptional(NETWORK_SETTING.VALUE)
                .map(Integer::parseInt).orElse(NetworkSettings.DEFAULT_EXCEPTIONS_LIMIT);
    }

    public void saveExceptionsLimit(int limit) {
        if (limit < 1 || limit > NetworkSettings.MAX_EXCEPTIONS_LIMIT) {
            throw new IllegalArgumentException("exceptions limit out of range: " + limit);
        }
        dsl.transaction(transaction -> transaction.dsl().insertInto(NETWORK_SETTING)
                .set(NETWORK_SETTING.NAME, EXCEPTIONS_LIMIT)
                .set(NETWORK_SETTING.VALUE, String.valueOf(limit))
                .onConflict(NETWORK_SETTING.NAME).doUpdate()
                .set(NETWORK_SETTING.VALUE, String.valueOf(limit))
                .execute());
    }

    /** How many days before a meeting its papers are due; a week until the network sets its own. */
    public int papersDeadlineDays() {
        return dsl.select(NETWORK_SETTING.VALUE).from(NETWORK_SETTING)
                .where(NETWORK_SETTING.NAME.eq(PAPERS_DEADLINE)).fetchOptional(NETWORK_SETTING.VALUE)
                .map(Integer::parseInt).orElse(MonthAtAGlance.DEFAULT_PAPERS_DEADLINE_DAYS);
    }

    public void savePapersDeadlineDays(int days) {
        if (days < 0 || days > MonthAtAGlance.MAX_PAPERS_DEADLINE_DAYS) {
            throw new IllegalArgumentException("papers deadline out of range: " + days);
        }
        dsl.transaction(transaction -> transaction.dsl().insertInto(NETWORK_SETTING)
                .set(NETWORK_SETTING.NAME, PAPERS_DEADLINE)
                .set(NETWORK_SETTING.VALUE, String.valueOf(days))
                .onConflict(NETWORK_SETTING.NAME).doUpdate()
                .set(NETWORK_SETTING.VALUE, String.valueOf(days))
                .execute());
    }

    /** The language the network's documents are written in unless an export says otherwise; English until set. */
    public DocumentLanguage documentLanguage() {
        return dsl.select(NETWORK_SETTING.VALUE).from(NETWORK_SETTING)
                .where(NETWORK_SETTING.NAME.eq(DOCUMENT_LANGUAGE)).fetchOptional(NETWORK_SETTING.VALUE)
                .flatMap(DocumentLanguage::fromCode).orElse(DocumentLanguage.ENGLISH);
    }

    public void saveDocumentLanguage(DocumentLanguage language) {
        dsl.transaction(transaction -> transaction.dsl().insertInto(NETWORK_SETTING)
                .set(NETWORK_SETTING.NAME, DOCUMENT_LANGUAGE)
                .set(NETWORK_SETTING.VALUE, language.code())
                .onConflict(NETWORK_SETTING.NAME).doUpdate()
                .set(NETWORK_SETTING.VALUE, language.code())
                .execute());
    }

    /** How many member organisations make a quorum; the default until the network sets its own. */
    public QuorumRule quorumRule() {
        return dsl.select(NETWORK_SETTING.VALUE).from(NETWORK_SETTING).where(NETWORK_SETTING.NAME.eq(QUORUM_RULE))
                .fetchOptional(NETWORK_SETTING.VALUE).map(QuorumRule::parse).orElse(QuorumRule.DEFAULT);
    }

    public void saveQuorumRule(QuorumRule rule) {
        dsl.transaction(transaction -> transaction.dsl().insertInto(NETWORK_SETTING)
                .set(NETWORK_SETTING.NAME, QUORUM_RULE)
                .set(NETWORK_SETTING.VALUE, rule.toString())
                .onConflict(NETWORK_SETTING.NAME).doUpdate()
                .set(NETWORK_SETTING.VALUE, rule.toString())
                .execute());
    }

    /**
     * How far demonstration records have been added to this workspace: empty when never, {@code started} while (or
     * when cut short while) they were being added, {@code complete} once they all were.
     */
    public Optional<String> demoState() {
        return dsl.select(NETWORK_SETTING.VALUE).from(NETWORK_SETTING).where(NETWORK_SETTING.NAME.eq(DEMO_STATE))
                .fetchOptional(NETWORK_SETTING.VALUE);
    }

    public void saveDemoState(String state) {
        dsl.transaction(transaction -> transaction.dsl().insertInto(NETWORK_SETTING)
                .set(NETWORK_SETTING.NAME, DEMO_STATE)
                .set(NETWORK_SETTING.VALUE, state)
                .onConflict(NETWORK_SETTING.NAME).doUpdate()
                .set(NETWORK_SETTING.VALUE, state)
                .execute());
    }
}

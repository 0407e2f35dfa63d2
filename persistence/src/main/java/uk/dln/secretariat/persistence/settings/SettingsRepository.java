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
        return settingsOf(stored(dsl));
    }

    /**
     * What the network settings form shows, with the settings' version, in one query: what {@link
     * #save(StoredSettings)} is given back once edited.
     */
    public StoredSettings loadStored() {
        return storedOf(stored(dsl));
    }

    private static Map<String, String> stored(DSLContext dsl) {
        return dsl.select(NETWORK_SETTING.NAME, NETWORK_SETTING.VALUE)
                .from(NETWORK_SETTING)
                .fetchMap(Record2::value1, Record2::value2);
    }

    private static StoredSettings storedOf(Map<String, String> stored) {
        return new StoredSettings(settingsOf(stored),
                Integer.parseInt(stored.getOrDefault(EXCEPTIONS_LIMIT,
                        String.valueOf(NetworkSettings.DEFAULT_EXCEPTIONS_LIMIT))),
                Integer.parseInt(stored.getOrDefault(PAPERS_DEADLINE,
                        String.valueOf(MonthAtAGlance.DEFAULT_PAPERS_DEADLINE_DAYS))),
                Optional.ofNullable(stored.get(DOCUMENT_LANGUAGE)).flatMap(DocumentLanguage::fromCode)
                        .orElse(DocumentLanguage.ENGLISH),
                SettingsVersion.of(stored));
    }

    /**
     * Stores the form's settings in one transaction, claiming the version they were read at (decision 0052). A save
     * that changes nothing claims nothing.
     *
     * @return the settings as stored, at their new version
     * @throws uk.dln.secretariat.model.SecretariatException {@code record.error.changedByOther} when someone else
     *                                                       saved the settings since they were read
     */
    public StoredSettings save(StoredSettings edited) {
        checkExceptionsLimit(edited.exceptionsLimit());
        checkPapersDeadline(edited.papersDeadlineDays());
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            StoredSettings current = storedOf(stored(tx));
            if (edited.sameValuesAs(current)) {
                return current;
            }
            SettingsVersion.claim(tx, edited.version());
            // Only the settings that change, so the audit trail (and a refused save's message) names just those.
            Map<String, String> before = values(current);
            var changed = new java.util.HashMap<>(values(edited));
            changed.entrySet().removeIf(setting -> setting.getValue().equals(before.get(setting.getKey())));
            put(tx, changed);
            return storedOf(stored(tx));
        });
    }

    private static NetworkSettings settingsOf(Map<String, String> stored) {
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

    /**
     * Stores every setting in one transaction: all or nothing. Not claimed (no form read them first: the command
     * line, demonstration), but the settings' version is raised, so a form showing them cannot overwrite them.
     */
    public void save(NetworkSettings settings) {
        dsl.transaction(transaction -> {
            var tx = transaction.dsl();
            put(tx, values(settings));
            SettingsVersion.raise(tx);
        });
    }

    private static Map<String, String> values(StoredSettings stored) {
        var values = new java.util.HashMap<>(values(stored.settings()));
        values.put(EXCEPTIONS_LIMIT, String.valueOf(stored.exceptionsLimit()));
        values.put(PAPERS_DEADLINE, String.valueOf(stored.papersDeadlineDays()));
        values.put(DOCUMENT_LANGUAGE, stored.documentLanguage().code());
        return values;
    }

    private static Map<String, String> values(NetworkSettings settings) {
        return Map.of(
                NETWORK_NAME, settings.networkName(),
                PAPER_PREFIX, settings.paperReferencePrefix(),
                DEFAULT_MARKING, settings.defaultMarking().label(),
                CONFIDENCE_SCALE, settings.confidenceScale().name(),
                SLIPPAGE_THRESHOLD, String.valueOf(settings.slippageThresholdDays()),
                CLOSING_UPDATE, String.valueOf(settings.closingUpdateRequired()));
    }

    private static void put(DSLContext tx, Map<String, String> values) {
        values.forEach((name, value) -> tx.insertInto(NETWORK_SETTING)
                .set(NETWORK_SETTING.NAME, name)
                .set(NETWORK_SETTING.VALUE, value)
                .onConflict(NETWORK_SETTING.NAME).doUpdate()
                .set(NETWORK_SETTING.VALUE, value)
                .execute());
    }

    /** How many exceptions the board pack lists at most; the default until the network sets its own. */
    public int exceptionsLimit() {
        return dsl.select(NETWORK_SETTING.VALUE).from(NETWORK_SETTING)
                .where(NETWORK_SETTING.NAME.eq(EXCEPTIONS_LIMIT)).fetchOptional(NETWORK_SETTING.VALUE)
                .map(Integer::parseInt).orElse(NetworkSettings.DEFAULT_EXCEPTIONS_LIMIT);
    }

    /** As {@link #save(NetworkSettings)}: not claimed, but raising the settings' version. */
    public void saveExceptionsLimit(int limit) {
        checkExceptionsLimit(limit);
        putRaising(EXCEPTIONS_LIMIT, String.valueOf(limit));
    }

    private static void checkExceptionsLimit(int limit) {
        if (limit < 1 || limit > NetworkSettings.MAX_EXCEPTIONS_LIMIT) {
            throw new IllegalArgumentException("exceptions limit out of range: " + limit);
        }
    }

    private void putRaising(String name, String value) {
        dsl.transaction(transaction -> {
            put(transaction.dsl(), Map.of(name, value));
            SettingsVersion.raise(transaction.dsl());
        });
    }

    /** How many days before a meeting its papers are due; a week until the network sets its own. */
    public int papersDeadlineDays() {
        return dsl.select(NETWORK_SETTING.VALUE).from(NETWORK_SETTING)
                .where(NETWORK_SETTING.NAME.eq(PAPERS_DEADLINE)).fetchOptional(NETWORK_SETTING.VALUE)
                .map(Integer::parseInt).orElse(MonthAtAGlance.DEFAULT_PAPERS_DEADLINE_DAYS);
    }

    /** As {@link #save(NetworkSettings)}: not claimed, but raising the settings' version. */
    public void savePapersDeadlineDays(int days) {
        checkPapersDeadline(days);
        putRaising(PAPERS_DEADLINE, String.valueOf(days));
    }

    private static void checkPapersDeadline(int days) {
        if (days < 0 || days > MonthAtAGlance.MAX_PAPERS_DEADLINE_DAYS) {
            throw new IllegalArgumentException("papers deadline out of range: " + days);
        }
    }

    /** The language the network's documents are written in unless an export says otherwise; English until set. */
    public DocumentLanguage documentLanguage() {
        return dsl.select(NETWORK_SETTING.VALUE).from(NETWORK_SETTING)
                .where(NETWORK_SETTING.NAME.eq(DOCUMENT_LANGUAGE)).fetchOptional(NETWORK_SETTING.VALUE)
                .flatMap(DocumentLanguage::fromCode).orElse(DocumentLanguage.ENGLISH);
    }

    /** As {@link #save(NetworkSettings)}: not claimed, but raising the settings' version. */
    public void saveDocumentLanguage(DocumentLanguage language) {
        putRaising(DOCUMENT_LANGUAGE, language.code());
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

-- Issued packs: when a pack is exported as issued, what it said is recorded, so that the next pack says what
-- changed since, never comparing against whatever history happens to exist. And the overall delivery confidence
-- of each roadmap: a judgement with its rationale, every one kept so its history can be shown.

CREATE TABLE issued_pack (
    id         INTEGER PRIMARY KEY,
    pack_date  TEXT    NOT NULL CHECK (pack_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    meeting    TEXT    NOT NULL DEFAULT '' CHECK (length(meeting) <= 300),
    marking    TEXT    NOT NULL CHECK (marking <> '' AND length(marking) <= 300),
    changed_at TEXT    NOT NULL
);
CREATE INDEX issued_pack_date ON issued_pack (pack_date, id);

-- One row per thing the pack reported; kind says which of the value columns apply. record_id names the roadmap,
-- milestone, indicator, risk or action but is not a foreign key: what an issued pack said stands even after the
-- record is deleted. Titles are kept so the record reads on its own.
CREATE TABLE issued_pack_item (
    id             INTEGER PRIMARY KEY,
    issued_pack_id INTEGER NOT NULL REFERENCES issued_pack (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('ORGANISATION', 'MILESTONE', 'INDICATOR', 'RISK', 'ACTION')),
    record_id      INTEGER NOT NULL,
    organisation   TEXT    NOT NULL DEFAULT '',
    title          TEXT    NOT NULL DEFAULT '',
    confidence     TEXT    CHECK (confidence IN ('RED', 'AMBER_RED', 'AMBER', 'AMBER_GREEN', 'GREEN')),
    forecast_date  TEXT    CHECK (forecast_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reading        TEXT,
    track          TEXT    CHECK (track IN ('ON_TRACK', 'OFF_TRACK', 'NO_READINGS')),
    score          INTEGER CHECK (score BETWEEN 1 AND 25),
    status         TEXT
);
CREATE INDEX issued_pack_item_pack ON issued_pack_item (issued_pack_id);

CREATE TABLE roadmap_confidence (
    id         INTEGER PRIMARY KEY,
    roadmap_id INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    confidence TEXT    NOT NULL CHECK (confidence IN ('RED', 'AMBER_RED', 'AMBER', 'AMBER_GREEN', 'GREEN')),
    rationale  TEXT    NOT NULL CHECK (rationale <> '' AND length(rationale) <= 2000),
    set_on     TEXT    NOT NULL CHECK (set_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    changed_at TEXT    NOT NULL
);
CREATE INDEX roadmap_confidence_roadmap ON roadmap_confidence (roadmap_id, set_on, id);

-- Audit triggers for the tables above, as decision 0007 describes.

CREATE TRIGGER issued_pack_audit_insert
AFTER INSERT ON issued_pack
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'issued_pack', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'pack_date', json_array(NULL, NEW.pack_date),
                'meeting', json_array(NULL, NEW.meeting),
                'marking', json_array(NULL, NEW.marking))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER issued_pack_audit_update
AFTER UPDATE ON issued_pack
WHEN OLD.id IS NOT NEW.id
        OR OLD.pack_date IS NOT NEW.pack_date
        OR OLD.meeting IS NOT NEW.meeting
        OR OLD.marking IS NOT NEW.marking
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'issued_pack', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'pack_date', json_array(OLD.pack_date, NEW.pack_date),
                'meeting', json_array(OLD.meeting, NEW.meeting),
                'marking', json_array(OLD.marking, NEW.marking))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER issued_pack_audit_delete
AFTER DELETE ON issued_pack
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'issued_pack', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'pack_date', json_array(OLD.pack_date, NULL),
                'meeting', json_array(OLD.meeting, NULL),
                'marking', json_array(OLD.marking, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER issued_pack_item_audit_insert
AFTER INSERT ON issued_pack_item
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'issued_pack_item', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'issued_pack_id', json_array(NULL, NEW.issued_pack_id),
                'kind', json_array(NULL, NEW.kind),
                'record_id', json_array(NULL, NEW.record_id),
                'organisation', json_array(NULL, NEW.organisation),
                'title', json_array(NULL, NEW.title),
                'confidence', json_array(NULL, NEW.confidence),
                'forecast_date', json_array(NULL, NEW.forecast_date),
                'reading', json_array(NULL, NEW.reading),
                'track', json_array(NULL, NEW.track),
                'score', json_array(NULL, NEW.score),
                'status', json_array(NULL, NEW.status))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER issued_pack_item_audit_update
AFTER UPDATE ON issued_pack_item
WHEN OLD.id IS NOT NEW.id
        OR OLD.issued_pack_id IS NOT NEW.issued_pack_id
        OR OLD.kind IS NOT NEW.kind
        OR OLD.record_id IS NOT NEW.record_id
        OR OLD.organisation IS NOT NEW.organisation
        OR OLD.title IS NOT NEW.title
        OR OLD.confidence IS NOT NEW.confidence
        OR OLD.forecast_date IS NOT NEW.forecast_date
        OR OLD.reading IS NOT NEW.reading
        OR OLD.track IS NOT NEW.track
        OR OLD.score IS NOT NEW.score
        OR OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'issued_pack_item', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'issued_pack_id', json_array(OLD.issued_pack_id, NEW.issued_pack_id),
                'kind', json_array(OLD.kind, NEW.kind),
                'record_id', json_array(OLD.record_id, NEW.record_id),
                'organisation', json_array(OLD.organisation, NEW.organisation),
                'title', json_array(OLD.title, NEW.title),
                'confidence', json_array(OLD.confidence, NEW.confidence),
                'forecast_date', json_array(OLD.forecast_date, NEW.forecast_date),
                'reading', json_array(OLD.reading, NEW.reading),
                'track', json_array(OLD.track, NEW.track),
                'score', json_array(OLD.score, NEW.score),
                'status', json_array(OLD.status, NEW.status))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER issued_pack_item_audit_delete
AFTER DELETE ON issued_pack_item
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'issued_pack_item', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'issued_pack_id', json_array(OLD.issued_pack_id, NULL),
                'kind', json_array(OLD.kind, NULL),
                'record_id', json_array(OLD.record_id, NULL),
                'organisation', json_array(OLD.organisation, NULL),
                'title', json_array(OLD.title, NULL),
                'confidence', json_array(OLD.confidence, NULL),
                'forecast_date', json_array(OLD.forecast_date, NULL),
                'reading', json_array(OLD.reading, NULL),
                'track', json_array(OLD.track, NULL),
                'score', json_array(OLD.score, NULL),
                'status', json_array(OLD.status, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER roadmap_confidence_audit_insert
AFTER INSERT ON roadmap_confidence
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'roadmap_confidence', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'roadmap_id', json_array(NULL, NEW.roadmap_id),
                'confidence', json_array(NULL, NEW.confidence),
                'rationale', json_array(NULL, NEW.rationale),
                'set_on', json_array(NULL, NEW.set_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER roadmap_confidence_audit_update
AFTER UPDATE ON roadmap_confidence
WHEN OLD.id IS NOT NEW.id
        OR OLD.roadmap_id IS NOT NEW.roadmap_id
        OR OLD.confidence IS NOT NEW.confidence
        OR OLD.rationale IS NOT NEW.rationale
        OR OLD.set_on IS NOT NEW.set_on
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'roadmap_confidence', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'roadmap_id', json_array(OLD.roadmap_id, NEW.roadmap_id),
                'confidence', json_array(OLD.confidence, NEW.confidence),
                'rationale', json_array(OLD.rationale, NEW.rationale),
                'set_on', json_array(OLD.set_on, NEW.set_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER roadmap_confidence_audit_delete
AFTER DELETE ON roadmap_confidence
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'roadmap_confidence', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'roadmap_id', json_array(OLD.roadmap_id, NULL),
                'confidence', json_array(OLD.confidence, NULL),
                'rationale', json_array(OLD.rationale, NULL),
                'set_on', json_array(OLD.set_on, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

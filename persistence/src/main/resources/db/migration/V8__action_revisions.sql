-- Actions stay correctable after they are raised, and roadmap changes carry their reasons (decision 0026).
--
-- action_revision: each correction of an action (wording, owner, organisation, due date) or its withdrawal, with
-- the action as it stood before, the new due date and why. A withdrawn action (one raised in error) has a WITHDRAWN
-- revision: it leaves the action log and draft minutes, and stays in the audit trail. minutes_approved says whether
-- the raising meeting's minutes were already approved when the revision was made: approved minutes show the action
-- as it stood before the first such revision, so their text stays as approved.
CREATE TABLE action_revision (
    id                     INTEGER PRIMARY KEY,
    action_id              INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    kind                   TEXT    NOT NULL CHECK (kind IN ('EDITED', 'WITHDRAWN')),
    revised_on             TEXT    NOT NULL CHECK (revised_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    description_before     TEXT    NOT NULL CHECK (description_before <> ''),
    owner_id_before        INTEGER NOT NULL REFERENCES leader (id) ON DELETE RESTRICT,
    organisation_id_before INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    previous_due_on        TEXT    NOT NULL CHECK (previous_due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    new_due_on             TEXT    NOT NULL CHECK (new_due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason                 TEXT    NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
    minutes_approved       INTEGER NOT NULL CHECK (minutes_approved IN (0, 1)),
    changed_at             TEXT    NOT NULL,
    -- A new due date, and a withdrawal, always say why.
    CHECK ((new_due_on = previous_due_on AND kind = 'EDITED') OR reason <> '')
);
CREATE INDEX action_revision_action ON action_revision (action_id, id);

-- Why a milestone's forecast or delivery confidence changed; empty for entries made before reasons were asked.
ALTER TABLE milestone_change ADD COLUMN reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 1000);


-- action_revision: its audit triggers (as AuditTriggerSql generates them)
CREATE TRIGGER action_revision_audit_insert
AFTER INSERT ON action_revision
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action_revision', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'action_id', json_array(NULL, NEW.action_id),
                'kind', json_array(NULL, NEW.kind),
                'revised_on', json_array(NULL, NEW.revised_on),
                'description_before', json_array(NULL, NEW.description_before),
                'owner_id_before', json_array(NULL, NEW.owner_id_before),
                'organisation_id_before', json_array(NULL, NEW.organisation_id_before),
                'previous_due_on', json_array(NULL, NEW.previous_due_on),
                'new_due_on', json_array(NULL, NEW.new_due_on),
                'reason', json_array(NULL, NEW.reason),
                'minutes_approved', json_array(NULL, NEW.minutes_approved))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER action_revision_audit_update
AFTER UPDATE ON action_revision
WHEN OLD.id IS NOT NEW.id
        OR OLD.action_id IS NOT NEW.action_id
        OR OLD.kind IS NOT NEW.kind
        OR OLD.revised_on IS NOT NEW.revised_on
        OR OLD.description_before IS NOT NEW.description_before
        OR OLD.owner_id_before IS NOT NEW.owner_id_before
        OR OLD.organisation_id_before IS NOT NEW.organisation_id_before
        OR OLD.previous_due_on IS NOT NEW.previous_due_on
        OR OLD.new_due_on IS NOT NEW.new_due_on
        OR OLD.reason IS NOT NEW.reason
        OR OLD.minutes_approved IS NOT NEW.minutes_approved
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action_revision', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'action_id', json_array(OLD.action_id, NEW.action_id),
                'kind', json_array(OLD.kind, NEW.kind),
                'revised_on', json_array(OLD.revised_on, NEW.revised_on),
                'description_before', json_array(OLD.description_before, NEW.description_before),
                'owner_id_before', json_array(OLD.owner_id_before, NEW.owner_id_before),
                'organisation_id_before', json_array(OLD.organisation_id_before, NEW.organisation_id_before),
                'previous_due_on', json_array(OLD.previous_due_on, NEW.previous_due_on),
                'new_due_on', json_array(OLD.new_due_on, NEW.new_due_on),
                'reason', json_array(OLD.reason, NEW.reason),
                'minutes_approved', json_array(OLD.minutes_approved, NEW.minutes_approved))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER action_revision_audit_delete
AFTER DELETE ON action_revision
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action_revision', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'action_id', json_array(OLD.action_id, NULL),
                'kind', json_array(OLD.kind, NULL),
                'revised_on', json_array(OLD.revised_on, NULL),
                'description_before', json_array(OLD.description_before, NULL),
                'owner_id_before', json_array(OLD.owner_id_before, NULL),
                'organisation_id_before', json_array(OLD.organisation_id_before, NULL),
                'previous_due_on', json_array(OLD.previous_due_on, NULL),
                'new_due_on', json_array(OLD.new_due_on, NULL),
                'reason', json_array(OLD.reason, NULL),
                'minutes_approved', json_array(OLD.minutes_approved, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;


-- milestone_change: audit triggers covering its new columns (as AuditTriggerSql generates them)
DROP TRIGGER milestone_change_audit_insert;
DROP TRIGGER milestone_change_audit_update;
DROP TRIGGER milestone_change_audit_delete;

CREATE TRIGGER milestone_change_audit_insert
AFTER INSERT ON milestone_change
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone_change', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'milestone_id', json_array(NULL, NEW.milestone_id),
                'baseline_date', json_array(NULL, NEW.baseline_date),
                'forecast_date', json_array(NULL, NEW.forecast_date),
                'confidence', json_array(NULL, NEW.confidence),
                'reason', json_array(NULL, NEW.reason))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER milestone_change_audit_update
AFTER UPDATE ON milestone_change
WHEN OLD.id IS NOT NEW.id
        OR OLD.milestone_id IS NOT NEW.milestone_id
        OR OLD.baseline_date IS NOT NEW.baseline_date
        OR OLD.forecast_date IS NOT NEW.forecast_date
        OR OLD.confidence IS NOT NEW.confidence
        OR OLD.reason IS NOT NEW.reason
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone_change', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'milestone_id', json_array(OLD.milestone_id, NEW.milestone_id),
                'baseline_date', json_array(OLD.baseline_date, NEW.baseline_date),
                'forecast_date', json_array(OLD.forecast_date, NEW.forecast_date),
                'confidence', json_array(OLD.confidence, NEW.confidence),
                'reason', json_array(OLD.reason, NEW.reason))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER milestone_change_audit_delete
AFTER DELETE ON milestone_change
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'milestone_change', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'milestone_id', json_array(OLD.milestone_id, NULL),
                'baseline_date', json_array(OLD.baseline_date, NULL),
                'forecast_date', json_array(OLD.forecast_date, NULL),
                'confidence', json_array(OLD.confidence, NULL),
                'reason', json_array(OLD.reason, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

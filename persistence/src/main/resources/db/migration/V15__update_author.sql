-- An update is credited to the person who wrote it. author_id must name a directory person, so it has held the
-- action's owner; written_by keeps the name of the person at the computer who typed it, as the audit trail records
-- them. Updates written before this have none ('') and are shown as before.
ALTER TABLE action_update ADD COLUMN written_by TEXT NOT NULL DEFAULT '' CHECK (length(written_by) <= 200);

-- The audit trail covers the new column as it covers every other.
DROP TRIGGER action_update_audit_insert;
DROP TRIGGER action_update_audit_update;
DROP TRIGGER action_update_audit_delete;

CREATE TRIGGER action_update_audit_insert
AFTER INSERT ON action_update
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action_update', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'action_id', json_array(NULL, NEW.action_id),
                'written_on', json_array(NULL, NEW.written_on),
                'author_id', json_array(NULL, NEW.author_id),
                'written_by', json_array(NULL, NEW.written_by),
                'text', json_array(NULL, NEW.text))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER action_update_audit_update
AFTER UPDATE ON action_update
WHEN OLD.id IS NOT NEW.id
        OR OLD.action_id IS NOT NEW.action_id
        OR OLD.written_on IS NOT NEW.written_on
        OR OLD.author_id IS NOT NEW.author_id
        OR OLD.written_by IS NOT NEW.written_by
        OR OLD.text IS NOT NEW.text
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action_update', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'action_id', json_array(OLD.action_id, NEW.action_id),
                'written_on', json_array(OLD.written_on, NEW.written_on),
                'author_id', json_array(OLD.author_id, NEW.author_id),
                'written_by', json_array(OLD.written_by, NEW.written_by),
                'text', json_array(OLD.text, NEW.text))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER action_update_audit_delete
AFTER DELETE ON action_update
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action_update', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'action_id', json_array(OLD.action_id, NULL),
                'written_on', json_array(OLD.written_on, NULL),
                'author_id', json_array(OLD.author_id, NULL),
                'written_by', json_array(OLD.written_by, NULL),
                'text', json_array(OLD.text, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

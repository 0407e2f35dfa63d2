-- The twin of the file's V17 (decision 0038): every editable record carries a version, claimed and raised by each
-- save. On the server, any other update (from psql, say) raises it too, so an editor's save cannot pass over a change
-- made some other way. The audit trail leaves versions out, as the file's does.

ALTER TABLE organisation ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE leader ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE membership ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE declaration ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE roadmap ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE milestone ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE indicator ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE risk ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE meeting ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE agenda_item ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE attendance ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE action ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE action_update ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE departmental_return ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE roadmap_confidence ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE toolkit_approach ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE self_assessment_round ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE approach_rating ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE role_check_item ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);

CREATE FUNCTION count_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version = OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER organisation_version BEFORE UPDATE ON organisation FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER leader_version BEFORE UPDATE ON leader FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER membership_version BEFORE UPDATE ON membership FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER declaration_version BEFORE UPDATE ON declaration FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER roadmap_version BEFORE UPDATE ON roadmap FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER milestone_version BEFORE UPDATE ON milestone FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER indicator_version BEFORE UPDATE ON indicator FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER risk_version BEFORE UPDATE ON risk FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER meeting_version BEFORE UPDATE ON meeting FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER agenda_item_version BEFORE UPDATE ON agenda_item FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER attendance_version BEFORE UPDATE ON attendance FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER action_version BEFORE UPDATE ON action FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER action_update_version BEFORE UPDATE ON action_update FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER departmental_return_version BEFORE UPDATE ON departmental_return FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER roadmap_confidence_version BEFORE UPDATE ON roadmap_confidence FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER toolkit_approach_version BEFORE UPDATE ON toolkit_approach FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER self_assessment_round_version BEFORE UPDATE ON self_assessment_round FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER approach_rating_version BEFORE UPDATE ON approach_rating FOR EACH ROW EXECUTE FUNCTION count_version();
CREATE TRIGGER role_check_item_version BEFORE UPDATE ON role_check_item FOR EACH ROW EXECUTE FUNCTION count_version();

-- As in V1, with the version left out of the recorded changes.
CREATE OR REPLACE FUNCTION audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    key_column text := TG_ARGV[0];
    before json := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE row_to_json(OLD) END;
    after json := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE row_to_json(NEW) END;
    binary_columns text[];
    actor_name text;
    actor_at text;
    changes text;
BEGIN
    SELECT coalesce(array_agg(attname::text), '{}') INTO binary_columns
    FROM pg_attribute WHERE attrelid = TG_RELID AND atttypid = 'bytea'::regtype AND NOT attisdropped;
    IF to_regclass('pg_temp.audit_actor') IS NOT NULL THEN
        EXECUTE 'SELECT user_name, acted_at FROM pg_temp.audit_actor WHERE id = 1' INTO actor_name, actor_at;
    END IF;
    SELECT json_object_agg(field.key, json_build_array(field.old_value, field.new_value) ORDER BY field.position)::text
    INTO changes
    FROM (SELECT column_.key, column_.position,
                 audit_value(before -> column_.key, column_.key = ANY (binary_columns)) AS old_value,
                 audit_value(after -> column_.key, column_.key = ANY (binary_columns)) AS new_value
          FROM json_each(coalesce(after, before)) WITH ORDINALITY AS column_ (key, value, position)) AS field
    WHERE field.key NOT IN ('changed_at', 'version')
      AND (TG_OP = 'UPDATE' OR field.key <> key_column)
      AND (field.old_value #>> '{}') IS DISTINCT FROM (field.new_value #>> '{}');
    IF TG_OP = 'UPDATE' AND changes IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    VALUES (coalesce(actor_at, to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS.MS')),
            CASE WHEN actor_name IS NULL OR actor_name = session_user THEN session_user
                 WHEN starts_with(actor_name, session_user || ',') THEN actor_name
                 ELSE session_user || ' (' || actor_name || ')' END,
            TG_TABLE_NAME,
            coalesce(after, before) ->> key_column,
            TG_OP,
            coalesce(changes, '{}'));
    RETURN NULL;
END $$;

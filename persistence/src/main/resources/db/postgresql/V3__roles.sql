-- Roles enforced by the server itself (decision 0038, "Roles"), whatever program writes to it:
-- - secretariat_secretariat: reads and changes everything (the audit log is only ever read);
-- - secretariat_coordinator: reads the network's records; changes only their own organisation's actions (updates
--   and status), milestones, indicators, risks and self-assessment ratings;
-- - secretariat_reader: reads only.
-- People log in as roles of their own, members of one of these (secretariat admin grant). Which organisation a
-- coordinator answers for is in server_member, which only the secretariat may change. Grants say which tables each
-- role may change at all; row-level security says which rows a coordinator may change, following a child record to
-- its parent's organisation (a milestone through its roadmap, an action update through its action). Policies compare
-- with session_user, the name someone logged in with, as the audit trail does.
--
-- Role names are cluster-wide: a second workspace on the same server finds these roles already made.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'secretariat_secretariat') THEN
        CREATE ROLE secretariat_secretariat NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'secretariat_coordinator') THEN
        CREATE ROLE secretariat_coordinator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'secretariat_reader') THEN
        CREATE ROLE secretariat_reader NOLOGIN;
    END IF;
END $$;

CREATE TABLE server_member (
    role_name       TEXT   NOT NULL CHECK (role_name <> '' AND length(role_name) <= 63),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE DEFERRABLE,
    PRIMARY KEY (role_name, organisation_id)
);

-- What each role may do at all.
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO secretariat_secretariat, secretariat_coordinator, secretariat_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA ${flyway:defaultSchema}
    TO secretariat_secretariat, secretariat_coordinator, secretariat_reader;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO secretariat_secretariat;
-- Only the audit trigger writes the audit log, and only Flyway its history.
REVOKE INSERT, UPDATE, DELETE ON audit_log, flyway_schema_history FROM secretariat_secretariat;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema}
    TO secretariat_secretariat, secretariat_coordinator;
GRANT INSERT, UPDATE, DELETE ON milestone, milestone_change, milestone_dependency, indicator, indicator_reading, risk,
    risk_milestone, approach_rating, action_update TO secretariat_coordinator;
-- An action's wording, owner and dates are the meeting's; its coordinator keeps its status.
GRANT UPDATE (status, closed_on, changed_at, version) ON action TO secretariat_coordinator;

-- Tables that later migrations make: read by all, changed by the secretariat. A later table that coordinators change
-- needs its own grant and policies, as below.
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
    GRANT SELECT ON TABLES TO secretariat_secretariat, secretariat_coordinator, secretariat_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
    GRANT INSERT, UPDATE, DELETE ON TABLES TO secretariat_secretariat;
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
    GRANT USAGE, SELECT ON SEQUENCES TO secretariat_secretariat, secretariat_coordinator;

-- Which rows. Everyone who may read reads every row. Whoever is not a coordinator changes any row their grants allow
-- (the secretariat; a role the server's administrator granted tables to directly). A coordinator changes a row only
-- when it is, and stays, their own organisation's: USING hides other rows from UPDATE and DELETE (zero rows), WITH
-- CHECK refuses a new or changed row that would belong to another organisation (an error). Subqueries are written
-- out in each policy, not in functions, so their tables are bound when the policy is made and no temporary table of
-- the same name can stand in for them.
ALTER TABLE action ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON action FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON action FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON action FOR ALL TO secretariat_coordinator
    USING (organisation_id IN (SELECT m.organisation_id FROM server_member m WHERE m.role_name = session_user))
    WITH CHECK (organisation_id IN (SELECT m.organisation_id FROM server_member m WHERE m.role_name = session_user));

ALTER TABLE approach_rating ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON approach_rating FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON approach_rating FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON approach_rating FOR ALL TO secretariat_coordinator
    USING (organisation_id IN (SELECT m.organisation_id FROM server_member m WHERE m.role_name = session_user))
    WITH CHECK (organisation_id IN (SELECT m.organisation_id FROM server_member m WHERE m.role_name = session_user));

ALTER TABLE action_update ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON action_update FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON action_update FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON action_update FOR ALL TO secretariat_coordinator
    USING (action_id IN (SELECT a.id FROM action a JOIN server_member m ON m.organisation_id = a.organisation_id
                         WHERE m.role_name = session_user))
    WITH CHECK (action_id IN (SELECT a.id FROM action a JOIN server_member m ON m.organisation_id = a.organisation_id
                              WHERE m.role_name = session_user));

-- A roadmap's parts follow the roadmap's organisation.
ALTER TABLE milestone ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON milestone FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON milestone FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON milestone FOR ALL TO secretariat_coordinator
    USING (roadmap_id IN (SELECT r.id FROM roadmap r JOIN server_member m ON m.organisation_id = r.organisation_id
                          WHERE m.role_name = session_user))
    WITH CHECK (roadmap_id IN (SELECT r.id FROM roadmap r JOIN server_member m ON m.organisation_id = r.organisation_id
                               WHERE m.role_name = session_user));

ALTER TABLE indicator ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON indicator FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON indicator FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON indicator FOR ALL TO secretariat_coordinator
    USING (roadmap_id IN (SELECT r.id FROM roadmap r JOIN server_member m ON m.organisation_id = r.organisation_id
                          WHERE m.role_name = session_user))
    WITH CHECK (roadmap_id IN (SELECT r.id FROM roadmap r JOIN server_member m ON m.organisation_id = r.organisation_id
                               WHERE m.role_name = session_user));

ALTER TABLE risk ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON risk FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON risk FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON risk FOR ALL TO secretariat_coordinator
    USING (roadmap_id IN (SELECT r.id FROM roadmap r JOIN server_member m ON m.organisation_id = r.organisation_id
                          WHERE m.role_name = session_user))
    WITH CHECK (roadmap_id IN (SELECT r.id FROM roadmap r JOIN server_member m ON m.organisation_id = r.organisation_id
                               WHERE m.role_name = session_user));

-- A milestone's history and links follow the milestone, an indicator's readings the indicator, a risk's links the risk.
ALTER TABLE milestone_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON milestone_change FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON milestone_change FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON milestone_change FOR ALL TO secretariat_coordinator
    USING (milestone_id IN (SELECT x.id FROM milestone x JOIN roadmap r ON r.id = x.roadmap_id
                            JOIN server_member m ON m.organisation_id = r.organisation_id
                            WHERE m.role_name = session_user))
    WITH CHECK (milestone_id IN (SELECT x.id FROM milestone x JOIN roadmap r ON r.id = x.roadmap_id
                                 JOIN server_member m ON m.organisation_id = r.organisation_id
                                 WHERE m.role_name = session_user));

ALTER TABLE milestone_dependency ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON milestone_dependency FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON milestone_dependency FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON milestone_dependency FOR ALL TO secretariat_coordinator
    USING (milestone_id IN (SELECT x.id FROM milestone x JOIN roadmap r ON r.id = x.roadmap_id
                            JOIN server_member m ON m.organisation_id = r.organisation_id
                            WHERE m.role_name = session_user))
    WITH CHECK (milestone_id IN (SELECT x.id FROM milestone x JOIN roadmap r ON r.id = x.roadmap_id
                                 JOIN server_member m ON m.organisation_id = r.organisation_id
                                 WHERE m.role_name = session_user));

ALTER TABLE indicator_reading ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON indicator_reading FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON indicator_reading FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON indicator_reading FOR ALL TO secretariat_coordinator
    USING (indicator_id IN (SELECT i.id FROM indicator i JOIN roadmap r ON r.id = i.roadmap_id
                            JOIN server_member m ON m.organisation_id = r.organisation_id
                            WHERE m.role_name = session_user))
    WITH CHECK (indicator_id IN (SELECT i.id FROM indicator i JOIN roadmap r ON r.id = i.roadmap_id
                                 JOIN server_member m ON m.organisation_id = r.organisation_id
                                 WHERE m.role_name = session_user));

ALTER TABLE risk_milestone ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON risk_milestone FOR SELECT USING (true);
CREATE POLICY unscoped_changes ON risk_milestone FOR ALL
    USING (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'))
    WITH CHECK (NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER'));
CREATE POLICY coordinator_changes_own ON risk_milestone FOR ALL TO secretariat_coordinator
    USING (risk_id IN (SELECT k.id FROM risk k JOIN roadmap r ON r.id = k.roadmap_id
                       JOIN server_member m ON m.organisation_id = r.organisation_id
                       WHERE m.role_name = session_user))
    WITH CHECK (risk_id IN (SELECT k.id FROM risk k JOIN roadmap r ON r.id = k.roadmap_id
                            JOIN server_member m ON m.organisation_id = r.organisation_id
                            WHERE m.role_name = session_user));

-- The audit trail is written for every role, though no role but the owner may write to the audit log: the trigger
-- (run as whoever changes a record, so that it reads their own session's actor row) hands the entry to audit_write,
-- which runs as the owner. audit_write names session_user itself, so a caller cannot name anyone else, and refuses
-- to run outside a trigger. Both run with a fixed search_path, the temporary schema last, so that no temporary
-- table called audit_log can take the entries instead.
CREATE FUNCTION audit_write(entry_at text, actor_name text, entry_table text, entry_record text, entry_action text,
                            entry_changes text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    IF pg_trigger_depth() = 0 THEN
        RAISE EXCEPTION 'the audit log is written by its triggers only' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    VALUES (coalesce(entry_at, to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS.MS')),
            CASE WHEN actor_name IS NULL OR actor_name = session_user THEN session_user
                 WHEN starts_with(actor_name, session_user || ',') THEN actor_name
                 ELSE session_user || ' (' || actor_name || ')' END,
            entry_table, entry_record, entry_action, entry_changes);
END $$;

-- As in V2, handing the entry to audit_write.
CREATE OR REPLACE FUNCTION audit_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
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
    PERFORM audit_write(actor_at, actor_name, TG_TABLE_NAME, coalesce(after, before) ->> key_column, TG_OP,
                        coalesce(changes, '{}'));
    RETURN NULL;
END $$;

-- The rules' triggers read tables too: the same fixed search_path.
ALTER FUNCTION membership_one_digital_leader() SET search_path = ${flyway:defaultSchema}, pg_temp;
ALTER FUNCTION meeting_part_approved_locked() SET search_path = ${flyway:defaultSchema}, pg_temp;

-- Who was made a coordinator of which organisation, and by whom, is audited as any other change.
CREATE TRIGGER server_member_audit AFTER INSERT OR UPDATE OR DELETE ON server_member
    FOR EACH ROW EXECUTE FUNCTION audit_change('role_name');

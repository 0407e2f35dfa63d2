-- Roles kept to their workspace, and a coordinator's delete kept to their own organisation's records (decision 0038,
-- "Roles"; decision 0050).
--
-- 1. Role names are the whole server's, not one database's. V3 gave this workspace's privileges to three server-wide
-- group roles, so whoever was made the secretariat, a coordinator or a reader of any other workspace on the same
-- server held that role here too: a coordinator made the secretariat of a practice workspace could change every
-- department's records in this one. Each workspace now has group roles of its own, named for its database's
-- identifier (secretariat_coordinator_16384), which take over the privileges and policies; the server-wide roles keep
-- none here. People already granted a role for this workspace keep it in this workspace's roles: a coordinator of
-- one of its organisations (server_member) is its coordinator alone, as V3's policies already held them to their
-- organisations here whatever else they were; anyone else whose login was given CONNECT on this database (as
-- secretariat admin grant does) keeps the secretariat's or reader's role they held. Nothing recorded which
-- workspace those two were granted for, so someone granted them in two workspaces keeps in each what they held
-- (decision 0050 says how to check). Making roles needs CREATEROLE, as sharing a workspace already does.

DO $$
DECLARE
    workspace text := (SELECT oid::text FROM pg_database WHERE datname = current_database());
    secretariat text := 'secretariat_secretariat_' || workspace;
    coordinator text := 'secretariat_coordinator_' || workspace;
    reader text := 'secretariat_reader_' || workspace;
    schema_name text := '${flyway:defaultSchema}';
    person record;
    scoped text;
BEGIN
    -- Never adopted: a role of that name already made would carry members from elsewhere.
    EXECUTE format('CREATE ROLE %I NOLOGIN', secretariat);
    EXECUTE format('CREATE ROLE %I NOLOGIN', coordinator);
    EXECUTE format('CREATE ROLE %I NOLOGIN', reader);

    -- What V3 gave the server-wide roles, given to this workspace's instead.
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I, %I', schema_name, secretariat, coordinator, reader);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I, %I, %I', schema_name, secretariat, coordinator,
                   reader);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema_name, secretariat);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON audit_log, flyway_schema_history FROM %I', secretariat);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I, %I', schema_name, secretariat,
                   coordinator);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON milestone, milestone_change, milestone_dependency, indicator,'
                   ' indicator_reading, risk, risk_milestone, approach_rating, action_update TO %I', coordinator);
    EXECUTE format('GRANT UPDATE (status, closed_on, changed_at, version) ON action TO %I', coordinator);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I, %I, %I', schema_name,
                   secretariat, coordinator, reader);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT INSERT, UPDATE, DELETE ON TABLES TO %I', schema_name,
                   secretariat);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I, %I', schema_name,
                   secretariat, coordinator);

    -- The server-wide roles keep nothing here (revoking a table's privileges revokes its columns' too).
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM secretariat_secretariat, secretariat_coordinator,'
                   ' secretariat_reader', schema_name);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM secretariat_secretariat, secretariat_coordinator,'
                   ' secretariat_reader', schema_name);
    EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM secretariat_secretariat, secretariat_coordinator,'
                   ' secretariat_reader', schema_name);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON TABLES FROM secretariat_secretariat,'
                   ' secretariat_coordinator, secretariat_reader', schema_name);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON SEQUENCES FROM secretariat_secretariat,'
                   ' secretariat_coordinator, secretariat_reader', schema_name);

    -- Those granted a role for this workspace keep it: its coordinators as coordinators alone.
    FOR person IN
        SELECT DISTINCT m.role_name AS login_name, 'secretariat_coordinator' AS group_name
        FROM server_member m JOIN pg_roles login ON login.rolname = m.role_name
        WHERE pg_has_role(login.oid, 'secretariat_coordinator', 'MEMBER')
        UNION
        SELECT login.rolname, grp.rolname
        FROM pg_auth_members membership
        JOIN pg_roles grp ON grp.oid = membership.roleid
        JOIN pg_roles login ON login.oid = membership.member
        WHERE grp.rolname IN ('secretariat_secretariat', 'secretariat_reader')
          AND login.rolname NOT IN (SELECT role_name FROM server_member)
          AND EXISTS (SELECT FROM pg_database d, aclexplode(d.datacl) acl
                      WHERE d.datname = current_database() AND acl.grantee = login.oid
                        AND acl.privilege_type = 'CONNECT')
    LOOP
        EXECUTE format('GRANT %I TO %I', person.group_name || '_' || workspace, person.login_name);
    END LOOP;

    -- Which rows: V3's policies, naming this workspace's coordinators.
    FOREACH scoped IN ARRAY ARRAY['action', 'approach_rating', 'action_update', 'milestone', 'indicator', 'risk',
                                  'milestone_change', 'milestone_dependency', 'indicator_reading', 'risk_milestone']
    LOOP
        EXECUTE format('ALTER POLICY unscoped_changes ON %I USING (NOT pg_has_role(session_user, %L, ''MEMBER''))'
                       ' WITH CHECK (NOT pg_has_role(session_user, %L, ''MEMBER''))', scoped, coordinator, coordinator);
        EXECUTE format('ALTER POLICY coordinator_changes_own ON %I TO %I', scoped, coordinator);
    END LOOP;
END $$;

-- 2. A coordinator's delete cannot reach another organisation's records. Deleting a milestone
-- cascades to the rows that refer to it, and a cascade runs past row-level security: a coordinator deleting their
-- own milestone would silently remove another organisation's milestone's dependency on it (milestone_dependency
-- follows its dependent milestone) and another organisation's risk's link to it (risk_milestone follows its risk).
-- Such a delete is refused instead, as any change to the other organisation's records is; the secretariat, or the
-- other organisation's coordinator, removes the link first. Whoever is not a coordinator deletes as before.
--
-- The checks read as the person deleting (everyone reads every row) with a fixed search_path, the temporary schema
-- last, so that no temporary table of the same name can stand in for the records of who coordinates what.

CREATE FUNCTION milestone_others_links_kept() RETURNS trigger
    LANGUAGE plpgsql SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'secretariat_coordinator_'
                       || (SELECT oid::text FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
        RETURN OLD;
    END IF;
    IF EXISTS (SELECT FROM milestone_dependency d
               JOIN milestone x ON x.id = d.milestone_id
               JOIN roadmap r ON r.id = x.roadmap_id
               WHERE d.depends_on_id = OLD.id
                 AND r.organisation_id NOT IN (SELECT m.organisation_id FROM server_member m
                                               WHERE m.role_name = session_user))
       OR EXISTS (SELECT FROM risk_milestone l
                  JOIN risk k ON k.id = l.risk_id
                  JOIN roadmap r ON r.id = k.roadmap_id
                  WHERE l.milestone_id = OLD.id
                    AND r.organisation_id NOT IN (SELECT m.organisation_id FROM server_member m
                                                  WHERE m.role_name = session_user)) THEN
        RAISE EXCEPTION 'milestone % is linked to another organisation''s milestone or risk', OLD.id
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Ask the secretariat, or that organisation''s coordinator, to remove the link first.';
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER milestone_others_links_kept BEFORE DELETE ON milestone
    FOR EACH ROW EXECUTE FUNCTION milestone_others_links_kept();

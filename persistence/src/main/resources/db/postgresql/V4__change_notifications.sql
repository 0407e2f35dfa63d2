-- Changes seen by others within a second (decision 0045): every change to a record is announced on the channel
-- workspace_changes, which each open app LISTENs to on a connection of its own. PostgreSQL delivers a notification
-- only when the transaction that sent it commits, so a rolled-back change announces nothing, and a listener hears
-- changes in the order they were committed.
--
-- One notification per statement, not per row: a statement-level trigger sees the statement's rows at once
-- (transition tables) and names them in one payload, so a bulk update of 1,000 actions is one notification, not
-- 1,000. Up to 50 distinct records are named; more, or a payload near the server's 8,000-byte limit, name the table
-- alone ("ids": null), which tells a listener to reload that table. The payload is a small JSON object:
--   {"table": "action", "ids": ["12", "13"], "by": "alice"}
-- "by" is the database user (session_user), as in the audit trail. Keys are text, as the audit trail's record_id is
-- (network_setting is keyed by name, server_member by role). A statement that changes no row announces nothing.
--
-- Transition tables need one trigger per event (PostgreSQL refuses them on a trigger for several), so each table has
-- three. The copy of a whole workspace (WorkspaceTransfer) switches user triggers off, these among them, and
-- announces the whole workspace once instead.

CREATE FUNCTION notify_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    key_column text := TG_ARGV[0];
    most_named CONSTANT integer := 50;
    keys text[];
    payload text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(key ORDER BY key) INTO keys
        FROM (SELECT DISTINCT to_jsonb(changed) ->> key_column AS key FROM new_rows changed LIMIT most_named + 1) named;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(key ORDER BY key) INTO keys
        FROM (SELECT DISTINCT to_jsonb(changed) ->> key_column AS key FROM old_rows changed LIMIT most_named + 1) named;
    ELSE
        -- An update may change a key (a setting's name): both the old and the new record are news.
        SELECT array_agg(key ORDER BY key) INTO keys
        FROM (SELECT to_jsonb(changed) ->> key_column AS key FROM new_rows changed
              UNION
              SELECT to_jsonb(changed) ->> key_column FROM old_rows changed
              LIMIT most_named + 1) named;
    END IF;
    IF keys IS NULL THEN
        RETURN NULL;
    END IF;
    IF cardinality(keys) <= most_named THEN
        payload := json_build_object('table', TG_TABLE_NAME, 'ids', to_json(keys), 'by', session_user)::text;
    END IF;
    IF payload IS NULL OR octet_length(payload) > 7000 THEN
        payload := json_build_object('table', TG_TABLE_NAME, 'ids', NULL, 'by', session_user)::text;
    END IF;
    PERFORM pg_notify('workspace_changes', payload);
    RETURN NULL;
END $$;

-- Every table the audit trail covers (its records are what people see and edit); the audit log itself is news only
-- through the record it describes.
DO $$
DECLARE
    watched record;
BEGIN
    FOR watched IN SELECT * FROM (VALUES
        ('network_setting', 'name'),
        ('organisation', 'id'),
        ('leader', 'id'),
        ('membership', 'id'),
        ('declaration', 'id'),
        ('indicator', 'id'),
        ('indicator_reading', 'indicator_id'),
        ('milestone', 'id'),
        ('milestone_dependency', 'milestone_id'),
        ('risk', 'id'),
        ('risk_milestone', 'risk_id'),
        ('roadmap', 'id'),
        ('spending_review_period', 'id'),
        ('meeting', 'id'),
        ('paper_file', 'id'),
        ('attendance', 'id'),
        ('action', 'id'),
        ('agenda_item', 'id'),
        ('action_revision', 'id'),
        ('milestone_change', 'id'),
        ('workspace_identity', 'id'),
        ('departmental_return', 'id'),
        ('issued_pack', 'id'),
        ('issued_pack_item', 'id'),
        ('roadmap_confidence', 'id'),
        ('action_update', 'id'),
        ('approach_rating', 'id'),
        ('role_check_item', 'id'),
        ('self_assessment_round', 'id'),
        ('toolkit_approach', 'id'),
        ('server_member', 'role_name')) AS watched_table (table_name, key_column)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_change(%L)',
                       watched.table_name || '_notify_insert', watched.table_name, watched.key_column);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_change(%L)',
                       watched.table_name || '_notify_update', watched.table_name, watched.key_column);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_change(%L)',
                       watched.table_name || '_notify_delete', watched.table_name, watched.key_column);
    END LOOP;
END $$;

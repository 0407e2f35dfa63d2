-- A coordinator sets their own organisation's overall delivery confidence (decision 0049): the judgement is the
-- roadmap owner's as much as the secretariat's, and V3 gave coordinators nothing on roadmap_confidence, so on a
-- server only the secretariat could record one. As for the roadmap's other parts, the row follows its roadmap's
-- organisation: a coordinator records and claims (raises the version of) their own organisation's judgements only,
-- and cannot move one to another roadmap. Everyone still reads every judgement.
DO $$
DECLARE
    coordinator text := 'secretariat_coordinator_'
        || (SELECT oid::text FROM pg_database WHERE datname = current_database());
    own text := 'roadmap_id IN (SELECT r.id FROM roadmap r JOIN server_member m ON m.organisation_id = r.organisation_id'
        || ' WHERE m.role_name = session_user)';
BEGIN
    EXECUTE format('GRANT INSERT, UPDATE ON roadmap_confidence TO %I', coordinator);
    ALTER TABLE roadmap_confidence ENABLE ROW LEVEL SECURITY;
    CREATE POLICY everyone_reads ON roadmap_confidence FOR SELECT USING (true);
    EXECUTE format('CREATE POLICY unscoped_changes ON roadmap_confidence FOR ALL'
                   ' USING (NOT pg_has_role(session_user, %L, ''MEMBER''))'
                   ' WITH CHECK (NOT pg_has_role(session_user, %L, ''MEMBER''))', coordinator, coordinator);
    EXECUTE format('CREATE POLICY coordinator_changes_own ON roadmap_confidence FOR ALL TO %I USING (%s)'
                   ' WITH CHECK (%s)', coordinator, own, own);
END $$;

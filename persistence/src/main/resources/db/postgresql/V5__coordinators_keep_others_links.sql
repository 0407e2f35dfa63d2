-- A coordinator's delete cannot reach another organisation's records (decision 0038, "Roles"). Deleting a milestone
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
    IF NOT pg_has_role(session_user, 'secretariat_coordinator', 'MEMBER') THEN
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

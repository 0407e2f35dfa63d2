-- A paper's cover sheet in the civil-service form: the date of the paper, its previous consideration, who was
-- consulted, its financial, legal and risk implications, and whether it may be published. Existing papers keep
-- empty values (no date, publication not yet decided) until their authors fill them in.
ALTER TABLE agenda_item ADD COLUMN paper_date TEXT CHECK (paper_date IS NULL OR paper_date LIKE '____-__-__');
ALTER TABLE agenda_item ADD COLUMN previous_consideration TEXT NOT NULL DEFAULT ''
    CHECK (length(previous_consideration) <= 4000);
ALTER TABLE agenda_item ADD COLUMN consultation TEXT NOT NULL DEFAULT '' CHECK (length(consultation) <= 4000);
ALTER TABLE agenda_item ADD COLUMN financial_implications TEXT NOT NULL DEFAULT ''
    CHECK (length(financial_implications) <= 4000);
ALTER TABLE agenda_item ADD COLUMN legal_implications TEXT NOT NULL DEFAULT ''
    CHECK (length(legal_implications) <= 4000);
ALTER TABLE agenda_item ADD COLUMN risk_implications TEXT NOT NULL DEFAULT ''
    CHECK (length(risk_implications) <= 4000);
ALTER TABLE agenda_item ADD COLUMN publication TEXT NOT NULL DEFAULT 'NOT_DECIDED'
    CHECK (publication IN ('NOT_DECIDED', 'PUBLISH', 'PUBLISH_REDACTED', 'NOT_FOR_PUBLICATION'));

-- The audit trail records the new fields as it does the others.
DROP TRIGGER agenda_item_audit_insert;
DROP TRIGGER agenda_item_audit_update;
DROP TRIGGER agenda_item_audit_delete;

CREATE TRIGGER agenda_item_audit_insert
AFTER INSERT ON agenda_item
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'agenda_item', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'meeting_id', json_array(NULL, NEW.meeting_id),
                'position', json_array(NULL, NEW.position),
                'title', json_array(NULL, NEW.title),
                'purpose', json_array(NULL, NEW.purpose),
                'standing', json_array(NULL, NEW.standing),
                'presenter_id', json_array(NULL, NEW.presenter_id),
                'duration_minutes', json_array(NULL, NEW.duration_minutes),
                'has_paper', json_array(NULL, NEW.has_paper),
                'author', json_array(NULL, NEW.author),
                'sponsor', json_array(NULL, NEW.sponsor),
                'summary', json_array(NULL, NEW.summary),
                'recommendations', json_array(NULL, NEW.recommendations),
                'marking', json_array(NULL, NEW.marking),
                'discussion', json_array(NULL, NEW.discussion),
                'decisions', json_array(NULL, NEW.decisions),
                'paper_date', json_array(NULL, NEW.paper_date),
                'previous_consideration', json_array(NULL, NEW.previous_consideration),
                'consultation', json_array(NULL, NEW.consultation),
                'financial_implications', json_array(NULL, NEW.financial_implications),
                'legal_implications', json_array(NULL, NEW.legal_implications),
                'risk_implications', json_array(NULL, NEW.risk_implications),
                'publication', json_array(NULL, NEW.publication))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER agenda_item_audit_update
AFTER UPDATE ON agenda_item
WHEN OLD.id IS NOT NEW.id
        OR OLD.meeting_id IS NOT NEW.meeting_id
        OR OLD.position IS NOT NEW.position
        OR OLD.title IS NOT NEW.title
        OR OLD.purpose IS NOT NEW.purpose
        OR OLD.standing IS NOT NEW.standing
        OR OLD.presenter_id IS NOT NEW.presenter_id
        OR OLD.duration_minutes IS NOT NEW.duration_minutes
        OR OLD.has_paper IS NOT NEW.has_paper
        OR OLD.author IS NOT NEW.author
        OR OLD.sponsor IS NOT NEW.sponsor
        OR OLD.summary IS NOT NEW.summary
        OR OLD.recommendations IS NOT NEW.recommendations
        OR OLD.marking IS NOT NEW.marking
        OR OLD.discussion IS NOT NEW.discussion
        OR OLD.decisions IS NOT NEW.decisions
        OR OLD.paper_date IS NOT NEW.paper_date
        OR OLD.previous_consideration IS NOT NEW.previous_consideration
        OR OLD.consultation IS NOT NEW.consultation
        OR OLD.financial_implications IS NOT NEW.financial_implications
        OR OLD.legal_implications IS NOT NEW.legal_implications
        OR OLD.risk_implications IS NOT NEW.risk_implications
        OR OLD.publication IS NOT NEW.publication
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'agenda_item', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'meeting_id', json_array(OLD.meeting_id, NEW.meeting_id),
                'position', json_array(OLD.position, NEW.position),
                'title', json_array(OLD.title, NEW.title),
                'purpose', json_array(OLD.purpose, NEW.purpose),
                'standing', json_array(OLD.standing, NEW.standing),
                'presenter_id', json_array(OLD.presenter_id, NEW.presenter_id),
                'duration_minutes', json_array(OLD.duration_minutes, NEW.duration_minutes),
                'has_paper', json_array(OLD.has_paper, NEW.has_paper),
                'author', json_array(OLD.author, NEW.author),
                'sponsor', json_array(OLD.sponsor, NEW.sponsor),
                'summary', json_array(OLD.summary, NEW.summary),
                'recommendations', json_array(OLD.recommendations, NEW.recommendations),
                'marking', json_array(OLD.marking, NEW.marking),
                'discussion', json_array(OLD.discussion, NEW.discussion),
                'decisions', json_array(OLD.decisions, NEW.decisions),
                'paper_date', json_array(OLD.paper_date, NEW.paper_date),
                'previous_consideration', json_array(OLD.previous_consideration, NEW.previous_consideration),
                'consultation', json_array(OLD.consultation, NEW.consultation),
                'financial_implications', json_array(OLD.financial_implications, NEW.financial_implications),
                'legal_implications', json_array(OLD.legal_implications, NEW.legal_implications),
                'risk_implications', json_array(OLD.risk_implications, NEW.risk_implications),
                'publication', json_array(OLD.publication, NEW.publication))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER agenda_item_audit_delete
AFTER DELETE ON agenda_item
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'agenda_item', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'meeting_id', json_array(OLD.meeting_id, NULL),
                'position', json_array(OLD.position, NULL),
                'title', json_array(OLD.title, NULL),
                'purpose', json_array(OLD.purpose, NULL),
                'standing', json_array(OLD.standing, NULL),
                'presenter_id', json_array(OLD.presenter_id, NULL),
                'duration_minutes', json_array(OLD.duration_minutes, NULL),
                'has_paper', json_array(OLD.has_paper, NULL),
                'author', json_array(OLD.author, NULL),
                'sponsor', json_array(OLD.sponsor, NULL),
                'summary', json_array(OLD.summary, NULL),
                'recommendations', json_array(OLD.recommendations, NULL),
                'marking', json_array(OLD.marking, NULL),
                'discussion', json_array(OLD.discussion, NULL),
                'decisions', json_array(OLD.decisions, NULL),
                'paper_date', json_array(OLD.paper_date, NULL),
                'previous_consideration', json_array(OLD.previous_consideration, NULL),
                'consultation', json_array(OLD.consultation, NULL),
                'financial_implications', json_array(OLD.financial_implications, NULL),
                'legal_implications', json_array(OLD.legal_implications, NULL),
                'risk_implications', json_array(OLD.risk_implications, NULL),
                'publication', json_array(OLD.publication, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

-- The Digital Leaders Toolkit self-assessment (decision 0031): the toolkit's findings and approaches as reference
-- data in the workspace (editable if the network adopts a new framework), rounds of self-assessment, each member
-- organisation's rating of each approach in a round, and the Digital Leader role check. Dates are checked with
-- LIKE, not GLOB, as in V6: jOOQ's code generator cannot parse GLOB in tables with UNIQUE constraints.

CREATE TABLE toolkit_approach (
    id            INTEGER PRIMARY KEY,
    code          TEXT    NOT NULL UNIQUE CHECK (code <> '' AND length(code) <= 10),
    finding       INTEGER NOT NULL CHECK (finding >= 1),
    finding_title TEXT    NOT NULL CHECK (finding_title <> '' AND length(finding_title) <= 200),
    title         TEXT    NOT NULL CHECK (title <> '' AND length(title) <= 300),
    changed_at    TEXT    NOT NULL
);

-- The toolkit as published (reference/toolkit.csv), loaded before the audit triggers exist: shipped data, not a
-- change anybody made.
INSERT INTO toolkit_approach (code, finding, finding_title, title, changed_at) VALUES
    ('1.1', 1, 'Producing effective digital strategies', 'Develop the strategy jointly so that it is owned jointly', '2026-12-03T00:00:00'),
    ('1.2', 1, 'Producing effective digital strategies', 'Performance metrics that have teeth', '2026-12-03T00:00:00'),
    ('1.3', 1, 'Producing effective digital strategies', 'A strong central unit that uses its powers with care', '2026-12-03T00:00:00'),
    ('2.1', 2, 'Strengthening digital identity and data management', 'Build a base of users rather than deliver a policy', '2026-12-03T00:00:00'),
    ('2.2', 2, 'Strengthening digital identity and data management', 'Earn trust by giving citizens control of their data', '2026-12-03T00:00:00'),
    ('2.3', 2, 'Strengthening digital identity and data management', 'One authoritative source for each key dataset', '2026-12-03T00:00:00'),
    ('3.1', 3, 'Improving capital investment', 'Make the case from legacy systems'' exposure to cyber attack and failure', '2026-12-03T00:00:00'),
    ('3.2', 3, 'Improving capital investment', 'Bring every user onto the new platform so the investment is not wasted', '2026-12-03T00:00:00'),
    ('3.3', 3, 'Improving capital investment', 'Fit financial and appraisal rules to digital technologies', '2026-12-03T00:00:00'),
    ('4.1', 4, 'Reforming finance and governance', 'A digital marketplace that grows an SME supplier base', '2026-12-03T00:00:00'),
    ('4.2', 4, 'Reforming finance and governance', 'Funding and approval processes that suit agile delivery', '2026-12-03T00:00:00'),
    ('4.3', 4, 'Reforming finance and governance', 'Innovative commissioning and commissioning for innovation', '2026-12-03T00:00:00'),
    ('5.1', 5, 'Managing the digital workforce', 'Cross-government workforce planning and career paths', '2026-12-03T00:00:00'),
    ('5.2', 5, 'Managing the digital workforce', 'Diversity and equality at the centre of the offer to digital professionals', '2026-12-03T00:00:00'),
    ('5.3', 5, 'Managing the digital workforce', 'A digital academy open to civil servants of every profession', '2026-12-03T00:00:00'),
    ('6.1', 6, 'Building the digital leadership cadre', 'Pay flexibility for senior digital leaders', '2026-12-03T00:00:00'),
    ('6.2', 6, 'Building the digital leadership cadre', 'Career paths for technical specialists that do not require managing people', '2026-12-03T00:00:00'),
    ('6.3', 6, 'Building the digital leadership cadre', 'Secondments with business and with other governments', '2026-12-03T00:00:00'),
    ('7.1', 7, 'Engaging departmental and elected leaders', 'Appointment and performance systems that select and reward the right behaviours', '2026-12-03T00:00:00'),
    ('7.2', 7, 'Engaging departmental and elected leaders', 'Digital training and coaching for organisational leaders', '2026-12-03T00:00:00'),
    ('7.3', 7, 'Engaging departmental and elected leaders', 'An influential minister for digital', '2026-12-03T00:00:00');

CREATE TABLE self_assessment_round (
    id          INTEGER PRIMARY KEY,
    name        TEXT    COLLATE NOCASE NOT NULL UNIQUE CHECK (name <> '' AND length(name) <= 80),
    opens_on    TEXT    NOT NULL CHECK (opens_on LIKE '____-__-__'),
    deadline_on TEXT    NOT NULL CHECK (deadline_on LIKE '____-__-__'),
    closed      BOOLEAN NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
    changed_at  TEXT    NOT NULL,
    CHECK (deadline_on >= opens_on)
);

-- One organisation's rating of one approach in one round; earlier rounds' rows are the history.
CREATE TABLE approach_rating (
    id                    INTEGER PRIMARY KEY,
    round_id              INTEGER NOT NULL REFERENCES self_assessment_round (id) ON DELETE CASCADE,
    organisation_id       INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    approach_id           INTEGER NOT NULL REFERENCES toolkit_approach (id) ON DELETE RESTRICT,
    maturity              TEXT    NOT NULL CHECK (maturity IN ('NOT_STARTED', 'DEVELOPING', 'ESTABLISHED', 'EMBEDDED',
                                                               'NOT_APPLICABLE')),
    not_applicable_reason TEXT    NOT NULL DEFAULT '' CHECK (length(not_applicable_reason) <= 1000),
    evidence              TEXT    NOT NULL DEFAULT '' CHECK (length(evidence) <= 4000),
    next_step             TEXT    NOT NULL DEFAULT '' CHECK (length(next_step) <= 1000),
    owner                 TEXT    NOT NULL DEFAULT '' CHECK (length(owner) <= 120),
    target_on             TEXT    CHECK (target_on IS NULL OR target_on LIKE '____-__-__'),
    changed_at            TEXT    NOT NULL,
    UNIQUE (round_id, organisation_id, approach_id),
    CHECK (maturity <> 'NOT_APPLICABLE' OR not_applicable_reason <> '')
);
CREATE INDEX approach_rating_organisation ON approach_rating (organisation_id);
CREATE INDEX approach_rating_approach ON approach_rating (approach_id);

-- What the Digital Leader's role expects to be in place at an organisation, with the date it was and the evidence.
-- Whether the Digital Leader sits on the board at Director General level is read from the directory, not stored.
CREATE TABLE role_check_item (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    expectation     TEXT    NOT NULL CHECK (expectation IN ('STRATEGY_AGREED', 'ROADMAP_EMBEDDED', 'INDICATORS_AGREED',
                                                            'SKILLED_STAFF', 'DELIVERY_OVERSIGHT', 'ACTIVITY_SHARED',
                                                            'WIDER_PUBLIC_SECTOR_ALIGNED', 'NATIONAL_NEEDS_MET')),
    met_on          TEXT    CHECK (met_on IS NULL OR met_on LIKE '____-__-__'),
    evidence        TEXT    NOT NULL DEFAULT '' CHECK (length(evidence) <= 4000),
    changed_at      TEXT    NOT NULL,
    UNIQUE (organisation_id, expectation)
);

-- Audit triggers (decision 0007): every create, change and delete is recorded in the same transaction.

CREATE TRIGGER approach_rating_audit_insert
AFTER INSERT ON approach_rating
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'approach_rating', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'round_id', json_array(NULL, NEW.round_id),
                'organisation_id', json_array(NULL, NEW.organisation_id),
                'approach_id', json_array(NULL, NEW.approach_id),
                'maturity', json_array(NULL, NEW.maturity),
                'not_applicable_reason', json_array(NULL, NEW.not_applicable_reason),
                'evidence', json_array(NULL, NEW.evidence),
                'next_step', json_array(NULL, NEW.next_step),
                'owner', json_array(NULL, NEW.owner),
                'target_on', json_array(NULL, NEW.target_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER approach_rating_audit_update
AFTER UPDATE ON approach_rating
WHEN OLD.id IS NOT NEW.id
        OR OLD.round_id IS NOT NEW.round_id
        OR OLD.organisation_id IS NOT NEW.organisation_id
        OR OLD.approach_id IS NOT NEW.approach_id
        OR OLD.maturity IS NOT NEW.maturity
        OR OLD.not_applicable_reason IS NOT NEW.not_applicable_reason
        OR OLD.evidence IS NOT NEW.evidence
        OR OLD.next_step IS NOT NEW.next_step
        OR OLD.owner IS NOT NEW.owner
        OR OLD.target_on IS NOT NEW.target_on
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'approach_rating', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'round_id', json_array(OLD.round_id, NEW.round_id),
                'organisation_id', json_array(OLD.organisation_id, NEW.organisation_id),
                'approach_id', json_array(OLD.approach_id, NEW.approach_id),
                'maturity', json_array(OLD.maturity, NEW.maturity),
                'not_applicable_reason', json_array(OLD.not_applicable_reason, NEW.not_applicable_reason),
                'evidence', json_array(OLD.evidence, NEW.evidence),
                'next_step', json_array(OLD.next_step, NEW.next_step),
                'owner', json_array(OLD.owner, NEW.owner),
                'target_on', json_array(OLD.target_on, NEW.target_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER approach_rating_audit_delete
AFTER DELETE ON approach_rating
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'approach_rating', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'round_id', json_array(OLD.round_id, NULL),
                'organisation_id', json_array(OLD.organisation_id, NULL),
                'approach_id', json_array(OLD.approach_id, NULL),
                'maturity', json_array(OLD.maturity, NULL),
                'not_applicable_reason', json_array(OLD.not_applicable_reason, NULL),
                'evidence', json_array(OLD.evidence, NULL),
                'next_step', json_array(OLD.next_step, NULL),
                'owner', json_array(OLD.owner, NULL),
                'target_on', json_array(OLD.target_on, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER role_check_item_audit_insert
AFTER INSERT ON role_check_item
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'role_check_item', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'organisation_id', json_array(NULL, NEW.organisation_id),
                'expectation', json_array(NULL, NEW.expectation),
                'met_on', json_array(NULL, NEW.met_on),
                'evidence', json_array(NULL, NEW.evidence))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER role_check_item_audit_update
AFTER UPDATE ON role_check_item
WHEN OLD.id IS NOT NEW.id
        OR OLD.organisation_id IS NOT NEW.organisation_id
        OR OLD.expectation IS NOT NEW.expectation
        OR OLD.met_on IS NOT NEW.met_on
        OR OLD.evidence IS NOT NEW.evidence
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'role_check_item', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'organisation_id', json_array(OLD.organisation_id, NEW.organisation_id),
                'expectation', json_array(OLD.expectation, NEW.expectation),
                'met_on', json_array(OLD.met_on, NEW.met_on),
                'evidence', json_array(OLD.evidence, NEW.evidence))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER role_check_item_audit_delete
AFTER DELETE ON role_check_item
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'role_check_item', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'organisation_id', json_array(OLD.organisation_id, NULL),
                'expectation', json_array(OLD.expectation, NULL),
                'met_on', json_array(OLD.met_on, NULL),
                'evidence', json_array(OLD.evidence, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER self_assessment_round_audit_insert
AFTER INSERT ON self_assessment_round
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'self_assessment_round', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'name', json_array(NULL, NEW.name),
                'opens_on', json_array(NULL, NEW.opens_on),
                'deadline_on', json_array(NULL, NEW.deadline_on),
                'closed', json_array(NULL, NEW.closed))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER self_assessment_round_audit_update
AFTER UPDATE ON self_assessment_round
WHEN OLD.id IS NOT NEW.id
        OR OLD.name IS NOT NEW.name
        OR OLD.opens_on IS NOT NEW.opens_on
        OR OLD.deadline_on IS NOT NEW.deadline_on
        OR OLD.closed IS NOT NEW.closed
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'self_assessment_round', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'name', json_array(OLD.name, NEW.name),
                'opens_on', json_array(OLD.opens_on, NEW.opens_on),
                'deadline_on', json_array(OLD.deadline_on, NEW.deadline_on),
                'closed', json_array(OLD.closed, NEW.closed))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER self_assessment_round_audit_delete
AFTER DELETE ON self_assessment_round
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'self_assessment_round', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'name', json_array(OLD.name, NULL),
                'opens_on', json_array(OLD.opens_on, NULL),
                'deadline_on', json_array(OLD.deadline_on, NULL),
                'closed', json_array(OLD.closed, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER toolkit_approach_audit_insert
AFTER INSERT ON toolkit_approach
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'toolkit_approach', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'code', json_array(NULL, NEW.code),
                'finding', json_array(NULL, NEW.finding),
                'finding_title', json_array(NULL, NEW.finding_title),
                'title', json_array(NULL, NEW.title))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER toolkit_approach_audit_update
AFTER UPDATE ON toolkit_approach
WHEN OLD.id IS NOT NEW.id
        OR OLD.code IS NOT NEW.code
        OR OLD.finding IS NOT NEW.finding
        OR OLD.finding_title IS NOT NEW.finding_title
        OR OLD.title IS NOT NEW.title
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'toolkit_approach', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'code', json_array(OLD.code, NEW.code),
                'finding', json_array(OLD.finding, NEW.finding),
                'finding_title', json_array(OLD.finding_title, NEW.finding_title),
                'title', json_array(OLD.title, NEW.title))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER toolkit_approach_audit_delete
AFTER DELETE ON toolkit_approach
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'toolkit_approach', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'code', json_array(OLD.code, NULL),
                'finding', json_array(OLD.finding, NULL),
                'finding_title', json_array(OLD.finding_title, NULL),
                'title', json_array(OLD.title, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

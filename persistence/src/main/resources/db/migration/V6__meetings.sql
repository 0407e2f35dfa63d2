-- Tables with UNIQUE constraints check dates with LIKE, not GLOB: jOOQ's code generator cannot parse GLOB
-- there and would silently lose the unique keys.

-- Meetings: the monthly cycle of agenda, papers, attendance and minutes, and the actions raised at meetings.

CREATE TABLE meeting (
    id                   INTEGER PRIMARY KEY,
    number               INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
    meeting_on           TEXT    NOT NULL CHECK (meeting_on LIKE '____-__-__'),
    start_time           TEXT    NOT NULL CHECK (start_time LIKE '__:__'),
    slot_minutes         INTEGER NOT NULL CHECK (slot_minutes BETWEEN 15 AND 600),
    place                TEXT    NOT NULL DEFAULT '' CHECK (length(place) <= 200),
    video_link           TEXT    NOT NULL DEFAULT '' CHECK (length(video_link) <= 500),
    chair_id             INTEGER REFERENCES leader (id) ON DELETE SET NULL,
    kind                 TEXT    NOT NULL CHECK (kind IN ('MONTHLY', 'EXTRAORDINARY', 'WORKSHOP')),
    status               TEXT    NOT NULL CHECK (status IN ('PLANNED', 'PAPERS_ISSUED', 'HELD', 'MINUTES_APPROVED')),
    marking              TEXT    NOT NULL CHECK (marking LIKE 'OFFICIAL%'),
    minutes_attendance   TEXT    NOT NULL DEFAULT '' CHECK (length(minutes_attendance) <= 20000),
    minutes_declarations TEXT    NOT NULL DEFAULT '' CHECK (length(minutes_declarations) <= 20000),
    minutes_approved_on  TEXT    CHECK (minutes_approved_on IS NULL
                                        OR minutes_approved_on LIKE '____-__-__'),
    changed_at           TEXT    NOT NULL,
    CHECK (place <> '' OR video_link <> ''),
    CHECK ((status = 'MINUTES_APPROVED') = (minutes_approved_on IS NOT NULL)),
    UNIQUE (meeting_on)
);

CREATE TABLE agenda_item (
    id               INTEGER PRIMARY KEY,
    meeting_id       INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position >= 1),
    title            TEXT    NOT NULL CHECK (title <> '' AND length(title) <= 200),
    purpose          TEXT    NOT NULL CHECK (purpose IN ('DECISION', 'DISCUSSION', 'INFORMATION', 'NOTING')),
    standing         TEXT    CHECK (standing IS NULL OR standing IN ('WELCOME', 'DECLARATIONS', 'PREVIOUS_MINUTES',
                                                                     'MATTERS_ARISING', 'ANY_OTHER_BUSINESS',
                                                                     'NEXT_MEETING')),
    presenter_id     INTEGER REFERENCES leader (id) ON DELETE SET NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 0 AND 600),
    has_paper        BOOLEAN NOT NULL DEFAULT 0 CHECK (has_paper IN (0, 1)),
    author           TEXT    NOT NULL DEFAULT '' CHECK (length(author) <= 120),
    sponsor          TEXT    NOT NULL DEFAULT '' CHECK (length(sponsor) <= 120),
    summary          TEXT    NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
    recommendations  TEXT    NOT NULL DEFAULT '' CHECK (length(recommendations) <= 4000),
    marking          TEXT    NOT NULL CHECK (marking GLOB 'OFFICIAL*'),
    discussion       TEXT    NOT NULL DEFAULT '' CHECK (length(discussion) <= 20000),
    decisions        TEXT    NOT NULL DEFAULT '' CHECK (length(decisions) <= 20000),
    changed_at       TEXT    NOT NULL
);
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);

-- The paper's bytes live in the workspace so that the workspace stays one file.
CREATE TABLE paper_file (
    id             INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    file_name      TEXT    NOT NULL CHECK (file_name <> '' AND length(file_name) <= 255),
    size_bytes     INTEGER NOT NULL CHECK (size_bytes BETWEEN 0 AND 20971520),
    content        BLOB    NOT NULL,
    attached_at    TEXT    NOT NULL,
    CHECK (length(content) = size_bytes)
);
CREATE INDEX paper_file_item ON paper_file (agenda_item_id);

-- Organisation lines (how a member organisation was represented) and person lines (guests, the secretariat).
CREATE TABLE attendance (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisation (id) ON DELETE CASCADE,
    leader_id       INTEGER REFERENCES leader (id) ON DELETE CASCADE,
    status          TEXT    NOT NULL CHECK (status IN ('PRESENT', 'DEPUTISED', 'APOLOGIES', 'NOT_REPRESENTED',
                                                       'IN_ATTENDANCE', 'SECRETARIAT')),
    changed_at      TEXT    NOT NULL,
    CHECK ((status IN ('IN_ATTENDANCE', 'SECRETARIAT')) = (organisation_id IS NULL)),
    CHECK (status <> 'DEPUTISED' OR leader_id IS NOT NULL),
    CHECK (organisation_id IS NOT NULL OR leader_id IS NOT NULL),
    UNIQUE (meeting_id, organisation_id)
);

CREATE TABLE action (
    id              INTEGER PRIMARY KEY,
    reference       TEXT    NOT NULL CHECK (reference LIKE 'A__/__/__%'),
    sequence        INTEGER NOT NULL CHECK (sequence >= 1),
    description     TEXT    NOT NULL CHECK (description <> '' AND length(description) <= 2000),
    owner_id        INTEGER NOT NULL REFERENCES leader (id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
    agenda_item_id  INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
    raised_on       TEXT    NOT NULL CHECK (raised_on LIKE '____-__-__'),
    due_on          TEXT    NOT NULL CHECK (due_on LIKE '____-__-__'),
    status          TEXT    NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'PROPOSED_FOR_CLOSURE', 'CLOSED',
                                                       'DROPPED')),
    closed_on       TEXT    CHECK (closed_on IS NULL OR closed_on LIKE '____-__-__'),
    changed_at      TEXT    NOT NULL,
    CHECK (due_on >= raised_on),
    CHECK ((status IN ('CLOSED', 'DROPPED')) = (closed_on IS NOT NULL)),
    UNIQUE (meeting_id, sequence),
    UNIQUE (reference)
);
CREATE INDEX action_due ON action (status, due_on);
CREATE INDEX action_owner ON action (owner_id);
CREATE INDEX action_organisation ON action (organisation_id);

CREATE TABLE action_update (
    id         INTEGER PRIMARY KEY,
    action_id  INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    written_on TEXT    NOT NULL CHECK (written_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    author_id  INTEGER NOT NULL REFERENCES leader (id) ON DELETE RESTRICT,
    text       TEXT    NOT NULL CHECK (text <> '' AND length(text) <= 4000),
    changed_at TEXT    NOT NULL
);
CREATE INDEX action_update_action ON action_update (action_id, written_on);

-- Approved minutes are final. The app refuses first with a clear message; these triggers keep the rule true for
-- any writer. A meeting leaves MINUTES_APPROVED never, and nothing under it changes.
CREATE TRIGGER meeting_approved_locked
BEFORE UPDATE ON meeting
WHEN OLD.status = 'MINUTES_APPROVED'
BEGIN
    SELECT RAISE(ABORT, 'minutes approved: meeting locked');
END;

CREATE TRIGGER agenda_item_approved_locked_update
BEFORE UPDATE ON agenda_item
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'MINUTES_APPROVED'
BEGIN
    SELECT RAISE(ABORT, 'minutes approved: agenda locked');
END;

CREATE TRIGGER agenda_item_approved_locked_insert
BEFORE INSERT ON agenda_item
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'MINUTES_APPROVED'
BEGIN
    SELECT RAISE(ABORT, 'minutes approved: agenda locked');
END;

CREATE TRIGGER agenda_item_approved_locked_delete
BEFORE DELETE ON agenda_item
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'MINUTES_APPROVED'
BEGIN
    SELECT RAISE(ABORT, 'minutes approved: agenda locked');
END;

CREATE TRIGGER attendance_approved_locked_insert
BEFORE INSERT ON attendance
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'MINUTES_APPROVED'
BEGIN
    SELECT RAISE(ABORT, 'minutes approved: attendance locked');
END;

CREATE TRIGGER attendance_approved_locked_delete
BEFORE DELETE ON attendance
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'MINUTES_APPROVED'
BEGIN
    SELECT RAISE(ABORT, 'minutes approved: attendance locked');
END;

-- Audit triggers for every table above, as decision 0007 describes: each create, change and delete is recorded in
-- audit_log in the same transaction. A paper file's bytes cannot go into the JSON of changes, so their size
-- stands in for them (a file is never changed in place: it is removed and attached again).

-- meeting
CREATE TRIGGER meeting_audit_insert
AFTER INSERT ON meeting
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'meeting', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'number', json_array(NULL, NEW.number),
                'meeting_on', json_array(NULL, NEW.meeting_on),
                'start_time', json_array(NULL, NEW.start_time),
                'slot_minutes', json_array(NULL, NEW.slot_minutes),
                'place', json_array(NULL, NEW.place),
                'video_link', json_array(NULL, NEW.video_link),
                'chair_id', json_array(NULL, NEW.chair_id),
                'kind', json_array(NULL, NEW.kind),
                'status', json_array(NULL, NEW.status),
                'marking', json_array(NULL, NEW.marking),
                'minutes_attendance', json_array(NULL, NEW.minutes_attendance),
                'minutes_declarations', json_array(NULL, NEW.minutes_declarations),
                'minutes_approved_on', json_array(NULL, NEW.minutes_approved_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER meeting_audit_update
AFTER UPDATE ON meeting
WHEN OLD.id IS NOT NEW.id
        OR OLD.number IS NOT NEW.number
        OR OLD.meeting_on IS NOT NEW.meeting_on
        OR OLD.start_time IS NOT NEW.start_time
        OR OLD.slot_minutes IS NOT NEW.slot_minutes
        OR OLD.place IS NOT NEW.place
        OR OLD.video_link IS NOT NEW.video_link
        OR OLD.chair_id IS NOT NEW.chair_id
        OR OLD.kind IS NOT NEW.kind
        OR OLD.status IS NOT NEW.status
        OR OLD.marking IS NOT NEW.marking
        OR OLD.minutes_attendance IS NOT NEW.minutes_attendance
        OR OLD.minutes_declarations IS NOT NEW.minutes_declarations
        OR OLD.minutes_approved_on IS NOT NEW.minutes_approved_on
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'meeting', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'number', json_array(OLD.number, NEW.number),
                'meeting_on', json_array(OLD.meeting_on, NEW.meeting_on),
                'start_time', json_array(OLD.start_time, NEW.start_time),
                'slot_minutes', json_array(OLD.slot_minutes, NEW.slot_minutes),
                'place', json_array(OLD.place, NEW.place),
                'video_link', json_array(OLD.video_link, NEW.video_link),
                'chair_id', json_array(OLD.chair_id, NEW.chair_id),
                'kind', json_array(OLD.kind, NEW.kind),
                'status', json_array(OLD.status, NEW.status),
                'marking', json_array(OLD.marking, NEW.marking),
                'minutes_attendance', json_array(OLD.minutes_attendance, NEW.minutes_attendance),
                'minutes_declarations', json_array(OLD.minutes_declarations, NEW.minutes_declarations),
                'minutes_approved_on', json_array(OLD.minutes_approved_on, NEW.minutes_approved_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER meeting_audit_delete
AFTER DELETE ON meeting
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'meeting', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'number', json_array(OLD.number, NULL),
                'meeting_on', json_array(OLD.meeting_on, NULL),
                'start_time', json_array(OLD.start_time, NULL),
                'slot_minutes', json_array(OLD.slot_minutes, NULL),
                'place', json_array(OLD.place, NULL),
                'video_link', json_array(OLD.video_link, NULL),
                'chair_id', json_array(OLD.chair_id, NULL),
                'kind', json_array(OLD.kind, NULL),
                'status', json_array(OLD.status, NULL),
                'marking', json_array(OLD.marking, NULL),
                'minutes_attendance', json_array(OLD.minutes_attendance, NULL),
                'minutes_declarations', json_array(OLD.minutes_declarations, NULL),
                'minutes_approved_on', json_array(OLD.minutes_approved_on, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;


-- agenda_item
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
                'decisions', json_array(NULL, NEW.decisions))) AS change
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
                'decisions', json_array(OLD.decisions, NEW.decisions))) AS change
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
                'decisions', json_array(OLD.decisions, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;


-- paper_file
CREATE TRIGGER paper_file_audit_insert
AFTER INSERT ON paper_file
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'paper_file', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'agenda_item_id', json_array(NULL, NEW.agenda_item_id),
                'file_name', json_array(NULL, NEW.file_name),
                'size_bytes', json_array(NULL, NEW.size_bytes),
                'content', json_array(NULL, length(NEW.content)),
                'attached_at', json_array(NULL, NEW.attached_at))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER paper_file_audit_update
AFTER UPDATE ON paper_file
WHEN OLD.id IS NOT NEW.id
        OR OLD.agenda_item_id IS NOT NEW.agenda_item_id
        OR OLD.file_name IS NOT NEW.file_name
        OR OLD.size_bytes IS NOT NEW.size_bytes
        OR OLD.content IS NOT NEW.content
        OR OLD.attached_at IS NOT NEW.attached_at
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'paper_file', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'agenda_item_id', json_array(OLD.agenda_item_id, NEW.agenda_item_id),
                'file_name', json_array(OLD.file_name, NEW.file_name),
                'size_bytes', json_array(OLD.size_bytes, NEW.size_bytes),
                'content', json_array(length(OLD.content), length(NEW.content)),
                'attached_at', json_array(OLD.attached_at, NEW.attached_at))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER paper_file_audit_delete
AFTER DELETE ON paper_file
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'paper_file', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'agenda_item_id', json_array(OLD.agenda_item_id, NULL),
                'file_name', json_array(OLD.file_name, NULL),
                'size_bytes', json_array(OLD.size_bytes, NULL),
                'content', json_array(length(OLD.content), NULL),
                'attached_at', json_array(OLD.attached_at, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;


-- attendance
CREATE TRIGGER attendance_audit_insert
AFTER INSERT ON attendance
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'attendance', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'meeting_id', json_array(NULL, NEW.meeting_id),
                'organisation_id', json_array(NULL, NEW.organisation_id),
                'leader_id', json_array(NULL, NEW.leader_id),
                'status', json_array(NULL, NEW.status))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER attendance_audit_update
AFTER UPDATE ON attendance
WHEN OLD.id IS NOT NEW.id
        OR OLD.meeting_id IS NOT NEW.meeting_id
        OR OLD.organisation_id IS NOT NEW.organisation_id
        OR OLD.leader_id IS NOT NEW.leader_id
        OR OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'attendance', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'meeting_id', json_array(OLD.meeting_id, NEW.meeting_id),
                'organisation_id', json_array(OLD.organisation_id, NEW.organisation_id),
                'leader_id', json_array(OLD.leader_id, NEW.leader_id),
                'status', json_array(OLD.status, NEW.status))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER attendance_audit_delete
AFTER DELETE ON attendance
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'attendance', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'meeting_id', json_array(OLD.meeting_id, NULL),
                'organisation_id', json_array(OLD.organisation_id, NULL),
                'leader_id', json_array(OLD.leader_id, NULL),
                'status', json_array(OLD.status, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;


-- action
CREATE TRIGGER action_audit_insert
AFTER INSERT ON action
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'reference', json_array(NULL, NEW.reference),
                'sequence', json_array(NULL, NEW.sequence),
                'description', json_array(NULL, NEW.description),
                'owner_id', json_array(NULL, NEW.owner_id),
                'organisation_id', json_array(NULL, NEW.organisation_id),
                'meeting_id', json_array(NULL, NEW.meeting_id),
                'agenda_item_id', json_array(NULL, NEW.agenda_item_id),
                'raised_on', json_array(NULL, NEW.raised_on),
                'due_on', json_array(NULL, NEW.due_on),
                'status', json_array(NULL, NEW.status),
                'closed_on', json_array(NULL, NEW.closed_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER action_audit_update
AFTER UPDATE ON action
WHEN OLD.id IS NOT NEW.id
        OR OLD.reference IS NOT NEW.reference
        OR OLD.sequence IS NOT NEW.sequence
        OR OLD.description IS NOT NEW.description
        OR OLD.owner_id IS NOT NEW.owner_id
        OR OLD.organisation_id IS NOT NEW.organisation_id
        OR OLD.meeting_id IS NOT NEW.meeting_id
        OR OLD.agenda_item_id IS NOT NEW.agenda_item_id
        OR OLD.raised_on IS NOT NEW.raised_on
        OR OLD.due_on IS NOT NEW.due_on
        OR OLD.status IS NOT NEW.status
        OR OLD.closed_on IS NOT NEW.closed_on
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'reference', json_array(OLD.reference, NEW.reference),
                'sequence', json_array(OLD.sequence, NEW.sequence),
                'description', json_array(OLD.description, NEW.description),
                'owner_id', json_array(OLD.owner_id, NEW.owner_id),
                'organisation_id', json_array(OLD.organisation_id, NEW.organisation_id),
                'meeting_id', json_array(OLD.meeting_id, NEW.meeting_id),
                'agenda_item_id', json_array(OLD.agenda_item_id, NEW.agenda_item_id),
                'raised_on', json_array(OLD.raised_on, NEW.raised_on),
                'due_on', json_array(OLD.due_on, NEW.due_on),
                'status', json_array(OLD.status, NEW.status),
                'closed_on', json_array(OLD.closed_on, NEW.closed_on))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

CREATE TRIGGER action_audit_delete
AFTER DELETE ON action
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action', OLD.id, 'DELETE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'reference', json_array(OLD.reference, NULL),
                'sequence', json_array(OLD.sequence, NULL),
                'description', json_array(OLD.description, NULL),
                'owner_id', json_array(OLD.owner_id, NULL),
                'organisation_id', json_array(OLD.organisation_id, NULL),
                'meeting_id', json_array(OLD.meeting_id, NULL),
                'agenda_item_id', json_array(OLD.agenda_item_id, NULL),
                'raised_on', json_array(OLD.raised_on, NULL),
                'due_on', json_array(OLD.due_on, NULL),
                'status', json_array(OLD.status, NULL),
                'closed_on', json_array(OLD.closed_on, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;


-- action_update
CREATE TRIGGER action_update_audit_insert
AFTER INSERT ON action_update
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action_update', NEW.id, 'INSERT',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'action_id', json_array(NULL, NEW.action_id),
                'written_on', json_array(NULL, NEW.written_on),
                'author_id', json_array(NULL, NEW.author_id),
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
        OR OLD.text IS NOT NEW.text
BEGIN
    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)
    SELECT changed_at, changed_by, 'action_update', NEW.id, 'UPDATE',
        (SELECT json_group_object(change.key, change.value) FROM json_each(json_object(
                'id', json_array(OLD.id, NEW.id),
                'action_id', json_array(OLD.action_id, NEW.action_id),
                'written_on', json_array(OLD.written_on, NEW.written_on),
                'author_id', json_array(OLD.author_id, NEW.author_id),
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
                'text', json_array(OLD.text, NULL))) AS change
            WHERE change.value ->> 0 IS NOT change.value ->> 1)
    FROM audit_context;
END;

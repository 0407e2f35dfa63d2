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

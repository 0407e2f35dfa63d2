-- The network's who's-who: organisations, the people in the network, and their memberships over time.

CREATE TABLE organisation (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (name <> '' AND length(name) <= 200),
    short_name TEXT    COLLATE NOCASE NOT NULL UNIQUE CHECK (short_name <> '' AND length(short_name) <= 40),
    kind       TEXT    NOT NULL CHECK (kind IN ('MINISTERIAL_DEPARTMENT', 'NON_MINISTERIAL_DEPARTMENT',
                                               'DEVOLVED_ADMINISTRATION', 'AGENCY', 'CENTRAL_UNIT')),
    parent_id  INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    member     BOOLEAN NOT NULL DEFAULT 1 CHECK (member IN (0, 1)),
    notes      TEXT    NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    changed_at TEXT    NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (kind <> 'AGENCY' OR parent_id IS NOT NULL)
);
CREATE INDEX organisation_parent ON organisation (parent_id);

CREATE TABLE leader (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL CHECK (name <> '' AND length(name) <= 120),
    job_title    TEXT    NOT NULL DEFAULT '' CHECK (length(job_title) <= 200),
    grade        TEXT    NOT NULL DEFAULT '' CHECK (length(grade) <= 60),
    board_member BOOLEAN NOT NULL DEFAULT 0 CHECK (board_member IN (0, 1)),
    email        TEXT    NOT NULL DEFAULT '' CHECK (length(email) <= 254),
    phone        TEXT    NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    changed_at   TEXT    NOT NULL
);

-- A leader's role at an organisation for a period; the rows for one leader make their history.
CREATE TABLE membership (
    id              INTEGER PRIMARY KEY,
    leader_id       INTEGER NOT NULL REFERENCES leader (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    role            TEXT    NOT NULL CHECK (role IN ('DIGITAL_LEADER', 'DEPUTY', 'COORDINATOR', 'CHAIR',
                                                     'SECRETARIAT', 'GUEST')),
    valid_from      TEXT    NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_to        TEXT    CHECK (valid_to IS NULL OR valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    changed_at      TEXT    NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX membership_leader ON membership (leader_id);
CREATE INDEX membership_organisation ON membership (organisation_id, role);

-- One Digital Leader per organisation at a time. The app checks first to give a clear message; these triggers
-- keep the rule true for any writer.
CREATE TRIGGER membership_one_digital_leader_insert
BEFORE INSERT ON membership
WHEN NEW.role = 'DIGITAL_LEADER'
BEGIN
    SELECT RAISE(ABORT, 'overlapping Digital Leader term')
    WHERE EXISTS (SELECT 1 FROM membership m
                  WHERE m.organisation_id = NEW.organisation_id AND m.role = 'DIGITAL_LEADER'
                    AND m.valid_from <= coalesce(NEW.valid_to, '9999-12-31')
                    AND NEW.valid_from <= coalesce(m.valid_to, '9999-12-31'));
END;

CREATE TRIGGER membership_one_digital_leader_update
BEFORE UPDATE ON membership
WHEN NEW.role = 'DIGITAL_LEADER'
BEGIN
    SELECT RAISE(ABORT, 'overlapping Digital Leader term')
    WHERE EXISTS (SELECT 1 FROM membership m
                  WHERE m.id <> NEW.id AND m.organisation_id = NEW.organisation_id AND m.role = 'DIGITAL_LEADER'
                    AND m.valid_from <= coalesce(NEW.valid_to, '9999-12-31')
                    AND NEW.valid_from <= coalesce(m.valid_to, '9999-12-31'));
END;

CREATE TABLE declaration (
    id          INTEGER PRIMARY KEY,
    leader_id   INTEGER NOT NULL REFERENCES leader (id) ON DELETE CASCADE,
    interest    TEXT    NOT NULL CHECK (interest <> '' AND length(interest) <= 1000),
    declared_on TEXT    NOT NULL CHECK (declared_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    current     BOOLEAN NOT NULL DEFAULT 1 CHECK (current IN (0, 1)),
    changed_at  TEXT    NOT NULL
);
CREATE INDEX declaration_leader ON declaration (leader_id);

-- Departmental roadmaps: each organisation's strategy over a Spending Review period, its milestones (with their
-- dependencies and the history of every forecast and confidence change), indicators with readings, and risks.

-- Reference data the network may edit. Years are the calendar years in which the first and last financial years
-- start: SR2025 runs from 2026-27 (2026) to 2028-29 (2028).
CREATE TABLE spending_review_period (
    id         INTEGER PRIMARY KEY,
    code       TEXT    COLLATE NOCASE NOT NULL UNIQUE CHECK (code <> '' AND length(code) <= 20),
    first_year INTEGER NOT NULL CHECK (first_year BETWEEN 1990 AND 2199),
    last_year  INTEGER NOT NULL CHECK (last_year BETWEEN 1990 AND 2199),
    CHECK (last_year >= first_year)
);
INSERT INTO spending_review_period (code, first_year, last_year) VALUES ('SR2021', 2022, 2024);
INSERT INTO spending_review_period (code, first_year, last_year) VALUES ('SR2025', 2026, 2028);

CREATE TABLE roadmap (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    period_id       INTEGER NOT NULL REFERENCES spending_review_period (id) ON DELETE RESTRICT,
    strategy_title  TEXT    NOT NULL CHECK (strategy_title <> '' AND length(strategy_title) <= 200),
    summary         TEXT    NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
    link            TEXT    NOT NULL DEFAULT '' CHECK (length(link) <= 500),
    agreed_on       TEXT    CHECK (agreed_on IS NULL OR agreed_on LIKE '____-__-__'),
    changed_at      TEXT    NOT NULL,
    UNIQUE (organisation_id, period_id)
);

CREATE TABLE milestone (
    id            INTEGER PRIMARY KEY,
    roadmap_id    INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    title         TEXT    NOT NULL CHECK (title <> '' AND length(title) <= 200),
    description   TEXT    NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    owner         TEXT    NOT NULL DEFAULT '' CHECK (length(owner) <= 120),
    baseline_date TEXT    NOT NULL CHECK (baseline_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    forecast_date TEXT    NOT NULL CHECK (forecast_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    actual_date   TEXT    CHECK (actual_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status        TEXT    NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'CANCELLED')),
    confidence    TEXT    NOT NULL CHECK (confidence IN ('RED', 'AMBER_RED', 'AMBER', 'AMBER_GREEN', 'GREEN')),
    changed_at    TEXT    NOT NULL,
    CHECK (status <> 'COMPLETE' OR actual_date IS NOT NULL)
);
CREATE INDEX milestone_roadmap ON milestone (roadmap_id);

-- The app refuses loops before writing; the table only forbids the trivial one.
CREATE TABLE milestone_dependency (
    milestone_id  INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    depends_on_id INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    PRIMARY KEY (milestone_id, depends_on_id),
    CHECK (milestone_id <> depends_on_id)
);
CREATE INDEX milestone_dependency_target ON milestone_dependency (depends_on_id);

-- One row each time a milestone is created or its forecast or confidence changes, so slippage over time can be
-- shown. The baseline is kept with each row because a re-baselined milestone slips against its new baseline.
CREATE TABLE milestone_change (
    id            INTEGER PRIMARY KEY,
    milestone_id  INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    changed_at    TEXT    NOT NULL,
    baseline_date TEXT    NOT NULL,
    forecast_date TEXT    NOT NULL,
    confidence    TEXT    NOT NULL CHECK (confidence IN ('RED', 'AMBER_RED', 'AMBER', 'AMBER_GREEN', 'GREEN'))
);
CREATE INDEX milestone_change_milestone ON milestone_change (milestone_id, changed_at);

-- A NULL date passes its CHECK (SQLite treats an unknown result as a pass), so optional dates need no IS NULL.
-- Values are decimal text so that 12.5 stays 12.5.
CREATE TABLE indicator (
    id          INTEGER PRIMARY KEY,
    roadmap_id  INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL CHECK (name <> '' AND length(name) <= 200),
    unit        TEXT    NOT NULL DEFAULT '' CHECK (length(unit) <= 40),
    direction   TEXT    NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    baseline    TEXT    NOT NULL,
    target      TEXT    NOT NULL,
    target_date TEXT    NOT NULL CHECK (target_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    changed_at  TEXT    NOT NULL
);
CREATE INDEX indicator_roadmap ON indicator (roadmap_id);

-- A reading per quarter of a financial year (year = the calendar year the financial year starts in).
CREATE TABLE indicator_reading (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
    quarter      INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    value        TEXT    NOT NULL,
    note         TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    PRIMARY KEY (indicator_id, year, quarter)
);

CREATE TABLE risk (
    id          INTEGER PRIMARY KEY,
    roadmap_id  INTEGER NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL CHECK (title <> '' AND length(title) <= 200),
    description TEXT    NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    owner       TEXT    NOT NULL DEFAULT '' CHECK (length(owner) <= 120),
    likelihood  INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact      INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    mitigation  TEXT    NOT NULL DEFAULT '' CHECK (length(mitigation) <= 4000),
    status      TEXT    NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'REALISED')),
    review_date TEXT    NOT NULL CHECK (review_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    changed_at  TEXT    NOT NULL
);
CREATE INDEX risk_roadmap ON risk (roadmap_id);

CREATE TABLE risk_milestone (
    risk_id      INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    milestone_id INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    PRIMARY KEY (risk_id, milestone_id)
);

-- Settings that belong to the network travel inside the workspace file.
CREATE TABLE network_setting (
    name  TEXT NOT NULL PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
    value TEXT NOT NULL CHECK (length(value) <= 2000)
);

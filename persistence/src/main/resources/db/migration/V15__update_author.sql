-- An update is credited to the person who wrote it. author_id must name a directory person, so it has held the
-- action's owner; written_by keeps the name of the person at the computer who typed it, as the audit trail records
-- them. Updates written before this have none ('') and are shown as before.
ALTER TABLE action_update ADD COLUMN written_by TEXT NOT NULL DEFAULT '' CHECK (length(written_by) <= 200);

-- mentions record whether they name a person in the minutes or an action's owner
ALTER TABLE mentions ADD COLUMN kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'owner'));
CREATE INDEX mentions_meeting_text ON mentions(meeting_id, text COLLATE NOCASE);
CREATE INDEX roles_title ON roles(title COLLATE NOCASE);

-- meetings keep the hash of the file their minutes were read from
-- The text read from a Word, PDF or web-page file is what the meeting stores and what every
-- span points into; `source` names the file and this is the SHA-256 of its bytes, so a
-- clerk can tell later which file (which version of it) a meeting came from.
ALTER TABLE meetings ADD COLUMN source_sha256 TEXT;

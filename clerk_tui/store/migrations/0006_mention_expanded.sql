-- mentions keep the full name and role the attendance gives for initials
-- An owner written "NK" whom the attendance lists as "Nadia Khan (NK), Project Lead" but the
-- directory lacks: the review queue offers to add "Nadia Khan" with that role.
ALTER TABLE mentions ADD COLUMN expanded TEXT;

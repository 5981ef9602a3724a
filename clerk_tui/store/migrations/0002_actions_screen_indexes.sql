-- indexes for the actions screen (oldest meeting first, paged, filtered as you type)
-- Walk meetings by date and their actions in id order, so a page needs no sort of every row;
-- the status columns ride in the index so counts need no table look-ups.
CREATE INDEX meetings_date ON meetings(date, id);
CREATE INDEX actions_meeting_state ON actions(meeting_id, deleted, status, due, person_id);

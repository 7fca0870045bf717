-- Circulation look-ups the desk makes on every scan: a reader's holds, the hold a copy was put
-- aside for, and a title's queue.
CREATE INDEX library_holds_patron ON library_holds (patron_id, status);
CREATE INDEX library_holds_copy ON library_holds (copy_id) WHERE copy_id IS NOT NULL;
CREATE INDEX library_loans_lent ON library_loans (lent_at);

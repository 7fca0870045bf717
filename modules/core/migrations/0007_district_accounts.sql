-- Accounts of the district platform signed in on this computer: their local verifier lets them
-- sign in again offline; district_id ties the local row to the district's user.
ALTER TABLE users ADD COLUMN district_id TEXT;
CREATE UNIQUE INDEX users_district_id ON users (district_id) WHERE district_id IS NOT NULL;

-- The people directory every module shares: rooms, school years, staff, classes, students.
CREATE TABLE rooms (
    /*SYNC_COLUMNS*/
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('classroom', 'computer_lab', 'eprep', 'ereading',
                                       'library', 'lab', 'office', 'multimedia')),
    building TEXT,
    floor INTEGER,
    capacity INTEGER,
    has_multimedia INTEGER NOT NULL DEFAULT 0 CHECK (has_multimedia IN (0, 1)),
    note TEXT
);
CREATE UNIQUE INDEX rooms_name ON rooms (name) WHERE deleted = 0;

CREATE TABLE school_years (
    /*SYNC_COLUMNS*/
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1))
);

CREATE TABLE staff (
    /*SYNC_COLUMNS*/
    staff_no TEXT NOT NULL,
    name TEXT NOT NULL,
    gender TEXT CHECK (gender IN ('M', 'F')),
    role TEXT,
    subject TEXT,
    phone TEXT,
    et_trained INTEGER NOT NULL DEFAULT 0 CHECK (et_trained IN (0, 1)),
    et_trained_on TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE UNIQUE INDEX staff_no_unique ON staff (staff_no) WHERE deleted = 0;

CREATE TABLE classes (
    /*SYNC_COLUMNS*/
    grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
    name TEXT NOT NULL,
    homeroom_staff_id TEXT REFERENCES staff (id),
    room_id TEXT REFERENCES rooms (id),
    school_year_id TEXT REFERENCES school_years (id)
);
CREATE UNIQUE INDEX classes_unique ON classes (grade, name) WHERE deleted = 0;

CREATE TABLE students (
    /*SYNC_COLUMNS*/
    student_no TEXT NOT NULL,
    name TEXT NOT NULL,
    gender TEXT CHECK (gender IN ('M', 'F')),
    birth_date TEXT,
    class_id TEXT REFERENCES classes (id),
    id_number TEXT,
    guardian TEXT,
    phone TEXT,
    status TEXT NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'transferred',
                                                              'graduated', 'suspended'))
);
CREATE UNIQUE INDEX students_no_unique ON students (student_no) WHERE deleted = 0;
CREATE INDEX students_class ON students (class_id);

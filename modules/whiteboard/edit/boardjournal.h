#pragma once

#include "boardop.h"

#include <QFile>

namespace SchoolSuite {

// The journal of a board being edited: every change applied since the document was last saved,
// appended and flushed to disk the moment it is made (a finished stroke is one record), so a
// crash or a power cut loses at most the stroke being drawn. Opening the document again replays
// the journal onto the saved file.
//
// Layout: "SSJRNL1\n", then records of u32 length, u32 CRC-32 of the payload, the payload (a
// CBOR map). The first record names the document and the revision of the saved file it applies
// to; each further record is one BoardOp. A record cut short by a power cut ends the journal.
class BoardJournal
{
public:
    explicit BoardJournal(QString path);
    ~BoardJournal();

    QString path() const { return m_path; }
    // Starts an empty journal for the document at revision (the saved file's). Throws Error.
    void start(const QString &documentId, const QString &revision);
    // Appends one applied op and flushes it to the disk. Throws Error if it cannot be written.
    void append(const BoardOp &op);
    // Ends the journal (the document was saved or closed without changes): the file goes.
    void discard();

    struct Contents
    {
        QString documentId;
        QString revision;
        QList<BoardOp> ops;
        bool damaged = false; // a record was cut short or broken; the ops before it are given
    };
    // What a journal left behind holds; empty documentId if there is none or it is not one.
    static Contents read(const QString &path);

private:
    void write(const QByteArray &payload);

    QString m_path;
    QFile m_file;
};

} // namespace SchoolSuite

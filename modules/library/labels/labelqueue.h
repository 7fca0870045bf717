#pragma once

#include "spinelabel.h"

#include "equipment/labels/labelpainter.h"

#include <QDate>
#include <QDateTime>

namespace SchoolSuite {
class Session;
}

namespace SchoolSuite::Library {

// A copy waiting in the print queue.
struct QueuedCopy
{
    QString copyId;
    QString barcode;
    QString callNo;
    QString title;
    QString shelf;
    QDateTime addedAt; // UTC
};

// The label print queue of this PC (library_label_queue) on behalf of a session with
// LibraryEdit: copies go in by scanning, by choosing them in the catalog or as "every copy
// catalogued since a day", each once; printing empties it. The spine label options are the
// school's (library_settings spine_lines).
class LabelQueue
{
public:
    explicit LabelQueue(const Session &session); // throws PermissionDenied

    QList<QueuedCopy> copies() const; // in the order they were added
    int count() const;
    // The copy with this barcode (trimmed, any case); throws Error naming the scan when no copy
    // has it. Returns false when it was queued already.
    bool addBarcode(const QString &barcode);
    int addCopies(const QStringList &copyIds); // unknown ids are skipped; returns how many added
    // Every copy (not withdrawn) catalogued on or after day (local), in call-number order.
    int addCataloguedSince(const QDate &day);
    void remove(const QStringList &copyIds);
    void clear();

    SpineOptions spineOptions() const;
    void setSpineOptions(const SpineOptions &options);
    // What the labels of these copies show, in this order.
    QList<QStringList> spineLabels(const QList<QueuedCopy> &copies) const;
    QList<LabelData> barcodeLabels(const QList<QueuedCopy> &copies) const;
    QString libraryName() const; // "<school>图书馆"

private:
    const Session &m_session;
};

} // namespace SchoolSuite::Library

#pragma once

#include "sync/districtdata.h"

#include <QDialog>

#include <functional>

class QTableWidget;

namespace SchoolSuite {

// One district notice in full: title, when and by whom, the text, and its attachments, which
// are fetched from the district (or the local cache) when the user saves one.
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    // fetch returns the local path of an attachment's file, downloading it first; it runs off
    // the UI thread and throws Error when the file cannot be had.
    using Fetch = std::function<QString(const DistrictData::Attachment &)>;

    NoticeDialog(const DistrictData::Notice &notice, Fetch fetch, QWidget *parent = nullptr);

    QTableWidget *attachmentTable() const { return m_attachments; }
    // Fetches the attachment in the given row and copies it to target (tests call it directly;
    // the Save button asks for target first). Returns false and shows why when it fails.
    bool saveAttachment(int row, const QString &target);

private:
    DistrictData::Notice m_notice;
    Fetch m_fetch;
    QTableWidget *m_attachments;
};

} // namespace SchoolSuite

#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace SchoolSuite {

// Writes a ZIP container (whiteboard files, .iwb) with the system minizip into a device the
// caller opened for writing — a QSaveFile, so a document on disk is replaced only when the
// whole archive was written. Member names are stored as UTF-8 (general purpose flag 11).
class ZipWriter
{
public:
    explicit ZipWriter(QIODevice *device);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // Stored (compress false) suits members that are compressed already: PNG, JPEG, video.
    bool add(const QString &name, const QByteArray &data, bool compress = true);
    // Writes the central directory; false if anything failed since the writer opened.
    bool close();

private:
    void *m_zip = nullptr;
    bool m_failed = false;
};

} // namespace SchoolSuite

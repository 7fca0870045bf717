#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

// Reads the members of a ZIP container (XLSX, and later whiteboard files) with the system
// minizip. The archive is held in memory and fed to minizip through its I/O callbacks, so
// file names in any script work on every platform and members are read without seeking a file.
class ZipReader
{
public:
    explicit ZipReader(QByteArray archive);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // False if the data is not a ZIP archive minizip can read.
    bool isOpen() const { return m_zip != nullptr; }
    QStringList entries() const;
    // Member names are matched exactly first, then ignoring case (some writers differ).
    bool contains(const QString &name) const;
    // The uncompressed member; false if it is missing, damaged or larger than maxSize.
    bool read(const QString &name, QByteArray *out, qint64 maxSize = 256 * 1024 * 1024);

private:
    struct Position
    {
        quint64 posInDirectory;
        quint64 fileNumber;
    };
    const Position *find(const QString &name) const;

    QByteArray m_archive;
    void *m_zip = nullptr;
    QHash<QString, Position> m_entries;       // exact name
    QHash<QString, QString> m_lowerCaseNames; // lower-case name -> exact name
};

} // namespace SchoolSuite

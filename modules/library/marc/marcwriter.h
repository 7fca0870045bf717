#pragma once

#include "marcrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

namespace SchoolSuite {

// Writes MARC records with YAZ (yaz_marc_write_iso2709 / yaz_marc_write_marcxml): the
// directory, lengths and base address of ISO 2709 and the MARCXML collection are YAZ's. The
// records' text is UTF-8.
class MarcWriter
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::MarcWriter)

public:
    enum class Format { Iso2709, MarcXml };
    // .xml and .marcxml are MARCXML, anything else ISO 2709 (.mrc, .iso, .marc).
    static Format formatForPath(const QString &path);

    MarcWriter(QIODevice *device, Format format);
    ~MarcWriter();
    MarcWriter(const MarcWriter &) = delete;
    MarcWriter &operator=(const MarcWriter &) = delete;

    void write(const MarcRecord &record); // throws Error when the device refuses the bytes
    void finish();                        // the end of the MARCXML collection

    // One record on its own (tests, the copy-cataloguing preview).
    static QByteArray toBytes(const MarcRecord &record, Format format);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace SchoolSuite

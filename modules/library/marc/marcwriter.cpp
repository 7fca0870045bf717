#include "marcwriter.h"

#include "core/error.h"

#include <yaz/marcdisp.h>
#include <yaz/wrbuf.h>

#include <QBuffer>
#include <QFileInfo>
#include <QIODevice>

namespace SchoolSuite {

struct MarcWriter::Private
{
    QIODevice *device = nullptr;
    Format format = Format::Iso2709;
    yaz_marc_t marc = nullptr;
    WRBUF buffer = nullptr;
    bool finished = false;

    void put()
    {
        const qint64 size = qint64(wrbuf_len(buffer));
        if (size > 0 && device->write(wrbuf_buf(buffer), size) != size)
            throw Error(
                MarcWriter::tr("Could not write the MARC file: %1").arg(device->errorString()));
        wrbuf_rewind(buffer);
    }
};

MarcWriter::Format MarcWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xml") || suffix == QLatin1String("marcxml") ? Format::MarcXml
                                                                                : Format::Iso2709;
}

MarcWriter::MarcWriter(QIODevice *device, Format format)
    : d(std::make_unique<Private>())
{
    d->device = device;
    d->format = format;
    d->marc = yaz_marc_create();
    d->buffer = wrbuf_alloc();
    yaz_marc_xml(d->marc, format == Format::MarcXml ? YAZ_MARC_MARCXML : YAZ_MARC_ISO2709);
    if (format == Format::MarcXml)
        yaz_marc_enable_collection(d->marc);
}

MarcWriter::~MarcWriter()
{
    wrbuf_destroy(d->buffer);
    yaz_marc_destroy(d->marc);
}

void MarcWriter::write(const MarcRecord &record)
{
    yaz_marc_t mt = d->marc;
    yaz_marc_reset(mt);
    QByteArray leader = record.leader.toLatin1().leftJustified(24, ' ', true);
    int indicatorLength = 0, identifierLength = 0, baseAddress = 0, lengthDataEntry = 0,
        lengthStarting = 0, lengthImplementation = 0;
    yaz_marc_set_leader(mt,
                        leader.constData(),
                        &indicatorLength,
                        &identifierLength,
                        &baseAddress,
                        &lengthDataEntry,
                        &lengthStarting,
                        &lengthImplementation);
    for (const MarcField &field : record.fields) {
        const QByteArray tag = field.tag.toLatin1();
        if (field.isControl()) {
            const QByteArray data = field.data.toUtf8();
            yaz_marc_add_controlfield(mt, tag.constData(), data.constData(), size_t(data.size()));
            continue;
        }
        if (field.subfields.isEmpty())
            continue;
        const QByteArray indicators = QString(field.ind1).append(field.ind2).toLatin1();
        yaz_marc_add_datafield(mt, tag.constData(), indicators.constData(), 2);
        for (const MarcSubfield &s : field.subfields) {
            const QByteArray codeData = QString(s.code).append(s.value).toUtf8();
            yaz_marc_add_subfield(mt, codeData.constData(), size_t(codeData.size()));
        }
    }
    if (yaz_marc_write_mode(mt, d->buffer) != 0)
        throw Error(tr("YAZ could not write the MARC record %1.").arg(record.control(u"001")));
    d->put();
}

void MarcWriter::finish()
{
    if (d->finished)
        return;
    d->finished = true;
    yaz_marc_write_trailer(d->marc, d->buffer);
    d->put();
}

QByteArray MarcWriter::toBytes(const MarcRecord &record, Format format)
{
    QByteArray out;
    {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        MarcWriter writer(&buffer, format);
        writer.write(record);
        writer.finish();
    }
    return out;
}

} // namespace SchoolSuite

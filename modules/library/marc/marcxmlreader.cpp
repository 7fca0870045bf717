// MarcReader: MARCXML (the Library of Congress slim schema, with or without a namespace prefix).
#include "marcreader.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace SchoolSuite {

namespace {

// The encoding an XML declaration names, lower case; "" when none.
QString declaredEncoding(QByteArrayView data)
{
    const QString head = QString::fromLatin1(data.first(qMin<qsizetype>(data.size(), 200)));
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["'])"));
    const QRegularExpressionMatch m = re.match(head);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

bool hasReplacement(const MarcRecord &record)
{
    const QChar bad(0xfffd);
    if (record.leader.contains(bad))
        return true;
    for (const MarcField &f : record.fields) {
        if (f.data.contains(bad))
            return true;
        for (const MarcSubfield &s : f.subfields) {
            if (s.value.contains(bad) || s.code == bad)
                return true;
        }
    }
    return false;
}

} // namespace

bool MarcReader::readMarcXml(QByteArrayView data, const Sink &sink, const Progress &progress)
{
    QXmlStreamReader xml;
    QString text; // the document decoded here, when it is not handed to the reader as bytes
    bool invalidUtf8 = false;
    MarcEncoding encoding = MarcEncoding::Utf8;
    const QString declared = declaredEncoding(data);
    if (m_encoding == MarcEncoding::Gb18030 || m_encoding == MarcEncoding::Marc8) {
        encoding = m_encoding;
        if (!m_charset.decode(m_encoding, data, &text)) {
            MarcReadItem item;
            item.number = 1;
            item.line = 1;
            item.error = tr("the file is not valid %1 text").arg(marcEncodingName(m_encoding));
            sink(item);
            return true;
        }
        xml.addData(text);
    } else if (m_encoding == MarcEncoding::Auto && !declared.isEmpty()
               && declared != QLatin1String("utf-8") && declared != QLatin1String("utf8")) {
        // The reader decodes the encoding the declaration names (GB2312, GBK, …).
        if (declared.startsWith(QLatin1String("gb")))
            encoding = MarcEncoding::Gb18030;
        xml.addData(data.toByteArray());
    } else if (MarcCharset::isValidUtf8(data)) {
        xml.addData(data.toByteArray());
    } else {
        // Decoded with replacement characters so that the good records around a bad byte still
        // read; the records that got one are the broken ones.
        invalidUtf8 = true;
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(data);
        xml.addData(text);
    }
    const qint64 total = text.isEmpty() ? data.size() : text.size();

    int number = 0;
    bool inRecord = false;
    MarcReadItem item;
    auto finish = [&]() -> bool {
        inRecord = false;
        MarcRecord &r = item.record;
        if (item.error.isEmpty() && invalidUtf8 && hasReplacement(r))
            item.error = tr("invalid UTF-8 in the record");
        if (item.error.isEmpty() && r.leader.size() != 24)
            item.error
                = r.leader.isEmpty()
                      ? tr("bad leader: the record has none")
                      : tr("bad leader: it has %1 characters instead of 24").arg(r.leader.size());
        if (item.error.isEmpty()) {
            const MarcField *f100 = r.field(u"100");
            item.family = detectMarcFamily(r.field(u"245") != nullptr,
                                           r.field(u"200") != nullptr,
                                           f100 ? f100->value(QLatin1Char('a')) : QString());
        } else {
            r = MarcRecord();
        }
        return sink(item);
    };

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"record") {
                item = MarcReadItem();
                item.number = ++number;
                item.line = int(xml.lineNumber());
                item.encoding = encoding;
                inRecord = true;
                if (progress && number % 256 == 0 && !progress(xml.characterOffset(), total))
                    return false;
                continue;
            }
            if (!inRecord)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (name == u"leader") {
                item.record.leader = xml.readElementText();
            } else if (name == u"controlfield" || name == u"datafield") {
                const QString tag = attributes.value(QLatin1String("tag")).toString();
                if (tag.size() != 3 && item.error.isEmpty())
                    item.error = tr("bad field: the tag \"%1\" is not three characters").arg(tag);
                if (name == u"controlfield") {
                    item.record.addControl(tag, xml.readElementText());
                } else {
                    const QString i1 = attributes.value(QLatin1String("ind1")).toString();
                    const QString i2 = attributes.value(QLatin1String("ind2")).toString();
                    item.record.addField(tag,
                                         i1.isEmpty() ? QLatin1Char(' ') : i1.at(0),
                                         i2.isEmpty() ? QLatin1Char(' ') : i2.at(0));
                }
            } else if (name == u"subfield") {
                const QString code = attributes.value(QLatin1String("code")).toString();
                const QString value = xml.readElementText();
                if (item.record.fields.isEmpty() || item.record.fields.last().isControl()) {
                    if (item.error.isEmpty())
                        item.error = tr("bad field: a subfield outside a data field");
                } else if (!code.isEmpty()) {
                    item.record.fields.last().subfields.append(MarcSubfield{code.at(0), value});
                }
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"record" && inRecord) {
            if (!finish())
                return false;
        }
    }
    if (xml.hasError()) {
        if (!inRecord) {
            item = MarcReadItem();
            item.number = ++number;
            item.line = int(xml.lineNumber());
        }
        item.error
            = tr("not well-formed XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        if (!finish())
            return false;
    }
    if (progress && !progress(total, total))
        return false;
    return true;
}

} // namespace SchoolSuite

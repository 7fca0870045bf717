#include "boardfile.h"

#include "core/error.h"
#include "core/io/zipreader.h"
#include "core/io/zipwriter.h"
#include "inkcodec.h"
#include "svgpage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BoardFile", text);
}

// Limits against zip bombs: no page of a board comes near these.
constexpr qint64 MaxManifest = 16 * 1024 * 1024;
constexpr qint64 MaxPage = 256 * 1024 * 1024;
constexpr qint64 MaxAsset = 1024LL * 1024 * 1024;
constexpr int MaxPages = 10000;

QString pageName(int index, const char *folder, const char *suffix)
{
    return QStringLiteral("%1/%2.%3")
        .arg(QLatin1String(folder))
        .arg(index + 1, 4, 10, QLatin1Char('0'))
        .arg(QLatin1String(suffix));
}

bool compressed(const QString &mime)
{
    // Images, audio and video are compressed already: stored as they are, read without inflating.
    return !(mime.startsWith(QLatin1String("image/")) && mime != QLatin1String("image/svg+xml")
             && mime != QLatin1String("image/bmp"))
           && !mime.startsWith(QLatin1String("audio/"))
           && !mime.startsWith(QLatin1String("video/"));
}

class NativeSource : public BoardPageSource
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::BoardFile)

public:
    struct Entry
    {
        QString svg;
        QString ink;
    };

    NativeSource(QByteArray data, QList<Entry> entries)
        : m_zip(std::move(data))
        , m_entries(std::move(entries))
    {}

    BoardPage loadPage(int index, QStringList *warnings) override
    {
        const Entry &e = m_entries.at(index);
        const QString label = tr("Page %1").arg(index + 1);
        QByteArray svg;
        if (!m_zip.read(e.svg, &svg, MaxPage)) {
            warnings->append(label + QStringLiteral(": ")
                             + tr("%1 is missing or damaged; the page is empty").arg(e.svg));
            return BoardPage::blank();
        }
        QHash<QString, QList<InkSample>> ink;
        QByteArray raw;
        if (!e.ink.isEmpty() && m_zip.read(e.ink, &raw, MaxPage)) {
            bool ok = false;
            ink = InkCodec::read(raw, &ok);
            if (!ok) {
                warnings->append(label + QStringLiteral(": ")
                                 + tr("the raw ink is damaged; strokes keep their drawn points"));
            }
        } else if (!e.ink.isEmpty()) {
            warnings->append(label + QStringLiteral(": ")
                             + tr("the raw ink is missing; strokes keep their drawn points"));
        }
        return SvgPage::read(svg, ink, label, warnings);
    }

    QByteArray loadAsset(const QString &key) override
    {
        QByteArray data;
        if (!m_zip.read(QStringLiteral("assets/") + key, &data, MaxAsset))
            return {};
        return data;
    }

    ZipReader m_zip;
    QList<Entry> m_entries;
};

} // namespace

BoardDocument BoardFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("Could not open %1: %2").arg(path, f.errorString()), Error::NotFound);
    return readData(f.readAll(), QFileInfo(path).fileName());
}

BoardDocument BoardFile::readData(const QByteArray &data, const QString &name)
{
    auto source = std::make_shared<NativeSource>(data, QList<NativeSource::Entry>{});
    ZipReader &zip = source->m_zip;
    QByteArray manifestData;
    if (!zip.isOpen())
        throw Error(tr("%1 is not a board document (not a ZIP archive).").arg(name),
                    Error::Invalid);
    if (!zip.read(QStringLiteral("manifest.json"), &manifestData, MaxManifest))
        throw Error(tr("%1 is not a board document (no manifest.json).").arg(name), Error::Invalid);
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(manifestData, &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || manifest.value(QStringLiteral("format")).toString() != QLatin1String(Format)) {
        throw Error(tr("%1: the manifest is damaged or not of a board document.").arg(name),
                    Error::Corrupt);
    }
    const int version = manifest.value(QStringLiteral("version")).toInt();
    if (version > Version) {
        throw Error(tr("%1 was written by a newer SchoolSuite (format version %2); update "
                       "SchoolSuite to open it.")
                        .arg(name)
                        .arg(version),
                    Error::TooNew);
    }
    BoardDocument doc;
    doc.title = manifest.value(QStringLiteral("title")).toString();
    doc.revision = manifest.value(QStringLiteral("revision")).toString();
    const QString id = manifest.value(QStringLiteral("id")).toString();
    if (!id.isEmpty())
        doc.id = id;
    const QJsonArray pages = manifest.value(QStringLiteral("pages")).toArray();
    if (pages.size() > MaxPages)
        throw Error(
            tr("%1 claims %2 pages; that is not a board document.").arg(name).arg(pages.size()),
            Error::Corrupt);
    QList<QString> ids;
    for (const QJsonValue &v : pages) {
        const QJsonObject p = v.toObject();
        source->m_entries.append(
            {p.value(QStringLiteral("svg")).toString(), p.value(QStringLiteral("ink")).toString()});
        ids << p.value(QStringLiteral("id")).toString();
    }
    for (const QJsonValue &v : manifest.value(QStringLiteral("assets")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString key = a.value(QStringLiteral("key")).toString();
        if (key.isEmpty() || key.contains(QLatin1Char('/')))
            continue;
        if (!zip.contains(QStringLiteral("assets/") + key)) {
            doc.addWarning(tr("The asset %1 is missing from the file; its place is marked on the "
                              "page.")
                               .arg(key));
            continue;
        }
        doc.declareAsset(key,
                         a.value(QStringLiteral("mime")).toString(),
                         qint64(a.value(QStringLiteral("size")).toDouble()));
    }
    const int count = int(source->m_entries.size());
    doc.setSource(std::move(source), count, ids);
    return doc;
}

QByteArray BoardFile::writeData(const BoardDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    ZipWriter zip(&buffer);
    // First and stored, as ODF does: the type is seen in the file's first bytes.
    zip.add(QStringLiteral("mimetype"), QByteArray(MimeType), false);
    QJsonArray pages;
    QSet<QString> used;
    for (int i = 0; i < document.pageCount(); ++i) {
        const BoardPage &page = document.page(i);
        const QString svg = pageName(i, "pages", "svg");
        const QString ink = pageName(i, "ink", "ink");
        zip.add(svg, SvgPage::write(page));
        zip.add(ink, InkCodec::write(page));
        pages.append(QJsonObject{{QStringLiteral("id"), page.id},
                                 {QStringLiteral("svg"), svg},
                                 {QStringLiteral("ink"), ink},
                                 {QStringLiteral("width"), page.size.width()},
                                 {QStringLiteral("height"), page.size.height()},
                                 {QStringLiteral("strokes"), page.strokeCount()}});
        for (const BoardLayer &layer : page.layers) {
            for (const BoardItem &item : layer.items) {
                if (const auto *p = std::get_if<Picture>(&item.data))
                    used << p->asset;
                else if (const auto *m = std::get_if<MediaClip>(&item.data))
                    used << m->asset;
            }
        }
        used << page.background.imageAsset << page.background.pdfAsset;
    }
    QJsonArray assets;
    for (const QString &key : document.assetKeys()) {
        // Assets no page uses any more (a deleted image) are not carried on.
        if (!used.contains(key))
            continue;
        const QByteArray data = document.asset(key);
        const QString mime = document.assetMime(key);
        zip.add(QStringLiteral("assets/") + key, data, compressed(mime));
        assets.append(QJsonObject{{QStringLiteral("key"), key},
                                  {QStringLiteral("mime"), mime},
                                  {QStringLiteral("size"), double(data.size())}});
    }
    const QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("generator"),
         QStringLiteral("SchoolSuite %1").arg(QCoreApplication::applicationVersion())},
        {QStringLiteral("id"), document.id},
        {QStringLiteral("revision"), document.revision},
        {QStringLiteral("title"), document.title},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("assets"), assets}};
    zip.add(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
    if (!zip.close())
        throw Error(tr("The board document could not be written."));
    return buffer.data();
}

void BoardFile::write(const BoardDocument &document, const QString &path)
{
    const QByteArray data = writeData(document);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        throw Error(tr("Could not write %1: %2").arg(path, f.errorString()));
}

} // namespace SchoolSuite

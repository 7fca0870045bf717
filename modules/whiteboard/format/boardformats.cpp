#include "boardformats.h"

#include "boardfile.h"
#include "core/error.h"
#include "core/io/zipreader.h"
#include "core/store/uuid.h"
#include "iwbexport.h"
#include "openboardimport.h"
#include "whiteboard/render/boardexport.h"
#include "xoppimport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPdfDocument>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BoardFormats", text);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("SchoolSuite::BoardFormats", "Could not open %1: %2")
                .arg(path, f.errorString()),
            Error::NotFound);
    return f.readAll();
}

} // namespace

BoardFormats::Kind BoardFormats::detect(const QString &path)
{
    QFile f(path);
    QByteArray head;
    if (f.open(QIODevice::ReadOnly))
        head = f.read(512);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("%PDF"))
        return Kind::Pdf;
    if (head.startsWith("\x1f\x8b") || head.contains("<xournal"))
        return Kind::Xopp;
    if (head.startsWith("PK\x03\x04")) {
        if (suffix == QLatin1String(BoardFile::Suffix) || head.contains(BoardFile::MimeType))
            return Kind::Native;
        if (suffix == QLatin1String("ubz"))
            return Kind::Ubz;
        if (suffix == QLatin1String("iwb"))
            return Kind::Iwb;
        // By the members a ZIP holds: content.xml for IWB, OpenBoard's pages or metadata.
        ZipReader zip(readAll(path));
        if (zip.contains(QStringLiteral("content.xml")))
            return Kind::Iwb;
        if (zip.contains(QStringLiteral("page000.svg"))
            || zip.contains(QStringLiteral("metadata.rdf")))
            return Kind::Ubz;
    }
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    if (!QImageReader::imageFormat(&buffer).isEmpty())
        return Kind::Image;
    if (suffix == QLatin1String(BoardFile::Suffix))
        return Kind::Native;
    if (suffix == QLatin1String("xopp") || suffix == QLatin1String("xoj"))
        return Kind::Xopp;
    if (suffix == QLatin1String("ubz"))
        return Kind::Ubz;
    if (suffix == QLatin1String("iwb"))
        return Kind::Iwb;
    return Kind::Unknown;
}

QString BoardFormats::name(Kind kind)
{
    switch (kind) {
    case Kind::Native:
        return QLatin1String(BoardFile::Suffix);
    case Kind::Xopp:
        return QStringLiteral("xopp");
    case Kind::Ubz:
        return QStringLiteral("ubz");
    case Kind::Iwb:
        return QStringLiteral("iwb");
    case Kind::Pdf:
        return QStringLiteral("pdf");
    case Kind::Image:
        return QStringLiteral("image");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

BoardDocument BoardFormats::open(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    switch (detect(path)) {
    case Kind::Native:
        return BoardFile::read(path);
    case Kind::Xopp:
        return XoppImport::read(path);
    case Kind::Ubz:
        return OpenBoardImport::readUbz(readAll(path), file);
    case Kind::Iwb:
        return OpenBoardImport::readIwb(readAll(path), file);
    case Kind::Pdf:
        return fromPdf(readAll(path), file);
    case Kind::Image:
        return fromImage(readAll(path), file);
    case Kind::Unknown:
        break;
    }
    if (!QFileInfo::exists(path))
        throw Error(tr("%1 does not exist.").arg(path), Error::NotFound);
    throw Error(tr("%1 is not a format the whiteboard opens (SchoolSuite boards, Xournal++, "
                   "OpenBoard, IWB, PDF, images).")
                    .arg(file),
                Error::Invalid);
}

QStringList BoardFormats::save(const BoardDocument &document, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String(BoardFile::Suffix)) {
        BoardFile::write(document, path);
        return {path};
    }
    if (suffix == QLatin1String("pdf")) {
        BoardExport::toPdf(document, path);
        return {path};
    }
    if (suffix == QLatin1String("iwb")) {
        IwbExport::write(document, path);
        return {path};
    }
    if (suffix == QLatin1String("png"))
        return BoardExport::toPng(document, path);
    throw Error(tr("%1: the whiteboard writes .%2, .iwb, .pdf and .png files.")
                    .arg(QFileInfo(path).fileName(), QLatin1String(BoardFile::Suffix)),
                Error::Invalid);
}

BoardDocument BoardFormats::fromPdf(const QByteArray &pdfData, const QString &name)
{
    QBuffer buffer;
    buffer.setData(pdfData);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() == 0)
        throw Error(
            tr("%1 is not a PDF that can be read (damaged or protected by a password).").arg(name),
            Error::Invalid);
    BoardDocument doc;
    doc.title = QFileInfo(name).completeBaseName();
    const QString asset = doc.addAsset(pdfData, QStringLiteral("application/pdf"));
    for (int i = 0; i < pdf.pageCount(); ++i) {
        BoardPage page = BoardPage::blank();
        const QSizeF size = pdf.pagePointSize(i);
        if (size.width() >= 1 && size.height() >= 1)
            page.size = size;
        page.background.pdfAsset = asset;
        page.background.pdfPage = i;
        doc.appendPage(std::move(page));
    }
    return doc;
}

BoardDocument BoardFormats::fromImage(const QByteArray &data, const QString &name)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    const QByteArray format = reader.format();
    if (!size.isValid() || format.isEmpty())
        throw Error(tr("%1 is not an image that can be read.").arg(name), Error::Invalid);
    BoardDocument doc;
    doc.title = QFileInfo(name).completeBaseName();
    BoardPage page = BoardPage::blank();
    const QSizeF fitted = QSizeF(size).scaled(page.size * 0.9, Qt::KeepAspectRatio);
    Picture p;
    p.rect = QRectF(QPointF((page.size.width() - fitted.width()) / 2,
                            (page.size.height() - fitted.height()) / 2),
                    fitted);
    p.asset = doc.addAsset(data, QStringLiteral("image/") + QString::fromLatin1(format));
    BoardItem item;
    item.id = Uuid::v7();
    item.data = p;
    page.layers.first().items << item;
    doc.appendPage(std::move(page));
    return doc;
}

} // namespace SchoolSuite

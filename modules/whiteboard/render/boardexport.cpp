#include "boardexport.h"

#include "boardrenderer.h"
#include "core/error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BoardExport", text);
}

void writePdf(const BoardDocument &document,
              QIODevice *device,
              const BoardExport::Progress &progress)
{
    QPdfWriter writer(device);
    // Sixteen device units per point: ink lies on a 1/16 pt grid (Stroke::geometry), so its
    // coordinates are written as integers — a third of the size and time of decimals.
    constexpr int Units = 16;
    writer.setResolution(72 * Units);
    writer.setCreator(QStringLiteral("SchoolSuite"));
    writer.setTitle(document.title);
    BoardRenderer renderer(document);
    renderer.setPdfBackgroundScale(3); // imported PDF pages at 216 dpi
    QPainter painter;
    const int count = document.pageCount();
    for (int i = 0; i < count; ++i) {
        const BoardPage &page = document.page(i);
        const QRectF extent = page.extent();
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(
            QPageSize(extent.size(), QPageSize::Point, QString(), QPageSize::ExactMatch));
        if (i == 0) {
            if (!painter.begin(&writer))
                throw Error(QCoreApplication::translate("SchoolSuite::BoardExport",
                                                        "The PDF could not be started."));
        } else if (!writer.newPage()) {
            throw Error(QCoreApplication::translate("SchoolSuite::BoardExport",
                                                    "The PDF could not be continued at page %1.")
                            .arg(i + 1));
        }
        painter.save();
        painter.scale(Units, Units);
        painter.translate(-extent.topLeft());
        renderer.paintPage(painter, page);
        painter.restore();
        if (progress && !progress(i + 1, count)) {
            painter.end();
            throw Error(QCoreApplication::translate(
                "SchoolSuite::BoardExport", "The export was cancelled; nothing was written."));
        }
    }
    if (count == 0)
        throw Error(QCoreApplication::translate("SchoolSuite::BoardExport",
                                                "The document has no page to export."));
    painter.end();
}

} // namespace

void BoardExport::toPdf(const BoardDocument &document,
                        const QString &path,
                        const Progress &progress)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(tr("Could not write %1: %2").arg(path, f.errorString()));
    writePdf(document, &f, progress);
    if (!f.commit())
        throw Error(tr("Could not write %1: %2").arg(path, f.errorString()));
}

QByteArray BoardExport::toPdfData(const BoardDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writePdf(document, &buffer, {});
    return buffer.data();
}

QImage BoardExport::pageImage(const BoardDocument &document, int index, qreal scale)
{
    const BoardPage &page = document.page(index);
    const QRectF extent = page.extent();
    // At most 16k pixels a side (an endless canvas can be very large).
    scale = qMin(scale, 16000 / qMax(extent.width(), extent.height()));
    QImage image((extent.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(-extent.topLeft());
    BoardRenderer renderer(document);
    renderer.setPdfBackgroundScale(scale);
    renderer.paintPage(painter, page);
    painter.end();
    return image;
}

QStringList BoardExport::toPng(const BoardDocument &document, const QString &path, qreal scale)
{
    const int count = document.pageCount();
    if (count == 0)
        throw Error(tr("The document has no page to export."));
    const QFileInfo info(path);
    QStringList written;
    for (int i = 0; i < count; ++i) {
        const QString file = count == 1
                                 ? path
                                 : info.dir().filePath(QStringLiteral("%1-%2.png")
                                                           .arg(info.completeBaseName())
                                                           .arg(i + 1, 3, 10, QLatin1Char('0')));
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly) || !pageImage(document, i, scale).save(&f, "PNG")
            || !f.commit())
            throw Error(tr("Could not write %1: %2").arg(file, f.errorString()));
        written << file;
    }
    return written;
}

} // namespace SchoolSuite

#include "openboardimport.h"

#include "core/error.h"
#include "core/io/zipreader.h"
#include "foreignpage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace SchoolSuite {

namespace {

const QString ubNs = QStringLiteral("http://uniboard.mnemis.com/document");
const QString iwbNs = QStringLiteral("http://www.imsglobal.org/xsd/iwb_v1p0");
const QString svgNs = QStringLiteral("http://www.w3.org/2000/svg");

constexpr qint64 MaxXml = 256 * 1024 * 1024;
constexpr int MaxPages = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::OpenBoardImport", text);
}

using ForeignPage::numbers;

QSizeF sizeOf(QStringView text)
{
    const QList<qreal> v = numbers(text.toString().replace(QLatin1Char('x'), QLatin1Char(' ')));
    if (v.size() == 2 && v[0] >= 1 && v[1] >= 1 && v[0] < 1e5 && v[1] < 1e5)
        return QSizeF(v[0], v[1]);
    return {};
}

QByteArray member(ZipReader &zip, const QString &name, const QString &file)
{
    QByteArray data;
    if (!zip.read(name, &data, MaxXml))
        throw Error(QCoreApplication::translate("SchoolSuite::OpenBoardImport",
                                                "%1: %2 cannot be read (missing, damaged or too "
                                                "large).")
                        .arg(file, name),
                    Error::Invalid);
    return data;
}

} // namespace

BoardDocument OpenBoardImport::readUbz(const QByteArray &data, const QString &name)
{
    ZipReader zip(data);
    if (!zip.isOpen()
        || (!zip.contains(QStringLiteral("page000.svg"))
            && !zip.contains(QStringLiteral("metadata.rdf"))))
        throw Error(tr("%1 is not an OpenBoard document.").arg(name), Error::Invalid);
    BoardDocument doc;
    doc.title = QFileInfo(name).completeBaseName();
    ForeignPage::Media media;
    QSizeF documentSize(1280, 960);
    QByteArray rdf;
    if (zip.read(QStringLiteral("metadata.rdf"), &rdf, MaxXml)) {
        QXmlStreamReader x(rdf);
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (x.name() == QLatin1String("title") && !x.namespaceUri().isEmpty()) {
                const QString title = x.readElementText().trimmed();
                if (!title.isEmpty())
                    doc.title = title;
            } else if (x.name() == QLatin1String("size") && x.namespaceUri() == ubNs) {
                if (const QSizeF s = sizeOf(x.readElementText()); s.isValid())
                    documentSize = s;
            }
        }
    }
    for (int i = 0; i < MaxPages; ++i) {
        const QString file = QStringLiteral("page%1.svg").arg(i, 3, 10, QLatin1Char('0'));
        if (!zip.contains(file))
            break;
        const QString label = tr("Page %1").arg(i + 1);
        QByteArray svg;
        if (!zip.read(file, &svg, MaxXml)) {
            doc.addWarning(tr("%1 is damaged and was left out.").arg(label));
            continue;
        }
        QXmlStreamReader x(svg);
        if (!x.readNextStartElement() || x.name() != QLatin1String("svg")) {
            doc.addWarning(tr("%1 is not an SVG page and was left out.").arg(label));
            continue;
        }
        const QXmlStreamAttributes root = x.attributes();
        QSizeF size = sizeOf(root.value(ubNs, QStringLiteral("nominal-size")));
        if (!size.isValid())
            size = documentSize;
        ForeignPage::Setup setup;
        setup.dialect = ForeignPage::Dialect::Ubz;
        if (root.value(ubNs, QStringLiteral("dark-background")) == QLatin1String("true"))
            setup.background = BoardBackground::dark();
        const qreal grid = root.value(ubNs, QStringLiteral("grid-size")).toDouble();
        if (root.value(ubNs, QStringLiteral("crossed-background")) == QLatin1String("true"))
            setup.background.pattern = BoardBackground::Pattern::Grid;
        else if (root.value(ubNs, QStringLiteral("ruled-background")) == QLatin1String("true"))
            setup.background.pattern = BoardBackground::Pattern::Ruled;
        if (grid >= 4 && grid <= 1000)
            setup.background.spacing = float(grid);
        // Scene coordinates have their origin at the page's centre.
        doc.appendPage(ForeignPage::translate(
            x, zip, doc, media, label, setup, size, QPointF(size.width() / 2, size.height() / 2)));
    }
    if (doc.pageCount() == 0)
        throw Error(tr("%1 has no readable page.").arg(name), Error::Invalid);
    return doc;
}

BoardDocument OpenBoardImport::readIwb(const QByteArray &data, const QString &name)
{
    ZipReader zip(data);
    if (!zip.isOpen() || !zip.contains(QStringLiteral("content.xml")))
        throw Error(tr("%1 is not an IWB document (content.xml is missing).").arg(name),
                    Error::Invalid);
    const QByteArray xml = member(zip, QStringLiteral("content.xml"), name);
    BoardDocument doc;
    doc.title = QFileInfo(name).completeBaseName();
    ForeignPage::Media media;
    // The background elements are named after the pages, at the end of the file.
    QSet<QString> backgrounds;
    {
        QXmlStreamReader x(xml);
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement || x.namespaceUri() != iwbNs)
                continue;
            const auto a = x.attributes();
            if (x.name() == QLatin1String("element")
                && a.value(QStringLiteral("background")) == QLatin1String("true"))
                backgrounds.insert(a.value(QStringLiteral("ref")).toString());
            else if (x.name() == QLatin1String("meta")
                     && a.value(QStringLiteral("name")) == QLatin1String("title")
                     && !a.value(QStringLiteral("content")).trimmed().isEmpty())
                doc.title = a.value(QStringLiteral("content")).trimmed().toString();
        }
    }
    QXmlStreamReader x(xml);
    if (!x.readNextStartElement() || x.name() != QLatin1String("iwb"))
        throw Error(tr("%1 is not an IWB document.").arg(name), Error::Invalid);
    QSizeF size(1280, 960);
    QPointF offset;
    ForeignPage::Setup setup;
    setup.dialect = ForeignPage::Dialect::Iwb;
    setup.backgroundIds = backgrounds;
    auto readPage = [&](int number) {
        doc.appendPage(ForeignPage::translate(
            x, zip, doc, media, tr("Page %1").arg(number), setup, size, offset));
    };
    while (x.readNextStartElement()) {
        if (x.name() != QLatin1String("svg") || x.namespaceUri() != svgNs) {
            x.skipCurrentElement();
            continue;
        }
        const auto a = x.attributes();
        QList<qreal> box = numbers(a.value(QStringLiteral("viewbox")));
        if (box.size() != 4)
            box = numbers(a.value(QStringLiteral("viewBox")));
        if (box.size() == 4 && box[2] >= 1 && box[3] >= 1 && box[2] < 1e5 && box[3] < 1e5) {
            size = QSizeF(box[2], box[3]);
            offset = QPointF(-box[0], -box[1]);
        }
        // A page set, or the whole <svg> as one page.
        bool pageSet = false;
        while (x.readNextStartElement()) {
            if (x.name() == QLatin1String("pageset")) {
                pageSet = true;
                while (x.readNextStartElement()) {
                    if (x.name() == QLatin1String("page") && doc.pageCount() < MaxPages)
                        readPage(doc.pageCount() + 1);
                    else
                        x.skipCurrentElement();
                }
            } else {
                x.skipCurrentElement();
            }
        }
        if (!pageSet && doc.pageCount() == 0) {
            // Read again, with the (first) <svg> as the page.
            QXmlStreamReader again(xml);
            while (again.readNextStartElement()) {
                if (again.name() == QLatin1String("svg") && again.namespaceUri() == svgNs) {
                    doc.appendPage(ForeignPage::translate(
                        again, zip, doc, media, tr("Page %1").arg(1), setup, size, offset));
                    break;
                }
                if (again.name() != QLatin1String("iwb"))
                    again.skipCurrentElement();
            }
        }
    }
    if (x.hasError() && doc.pageCount() > 0)
        doc.addWarning(tr("The file breaks off at line %1 (%2); the pages before are kept.")
                           .arg(x.lineNumber())
                           .arg(x.errorString()));
    if (doc.pageCount() == 0)
        throw Error(tr("%1 has no readable page.").arg(name), Error::Invalid);
    return doc;
}

} // namespace SchoolSuite

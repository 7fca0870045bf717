#include "reportdocument.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace SchoolSuite::ReportDocument {

void print(const QString &html, const QString &title, QPagedPaintDevice *device)
{
    QTextDocument doc;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("SimSun"),
                      QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(styleSheet());
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.setHtml(html);
    // Not paginated here: print() breaks it into the device's pages and numbers them.
    doc.print(device);
}

void writePdf(const QString &html, const QString &title, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw Error(
                QCoreApplication::translate("SchoolSuite::ReportDocument", "Cannot write %1: %2")
                    .arg(QFileInfo(path).fileName(), probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("SchoolSuite"));
    print(html, title, &writer);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString styleSheet()
{
    return QStringLiteral("h1 { font-size: 16pt; font-weight: bold; }"
                          "h2 { font-size: 12pt; font-weight: bold; margin-top: 10px; }"
                          "table { border-collapse: collapse; }"
                          "th { background-color: #e8e8e8; font-weight: bold; }"
                          "td.num, th.num { text-align: right; }"
                          "p.meta { color: #333333; }");
}

} // namespace SchoolSuite::ReportDocument

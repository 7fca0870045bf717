#pragma once

// The page translator of ForeignPage (foreignpage.cpp: structure, ink, shapes;
// foreignitems.cpp: files, text, links) and what both use.
#include "foreignpage.h"

#include "svgpage.h"

#include <QCoreApplication>
#include <QPolygonF>
#include <QXmlStreamWriter>
#include <QtMath>

namespace SchoolSuite::ForeignPage {

using ForeignPage::numbers;

inline const QString ubNs = QStringLiteral("http://uniboard.mnemis.com/document");
inline const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
inline const QString svgNs = QStringLiteral("http://www.w3.org/2000/svg");
inline const QString ssNs = QString::fromLatin1(SvgPage::Namespace);

inline constexpr qint64 MaxMedia = 1024LL * 1024 * 1024;
inline constexpr int MaxDepth = 32;

inline QPolygonF pointsOf(const QXmlStreamAttributes &a)
{
    const QList<qreal> v = numbers(a.value(QStringLiteral("points")));
    QPolygonF p;
    for (qsizetype i = 0; i + 1 < v.size(); i += 2)
        p << QPointF(v[i], v[i + 1]);
    return p;
}

inline QColor colorOf(const QXmlStreamAttributes &a, const QString &name)
{
    const QString value = a.value(name).toString().trimmed();
    if (value.isEmpty() || value == QLatin1String("none"))
        return {};
    return QColor(value);
}

inline qreal opacityOf(const QXmlStreamAttributes &a, const QString &name)
{
    bool ok = false;
    const qreal v = a.value(name).toDouble(&ok);
    return ok && qIsFinite(v) ? qBound(0.0, v, 1.0) : 1.0;
}

// A pressure segment's centre and width: OpenBoard fills each segment's outline; its centroid
// lies on the stroke and its extent across the segment's long axis is the width there.
inline std::pair<QPointF, qreal> segmentOf(const QPolygonF &outline)
{
    QPointF mean;
    for (const QPointF &p : outline)
        mean += p;
    mean /= qreal(outline.size());
    qreal sxx = 0, syy = 0, sxy = 0;
    for (const QPointF &p : outline) {
        const QPointF d = p - mean;
        sxx += d.x() * d.x();
        syy += d.y() * d.y();
        sxy += d.x() * d.y();
    }
    const qreal angle = 0.5 * qAtan2(2 * sxy, sxx - syy);
    const QPointF across(-qSin(angle), qCos(angle));
    qreal lo = 0, hi = 0;
    for (const QPointF &p : outline) {
        const qreal t = QPointF::dotProduct(p - mean, across);
        lo = qMin(lo, t);
        hi = qMax(hi, t);
    }
    return {mean, hi - lo};
}

// Translates one foreign page into the native page SVG (and its ink), then reads that.

class Translator
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::OpenBoardImport)

public:
    using Dialect = ForeignPage::Dialect;
    using Media = ForeignPage::Media;

    Translator(
        Dialect dialect, ZipReader &zip, BoardDocument &doc, Media &media, const QString &label)
        : m_dialect(dialect)
        , m_zip(zip)
        , m_doc(doc)
        , m_media(media)
        , m_label(label)
        , w(&m_svg)
    {}

    QSet<QString> backgroundIds;
    BoardBackground background;

    // x stands on the page element; reads to its end.
    BoardPage translate(QXmlStreamReader &x, const QSizeF &size, const QPointF &offset);

private:
    void children(QXmlStreamReader &x, int depth);

    void element(QXmlStreamReader &x, int depth);

    static QString idOf(const QXmlStreamAttributes &a);

    // A <g>: one stroke (a polyline, or polygons for its pressure segments), or a group.
    void group(QXmlStreamReader &x, const QXmlStreamAttributes &a, int depth);

    void strokeFromPolyline(const QXmlStreamAttributes &a);

    void writeStroke(Stroke s);

    void copy(const QXmlStreamAttributes &a, const QStringList &names);

    void copyShape(const QString &name, const QXmlStreamAttributes &a);

    // An embedded file by its path in the ZIP; empty (with a warning) when it is missing.
    QString asset(const QString &href, const QString &what);

    static QString hrefOf(const QXmlStreamAttributes &a);

    void media(const QString &element, const QXmlStreamAttributes &a, const QString &what);

    void foreignObject(QXmlStreamReader &x, const QXmlStreamAttributes &a);

    void writeText(const QXmlStreamAttributes &a, const QString &html, const QString &plain);

    // IWB text: runs (tspan) and line breaks (tbreak) with the area's font size and colour.
    void textArea(QXmlStreamReader &x, const QXmlStreamAttributes &a);

    // <a>: a link, or OpenBoard's exported audio (a speaker image linking to the clip).
    void anchor(QXmlStreamReader &x, const QXmlStreamAttributes &a);

    Dialect m_dialect;
    ZipReader &m_zip;
    BoardDocument &m_doc;
    Media &m_media;
    QString m_label;
    QByteArray m_svg;
    QXmlStreamWriter w;
    QHash<QString, QList<InkSample>> m_ink;
    QSet<QString> m_leftOut;
};

} // namespace SchoolSuite::ForeignPage

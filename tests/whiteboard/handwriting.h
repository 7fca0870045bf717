#pragma once

#include <QByteArray>
#include <QString>

namespace SchoolSuite::Handwriting {

// Xournal++ documents as Xournal++ 1.1 writes them (gzip-compressed XML, per-segment pressure
// widths), filled with synthetic handwriting: lines of characters made of short curved strokes.
// Used by the whiteboard tests and by bench_whiteboard.
struct XoppOptions
{
    int pages = 1;
    int strokesPerPage = 100;
    quint32 seed = 1;
    bool pressure = true;
    bool highlighter = true; // one highlighter stroke per page
    bool text = false;       // a text element per page
    bool image = false;      // a small PNG per page
};

QByteArray xoppXml(const XoppOptions &options);
QByteArray gzip(const QByteArray &data);

} // namespace SchoolSuite::Handwriting

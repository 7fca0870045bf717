#pragma once

#include <QString>
#include <QStringList>

namespace SchoolSuite {

// A bibliographic record as the library keeps it (library_titles), whatever it came from: a
// MARC record of either family, the district's union catalog, a Z39.50/SRU target or the
// librarian's typing.
struct BibRecord
{
    QString id;             // library_titles.id; empty for a record not yet in the catalog
    QString isbn;           // ISBN-13 without hyphens; empty when the book has none
    QString title;          // the title proper, with its other title information after " : "
    QString responsibility; // 责任者: "鲁迅著", "(英) J.K. 罗琳著 ; 苏农译"
    QString publisher;
    QString place; // place of publication
    int year = 0;  // 0: unknown
    QString edition;
    QString clc;          // 中图法 class number, "I247.5"
    QStringList subjects; // 主题词
    qint64 priceFen = -1; // -1: unknown
    int pages = 0;        // 0: unknown
    QString series;
    QString language; // ISO 639-2/B: "chi", "eng"
    QString summary;
    QString coverSha256; // a blob
    QString source;      // local, marc, union, z3950, sru
    QString note;

    bool operator==(const BibRecord &) const = default;
};

} // namespace SchoolSuite

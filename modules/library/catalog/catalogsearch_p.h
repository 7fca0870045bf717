#pragma once

#include "catalogsearch.h"

#include <QList>
#include <QString>
#include <QStringList>

// How titles and queries become keys of the catalog's index; shared by indexing and search so
// both cut text the same way.
namespace SchoolSuite::CatalogSearchKeys {

// The fields of a title (and its copies) that are searched.
struct Source
{
    QString isbn;
    QString title;
    QString responsibility;
    QString publisher;
    QString series;
    QString subjects;
    QString clc;
    QStringList callNumbers;
    QStringList barcodes;
};

CatalogSearch::Entry entry(const Source &source);
// The Han unigrams and bigrams of the entry's texts, space-separated: the FTS5 document.
QString hanTerms(const QStringList &texts);

// One term of a query. han: a Chinese gram looked up exactly (key) whose text must contain
// check; otherwise a word that must start one of the keys.
struct Condition
{
    QString key;
    QString check;
    bool han = false;
};
QList<Condition> parseQuery(const QString &query);
QString normalize(const QString &text);

} // namespace SchoolSuite::CatalogSearchKeys

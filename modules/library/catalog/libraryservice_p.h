#pragma once

#include "core/store/statement.h"
#include "libraryservice.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace SchoolSuite::LibraryPrivate {
QString joinSubjects(const QStringList &subjects); // "；"-separated
QStringList splitSubjects(const QString &text);    // on "；" or ";"
const QString &titleColumns();                     // in BibRecord order, id first
BibRecord readTitle(const QSqlQuery &q);           // a row of titleColumns()
BibRecord cleaned(const BibRecord &record);        // ISBN-13, trimmed title, upper-case class
void writeTitle(RowSink &row, const BibRecord &r); // the values of titleColumns()
QVariantList titleValues(const BibRecord &r);      // for insertTitleSql()
QString insertTitleSql();
const QString &copyColumns();
LibraryCopy readCopy(const QSqlQuery &q);
void writeCopy(RowSink &row, const LibraryCopy &c); // the values of copyColumns()
void writeCopyDetails(RowSink &row, const LibraryCopy &c); // those after id and title_id
QVariantList copyValues(const LibraryCopy &c);
QString insertCopySql();
} // namespace SchoolSuite::LibraryPrivate

#pragma once

#include "libraryservice.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace SchoolSuite::LibraryPrivate {
QVariant orNull(const QString &s); // trimmed; NULL when empty
QVariant positiveOrNull(qint64 n);
QString joinSubjects(const QStringList &subjects); // "；"-separated
QStringList splitSubjects(const QString &text);    // on "；" or ";"
const QString &titleColumns();                     // in BibRecord order, id first
BibRecord readTitle(const QSqlQuery &q);           // a row of titleColumns()
BibRecord cleaned(const BibRecord &record);        // ISBN-13, trimmed title, upper-case class
QVariantList titleValues(const BibRecord &r);      // for insertTitleSql()
QString insertTitleSql();
const QString &copyColumns();
LibraryCopy readCopy(const QSqlQuery &q);
QVariantList copyValues(const LibraryCopy &c);
QString insertCopySql();
} // namespace SchoolSuite::LibraryPrivate

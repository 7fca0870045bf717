#pragma once

#include "library/catalog/bibrecord.h"
#include "library/catalog/libraryservice.h"
#include "marcrecord.h"

#include <QList>

namespace SchoolSuite {

// A MARC record as the catalog sees it: the bibliographic record and its copies (holdings).
struct MarcBook
{
    BibRecord bib;
    QList<LibraryCopy> copies; // titleId empty; barcode empty when the holding had none
};

// MARC ↔ BibRecord for both families (docs/architecture.md, "MARC"):
//   ISBN, price      020$a $c            010$a $d ("CNY25.00")
//   title            245$a : $b ($n $p)  200$a : $e
//   responsibility   245$c               200$f ; $g
//   edition          250$a               205$a
//   place, publisher, year  260/264 $a $b $c   210 $a $c $d
//   pages            300$a               215$a ("256页")
//   series           490$a               225$a
//   note             500$a               300$a
//   summary          520$a               330$a
//   subjects         650$a               606$a
//   CLC class        084$a ($2 clc), 093$a   690$a
//   language         008/35-37           101$a
//   copies           952 (Koha: $p barcode, $o call number, $c location), 852 ($p, $h/$i, $b, $c)
//                    905 ($b 条码/登录号, $c location, $d 分类号, $e 种次号, $f 卷册)
namespace MarcMapping {
MarcBook toBook(const MarcRecord &record, MarcFamily family);
// A MARC 21 record in UTF-8 (leader/09 'a'), or a CNMARC one (100$a/26-29 "50": UTF-8).
MarcRecord fromBook(const BibRecord &bib, const QList<LibraryCopy> &copies, MarcFamily family);

// Helpers, public for tests.
qint64 parsePriceFen(const QString &text); // "CNY25.00", "¥25", "25.00元" → 2500; -1 when none
int firstNumber(const QString &text);      // "256页", "xii, 256 p." → 256; 0 when none
// "Title :" → "Title"; a final full stop too when period ("ed." keeps its own).
QString stripIsbdPunctuation(const QString &text, bool period = true);
} // namespace MarcMapping

} // namespace SchoolSuite

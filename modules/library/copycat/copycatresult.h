#pragma once

#include "library/catalog/bibrecord.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace SchoolSuite {

// One source the copy-cataloguing chain asked (docs/architecture.md "Copy cataloguing").
struct CopyCatStep
{
    enum class Outcome {
        Found,    // records came back
        NotFound, // the source answered: no record with the ISBN
        Failed,   // the source could not be asked: message says why
        Skipped,  // not asked: an earlier source found the book, or there is none to ask
    };

    QString source; // local, union, z3950, sru
    QString where;  // for people: "本馆目录", the district server, the target's name
    Outcome outcome = Outcome::Skipped;
    int count = 0;   // records found
    QString message; // translated: why it failed or was skipped, or what it found

    bool found() const { return outcome == Outcome::Found; }
};

// A record the chain found, with where it came from.
struct CopyCatRecord
{
    // A local title as the catalog has it (id set); a found one with source = from.
    BibRecord record;
    QString from; // the step's source: local, union, z3950, sru
    QString origin; // translated: "本馆目录", "区县联合目录：3 所学校", "Z39.50：国家图书馆"
    int schoolCount = 0; // union records: how many schools of the district hold it

    bool isLocal() const { return from == QLatin1String("local"); }
};

// The answer to one look-up: every source tried, in the chain's order, and what they found.
struct CopyCatResult
{
    QString input;   // as scanned or typed
    QString isbn;    // ISBN-13; empty when the input is not an ISBN
    QString problem; // translated: why the input is not an ISBN; then no source is asked
    QList<CopyCatStep> steps;
    QList<CopyCatRecord> records; // local ones first, then union, then the targets'

    bool isValid() const { return problem.isEmpty(); }
    // The local titles found (the book is in the catalog: add copies rather than a title).
    QList<BibRecord> localTitles() const
    {
        QList<BibRecord> list;
        for (const CopyCatRecord &r : records) {
            if (r.isLocal())
                list.append(r.record);
        }
        return list;
    }
};

} // namespace SchoolSuite

Q_DECLARE_METATYPE(SchoolSuite::CopyCatStep)
Q_DECLARE_METATYPE(SchoolSuite::CopyCatResult)

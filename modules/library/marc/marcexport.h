#pragma once

#include "marcrecord.h"
#include "marcwriter.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace SchoolSuite {

class Session;

// The catalog as a MARC file (issue 5, must-have 2): every title with its copies as holdings
// fields (MARC 21: Koha's 952; CNMARC: 905), in UTF-8, ISO 2709 or MARCXML from the file name.
// Written to a temporary file renamed at the end: a failed export leaves no half file.
class MarcExport
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::MarcExport)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false: cancel

    explicit MarcExport(const Session &session);
    // Returns the number of records written; throws Error.
    int write(const QString &path, MarcFamily family, const Progress &progress = {}) const;

private:
    const Session &m_session;
};

} // namespace SchoolSuite

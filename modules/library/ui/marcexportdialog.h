#pragma once

#include "library/marc/marcrecord.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace SchoolSuite {

class Session;

// The catalog page's "Export MARC…": asks for the file (its type chooses MARC 21 or CNMARC,
// ISO 2709 or MARCXML), writes it with a progress dialog and tells the user how it went.
class MarcExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::MarcExportDialog)

public:
    // Returns the number of records written, or -1 when the user cancelled or it failed (the
    // user was told why).
    static int run(const Session &session, QWidget *parent);
    // Writes to path without asking (the page's drop target, tests); messages as run().
    static int exportTo(const Session &session,
                        const QString &path,
                        MarcFamily family,
                        QWidget *parent,
                        bool quiet = false);
};

} // namespace SchoolSuite

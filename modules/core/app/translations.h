#pragma once

#include <QString>

class QCoreApplication;

namespace SchoolSuite {

// Installs the suite's and Qt's translations for language ("zh_CN", "en" or empty for the
// system locale). Returns the language in use.
QString installTranslations(const QString &language);

} // namespace SchoolSuite

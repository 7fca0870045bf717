#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace SchoolSuite {

QString installTranslations(const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool chinese = locale.language() == QLocale::Chinese;
    if (!chinese) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The source text is English; the English file holds the plural forms of "%n …".
        auto *english = new QTranslator(QCoreApplication::instance());
        if (english->load(QStringLiteral(":/i18n/schoolsuite_en.qm")))
            QCoreApplication::installTranslator(english);
        return QStringLiteral("en");
    }
    locale = QLocale(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(locale);
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(QStringLiteral(":/i18n/schoolsuite_zh_CN.qm")))
        QCoreApplication::installTranslator(app);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace SchoolSuite

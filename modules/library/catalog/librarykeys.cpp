#include "libraryservice.h"

#include <QCoreApplication>

namespace SchoolSuite::LibraryKeys {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::LibraryKeys", text);
}
} // namespace

QStringList itemTypes()
{
    return {QStringLiteral("book"),
            QStringLiteral("reference"),
            QStringLiteral("periodical"),
            QStringLiteral("av")};
}

QString itemTypeTitle(const QString &key)
{
    if (key == QLatin1String("book"))
        return tr("Book");
    if (key == QLatin1String("reference"))
        return tr("Reference (not for loan)");
    if (key == QLatin1String("periodical"))
        return tr("Periodical");
    if (key == QLatin1String("av"))
        return tr("Audio-visual");
    return key;
}

QStringList copyStatuses()
{
    return {QStringLiteral("active"),
            QStringLiteral("withdrawn"),
            QStringLiteral("lost"),
            QStringLiteral("damaged")};
}

QString copyStatusTitle(const QString &key)
{
    if (key == QLatin1String("active"))
        return tr("In the collection");
    if (key == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (key == QLatin1String("lost"))
        return tr("Lost");
    if (key == QLatin1String("damaged"))
        return tr("Damaged");
    return key;
}

QStringList acquisitionSources()
{
    return {QStringLiteral("purchase"),
            QStringLiteral("donation"),
            QStringLiteral("transfer"),
            QStringLiteral("other")};
}

QString acquisitionSourceTitle(const QString &key)
{
    if (key == QLatin1String("purchase"))
        return tr("Purchase");
    if (key == QLatin1String("donation"))
        return tr("Donation");
    if (key == QLatin1String("transfer"))
        return tr("Transfer");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

QStringList patronKinds()
{
    return {QStringLiteral("student"), QStringLiteral("staff")};
}

QString patronKindTitle(const QString &key)
{
    if (key == QLatin1String("student"))
        return tr("Student");
    if (key == QLatin1String("staff"))
        return tr("Staff");
    return key;
}

} // namespace SchoolSuite::LibraryKeys

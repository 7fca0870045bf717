#include "stocktake.h"

#include "library/catalog/libraryservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace SchoolSuite::Library {

namespace {
QString classOf(const QString &callNo)
{
    QString clc;
    if (CallNumber::split(callNo, &clc, nullptr, nullptr))
        return clc;
    return CallNumber::normalizeClass(callNo);
}
} // namespace

QString StocktakeSection::key() const
{
    if (isRange())
        return QStringLiteral("range:%1~%2").arg(from, to);
    return QStringLiteral("shelf:%1/%2").arg(location, shelf);
}

QString StocktakeSection::title() const
{
    if (isRange())
        return QStringLiteral("%1 – %2").arg(from, to);
    return location.isEmpty() ? shelf : QStringLiteral("%1 %2").arg(location, shelf);
}

bool StocktakeSection::contains(const QString &copyLocation,
                                const QString &copyShelf,
                                const QString &copyCallNo) const
{
    if (!isRange())
        return copyShelf == shelf && (location.isEmpty() || copyLocation == location);
    if (!from.isEmpty() && CallNumber::compare(copyCallNo, from) < 0)
        return false;
    if (to.isEmpty() || CallNumber::compare(copyCallNo, to) <= 0)
        return true;
    // "to" as a bare class ends after its subdivisions: I247 takes I247.5/12 and I247.9/3.
    if (CallNumber::split(to, nullptr, nullptr, nullptr))
        return false;
    return classOf(copyCallNo).startsWith(CallNumber::normalizeClass(to));
}

QJsonObject StocktakeSection::toJson() const
{
    if (isRange())
        return {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    return {{QStringLiteral("location"), location}, {QStringLiteral("shelf"), shelf}};
}

StocktakeSection StocktakeSection::fromJson(const QJsonObject &json)
{
    StocktakeSection s;
    s.location = json.value(QLatin1String("location")).toString();
    s.shelf = json.value(QLatin1String("shelf")).toString();
    s.from = json.value(QLatin1String("from")).toString();
    s.to = json.value(QLatin1String("to")).toString();
    return s;
}

StocktakeSection StocktakeSection::ofShelf(const QString &location, const QString &shelf)
{
    StocktakeSection s;
    s.location = location.trimmed();
    s.shelf = shelf.trimmed();
    return s;
}

StocktakeSection StocktakeSection::ofRange(const QString &from, const QString &to)
{
    StocktakeSection s;
    s.from = CallNumber::normalizeClass(from);
    s.to = CallNumber::normalizeClass(to);
    return s;
}

namespace StocktakeKeys {

QString status(StocktakeStatus status)
{
    switch (status) {
    case StocktakeStatus::Open:
        return QStringLiteral("open");
    case StocktakeStatus::Paused:
        return QStringLiteral("paused");
    case StocktakeStatus::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

StocktakeStatus statusFromKey(const QString &key)
{
    if (key == QLatin1String("paused"))
        return StocktakeStatus::Paused;
    if (key == QLatin1String("finished"))
        return StocktakeStatus::Finished;
    return StocktakeStatus::Open;
}

QString statusTitle(StocktakeStatus status)
{
    switch (status) {
    case StocktakeStatus::Open:
        return QCoreApplication::translate("SchoolSuite::Library::StocktakeKeys", "In progress");
    case StocktakeStatus::Paused:
        return QCoreApplication::translate("SchoolSuite::Library::StocktakeKeys", "Paused");
    case StocktakeStatus::Finished:
        return QCoreApplication::translate("SchoolSuite::Library::StocktakeKeys", "Finished");
    }
    return {};
}

QString scopeJson(const QList<StocktakeSection> &sections)
{
    QJsonArray list;
    for (const StocktakeSection &s : sections)
        list.append(s.toJson());
    const bool ranges = !sections.isEmpty() && sections.first().isRange();
    const QJsonObject scope{{ranges ? QStringLiteral("ranges") : QStringLiteral("shelves"), list}};
    return QString::fromUtf8(QJsonDocument(scope).toJson(QJsonDocument::Compact));
}

QList<StocktakeSection> sectionsFromJson(const QString &json)
{
    const QJsonObject scope = QJsonDocument::fromJson(json.toUtf8()).object();
    QList<StocktakeSection> sections;
    if (scope.contains(QLatin1String("from")) || scope.contains(QLatin1String("to"))) {
        sections << StocktakeSection::fromJson(scope);
        return sections;
    }
    for (const char *key : {"shelves", "ranges"}) {
        for (const QJsonValue &v : scope.value(QLatin1String(key)).toArray()) {
            // {"shelves":["I-03"]}: a shelf of any location.
            if (v.isString())
                sections << StocktakeSection::ofShelf({}, v.toString());
            else
                sections << StocktakeSection::fromJson(v.toObject());
        }
    }
    return sections;
}

} // namespace StocktakeKeys
} // namespace SchoolSuite::Library

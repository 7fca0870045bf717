#pragma once

// Pulled rows as the district server sends them (docs/sync-protocol.md §6), for the tests.
#include <QCborArray>
#include <QCborMap>
#include <QString>
#include <QVariantMap>

namespace SchoolSuite::Test {

inline QCborMap pulledRow(const QString &table,
                          const QString &id,
                          const QVariantMap &fields,
                          qint64 hlc,
                          bool deleted = false,
                          const QString &scope = QStringLiteral("school"))
{
    QCborMap f;
    QCborMap clocks;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        f.insert(it.key(), QCborValue::fromVariant(it.value()));
        clocks.insert(it.key(), hlc);
    }
    clocks.insert(QStringLiteral("deleted"), hlc);
    return QCborMap{{QStringLiteral("seq"), 1},
                    {QStringLiteral("table"), table},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("scope"), scope},
                    {QStringLiteral("deleted"), deleted},
                    {QStringLiteral("fields"), f},
                    {QStringLiteral("clocks"), clocks}};
}

} // namespace SchoolSuite::Test

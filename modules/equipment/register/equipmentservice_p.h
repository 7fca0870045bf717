#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace SchoolSuite::EquipmentPrivate {
QVariant orNull(const QString &s);
QVariant dateOrNull(const QDate &d);
QVariant jsonOrNull(const QJsonObject &o);
QString nowUtc(); // ISO 8601 UTC with milliseconds
} // namespace SchoolSuite::EquipmentPrivate

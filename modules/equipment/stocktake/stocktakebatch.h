#pragma once

#include "core/io/table.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace SchoolSuite {

class StocktakeCounter;

// A handheld scanner's batch file: text or CSV, UTF-8 or GBK/GB18030, one scan a line as
// "tag", "tag,room", "tag,timestamp" or "tag,room,timestamp" (either order; comma, tab or
// semicolon between fields; an optional header line; blank lines and # comments skipped).
// A room is given by its name or id; timestamps as 2024-05-06 10:11:12, 2024/05/06 10:11,
// ISO 8601 or yyyyMMddHHmmss, read as local time unless they carry a zone.
namespace StocktakeBatch {

struct Line
{
    int line = 0; // 1-based, as an editor shows it
    QString tag;
    QString roomId; // empty: the room chosen when importing
    QDateTime at;   // invalid: the time of the import
};

struct Problem
{
    int line = 0;
    QString text;   // the line as read
    QString reason; // translated
};

struct Parsed
{
    QList<Line> lines;
    QList<Problem> problems;
    TextEncoding encoding = TextEncoding::Utf8;
};

// rooms: room name (and id) -> id.
Parsed parse(const QByteArray &data, const QHash<QString, QString> &rooms);
Parsed read(const QString &path, const QHash<QString, QString> &rooms); // throws Error
QDateTime parseTimestamp(const QString &text);

struct ImportResult
{
    int recorded = 0;
    int found = 0;
    int wrongRoom = 0;
    int duplicates = 0;
    int unknown = 0;
    // Lines not recorded (no room, a room outside the stocktake) and lines whose tag is not
    // ours (recorded, and listed here so the clerk sees them).
    QList<Problem> problems;
};

// Records the lines as scans of the counter's session (source "batch") in one transaction;
// lines without a room are counted in defaultRoomId.
ImportResult import(StocktakeCounter &counter, const Parsed &parsed, const QString &defaultRoomId);

} // namespace StocktakeBatch
} // namespace SchoolSuite

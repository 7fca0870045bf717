#include "stocktakebatch.h"

#include "stocktakecounter.h"

#include "core/error.h"
#include "core/io/tabularreader.h"
#include "core/io/textdecoder.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace SchoolSuite::StocktakeBatch {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::StocktakeBatch", text);
}

QStringList splitFields(const QString &line)
{
    static const QRegularExpression separators(QStringLiteral("[,\\t;，；]"));
    QStringList fields = line.split(separators);
    for (QString &field : fields) {
        field = field.trimmed();
        if (field.size() >= 2 && field.startsWith(QLatin1Char('"'))
            && field.endsWith(QLatin1Char('"')))
            field = field.mid(1, field.size() - 2).trimmed();
    }
    while (!fields.isEmpty() && fields.constLast().isEmpty())
        fields.removeLast();
    return fields;
}

bool isHeader(const QString &field)
{
    static const QStringList words{QStringLiteral("tag"),
                                   QStringLiteral("asset tag"),
                                   QStringLiteral("asset_tag"),
                                   QStringLiteral("barcode"),
                                   QStringLiteral("code"),
                                   QStringLiteral("资产编号"),
                                   QStringLiteral("资产标签"),
                                   QStringLiteral("条码"),
                                   QStringLiteral("条形码"),
                                   QStringLiteral("编号")};
    return words.contains(field.toLower());
}
} // namespace

QDateTime parseTimestamp(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression epoch(QStringLiteral("^\\d{10}(\\d{3})?$"));
    if (epoch.match(t).hasMatch()) {
        const qint64 value = t.toLongLong();
        return t.size() == 13 ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC)
                              : QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
    }
    QDateTime iso = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso;
    static const QStringList formats{QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                     QStringLiteral("yyyy-MM-dd H:mm:ss"),
                                     QStringLiteral("yyyy-M-d H:mm:ss"),
                                     QStringLiteral("yyyy-MM-dd HH:mm"),
                                     QStringLiteral("yyyy-M-d H:mm"),
                                     QStringLiteral("yyyy/MM/dd HH:mm:ss"),
                                     QStringLiteral("yyyy/M/d H:mm:ss"),
                                     QStringLiteral("yyyy/MM/dd HH:mm"),
                                     QStringLiteral("yyyy/M/d H:mm"),
                                     QStringLiteral("yyyy.MM.dd HH:mm:ss"),
                                     QStringLiteral("yyyyMMddHHmmss"),
                                     QStringLiteral("yyyyMMdd HHmmss")};
    for (const QString &format : formats) {
        const QDateTime local = QDateTime::fromString(t, format);
        if (local.isValid())
            return local;
    }
    return {};
}

Parsed parse(const QByteArray &bytes, const QHash<QString, QString> &rooms)
{
    Parsed parsed;
    QByteArray data = bytes;
    parsed.encoding = TabularReader::detectEncoding(data);
    QString text;
    TextDecoder decoder(parsed.encoding);
    if (!decoder.isValid() || !decoder.decode(data, &text))
        throw Error(tr("The batch file is not text in UTF-8 or GBK."), Error::Invalid);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QHash<QString, QString> roomKeys;
    for (auto it = rooms.cbegin(); it != rooms.cend(); ++it)
        roomKeys.insert(it.key().trimmed().toCaseFolded(), it.value());

    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    bool first = true;
    for (int i = 0; i < lines.size(); ++i) {
        const QString raw = lines.at(i).trimmed();
        if (raw.isEmpty() || raw.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = splitFields(raw);
        if (fields.isEmpty())
            continue;
        if (first && isHeader(fields.first())) {
            first = false;
            continue;
        }
        first = false;
        Line line;
        line.line = i + 1;
        line.tag = fields.first();
        QString problem;
        if (line.tag.isEmpty())
            problem = tr("No tag");
        for (int f = 1; f < fields.size() && problem.isEmpty(); ++f) {
            const QString &field = fields.at(f);
            if (field.isEmpty())
                continue;
            const auto room = roomKeys.constFind(field.toCaseFolded());
            if (room != roomKeys.cend() && line.roomId.isEmpty()) {
                line.roomId = *room;
                continue;
            }
            const QDateTime at = parseTimestamp(field);
            if (at.isValid() && !line.at.isValid()) {
                line.at = at;
                continue;
            }
            problem = tr("Neither a room nor a time: \"%1\"").arg(field);
        }
        if (problem.isEmpty())
            parsed.lines << line;
        else
            parsed.problems << Problem{line.line, raw, problem};
    }
    return parsed;
}

Parsed read(const QString &path, const QHash<QString, QString> &rooms)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return parse(file.readAll(), rooms);
}

ImportResult import(StocktakeCounter &counter, const Parsed &parsed, const QString &defaultRoomId)
{
    ImportResult result;
    result.problems = parsed.problems;
    QList<Problem> unknown;
    try {
        Database &db = counter.database();
        db.transaction([&] {
            for (const Line &line : parsed.lines) {
                const QString room = line.roomId.isEmpty() ? defaultRoomId : line.roomId;
                if (room.isEmpty()) {
                    result.problems << Problem{
                        line.line, line.tag, tr("No room: choose the room to import into")};
                    continue;
                }
                if (!counter.inScope(room)) {
                    result.problems << Problem{
                        line.line, line.tag, tr("The room is not part of this stocktake")};
                    continue;
                }
                const ScanOutcome o = counter.scan(line.tag, room, ScanSource::Batch, line.at);
                ++result.recorded;
                switch (o.kind) {
                case ScanKind::Found:
                    ++result.found;
                    break;
                case ScanKind::WrongRoom:
                    ++result.wrongRoom;
                    break;
                case ScanKind::Duplicate:
                    ++result.duplicates;
                    break;
                case ScanKind::Unknown:
                    ++result.unknown;
                    unknown << Problem{line.line,
                                       line.tag,
                                       o.scrapped ? tr("Scrapped item %1").arg(o.itemName)
                                                  : tr("Not a tag of this school")};
                    break;
                }
            }
        });
    } catch (...) {
        counter.reload(); // the scans rolled back with the transaction
        throw;
    }
    result.problems << unknown;
    std::sort(result.problems.begin(), result.problems.end(), [](const auto &a, const auto &b) {
        return a.line < b.line;
    });
    return result;
}

} // namespace SchoolSuite::StocktakeBatch

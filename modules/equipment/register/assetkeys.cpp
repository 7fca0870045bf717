#include "equipmentservice.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SchoolSuite::AssetKeys {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::AssetKeys", text);
}

struct UseDef
{
    AssetUse use;
    const char *key;
    const char *chinese;
    const char *title;
};

const UseDef kUses[] = {
    {AssetUse::Teacher,
     "teacher",
     "教师用",
     QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Teacher")},
    {AssetUse::Student,
     "student",
     "学生用",
     QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Student")},
    {AssetUse::Classroom,
     "classroom",
     "教室用",
     QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Classroom")},
    {AssetUse::Office, "office", "办公用", QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Office")},
};

struct StatusDef
{
    AssetStatus status;
    const char *key;
    const char *chinese;
    const char *title;
};

const StatusDef kStatuses[] = {
    {AssetStatus::InStock,
     "in_stock",
     "在库",
     QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "In stock")},
    {AssetStatus::InUse, "in_use", "在用", QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "In use")},
    {AssetStatus::Lent, "lent", "借出", QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Lent")},
    {AssetStatus::Repair,
     "repair",
     "维修",
     QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "In repair")},
    {AssetStatus::Lost, "lost", "丢失", QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Lost")},
    {AssetStatus::Scrapped,
     "scrapped",
     "报废",
     QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Scrapped")},
};

QString simplified(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.remove(QLatin1Char(' '));
    s.replace(QLatin1Char('-'), QLatin1Char('_'));
    return s;
}

} // namespace

QList<AssetUse> uses()
{
    QList<AssetUse> list;
    for (const UseDef &u : kUses)
        list << u.use;
    return list;
}

QList<AssetStatus> statuses()
{
    QList<AssetStatus> list;
    for (const StatusDef &s : kStatuses)
        list << s.status;
    return list;
}

QString use(AssetUse use)
{
    for (const UseDef &u : kUses) {
        if (u.use == use)
            return QLatin1String(u.key);
    }
    return {};
}

AssetUse useFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key.isEmpty())
        return AssetUse::None;
    for (const UseDef &u : kUses) {
        if (key == QLatin1String(u.key))
            return u.use;
    }
    if (ok)
        *ok = false;
    return AssetUse::None;
}

QString useTitle(AssetUse use)
{
    for (const UseDef &u : kUses) {
        if (u.use == use)
            return tr(u.title);
    }
    return {};
}

QString status(AssetStatus status)
{
    for (const StatusDef &s : kStatuses) {
        if (s.status == status)
            return QLatin1String(s.key);
    }
    return QStringLiteral("in_stock");
}

AssetStatus statusFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    for (const StatusDef &s : kStatuses) {
        if (key == QLatin1String(s.key))
            return s.status;
    }
    if (ok)
        *ok = false;
    return AssetStatus::InStock;
}

QString statusTitle(AssetStatus status)
{
    for (const StatusDef &s : kStatuses) {
        if (s.status == status)
            return tr(s.title);
    }
    return {};
}

AssetUse parseUse(const QString &text, bool *ok)
{
    const QString t = simplified(text);
    if (ok)
        *ok = true;
    if (t.isEmpty())
        return AssetUse::None;
    for (const UseDef &u : kUses) {
        const QString chinese = QString::fromUtf8(u.chinese);
        if (t == QLatin1String(u.key) || t == chinese || t == chinese.left(2)
            || t == simplified(tr(u.title)) || t == simplified(QLatin1String(u.title)))
            return u.use;
    }
    if (ok)
        *ok = false;
    return AssetUse::None;
}

AssetStatus parseStatus(const QString &text, bool *ok)
{
    const QString t = simplified(text);
    if (ok)
        *ok = true;
    for (const StatusDef &s : kStatuses) {
        if (t == QLatin1String(s.key) || t == QString::fromUtf8(s.chinese)
            || t == simplified(tr(s.title)) || t == simplified(QLatin1String(s.title)))
            return s.status;
    }
    // What clerks write in spreadsheets besides the six titles.
    static const QHash<QString, AssetStatus> aliases{
        {QStringLiteral("库存"), AssetStatus::InStock},
        {QStringLiteral("闲置"), AssetStatus::InStock},
        {QStringLiteral("使用中"), AssetStatus::InUse},
        {QStringLiteral("正常"), AssetStatus::InUse},
        {QStringLiteral("已借出"), AssetStatus::Lent},
        {QStringLiteral("维修中"), AssetStatus::Repair},
        {QStringLiteral("送修"), AssetStatus::Repair},
        {QStringLiteral("已报废"), AssetStatus::Scrapped},
        {QStringLiteral("遗失"), AssetStatus::Lost},
    };
    if (aliases.contains(t))
        return aliases.value(t);
    if (ok)
        *ok = false;
    return AssetStatus::InStock;
}

QString movementTitle(const QString &kind)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("register"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Registered")},
        {QStringLiteral("move"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Moved")},
        {QStringLiteral("assign"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Assigned")},
        {QStringLiteral("lend"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Lent out")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Returned")},
        {QStringLiteral("repair"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Sent to repair")},
        {QStringLiteral("repaired"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Repaired")},
        {QStringLiteral("scrap"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Scrapped")},
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Reported lost")},
        {QStringLiteral("found"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Found")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Status changed")},
    };
    const char *t = titles.value(kind);
    return t ? tr(t) : kind;
}

QStringList kinds()
{
    return {QStringLiteral("computer"),
            QStringLiteral("whiteboard"),
            QStringLiteral("projector"),
            QStringLiteral("podium"),
            QStringLiteral("network"),
            QStringLiteral("lab"),
            QStringLiteral("library"),
            QStringLiteral("furniture"),
            QStringLiteral("other")};
}

QString kindTitle(const QString &kind)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("computer"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Computer")},
        {QStringLiteral("whiteboard"),
         QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Interactive whiteboard")},
        {QStringLiteral("projector"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Projector")},
        {QStringLiteral("podium"),
         QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Multimedia podium")},
        {QStringLiteral("network"),
         QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Network equipment")},
        {QStringLiteral("lab"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Lab instrument")},
        {QStringLiteral("library"),
         QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Library equipment")},
        {QStringLiteral("furniture"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Furniture")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("SchoolSuite::AssetKeys", "Other")},
    };
    const char *t = titles.value(kind);
    return t ? tr(t) : kind;
}

QString yuan(qint64 fen)
{
    if (fen < 0)
        return {};
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

qint64 parseYuan(const QString &text, bool *ok)
{
    // Parsed from the decimal digits: 0.1 + 0.2 yuan must be 30 fen, not 29.
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(?:\\.(\\d{0,2})0*)?$"));
    QString t = text.trimmed();
    for (const QString &noise : {QStringLiteral("¥"),
                                 QStringLiteral("￥"),
                                 QStringLiteral("元"),
                                 QStringLiteral("RMB"),
                                 QStringLiteral(","),
                                 QStringLiteral("，"),
                                 QStringLiteral(" ")})
        t.remove(noise, Qt::CaseInsensitive);
    const auto m = pattern.match(t);
    if (ok)
        *ok = false;
    if (!m.hasMatch() || m.captured(1).size() > 13)
        return -1;
    const qint64 whole = m.captured(1).toLongLong();
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents += QLatin1Char('0');
    if (ok)
        *ok = true;
    return whole * 100 + cents.toLongLong();
}

} // namespace SchoolSuite::AssetKeys

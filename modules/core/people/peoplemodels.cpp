#include "peoplemodels.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/search/pinyin.h"
#include "peoplefields.h"
#include "peopleservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace SchoolSuite {

namespace {
// 七年级(2)班 sorts after 七年级(10)班 as text; grade * 1000 + number sorts it right.
int classOrder(int grade, const QString &displayName)
{
    static const QRegularExpression digits(QStringLiteral("(\\d+)\\D*$"));
    const auto m = digits.match(displayName);
    return grade * 1000 + (m.hasMatch() ? m.captured(1).toInt() : 999);
}
} // namespace

namespace PeopleText {
// lupdate files the tr() calls of this namespace under its name.
static QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::PeopleText", text);
}

QString gender(const QString &code)
{
    if (code == QLatin1String("M"))
        return tr("Male");
    if (code == QLatin1String("F"))
        return tr("Female");
    return code;
}

QString yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString status(const QString &code)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("enrolled"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleModels", "Enrolled")},
        {QStringLiteral("transferred"),
         QT_TRANSLATE_NOOP("SchoolSuite::PeopleModels", "Transferred")},
        {QStringLiteral("graduated"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleModels", "Graduated")},
        {QStringLiteral("suspended"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleModels", "Suspended")},
    };
    const char *title = titles.value(code);
    return title ? QCoreApplication::translate("SchoolSuite::PeopleModels", title) : code;
}
} // namespace PeopleText

PeopleTableModel::PeopleTableModel(const Session &session,
                                   int nameColumn,
                                   bool personNames,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_nameColumn(nameColumn)
    , m_personNames(personNames)
{}

int PeopleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, column);
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole: {
        const QVariant v = sortValue(row, column);
        if (v.isValid())
            return v;
        if (column == m_nameColumn)
            return m_nameKeys.at(row);
        return text(row, column);
    }
    case FilterRole:
        return m_filterTexts.at(row);
    case IdRole:
        return recordId(row);
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList h = headers();
    return section >= 0 && section < h.size() ? QVariant(h.at(section)) : QVariant();
}

void PeopleTableModel::reload()
{
    beginResetModel();
    clear();
    m_lastError.clear();
    try {
        load();
    } catch (const Error &e) {
        clear();
        m_lastError = e.message();
    }
    buildFilterTexts();
    endResetModel();
}

void PeopleTableModel::buildFilterTexts()
{
    // Computed once per load: the filter runs on every keystroke over thousands of rows.
    m_filterTexts.clear();
    m_nameKeys.clear();
    const int rows = recordCount();
    const int columns = int(headers().size());
    m_filterTexts.reserve(rows);
    m_nameKeys.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QStringList parts;
        for (int c = 0; c < columns; ++c)
            parts << text(r, c);
        const QString name = text(r, m_nameColumn);
        if (m_personNames)
            parts << Pinyin::nameFull(name) << Pinyin::nameInitials(name);
        else
            parts << Pinyin::full(name) << Pinyin::initials(name);
        m_filterTexts << parts.join(QLatin1Char('\t')).toLower();
        m_nameKeys << Pinyin::sortKey(name, m_personNames);
    }
}

QString PeopleTableModel::idAt(int row) const
{
    return row >= 0 && row < recordCount() ? recordId(row) : QString();
}

int PeopleTableModel::rowOfId(const QString &id) const
{
    for (int r = 0; r < recordCount(); ++r) {
        if (recordId(r) == id)
            return r;
    }
    return -1;
}

QVariant PeopleTableModel::sortValue(int, int) const
{
    return {};
}

bool PeopleTableModel::isNumeric(int) const
{
    return false;
}

// --- students

StudentsModel::StudentsModel(const Session &session, QObject *parent)
    : PeopleTableModel(session, Name, true, parent)
{
    reload();
}

QStringList StudentsModel::headers() const
{
    const auto t = [](const char *key) {
        return PeopleFields::title(PersonKind::Student, QLatin1String(key));
    };
    return {t("student_no"),
            t("name"),
            t("gender"),
            t("class"),
            t("birth_date"),
            t("guardian"),
            t("phone"),
            t("id_number")};
}

void StudentsModel::load()
{
    m_rows = PeopleService(m_session).students();
}

QString StudentsModel::text(int row, int column) const
{
    const Student &s = m_rows.at(row);
    switch (column) {
    case StudentNo:
        return s.studentNo;
    case Name:
        return s.name;
    case Gender:
        return PeopleText::gender(s.gender);
    case Class:
        return s.className;
    case BirthDate:
        return s.birthDate;
    case Guardian:
        return s.guardian;
    case Phone:
        return s.phone;
    case IdNumber:
        return s.idNumber;
    }
    return {};
}

QVariant StudentsModel::sortValue(int row, int column) const
{
    if (column == Class)
        return classOrder(m_rows.at(row).grade, m_rows.at(row).className);
    return {};
}

// --- staff

StaffModel::StaffModel(const Session &session, QObject *parent)
    : PeopleTableModel(session, Name, true, parent)
{
    reload();
}

QStringList StaffModel::headers() const
{
    const auto t = [](const char *key) {
        return PeopleFields::title(PersonKind::Staff, QLatin1String(key));
    };
    return {t("staff_no"),
            t("name"),
            t("gender"),
            t("role"),
            t("subject"),
            t("phone"),
            t("et_trained")};
}

void StaffModel::load()
{
    m_rows = PeopleService(m_session).staff();
}

QString StaffModel::text(int row, int column) const
{
    const StaffMember &m = m_rows.at(row);
    switch (column) {
    case StaffNo:
        return m.staffNo;
    case Name:
        return m.name;
    case Gender:
        return PeopleText::gender(m.gender);
    case Position:
        return m.role;
    case Subject:
        return m.subject;
    case Phone:
        return m.phone;
    case EtTrained:
        return PeopleText::yesNo(m.etTrained);
    }
    return {};
}

// --- classes

ClassesModel::ClassesModel(const Session &session, QObject *parent)
    : PeopleTableModel(session, Name, false, parent)
{
    reload();
}

QStringList ClassesModel::headers() const
{
    return {QCoreApplication::translate("SchoolSuite::ClassesModel", "Class"),
            QCoreApplication::translate("SchoolSuite::ClassesModel", "Homeroom teacher"),
            QCoreApplication::translate("SchoolSuite::ClassesModel", "Room"),
            QCoreApplication::translate("SchoolSuite::ClassesModel", "Students")};
}

void ClassesModel::load()
{
    m_rows = PeopleService(m_session).classes();
}

QString ClassesModel::text(int row, int column) const
{
    const SchoolClass &c = m_rows.at(row);
    switch (column) {
    case Name:
        return c.displayName;
    case Homeroom:
        return c.homeroomName;
    case Room:
        return c.roomName;
    case Students:
        return QString::number(c.studentCount);
    }
    return {};
}

QVariant ClassesModel::sortValue(int row, int column) const
{
    const SchoolClass &c = m_rows.at(row);
    if (column == Name)
        return classOrder(c.grade, c.displayName);
    if (column == Homeroom)
        return Pinyin::sortKey(c.homeroomName);
    if (column == Students)
        return c.studentCount;
    return {};
}

// --- rooms

RoomsModel::RoomsModel(const Session &session, QObject *parent)
    : PeopleTableModel(session, Name, false, parent)
{
    reload();
}

QStringList RoomsModel::headers() const
{
    return {QCoreApplication::translate("SchoolSuite::RoomsModel", "Name"),
            QCoreApplication::translate("SchoolSuite::RoomsModel", "Type"),
            QCoreApplication::translate("SchoolSuite::RoomsModel", "Building"),
            QCoreApplication::translate("SchoolSuite::RoomsModel", "Floor"),
            QCoreApplication::translate("SchoolSuite::RoomsModel", "Capacity"),
            QCoreApplication::translate("SchoolSuite::RoomsModel", "Multimedia")};
}

void RoomsModel::load()
{
    m_rows = PeopleService(m_session).rooms();
}

QString RoomsModel::text(int row, int column) const
{
    const Room &r = m_rows.at(row);
    switch (column) {
    case Name:
        return r.name;
    case Type:
        return RoomTypes::title(r.type);
    case Building:
        return r.building;
    case Floor:
        return r.floor ? QString::number(r.floor) : QString();
    case Capacity:
        return r.capacity ? QString::number(r.capacity) : QString();
    case Multimedia:
        return PeopleText::yesNo(r.hasMultimedia);
    }
    return {};
}

QVariant RoomsModel::sortValue(int row, int column) const
{
    const Room &r = m_rows.at(row);
    if (column == Floor)
        return r.floor;
    if (column == Capacity)
        return r.capacity;
    return {};
}

// --- school years

SchoolYearsModel::SchoolYearsModel(const Session &session, QObject *parent)
    : PeopleTableModel(session, Name, false, parent)
{
    reload();
}

QStringList SchoolYearsModel::headers() const
{
    return {QCoreApplication::translate("SchoolSuite::SchoolYearsModel", "School year"),
            QCoreApplication::translate("SchoolSuite::SchoolYearsModel", "Start"),
            QCoreApplication::translate("SchoolSuite::SchoolYearsModel", "End"),
            QCoreApplication::translate("SchoolSuite::SchoolYearsModel", "Current")};
}

void SchoolYearsModel::load()
{
    m_rows = PeopleService(m_session).schoolYears();
}

QString SchoolYearsModel::text(int row, int column) const
{
    const SchoolYear &y = m_rows.at(row);
    switch (column) {
    case Name:
        return y.name;
    case Start:
        return y.startsOn;
    case End:
        return y.endsOn;
    case Current:
        return y.isCurrent ? PeopleText::yesNo(true) : QString();
    }
    return {};
}

} // namespace SchoolSuite

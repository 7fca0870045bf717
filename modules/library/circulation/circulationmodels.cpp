#include "circulationmodels.h"

#include "library/catalog/libraryservice.h"

#include <QBrush>
#include <QColor>

namespace SchoolSuite {

namespace {
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kOrange(0xe6, 0x51, 0x00);
} // namespace

LoansModel::LoansModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LoansModel::setLoans(const QList<LoanInfo> &loans, const QDate &today)
{
    beginResetModel();
    m_loans = loans;
    m_today = today;
    endResetModel();
}

int LoansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_loans.size());
}

int LoansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoanInfo &l = m_loans.at(index.row());
    const int overdue = l.overdueDays(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return l.title;
        case Barcode:
            return l.barcode;
        case CallNo:
            return l.callNo;
        case Reader:
            return l.patronName;
        case Class:
            return l.className;
        case LentAt:
            return l.lentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Due:
            return l.dueOn.toString(Qt::ISODate);
        case Overdue:
            return overdue > 0 ? QVariant(overdue) : QVariant();
        case Renewals:
            return l.renewals;
        case Desk:
            return l.desk;
        }
        return {};
    case Qt::ForegroundRole:
        return overdue > 0 ? QVariant(QBrush(kRed)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Overdue || index.column() == Renewals)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LoanIdRole:
        return l.id;
    case OverdueDaysRole:
        return overdue;
    }
    return {};
}

QVariant LoansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Barcode:
        return tr("Barcode");
    case CallNo:
        return tr("Call number");
    case Reader:
        return tr("Reader");
    case Class:
        return tr("Class");
    case LentAt:
        return tr("Lent");
    case Due:
        return tr("Due");
    case Overdue:
        return tr("Days overdue");
    case Renewals:
        return tr("Renewals");
    case Desk:
        return tr("Desk");
    }
    return {};
}

HoldsModel::HoldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HoldsModel::setHolds(const QList<HoldInfo> &holds)
{
    beginResetModel();
    m_holds = holds;
    endResetModel();
}

int HoldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_holds.size());
}

int HoldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HoldInfo &h = m_holds.at(index.row());
    const bool ready = h.status == QLatin1String("ready");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return h.title;
        case Status:
            return ready ? tr("Ready: %1").arg(h.barcode)
                         : tr("Waiting (no. %1 in the queue)").arg(h.position);
        case ReadyUntil:
            return ready ? h.readyUntil.toString(Qt::ISODate) : QString();
        }
    } else if (role == Qt::ForegroundRole && ready) {
        return QBrush(kGreen);
    }
    return {};
}

QVariant HoldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Status:
        return tr("Hold");
    case ReadyUntil:
        return tr("Kept until");
    }
    return {};
}

DeskLogModel::DeskLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeskLogModel::add(Kind kind, const QString &scan, const QString &message)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry{QDateTime::currentDateTime(), kind, scan, message});
    endInsertRows();
}

int DeskLogModel::count(Kind kind) const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [kind](const Entry &e) { return e.kind == kind; }));
}

QString DeskLogModel::kindTitle(Kind kind)
{
    switch (kind) {
    case Lent:
        return tr("Lent");
    case Returned:
        return tr("Returned");
    case Renewed:
        return tr("Renewed");
    case Reader:
        return tr("Reader");
    case Refused:
        return tr("Refused");
    case Notice:
        return tr("Note");
    }
    return {};
}

int DeskLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DeskLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeskLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return e.at.toString(QStringLiteral("HH:mm:ss"));
        case Action:
            return kindTitle(e.kind);
        case Scan:
            return e.scan;
        case Message:
            return QString(e.message).replace(QLatin1Char('\n'), QStringLiteral(" · "));
        }
        return {};
    case Qt::ToolTipRole:
        return e.message;
    case Qt::ForegroundRole:
        if (e.kind == Refused)
            return QBrush(kRed);
        if (e.kind == Notice)
            return QBrush(kOrange);
        if (e.kind == Lent || e.kind == Returned || e.kind == Renewed)
            return QBrush(kGreen);
        return {};
    case KindRole:
        return int(e.kind);
    }
    return {};
}

QVariant DeskLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Scan:
        return tr("Scan");
    case Message:
        return tr("Result");
    }
    return {};
}

} // namespace SchoolSuite

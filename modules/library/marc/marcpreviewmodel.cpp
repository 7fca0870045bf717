#include "marcpreviewmodel.h"

#include "library/catalog/isbn.h"

#include <QBrush>
#include <QColor>

namespace SchoolSuite {

MarcPreviewModel::MarcPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MarcPreviewModel::setPreview(const MarcFile *file, const MarcPreview &preview)
{
    beginResetModel();
    m_file = file;
    m_preview = preview;
    endResetModel();
}

void MarcPreviewModel::clear()
{
    beginResetModel();
    m_file = nullptr;
    m_preview = MarcPreview();
    endResetModel();
}

int MarcPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_file ? 0 : int(m_preview.rows.size());
}

int MarcPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarcPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_file)
        return {};
    const MarcPreview::Row &row = m_preview.rows.at(index.row());
    const MarcFileRecord &r = m_file->records.at(row.index);
    const BibRecord &b = r.book.bib;
    if (role == KindRole)
        return int(row.kind);
    if (role == Qt::ForegroundRole && row.kind == MarcPreview::Kind::Broken)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole
        && (index.column() == Number || index.column() == Year || index.column() == Copies))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return r.number;
    case Status:
        switch (row.kind) {
        case MarcPreview::Kind::New:
            return tr("New title");
        case MarcPreview::Kind::Duplicate:
            return tr("Duplicate");
        case MarcPreview::Kind::Broken:
            return tr("Broken");
        }
        return {};
    case Title:
        return b.title;
    case Isbn:
        return b.isbn.isEmpty() ? QString() : Isbn::display(b.isbn);
    case Responsibility:
        return b.responsibility;
    case Publisher:
        return b.publisher;
    case Year:
        return b.year > 0 ? QVariant(b.year) : QVariant();
    case Copies:
        return row.copies;
    case Detail:
        if (row.kind == MarcPreview::Kind::Broken)
            return r.position() + QStringLiteral(": ") + row.problem;
        if (row.kind == MarcPreview::Kind::Duplicate)
            return row.existingRow >= 0 ? tr("Same ISBN as record %1 of the file: %2")
                                              .arg(m_file->records.at(row.existingRow).number)
                                              .arg(row.existingTitle)
                                        : tr("In the catalog: %1").arg(row.existingTitle);
        return QStringLiteral("%1, %2").arg(marcFamilyName(r.family), marcEncodingName(r.encoding));
    }
    return {};
}

QVariant MarcPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Record");
    case Status:
        return tr("Status");
    case Title:
        return tr("Title");
    case Isbn:
        return tr("ISBN");
    case Responsibility:
        return tr("Responsibility");
    case Publisher:
        return tr("Publisher");
    case Year:
        return tr("Year");
    case Copies:
        return tr("Copies");
    case Detail:
        return tr("Details");
    }
    return {};
}

} // namespace SchoolSuite

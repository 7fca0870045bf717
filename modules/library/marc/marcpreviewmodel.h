#pragma once

#include "marcimport.h"

#include <QAbstractTableModel>

namespace SchoolSuite {

// The records of a MARC file as the import would take them: one row per record, what it is (new
// title, duplicate of a catalog record, broken) and what it holds. For the import dialog's
// preview table.
class MarcPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Status,
        Title,
        Isbn,
        Responsibility,
        Publisher,
        Year,
        Copies,
        Detail,
        ColumnCount
    };
    enum Role { KindRole = Qt::UserRole + 1 }; // MarcPreview::Kind as int

    explicit MarcPreviewModel(QObject *parent = nullptr);

    void setPreview(const MarcFile *file, const MarcPreview &preview); // file outlives the model
    void clear();
    const MarcPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const MarcFile *m_file = nullptr;
    MarcPreview m_preview;
};

} // namespace SchoolSuite

#pragma once

#include "indicatorresult.h"

#include <QAbstractItemModel>

namespace SchoolSuite {

// The drill-down of one figure as a tree: its sections ("Computers for teachers (92)") and under
// each the items, rooms and people it counts or leaves out.
class DrillDownModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Detail, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 1, IdRole, CountedRole };

    explicit DrillDownModel(QObject *parent = nullptr);

    void setFigure(const IndicatorFigure &figure);
    const IndicatorFigure &figure() const { return m_figure; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    IndicatorFigure m_figure;
};

} // namespace SchoolSuite

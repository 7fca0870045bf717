#pragma once

#include "library/stocktake/stocktake.h"
#include "library/stocktake/stocktakeservice.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QRadioButton;

namespace SchoolSuite::Library {

// Starting a library stocktake: its name, and either the shelves to count (ticked in the list of
// the catalog's shelves) or a call-number range.
class StocktakeDialog : public QDialog
{
    Q_OBJECT

public:
    StocktakeDialog(const QList<ShelfInfo> &shelves, QWidget *parent = nullptr);

    QString name() const;
    QList<StocktakeSection> sections() const;

private:
    void updateEnabled();
    QLineEdit *m_name = nullptr;
    QRadioButton *m_byShelf = nullptr;
    QRadioButton *m_byRange = nullptr;
    QListWidget *m_shelves = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
};

} // namespace SchoolSuite::Library

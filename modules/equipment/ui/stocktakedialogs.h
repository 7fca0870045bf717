#pragma once

#include <QDialog>
#include <QHash>

class QLineEdit;
class QListWidget;
class QRadioButton;

namespace SchoolSuite {

// Asks for a new stocktake's name and scope: the whole school or the rooms ticked.
class StocktakeNewDialog : public QDialog
{
    Q_OBJECT

public:
    // rooms: id -> name
    StocktakeNewDialog(const QHash<QString, QString> &rooms, QWidget *parent = nullptr);

    QString name() const;
    QStringList roomIds() const; // empty: the whole school
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *roomList() const { return m_rooms; }
    QRadioButton *someRoomsButton() const { return m_some; }

private:
    void updateOk();
    QLineEdit *m_name;
    QRadioButton *m_whole;
    QRadioButton *m_some;
    QListWidget *m_rooms;
    QPushButton *m_ok = nullptr;
};

} // namespace SchoolSuite

#pragma once

#include "core/ui/listpage.h"

class QAction;

namespace SchoolSuite {

class DetailPane;
class RecordDialog;
class RoomsModel;
class Session;

// The Rooms tab of the people page: the list, the detail pane, and add / edit / delete
// through PeopleService.
class RoomsTab : public ListPage
{
    Q_OBJECT

public:
    RoomsTab(const Session &session, QWidget *parent = nullptr);

    RoomsModel *roomsModel() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    void reload();

public slots:
    RecordDialog *addRoom();
    RecordDialog *editCurrent();
    void deleteCurrent(); // asks first

signals:
    void edited();

private:
    RecordDialog *openDialog(const QString &id);
    void updateActions();
    void changed();

    const Session &m_session;
    RoomsModel *m_model;
    DetailPane *m_detail;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace SchoolSuite

#pragma once

#include "core/ui/listpage.h"

#include <QHash>

class QAction;
class QComboBox;
class QDialog;
class QListWidget;
class QPushButton;

namespace SchoolSuite {

class DetailPane;
class EquipmentItemsModel;
class EquipmentService;
class ImportWizard;
class LocalStore;
class Session;

// The asset register: the list of items (filter by text — tag, name, pinyin, room, custodian —
// and by status), the item's details, custom fields, history and photos, and the actions of a
// clerk: register and edit, the movements (move, assign, lend, take back, repair, lost, found),
// bulk actions by scanning tags, the categories, import and export. Actions need EquipmentEdit.
class RegisterTab : public ListPage
{
    Q_OBJECT

public:
    RegisterTab(LocalStore &store, const Session &session, QWidget *parent = nullptr);
    ~RegisterTab() override;

    EquipmentItemsModel *itemsModel() const { return m_model; }
    DetailPane *detailPane() const { return m_detail; }
    QListWidget *historyList() const { return m_history; }
    QListWidget *photoList() const { return m_photos; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    // By object name: add, edit, move, assign, lend, return, repair, repaired, lost, found,
    // scan, categories, import, export.
    QAction *action(const QString &name) const { return m_actions.value(name); }

    // Selects the item (a search hit); false when there is no such item.
    bool openRecord(const QString &id);

public slots:
    void reload();
    QDialog *addItem();
    QDialog *editCurrent();
    // A movement of the selected item: move, assign, lend, return, repair, repaired, lost, found.
    QDialog *moveCurrent(const QString &kind);
    QDialog *openScan();
    QDialog *openCategories();
    ImportWizard *openImportWizard();
    void exportInteractively();
    // Copies the image into the store's blob cache and adds it to the selected item.
    bool addPhotoFromFile(const QString &path);

signals:
    // Something was written (the other tabs and the search index may need it).
    void edited();

private:
    QAction *addAction(const QString &name, const QString &icon, const QString &text);
    void updateDetail(const QModelIndex &index);
    void updateActions();
    void afterWrite();
    QString currentId() const;

    LocalStore &m_store;
    const Session &m_session;
    EquipmentService *m_service;
    EquipmentItemsModel *m_model;
    DetailPane *m_detail;
    QListWidget *m_history;
    QListWidget *m_photos;
    QPushButton *m_addPhoto;
    QPushButton *m_removePhoto;
    QComboBox *m_statusFilter;
    QHash<QString, QAction *> m_actions;
};

} // namespace SchoolSuite

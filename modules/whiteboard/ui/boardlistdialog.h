#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace SchoolSuite {

class BoardLibrary;

// The boards in the store (Board ▸ Open): the teacher's own, newest first, and those colleagues
// share. Open, open a copy, rename, share, delete; a board whose versions from two computers
// diverged lists the other versions, each opened as a copy. Its answer: the working copy to open
// (path()), or importRequested() for a file from disk.
class BoardListDialog : public QDialog
{
    Q_OBJECT

public:
    BoardListDialog(BoardLibrary &library, const QString &currentId, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    QString notice() const { return m_notice; }
    bool importRequested() const { return m_import; }
    QTreeWidget *boardList() const { return m_boards; }
    QTreeWidget *versionList() const { return m_versions; }

    // Opens the selected board, or the selected other version as a copy.
    void openSelected();
    void openVersionCopy();

private:
    void reload(const QString &select = {});
    void updateButtons();
    QString selectedId() const;
    void guarded(const std::function<void()> &work);

    BoardLibrary &m_library;
    QString m_currentId;
    QTreeWidget *m_boards = nullptr;
    QTreeWidget *m_versions = nullptr;
    QLabel *m_versionsLabel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_share = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_openVersion = nullptr;
    QString m_path;
    QString m_notice;
    bool m_import = false;
};

} // namespace SchoolSuite

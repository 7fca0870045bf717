#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;

namespace SchoolSuite {

class Session;
class LoansModel;

// The printable lists of the desk: overdue loans per class (a homeroom teacher sees their own
// classes only) and the graduating-class clearance (毕业清还), with print preview and PDF.
class CirculationListsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Kind { Overdue, Clearance };
    CirculationListsDialog(const Session &session, Kind kind, QWidget *parent = nullptr);

    QComboBox *scopeBox() const { return m_scope; }
    LoansModel *model() const { return m_model; }
    QString html() const;
    void savePdf(const QString &path); // throws Error

public slots:
    void reload();
    void printPreview();
    void choosePdf();

private:
    QString title() const;
    const Session &m_session;
    Kind m_kind;
    QComboBox *m_scope = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    LoansModel *m_model = nullptr;
};

} // namespace SchoolSuite

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace SchoolSuite {

class Session;

// The clerk's list of items teachers may book: every item that is not scrapped or lost, ticked
// when bookable. Laptops and portable projectors start ticked (the default rule); a tick the
// clerk changes is remembered for that item.
class BookingItemsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BookingItemsDialog(const Session &session, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    void applyFilter(const QString &text);

    const Session &m_session;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_error;
};

} // namespace SchoolSuite

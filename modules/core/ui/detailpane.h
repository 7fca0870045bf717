#pragma once

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;

namespace SchoolSuite {

// The detail pane of a list page: a heading, a subtitle and label/value rows, with room for the
// page's buttons below. Values are selectable so a user can copy a number.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    void setHeading(const QString &title, const QString &subtitle = {});
    // Replaces the rows. Each value label is named "value_<key>" for tests and scripts.
    struct Row
    {
        QString key;
        QString label;
        QString value;
    };
    void setRows(const QList<Row> &rows);
    void setValue(const QString &key, const QString &value);
    QString value(const QString &key) const;
    // Shows placeholder instead of the record (nothing selected).
    void showPlaceholder(const QString &text);

    QHBoxLayout *buttonLayout() const { return m_buttons; }

private:
    QLabel *m_heading;
    QLabel *m_subtitle;
    QLabel *m_placeholder;
    QWidget *m_body;
    QFormLayout *m_form;
    QHBoxLayout *m_buttons;
    QStringList m_keys; // of the rows shown
};

} // namespace SchoolSuite

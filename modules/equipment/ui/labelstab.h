#pragma once

#include "equipment/labels/labelpainter.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QTableView;
class QTimer;

namespace SchoolSuite {

class LabelItemsModel;
class LabelLayoutWidget;
class LabelSource;
class LocalStore;
class Session;

// Asset labels: the clerk finds items (filter, room, category) or scans their tags into the list
// to print, chooses the paper (an A4 label sheet or a label printer; remembered), sees the
// pages, saves a PDF or prints.
class LabelsTab : public QWidget
{
    Q_OBJECT

public:
    LabelsTab(LocalStore &store, const Session &session, QWidget *parent = nullptr);
    ~LabelsTab() override;

    // The labels of the list to print, in order (tests).
    QList<LabelData> labels() const;
    LabelLayout labelLayout() const;
    // Writes the PDF without asking for a file name; returns the pages (tests, scripts).
    int savePdf(const QString &fileName);

public slots:
    void reload();

protected:
    // A scanner types into the tag field at once, without a click first.
    void showEvent(QShowEvent *event) override;

private:
    void search();
    void addSelected();
    void addAllFound();
    void scanned();
    void removeSelected();
    void layoutChanged();
    void updatePreview();
    void paintPreview(QPrinter *printer);
    void savePdfAs();
    void print();
    void showMessage(const QString &text, bool problem = false);
    void updateButtons();
    LabelPainter painter() const;

    LocalStore &m_store;
    const Session &m_session;
    std::unique_ptr<LabelSource> m_source;
    LabelItemsModel *m_found;
    LabelItemsModel *m_queue;
    QLineEdit *m_filter;
    QComboBox *m_room;
    QComboBox *m_category;
    QTableView *m_foundView;
    QTableView *m_queueView;
    QLineEdit *m_scan;
    QLabel *m_queueTitle;
    QLabel *m_message;
    LabelLayoutWidget *m_layout;
    QCheckBox *m_outlines;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview;
    QPushButton *m_addSelected;
    QPushButton *m_remove;
    QPushButton *m_savePdf;
    QPushButton *m_print;
    QTimer *m_searchTimer;
    QTimer *m_previewTimer;
};

} // namespace SchoolSuite

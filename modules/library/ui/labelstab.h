#pragma once

#include "library/labels/labelqueue.h"

#include <QWidget>

class QCheckBox;
class QPagedPaintDevice;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace SchoolSuite {
class Session;
}

namespace SchoolSuite::Library {

class LabelQueueModel;

// The library's labels tab (LibraryEdit): the print queue of this PC — copies added by scanning
// their barcode, from the catalog (addCopies) or as every copy catalogued since a day — and the
// labels printed from it: spine labels (call-number lines, which lines and the font size are the
// school's setting) or barcode labels (Code 128 and the title), on an A4 sheet or a label
// printer, as PDF or printed with a preview. Printing empties the queue.
class LabelsTab : public QWidget
{
    Q_OBJECT

public:
    explicit LabelsTab(const Session &session, QWidget *parent = nullptr);

    enum Kind { SpineLabels, BarcodeLabels };

    QLineEdit *scanEdit() const { return m_scan; }
    LabelQueueModel *queueModel() const { return m_model; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *previewLabel() const { return m_preview; }
    Kind kind() const;
    LabelLayout layout() const;
    SpineOptions spineOptions() const;

public slots:
    void reload();
    // The catalog's "print labels" (copy ids); returns how many were added.
    int addCopies(const QStringList &copyIds);
    int addCataloguedSince(const QDate &day);
    bool addBarcode(const QString &barcode);
    void removeSelected();
    void clearQueue();
    void setKind(Kind kind);
    void setPreset(const QString &presetId);
    void setSpineOptions(const SpineOptions &options);
    // Writes the queue's labels and empties the queue: the pages, or -1 (the reason shown).
    int writePdf(const QString &path);
    void exportPdf();
    void printPreview();

private:
    void buildUi();
    void onScan();
    void updatePreview();
    void saveSpineOptions();
    void showMessage(const QString &text, bool error = false);
    int printTo(QPagedPaintDevice &device);

    const Session &m_session;
    LabelQueueModel *m_model = nullptr;
    QLineEdit *m_scan = nullptr;
    QDateEdit *m_since = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_start = nullptr;
    QCheckBox *m_outlines = nullptr;
    QCheckBox *m_name = nullptr;
    QCheckBox *m_class = nullptr;
    QCheckBox *m_seq = nullptr;
    QCheckBox *m_volume = nullptr;
    QDoubleSpinBox *m_points = nullptr;
    QWidget *m_spineBox = nullptr;
    QLabel *m_preview = nullptr;
    bool m_loading = false;
};

} // namespace SchoolSuite::Library

#pragma once

#include "core/io/table.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWizard>

#include <functional>

namespace SchoolSuite {

// The import every module offers, in four steps: choose a CSV or XLSX file (with its text
// encoding), map the file's columns to the module's fields, preview the rows with a dry run that
// names every bad row and field (the import cannot go on while there is one), and commit. The
// wizard knows nothing about the data: the module hands in its fields and a runner that checks
// or imports a table, all or nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, DonePage };

    struct Field
    {
        QString key;
        QString title; // translated, shown in the mapping combos and the preview header
        bool required = false;
    };
    struct Issue
    {
        int row = 0;   // the row of the file, numbered as the spreadsheet numbers it
        QString field; // the field's title, or empty for the whole row
        QString message;
    };
    struct Report
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QList<Issue> issues;
    };
    // Checks (dryRun) or imports table; mapping holds a field key or "" for each column.
    // May throw SchoolSuite::Error, which the wizard shows.
    using Runner
        = std::function<Report(const Table &table, const QStringList &mapping, bool dryRun)>;
    // The field key for each header column, or "" to skip it.
    using AutoMapper = std::function<QStringList(const QStringList &header)>;

    ImportWizard(const QString &title,
                 const QList<Field> &fields,
                 Runner runner,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Defaults to matching headers against the fields' keys and titles.
    void setAutoMapper(AutoMapper mapper);
    // Preselects a file (a file dropped on the page, tests).
    void setFilePath(const QString &path);

    const QList<Field> &fields() const { return m_fields; }
    const Table &table() const { return m_table; }
    QStringList mapping() const;
    const Report &lastReport() const { return m_report; }
    // Whether the commit ran and wrote the rows.
    bool wasImported() const { return m_imported; }

    static constexpr int PreviewRows = 50;

signals:
    void imported(const SchoolSuite::ImportWizard::Report &report);

private:
    friend class ImportFilePage;
    friend class ImportMappingPage;
    friend class ImportPreviewPage;
    friend class ImportDonePage;

    QStringList autoMap(const QStringList &header) const;
    QString fieldTitle(const QString &key) const;

    QList<Field> m_fields;
    Runner m_runner;
    AutoMapper m_autoMapper;
    Table m_table;
    QString m_tablePath;
    Report m_report;
    bool m_imported = false;
    class ImportFilePage *m_filePage;
    class ImportMappingPage *m_mappingPage;
};

} // namespace SchoolSuite

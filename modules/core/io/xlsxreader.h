#pragma once

#include "core/io/table.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

class QXmlStreamReader;

namespace SchoolSuite {

class ZipReader;

// Reads the cell values of an XLSX workbook as text, the way a user sees them in Excel:
// shared and inline strings, numbers without a spurious ".0", booleans as TRUE/FALSE, and
// date-formatted numbers as ISO dates. Only what an import needs; formulas give their cached
// value. Errors are thrown as SchoolSuite::Error naming fileName.
class XlsxReader
{
public:
    XlsxReader(const QString &fileName, QByteArray data);
    ~XlsxReader();

    QStringList sheetNames() const;
    Table readSheet(int index);

    // How a number format shows a number; exposed for the tests.
    enum class NumberKind { Number, Date, DateTime, Time };
    static NumberKind classifyFormat(int numFmtId, const QString &formatCode);
    QString formatNumber(const QString &value, int styleIndex) const;

private:
    struct Sheet
    {
        QString name;
        QString path;
    };

    [[noreturn]] void fail(const QString &detail) const;
    QByteArray part(const QString &path, bool required = true);
    void checkXml(const QXmlStreamReader &xml, const QString &path) const;
    QHash<QString, QString> readRelationships(const QString &partPath,
                                              QHash<QString, QString> *types);
    void readWorkbook();
    void readSharedStrings(const QString &path);
    void readStyles(const QString &path);
    QString cellValue(QXmlStreamReader &xml, const QString &path);

    QString m_fileName;
    std::unique_ptr<ZipReader> m_zip;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<NumberKind> m_styleKinds; // per cellXfs entry
    bool m_date1904 = false;
};

} // namespace SchoolSuite

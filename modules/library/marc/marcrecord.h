#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

// The two MARC families a school meets: MARC 21 (Koha, OCLC, the Library of Congress) and UNIMARC
// with its Chinese profile CNMARC (the national library, the Chinese library systems).
enum class MarcFamily { Marc21, Unimarc };

struct MarcSubfield
{
    QChar code;
    QString value;
};

// A control field (00X: data only) or a data field (two indicators and subfields).
struct MarcField
{
    QString tag;  // three characters: "245"
    QString data; // control fields only
    QChar ind1 = QLatin1Char(' ');
    QChar ind2 = QLatin1Char(' ');
    QList<MarcSubfield> subfields;

    bool isControl() const;
    QString value(QChar code) const; // the first subfield of the code, trimmed; "" when none
    QStringList values(QChar code) const;
    void add(QChar code, const QString &value); // skipped when value is empty
};

// One MARC record, decoded to Unicode: the leader, then the fields in the order of the record.
struct MarcRecord
{
    QString leader; // 24 characters
    QList<MarcField> fields;

    const MarcField *field(QStringView tag) const; // the first with the tag, or nullptr
    QList<const MarcField *> fieldsWith(QStringView tag) const;
    QString control(QStringView tag) const;           // a control field's data
    QString value(QStringView tag, QChar code) const; // first field's first subfield
    MarcField &addField(const QString &tag,
                        QChar ind1 = QLatin1Char(' '),
                        QChar ind2 = QLatin1Char(' '));
    void addControl(const QString &tag, const QString &data);
};

// The family of a record from its tags alone (what a reader can tell before decoding text): a
// MARC 21 title is 245, a UNIMARC one 200; when both or neither is there, UNIMARC's 100$a fixed
// data (36 characters starting with an eight-digit date) decides. fixed100a is that subfield.
MarcFamily detectMarcFamily(bool has245, bool has200, QStringView fixed100a);

QString marcFamilyName(MarcFamily family); // "MARC 21", "CNMARC/UNIMARC"

} // namespace SchoolSuite

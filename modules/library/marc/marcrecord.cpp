#include "marcrecord.h"

namespace SchoolSuite {

bool MarcField::isControl() const
{
    return tag.startsWith(QLatin1String("00"));
}

QString MarcField::value(QChar code) const
{
    for (const MarcSubfield &s : subfields) {
        if (s.code == code)
            return s.value.trimmed();
    }
    return {};
}

QStringList MarcField::values(QChar code) const
{
    QStringList out;
    for (const MarcSubfield &s : subfields) {
        if (s.code == code)
            out << s.value.trimmed();
    }
    return out;
}

void MarcField::add(QChar code, const QString &value)
{
    if (!value.isEmpty())
        subfields.append(MarcSubfield{code, value});
}

const MarcField *MarcRecord::field(QStringView tag) const
{
    for (const MarcField &f : fields) {
        if (f.tag == tag)
            return &f;
    }
    return nullptr;
}

QList<const MarcField *> MarcRecord::fieldsWith(QStringView tag) const
{
    QList<const MarcField *> out;
    for (const MarcField &f : fields) {
        if (f.tag == tag)
            out << &f;
    }
    return out;
}

QString MarcRecord::control(QStringView tag) const
{
    const MarcField *f = field(tag);
    return f ? f->data : QString();
}

QString MarcRecord::value(QStringView tag, QChar code) const
{
    const MarcField *f = field(tag);
    return f ? f->value(code) : QString();
}

MarcField &MarcRecord::addField(const QString &tag, QChar ind1, QChar ind2)
{
    MarcField f;
    f.tag = tag;
    f.ind1 = ind1;
    f.ind2 = ind2;
    fields.append(f);
    return fields.last();
}

void MarcRecord::addControl(const QString &tag, const QString &data)
{
    MarcField f;
    f.tag = tag;
    f.data = data;
    fields.append(f);
}

MarcFamily detectMarcFamily(bool has245, bool has200, QStringView fixed100a)
{
    if (has245 && !has200)
        return MarcFamily::Marc21;
    if (has200 && !has245)
        return MarcFamily::Unimarc;
    bool date = fixed100a.size() >= 26;
    for (int i = 0; date && i < 8; ++i)
        date = fixed100a.at(i).isDigit();
    return date ? MarcFamily::Unimarc : MarcFamily::Marc21;
}

QString marcFamilyName(MarcFamily family)
{
    return family == MarcFamily::Marc21 ? QStringLiteral("MARC 21")
                                        : QStringLiteral("CNMARC/UNIMARC");
}

} // namespace SchoolSuite

#pragma once

#include <QDate>
#include <QString>

namespace SchoolSuite::Validators {

// Resident ID numbers (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character.
QChar idCheckCharacter(const QString &first17);
bool isValidIdNumber(const QString &id, QString *why = nullptr);
QDate birthDateFromId(const QString &id);
QString genderFromId(const QString &id); // "M" or "F"
QString maskIdNumber(const QString &id); // all but the last four characters hidden

// National student numbers (全国学籍号): G + the ID number, or a temporary L/J number of 18
// characters when the student has none.
bool isValidStudentNo(const QString &no, QString *why = nullptr);
// A G number holds the ID number: its birth date and sequence are hidden like an ID number's.
QString maskStudentNo(const QString &no);
bool isValidStaffNo(const QString &no);
bool isValidPhone(const QString &phone);
// Accepts 2015-09-01, 2015/9/1, 2015.9.1 and 20150901; an invalid QDate otherwise.
QDate parseDate(const QString &text);
// "M"/"F" from 男/女/M/F/male/female; empty for anything else.
QString parseGender(const QString &text);

} // namespace SchoolSuite::Validators

#pragma once

#include <QString>

namespace SchoolSuite::Isbn {

// ISBN-10 and ISBN-13 (ISO 2108). Input may carry hyphens, spaces, an "ISBN" prefix and a
// lower-case x; a scanned EAN-13 of a book (978/979) is an ISBN-13.
QString digits(const QString &text); // the digits (and a final X) only, upper-case
bool isValid10(const QString &digits);
bool isValid13(const QString &digits);
QChar checkDigit10(const QString &firstNine);
QChar checkDigit13(const QString &firstTwelve);
QString to13(const QString &isbn10); // "" when not a valid ISBN-10
QString to10(const QString &isbn13); // "" when not a 978 ISBN-13
// The ISBN-13 of any valid ISBN-10 or ISBN-13 text; "" when the text is not a valid ISBN
// (wrong length or check digit). ok tells an empty text (true) from an invalid one (false).
QString normalize(const QString &text, bool *ok = nullptr);
// Why text is not an ISBN, translated ("the check digit should be 5"); "" when it is one.
QString problem(const QString &text);
// An ISBN-13 hyphenated for people: group 7 (China) in full, "978-7-02-000220-7"; other
// groups after the prefix only ("978-0306406157"), as their ranges are not kept here.
QString display(const QString &isbn13);

} // namespace SchoolSuite::Isbn

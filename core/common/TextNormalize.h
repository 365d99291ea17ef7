#pragma once

#include <QString>

// Cleaning text as clerks type it or spreadsheets hold it: full-width characters, stray and
// ideographic spaces, phone numbers with separators.
namespace dd {

QString toHalfWidth(QStringView text);         // FF01–FF5E → ASCII, U+3000 → space
QString normalizeText(QStringView text);       // half-width, trimmed, inner whitespace collapsed
QString normalizePersonName(QStringView text); // also no spaces between Chinese characters
QString normalizePhone(QStringView text);      // 13812345678, or 0871-1234567[-ext]
bool isMobile(QStringView phone);              // 11 digits, 1[3-9]…
bool isLandline(QStringView phone);            // 0 + 2–3 digit area code, dash, 7–8 digits
QString normalizeIdNumber(QStringView text);   // half-width, upper-case X
bool isValidIdNumber(QStringView id); // 18 characters, GB 11643 check digit, real birth date
// Names of states, steps and choices start lower case to sit inside sentences; standing alone (a
// list's cell, a button, a heading) they start with a capital. Chinese is unchanged.
QString capitalised(QString text);

} // namespace dd

#pragma once

#include "registry/Records.h"

// Normalising and checking registry input, field by field, before anything is written.
namespace dd::registry {

// "1975-03", "1975-3", "1975.03", "1975/3", "1975年3月" → "1975-03"; empty on failure.
QString parseBirthMonth(QStringView text);
// ISO date or the same loose spellings as above with a day; null on failure.
QDate parseLooseDate(QStringView text);

// Adds a message when `phone` (already normalised) is neither a mobile nor a landline number.
void checkPhone(FieldErrors& errors, const QString& field, const QString& phone);

void normalize(Deputy& deputy);
FieldErrors validate(const Deputy& deputy);

void normalize(Membership& membership);
FieldErrors validate(const Membership& membership);

void normalize(Station& station);
FieldErrors validate(const Station& station);

} // namespace dd::registry

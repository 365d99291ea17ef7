#pragma once

#include "common/Outcome.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd::csv {

// One CSV field: quoted when needed; text that a spreadsheet would run as a formula
// (= + - @, tab, CR) gets a leading apostrophe. Plain numbers stay numbers.
QString field(const QString& value);

// UTF-8 with a BOM and CRLF line ends: what Excel on a Chinese Windows PC reads correctly.
QByteArray document(const QStringList& headers, const QList<QStringList>& rows);

// Writes through a temporary file and renames, so a failure leaves the old file intact.
Outcome writeFile(const QString& path, const QByteArray& bytes);

} // namespace dd::csv

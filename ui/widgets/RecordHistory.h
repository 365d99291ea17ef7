#pragma once

#include "storage/OperatorLog.h"

#include <QSqlDatabase>
#include <QString>

class QDialogButtonBox;
class QWidget;

namespace dd::ui {

// Cells of the HTML tables on record pages: a header, and a value (a short one never breaks).
QString htmlHeaderCell(const QString& text);
QString htmlCell(const QString& text);

// The fields an entry of the operator log changed, "Phone: 138… → 139…", joined by `separator`.
QString changesText(const QList<storage::FieldChange>& changes, const QString& separator);

// What the operator log holds for one record (kind as the log names it: deputy, station,
// activity, item), newest first, as a section of a record page. A failed read is said in a
// message over `parent`, and the section says nothing was read.
QString recordHistoryHtml(QSqlDatabase db, const QString& recordKind, qint64 recordId,
                          QWidget* parent);

// A "History…" button in a record's dialog that shows that section in a window of its own.
void addHistoryButton(QDialogButtonBox* buttons, QSqlDatabase db, const QString& recordKind,
                      qint64 recordId, const QString& recordName);

} // namespace dd::ui

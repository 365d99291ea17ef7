#pragma once

#include "imports/Table.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

// Turning cells into field values as offices really type them. Those that can fail give the
// value (empty for an empty cell) or what is wrong with it, translated.
namespace dd::imports {

class CellValues {
    Q_DECLARE_TR_FUNCTIONS(dd::imports::CellValues)

public:
    // Plain text, normalised (half-width, trimmed, inner whitespace collapsed).
    static QString text(const Cell* cell);
    // 1975-03 from a real date (either date system), 1975.03, 1975.3, 1975年3月, 1975-3, 1975/03,
    // 197503 or a full date; a year.month number reads as the sheet shows it (1975.10 is October).
    static Result<QString> birthMonth(const Cell* cell);
    // A date as ledgers hold it: a real date, an Excel serial or 20260305 typed as a number,
    // 2026-03-05, 2026.3.5, 2026/3/5, 2026年3月5日 (a time after it is ignored), or 3月5日 and 3.5
    // in `defaultYear`. "—", "/" and "无" are no date. Null for none.
    static Result<QDate> date(const Cell* cell, int defaultYear);
    // Phones stored as numbers, with spaces or dashes, or in full-width digits.
    static QString phone(const Cell* cell);
    // ID numbers must be text: a number cell has already lost digits past the 15th.
    static Result<QString> idNumber(const Cell* cell);
    // Certificate numbers stored as numbers read without a decimal point.
    static QString code(const Cell* cell);
    // 是, √, ✓, Y, yes, TRUE, 1 → true.
    static bool yes(const Cell* cell);
    // 3, 3星, 三星, 三星级, ★★★ → 3; 0 when empty.
    static Result<int> stars(const Cell* cell);
};

} // namespace dd::imports

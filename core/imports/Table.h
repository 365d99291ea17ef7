#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A spreadsheet or CSV file as read, before any meaning is given to it: only non-empty cells,
// each at the row and column the clerk sees in Excel (1-based), so messages can point there.
namespace dd::imports {

struct Cell {
    enum class Kind { Text, Number, Date, Boolean };
    int column = 0; // 1 = column A
    Kind kind = Kind::Text;
    QString text;      // as the sheet shows it: numbers in their format, dates as yyyy-MM-dd
    double number = 0; // Number, Date (the serial) and Boolean
    QDate date;        // Date
};

struct Row {
    int number = 0;    // 1-based row (CSV: the line the record starts on)
    QList<Cell> cells; // ascending by column, none empty
    const Cell* cell(int column) const;
};

struct Table {
    QString name;    // the sheet's name, or the CSV file's name
    QList<Row> rows; // ascending by number, only rows with a non-empty cell
};

// A number as Excel's General format shows it: whole numbers without a decimal point (a phone
// number typed as a number), others with up to 15 significant digits.
QString generalNumber(double value);

// "A", "B", … "AA": the column letters Excel shows.
QString columnLetters(int column);

} // namespace dd::imports

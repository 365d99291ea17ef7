#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

struct lxw_workbook;
struct lxw_format;

namespace dd::xlsx {

// How a column's values are written: numbers as numbers, dates as dates, and every identifier
// (phone, certificate and ID numbers) as text, so Excel never turns them into 1.38E+10.
enum class CellType { Text, Number, Date, Month };

struct Column {
    QString header;
    CellType type = CellType::Text;
};

// One printable sheet: merged title row, date line, bold bordered header with 序号, frozen
// header, autofilter, CJK-fitted widths, A4 (landscape when wide), header repeated on every
// printed page, page numbers in the footer.
struct Sheet {
    QString name; // at most 31 characters, none of []:*?/\ .
    QString title;
    QString dateLine;
    QString serialHeader = QStringLiteral("序号");
    QString pageFooter = QStringLiteral("第 &P 页 共 &N 页"); // Excel header/footer codes
    QList<Column> columns;
    QList<QVariantList> rows; // QString, number or QDate per the column's type; empty = blank
};

// Empty when the name is a valid sheet name; otherwise what is wrong with it.
QString sheetNameProblem(const QString& name);

// Writes an .xlsx through a temporary file in the target's folder, renamed over the target
// only when everything was written; on any failure the old file is left as it was.
class WorkbookWriter {
    Q_DECLARE_TR_FUNCTIONS(dd::xlsx::WorkbookWriter)

public:
    explicit WorkbookWriter(QString targetPath);
    ~WorkbookWriter();
    WorkbookWriter(const WorkbookWriter&) = delete;
    WorkbookWriter& operator=(const WorkbookWriter&) = delete;

    Outcome addSheet(const Sheet& sheet);
    Outcome commit();

private:
    Outcome open();
    QString m_target;
    QString m_temporary;
    lxw_workbook* m_workbook = nullptr;
    Outcome m_opened; // why there is no workbook, when there is none
    struct Formats;
    std::unique_ptr<Formats> m_formats;
};

// The workbook of these sheets, written at once (atomically, as above).
Outcome writeWorkbook(const QString& path, const QList<Sheet>& sheets);

} // namespace dd::xlsx

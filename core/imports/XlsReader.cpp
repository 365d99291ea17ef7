#include "imports/XlsReader.h"

#include "imports/XlsxReader.h"

#include <QFile>

#include <freexl.h>

namespace dd::imports {

namespace {
// FreeXL opens files by a narrow name: UTF-8 on Windows (the build patches FreeXL to open it
// through _wfopen), the file system's encoding elsewhere.
QByteArray nativeName(const QString& path)
{
#ifdef Q_OS_WIN
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

class Workbook {
public:
    explicit Workbook(const QString& path) { m_status = freexl_open(nativeName(path), &m_handle); }
    ~Workbook() { freexl_close(m_handle); }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    int status() const { return m_status; }
    const void* handle() const { return m_handle; }
    unsigned info(unsigned short what) const
    {
        unsigned value = 0;
        return freexl_get_info(m_handle, what, &value) == FREEXL_OK ? value : 0;
    }

private:
    const void* m_handle = nullptr;
    int m_status = FREEXL_OK;
};

QDate isoDate(const char* text)
{
    return QDate::fromString(QString::fromLatin1(text).left(10), Qt::ISODate);
}

// One cell as the clerk sees it; false when it is empty.
bool readCell(const FreeXL_CellValue& value, Cell* cell)
{
    switch (value.type) {
    case FREEXL_CELL_INT:
        cell->kind = Cell::Kind::Number;
        cell->number = value.value.int_value;
        cell->text = QString::number(value.value.int_value);
        return true;
    case FREEXL_CELL_DOUBLE:
        cell->kind = Cell::Kind::Number;
        cell->number = value.value.double_value;
        cell->text = generalNumber(value.value.double_value);
        return true;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
        cell->date = isoDate(value.value.text_value);
        if (cell->date.isValid()) {
            cell->kind = Cell::Kind::Date;
            cell->number = double(QDate(1899, 12, 30).daysTo(cell->date));
            cell->text = cell->date.toString(Qt::ISODate);
            return true;
        }
        [[fallthrough]];
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
        cell->text = QString::fromUtf8(value.value.text_value);
        return !cell->text.trimmed().isEmpty();
    default:
        return false;
    }
}
} // namespace

Result<QList<Table>> XlsReader::read(const QString& path)
{
    const Workbook workbook(path);
    const auto failed = [](const QString& why) { return Outcome::badInput(why); };
    switch (workbook.status()) {
    case FREEXL_OK:
        break;
    case FREEXL_FILE_NOT_FOUND:
        return failed(tr("the file cannot be opened"));
    case FREEXL_INSUFFICIENT_MEMORY:
        return failed(tr("there is not enough memory to read it"));
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return failed(tr("it holds no Excel workbook: it is password-protected, or a document "
                         "of another program. Open it in Excel or WPS and save it as an Excel "
                         "workbook (.xlsx) without a password, then import that file."));
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
        return failed(tr("its text is in a character set that cannot be read. Open it in Excel "
                         "or WPS and save it as an Excel workbook (.xlsx), then import that "
                         "file."));
    default:
        return failed(tr("it is damaged (FreeXL error %1). Open it in Excel or WPS and save it "
                         "as an Excel workbook (.xlsx), then import that file.")
                          .arg(workbook.status()));
    }
    if (workbook.info(FREEXL_BIFF_PASSWORD) == FREEXL_BIFF_OBFUSCATED)
        return failed(tr("it is password-protected. Open it in Excel or WPS, remove the "
                         "password and save it as an Excel workbook (.xlsx), then import that "
                         "file."));

    QList<Table> tables;
    int cellCount = 0;
    const unsigned sheetCount = workbook.info(FREEXL_BIFF_SHEET_COUNT);
    for (unsigned short index = 0; index < sheetCount; ++index) {
        Table table;
        const char* name = nullptr;
        if (freexl_get_worksheet_name(workbook.handle(), index, &name) == FREEXL_OK && name)
            table.name = QString::fromUtf8(name);
        unsigned rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(workbook.handle(), index) != FREEXL_OK ||
            freexl_worksheet_dimensions(workbook.handle(), &rows, &columns) != FREEXL_OK)
            return failed(tr("the sheet %1 is damaged").arg(table.name));
        for (unsigned r = 0; r < rows; ++r) {
            Row row;
            row.number = int(r) + 1;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(workbook.handle(), r, c, &value) != FREEXL_OK)
                    return failed(tr("the sheet %1 is damaged at cell %2%3")
                                      .arg(table.name, columnLetters(c + 1))
                                      .arg(r + 1));
                Cell cell;
                cell.column = c + 1;
                if (!readCell(value, &cell))
                    continue;
                if (++cellCount > XlsxReader::kMaxCells)
                    return failed(tr("it has more than %1 non-empty cells; a roster or a ledger "
                                     "is never that large")
                                      .arg(XlsxReader::kMaxCells));
                row.cells.append(cell);
            }
            if (!row.cells.isEmpty())
                table.rows.append(std::move(row));
        }
        tables.append(std::move(table));
    }
    return tables;
}

} // namespace dd::imports

#include "xlsx/WorkbookWriter.h"

#include "common/TextWidth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <xlsxwriter.h>

#include <filesystem>

namespace dd::xlsx {

namespace {
constexpr int kTitleRow = 0;
constexpr int kDateRow = 1;
constexpr int kHeaderRow = 2;
constexpr int kFirstDataRow = 3;
constexpr double kMaxColumnWidth = 50;
constexpr uint8_t kPaperA4 = 9;

lxw_datetime toDatetime(const QDate& date)
{
    return {date.year(), date.month(), date.day(), 0, 0, 0};
}
} // namespace

struct WorkbookWriter::Formats {
    lxw_format* title = nullptr;
    lxw_format* dateLine = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* number = nullptr;
    lxw_format* date = nullptr;
    lxw_format* month = nullptr;
    lxw_format* serial = nullptr;
};

QString sheetNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return WorkbookWriter::tr("a sheet needs a name");
    if (name.size() > 31)
        return WorkbookWriter::tr("sheet name \"%1\" is longer than 31 characters").arg(name);
    for (QChar c : QStringLiteral("[]:*?/\\"))
        if (name.contains(c))
            return WorkbookWriter::tr("sheet name \"%1\" contains %2").arg(name, c);
    if (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        return WorkbookWriter::tr("sheet name \"%1\" begins or ends with an apostrophe").arg(name);
    return {};
}

WorkbookWriter::WorkbookWriter(QString targetPath)
    : m_target(QFileInfo(targetPath).absoluteFilePath())
    , m_formats(std::make_unique<Formats>())
{
    m_opened = open();
}

WorkbookWriter::~WorkbookWriter()
{
    if (m_workbook) { // not committed: discard what was written
        workbook_close(m_workbook);
        QFile::remove(m_temporary);
    }
}

Outcome WorkbookWriter::open()
{
    const QString shown = QDir::toNativeSeparators(m_target);
    const QFileInfo target(m_target);
    if (target.isDir())
        return Outcome::badInput(tr("%1 is a folder; please give a file name").arg(shown));
    if (!QFileInfo(target.absolutePath()).isDir())
        return Outcome::storage(tr("Cannot write %1: the folder does not exist").arg(shown));
    m_temporary = target.absolutePath() + QStringLiteral("/.~") + target.completeBaseName() +
                  QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8) +
                  QStringLiteral(".xlsx");
    // UTF-8 on every platform: on Windows our build of libxlsxwriter opens it as UTF-16, so a
    // folder such as 桌面\代表 资料 works (packaging/windows/patches).
    const QByteArray name = QDir::toNativeSeparators(m_temporary).toUtf8();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows stream to disk: big sheets stay small in memory
    m_workbook = workbook_new_opt(name.constData(), &options);
    if (!m_workbook)
        return Outcome::storage(
            tr("Cannot write %1: no permission to create files in that folder").arg(shown));
    const auto make = [this](auto configure) {
        lxw_format* format = workbook_add_format(m_workbook);
        format_set_font_name(format, "宋体");
        format_set_font_size(format, 11);
        format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
        configure(format);
        return format;
    };
    const auto bordered = [](lxw_format* format) { format_set_border(format, LXW_BORDER_THIN); };
    m_formats->title = make([](lxw_format* f) {
        format_set_bold(f);
        format_set_font_size(f, 16);
        format_set_align(f, LXW_ALIGN_CENTER);
    });
    m_formats->dateLine = make([](lxw_format* f) { format_set_align(f, LXW_ALIGN_RIGHT); });
    m_formats->header = make([&](lxw_format* f) {
        bordered(f);
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_text_wrap(f);
        format_set_bg_color(f, 0xE6E6E6);
    });
    m_formats->text = make([&](lxw_format* f) {
        bordered(f);
        format_set_text_wrap(f);
        format_set_num_format(f, "@");
    });
    m_formats->number = make(bordered);
    m_formats->serial = make([&](lxw_format* f) {
        bordered(f);
        format_set_align(f, LXW_ALIGN_CENTER);
    });
    m_formats->date = make([&](lxw_format* f) {
        bordered(f);
        format_set_num_format(f, "yyyy\"年\"m\"月\"d\"日\"");
    });
    m_formats->month = make([&](lxw_format* f) {
        bordered(f);
        format_set_num_format(f, "yyyy.mm");
    });
    return Outcome::success();
}

Outcome WorkbookWriter::addSheet(const Sheet& sheet)
{
    if (!m_workbook)
        return m_opened;
    if (const QString problem = sheetNameProblem(sheet.name); !problem.isEmpty())
        return Outcome::badInput(problem);
    const QByteArray sheetName = sheet.name.toUtf8();
    if (workbook_validate_sheet_name(m_workbook, sheetName.constData()) != LXW_NO_ERROR)
        return Outcome::badInput(tr("sheet name \"%1\" is used twice").arg(sheet.name));
    lxw_worksheet* ws = workbook_add_worksheet(m_workbook, sheetName.constData());
    const int columns = int(sheet.columns.size()) + 1;
    const lxw_col_t lastColumn = lxw_col_t(columns - 1);
    const lxw_row_t lastRow =
        lxw_row_t(kFirstDataRow + std::max<qsizetype>(sheet.rows.size(), 1) - 1);

    // Column widths first: libxlsxwriter cannot autofit, so measure, counting CJK double.
    QList<int> widths(columns, 0);
    widths[0] =
        std::max(displayWidth(sheet.serialHeader), int(QString::number(sheet.rows.size()).size()));
    for (int c = 1; c < columns; ++c)
        widths[c] = displayWidth(sheet.columns.at(c - 1).header);
    for (const QVariantList& row : sheet.rows)
        for (int c = 1; c < columns && c - 1 < row.size(); ++c) {
            const Column& column = sheet.columns.at(c - 1);
            const int width = column.type == CellType::Date ? 16
                              : column.type == CellType::Month
                                  ? 8
                                  : displayWidth(row.at(c - 1).toString());
            widths[c] = std::max(widths[c], width);
        }
    int totalWidth = 0;
    for (int c = 0; c < columns; ++c) {
        const double width = std::min<double>(widths[c] + 2, kMaxColumnWidth);
        totalWidth += int(width);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }

    worksheet_set_paper(ws, kPaperA4);
    if (totalWidth > 95 || columns > 7)
        worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0); // all columns on the page width, as many pages as needed
    worksheet_repeat_rows(ws, kHeaderRow, kHeaderRow);
    worksheet_set_footer(ws, (QStringLiteral("&C") + sheet.pageFooter).toUtf8().constData());
    worksheet_freeze_panes(ws, kFirstDataRow, 0);

    // constant_memory mode writes row by row, so rows go out strictly in order.
    const QByteArray title = sheet.title.toUtf8();
    worksheet_set_row(ws, kTitleRow, 30, nullptr);
    worksheet_merge_range(ws, kTitleRow, 0, kTitleRow, lastColumn, title.constData(),
                          m_formats->title);
    const QByteArray dateLine = sheet.dateLine.toUtf8();
    worksheet_merge_range(ws, kDateRow, 0, kDateRow, lastColumn, dateLine.constData(),
                          m_formats->dateLine);
    worksheet_write_string(ws, kHeaderRow, 0, sheet.serialHeader.toUtf8().constData(),
                           m_formats->header);
    for (int c = 1; c < columns; ++c)
        worksheet_write_string(ws, kHeaderRow, lxw_col_t(c),
                               sheet.columns.at(c - 1).header.toUtf8().constData(),
                               m_formats->header);
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(kFirstDataRow + r);
        worksheet_write_number(ws, row, 0, r + 1, m_formats->serial);
        const QVariantList& values = sheet.rows.at(r);
        for (int c = 1; c < columns; ++c) {
            const QVariant value = values.value(c - 1);
            const CellType type = sheet.columns.at(c - 1).type;
            const lxw_col_t col = lxw_col_t(c);
            if (type == CellType::Number && value.isValid() && !value.toString().isEmpty()) {
                worksheet_write_number(ws, row, col, value.toDouble(), m_formats->number);
            } else if ((type == CellType::Date || type == CellType::Month) &&
                       value.toDate().isValid()) {
                lxw_datetime datetime = toDatetime(value.toDate());
                worksheet_write_datetime(ws, row, col, &datetime,
                                         type == CellType::Date ? m_formats->date
                                                                : m_formats->month);
            } else {
                // write_string never makes a formula: "=1+1" stays the text "=1+1".
                const QByteArray text = value.toString().toUtf8();
                if (text.isEmpty())
                    worksheet_write_blank(ws, row, col, m_formats->text);
                else
                    worksheet_write_string(ws, row, col, text.constData(), m_formats->text);
            }
        }
    }
    worksheet_autofilter(ws, kHeaderRow, 0, lastRow, lastColumn);
    return Outcome::success();
}

Outcome WorkbookWriter::commit()
{
    if (!m_workbook)
        return m_opened;
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_opened = Outcome::storage(tr("the workbook was already written"));
    const QString shown = QDir::toNativeSeparators(m_target);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(m_temporary);
        return Outcome::storage(
            tr("Cannot write %1: %2").arg(shown, QString::fromUtf8(lxw_strerror(closed))));
    }
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(m_temporary.toStdU16String()),
                            std::filesystem::path(m_target.toStdU16String()), code);
    if (code) {
        QFile::remove(m_temporary);
        return Outcome::storage(
            tr("Cannot replace %1: is it open in Excel or WPS? Close it and try again.")
                .arg(shown));
    }
    return Outcome::success();
}

} // namespace dd::xlsx

namespace dd::xlsx {

Outcome writeWorkbook(const QString& path, const QList<Sheet>& sheets)
{
    WorkbookWriter writer(path);
    for (const Sheet& sheet : sheets)
        if (Outcome added = writer.addSheet(sheet); !added.ok())
            return added;
    return writer.commit();
}

} // namespace dd::xlsx

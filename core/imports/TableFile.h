#pragma once

#include "common/Result.h"
#include "imports/Table.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace dd::imports {

// Opens a spreadsheet the way a clerk hands it over: the type is decided by the content, not the
// extension (.xlsx or Excel 97–2003 .xls workbook, or CSV in UTF-8, UTF-8 with BOM, UTF-16 or
// GB18030), and files that only look like spreadsheets (web pages saved as .xls, PDFs) are named
// as such.
class TableFile {
    Q_DECLARE_TR_FUNCTIONS(dd::imports::TableFile)

public:
    static constexpr qint64 kMaxFileBytes = 100 * 1024 * 1024;
    // A CSV with more cells is refused before it is read (about 1,000,000 non-empty cells, as
    // for a workbook; empty ones count here too).
    static constexpr qint64 kMaxTextFields = 2'000'000;

    // Every visible sheet of a workbook, or the one table of a CSV file; or what is wrong.
    static Result<QList<Table>> read(const QString& path);
    static Result<QList<Table>> read(const QByteArray& bytes, const QString& name);

private:
    static qint64 countTextFields(QFile& file);
    static bool isWorkbook(const QByteArray& head);
    static Result<QList<Table>> readOldWorkbook(const QString& path, const QString& name);
    // Why a file that is not a spreadsheet is refused (a web page, a PDF); empty when
    // it may be one.
    static QString refusal(const QByteArray& head, const QString& name);
    static Result<QList<Table>> readCsv(QIODevice& device, const QString& name);
};

} // namespace dd::imports

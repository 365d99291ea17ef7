#pragma once

#include "common/Result.h"
#include "imports/Table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace dd::xlsx {
class ZipArchive;
}

namespace dd::imports {

// Reads the cells of an .xlsx workbook as the clerk sees them, whichever program wrote it
// (transitional or strict OOXML, any namespace prefix, the workbook wherever the package's
// relationships put it): shared and inline strings with rich text joined, phonetic runs left out
// and _xHHHH_ escapes decoded; numbers in their display format; dates in either date system or
// as ISO text; merged ranges filled from their top-left cell. Hostile files are refused with a
// message: zip bombs and paths outside the archive (ZipArchive), any DTD or entity, too many
// cells.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(dd::imports::XlsxReader)

public:
    static constexpr int kMaxCells = 1'000'000;

    // Every visible sheet, in the workbook's order; or what is wrong with the file.
    static Result<QList<Table>> read(QByteArray bytes);

    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    struct NumberFormat {
        bool isDate = false;
        int decimals = -1; // -1: General
    };

private:
    explicit XlsxReader(std::unique_ptr<xlsx::ZipArchive> zip);
    // The steps of read(): the workbook part's name (empty when there is none), then false with
    // m_error saying why.
    QString workbookPart();
    bool readWorkbook(const QString& workbookName);
    std::optional<Table> readSheet(int index);
    bool readSharedStrings(const QString& part);
    bool readStyles(const QString& part);
    std::optional<QByteArray> part(const QString& name);
    QString formatNumber(double value, int style, QDate* date) const;

    std::unique_ptr<xlsx::ZipArchive> m_zip;
    QString m_error;
    struct SheetEntry {
        QString name;
        QString part;
    };
    QList<SheetEntry> m_sheets;
    QStringList m_sharedStrings;
    QList<NumberFormat> m_styles; // by cellXfs index
    bool m_date1904 = false;
};

// The display format of an Excel number format (built-in id, or custom code).
XlsxReader::NumberFormat numberFormat(int id, const QString& customCode);
// The day of an Excel date serial in the 1900 (with its phantom 1900-02-29) or 1904 system.
QDate excelDate(double serial, bool date1904);

} // namespace dd::imports

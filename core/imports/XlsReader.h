#pragma once

#include "common/Result.h"
#include "imports/Table.h"

#include <QCoreApplication>

namespace dd::imports {

// Reads an Excel 97–2003 workbook (.xls, BIFF5 or BIFF8) through FreeXL, cell by cell as the
// clerk sees it: text in whatever code page the workbook was saved with (GBK from an old Chinese
// Excel, UTF-16 from any later one), dates as dates, whole numbers without a decimal point (a
// phone number typed as a number reads 13800138000). Merged ranges are not filled: FreeXL does
// not report them, so a township written once beside several rows reads on the first row only.
class XlsReader {
    Q_DECLARE_TR_FUNCTIONS(dd::imports::XlsReader)

public:
    // Every sheet, in the workbook's order; or what is wrong with the file.
    static Result<QList<Table>> read(const QString& path);
};

} // namespace dd::imports

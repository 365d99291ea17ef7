// The spreadsheet benchmarks, in a process of their own so its peak memory is the workbook's:
// export a 5,000-row roster, import it into an empty database, and refuse a hostile file.
#include "bench_common.h"

#include "imports/RosterImport.h"
#include "imports/TableFile.h"
#include "registry/DeputyStore.h"
#include "storage/Database.h"
#include "usecases/ImportRun.h"
#include "usecases/RegistryActions.h"
#include "xlsx/WorkbookWriter.h"

#include <QTemporaryDir>

using namespace dd;

int runImportBench()
{
    QTemporaryDir dir;
    const QString workbook = dir.filePath(QStringLiteral("roster.xlsx"));
    constexpr int kRows = 5000;
    const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗");
    const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华");
    xlsx::Sheet sheet;
    sheet.name = QStringLiteral("代表名册");
    sheet.title = QStringLiteral("云岭县第十八届人民代表大会代表名册");
    sheet.dateLine = QStringLiteral("2026年11月22日");
    for (const char* header :
         {"姓名", "性别", "出生年月", "工作单位及职务", "联系电话", "代表证号", "选区"})
        sheet.columns.append({QString::fromUtf8(header), xlsx::CellType::Text});
    for (int i = 0; i < kRows; ++i) {
        const QString name = QString(surnames[i % surnames.size()]) +
                             given[(i / surnames.size()) % given.size()] +
                             given[(i / (surnames.size() * given.size())) % given.size()];
        sheet.rows.append(QVariantList{
            name, i % 3 ? QStringLiteral("男") : QStringLiteral("女"),
            QStringLiteral("%1.%2").arg(1960 + i % 35).arg(1 + i % 12, 2, 10, QLatin1Char('0')),
            QStringLiteral("城关镇第%1村村委会主任").arg(i % 200),
            QStringLiteral("138%1").arg(10000000 + i), QString::number(180000 + i),
            QStringLiteral("第%1选区").arg(1 + i % 60)});
    }
    bench::measure(QStringLiteral("export 5,000-row roster workbook"), QStringLiteral("< 500 ms"),
                   [&] {
                       xlsx::WorkbookWriter writer(workbook);
                       if (!writer.addSheet(sheet) || !writer.commit())
                           std::abort();
                   });
    sheet = {};

    storage::OpenResult opened = storage::Database::open(dir.filePath(QStringLiteral("empty.ddb")),
                                                         storage::Database::Mode::CreateIfMissing);
    if (!opened)
        return 1;
    QSqlDatabase db = (*opened)->connection();
    usecase::setUpOffice(
        db, {QStringLiteral("云岭县人大常委会"), registry::Level::County, 18, QDate(2021, 12, 20)});
    bench::measure(QStringLiteral("  of which: read the workbook"), QStringLiteral("-"), [&] {
        if (!imports::TableFile::read(workbook))
            std::abort();
    });
    bench::measure(
        QStringLiteral("import 5,000-row roster workbook"), QStringLiteral("< 2 s"), [&] {
            usecase::RosterImportRun roster(db, imports::RosterImportOptions{});
            imports::ImportCounts counts;
            // As the clerk imports: the backup first, then the rows in one transaction.
            if (!roster.read(workbook) || !roster.apply(&counts).ok() || counts.inserted != kRows)
                std::abort();
        });
    std::printf("  (%d deputies imported)\n", registry::DeputyStore(db).count());
    return 0;
}

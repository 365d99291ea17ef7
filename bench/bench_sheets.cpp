// The quarterly sheets at the `large` scale, on the database scripts/bench makes: one township's
// sheets, and every deputy's with the process's memory sampled as the pages go by.
#include "bench_common.h"

#include "registry/TownshipStore.h"
#include "report/DeputySheets.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace dd;
using bench::measure;

int runSheetsBench(const QString& path, bool everyone)
{
    const auto database = bench::openBenchDatabase(path);
    if (!database)
        return 1;
    const QSqlDatabase db = database->connection();
    const Period quarter = *Period::parse(QStringLiteral("2026Q3"));
    QTemporaryDir dir;
    const report::SheetPrinter printer;
    // The township with the most deputies.
    scoring::Selection township;
    int most = 0;
    for (const registry::Township& t : *registry::TownshipStore(db).list()) {
        scoring::Selection s;
        s.townshipId = t.id;
        const auto sheets =
            report::QuarterlySheets::create(db, quarter, s, scoring::ScoreOrder::Strokes);
        if (sheets && (*sheets)->count() > most) {
            most = (*sheets)->count();
            township = s;
        }
    }
    std::unique_ptr<report::QuarterlySheets> sheets;
    measure(QStringLiteral("gather one township's sheets"), QStringLiteral("-"), [&] {
        sheets = std::move(
            *report::QuarterlySheets::create(db, quarter, township, scoring::ScoreOrder::Strokes));
    });
    int pages = 0;
    measure(QStringLiteral("lay out one township's sheets"), QStringLiteral("-"),
            [&] { pages = printer.pageCount(*sheets); });
    report::PrintResult result;
    const QString pdf = dir.filePath(QStringLiteral("township.pdf"));
    const double township_ms =
        measure(QStringLiteral("one township's sheets to PDF"), QStringLiteral("< 5 s"),
                [&] { result = *printer.writePdf(*sheets, pdf); });
    std::printf("  (%d deputies, %d pages, %.1f ms a page, %lld KB)\n", result.documents,
                result.pages, township_ms / std::max(1, result.pages),
                QFileInfo(pdf).size() / 1024);
    std::printf("township-ms %.1f\n", township_ms);
    // The same pages as one HTML file, for LibreOffice to convert (scripts/bench times it).
    QFile html(QFileInfo(path).absolutePath() + QStringLiteral("/township-sheets.html"));
    if (html.open(QIODevice::WriteOnly)) {
        html.write("<html><head><meta charset='utf-8'></head><body>");
        for (int i = 0; i < sheets->count(); ++i) {
            const QString body = sheets->sheet(i)->body->toHtml();
            const qsizetype from = body.indexOf(QLatin1String("<body"));
            const qsizetype to = body.lastIndexOf(QLatin1String("</body>"));
            html.write(
                (i > 0 ? QStringLiteral("<p style='page-break-before:always'></p>") : QString())
                    .toUtf8());
            html.write(body.mid(body.indexOf(QLatin1Char('>'), from) + 1,
                                to - body.indexOf(QLatin1Char('>'), from) - 1)
                           .toUtf8());
        }
        html.write("</body></html>");
        std::printf("township-html %s\n", qPrintable(html.fileName()));
    }
    if (everyone) {
        std::unique_ptr<report::QuarterlySheets> all;
        QList<double> memory;
        const double ms =
            measure(QStringLiteral("every deputy's sheets to PDF"), QStringLiteral("< 90 s"), [&] {
                all = std::move(*report::QuarterlySheets::create(db, quarter, {},
                                                                 scoring::ScoreOrder::Strokes));
                result = *printer.writePdf(*all, dir.filePath(QStringLiteral("all.pdf")),
                                           [&](int done, int) {
                                               if (done % 500 == 0)
                                                   memory << bench::currentMemoryMb();
                                               return true;
                                           });
            });
        QStringList samples;
        for (double mb : std::as_const(memory))
            samples << QString::number(mb, 'f', 0);
        std::printf("  (%d deputies, %d pages, %.1f ms a page; memory every 500 sheets: %s MB)\n",
                    result.documents, result.pages, ms / std::max(1, result.pages),
                    qPrintable(samples.join(QStringLiteral(" "))));
    }
    std::printf("peak memory %.1f MB\n", bench::peakMemoryMb());
    std::fflush(stdout);
    return 0;
}

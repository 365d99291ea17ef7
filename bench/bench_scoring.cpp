// Scoring at the `large` scale, on the database scripts/bench makes with the CLI: a quarter's
// scores for everyone, one deputy's trace, the gap report, and the scores workbook.
#include "bench_common.h"

#include "common/Clock.h"
#include "common/DocumentText.h"
#include "exports/ScoreExports.h"
#include "scoring/GapReport.h"
#include "storage/Database.h"

#include <QTemporaryDir>

using namespace dd;
using bench::measure;

int runScoringBench(const QString& path)
{
    const auto database = bench::openBenchDatabase(path);
    if (!database)
        return 1;
    const QSqlDatabase db = database->connection();
    const Period quarter = *Period::parse(QStringLiteral("2026Q3"));
    QList<scoring::DeputyScore> scores;
    QList<double> runs;
    for (int run = 1; run <= 5; ++run)
        runs << measure(QStringLiteral("a quarter's scores for everyone (run %1)").arg(run),
                        QStringLiteral("< 300 ms"),
                        [&] { scores = *scoring::ScoreEngine(db).scores(quarter, {}); });
    std::sort(runs.begin(), runs.end());
    std::printf("  (%d deputies scored at their levels; median %.1f ms)\n", int(scores.size()),
                runs.at(2));
    std::printf("scores-median-ms %.1f\n", runs.at(2));
    // The deputy with the most records: the longest trace.
    qint64 busiest = 0;
    double most = -1;
    for (const scoring::DeputyScore& s : std::as_const(scores))
        if (s.yearPoints + s.yearDeductions > most) {
            most = s.yearPoints + s.yearDeductions;
            busiest = s.member.deputyId;
        }
    int lines = 0;
    measure(QStringLiteral("the trace of one deputy"), QStringLiteral("< 50 ms"), [&] {
        for (const scoring::ScoreTrace& trace : *scoring::ScoreEngine(db).explain(busiest, quarter))
            lines += int(trace.lines.size());
    });
    std::printf("  (%d trace lines)\n", lines);
    int gaps = 0;
    measure(QStringLiteral("the gap report on 2026-09-30"), QStringLiteral("< 300 ms"), [&] {
        gaps = int(scoring::gapReport(db, {2026, 9, 30})->size());
    });
    std::printf("  (%d minimums behind pace)\n", gaps);
    QTemporaryDir dir;
    measure(QStringLiteral("the scores workbook (履职积分汇总表)"), QStringLiteral("< 2 s"), [&] {
        const DocumentText text(QStringLiteral("zh_CN"));
        xlsx::WorkbookWriter writer(dir.filePath(QStringLiteral("scores.xlsx")));
        if (!writer.addSheet(exports::scoresSheet(
                scores, {QStringLiteral("云岭县人大常委会"), quarter.label(true), Clock::today()},
                text)) ||
            !writer.commit())
            std::abort();
    });
    std::printf("peak memory %.1f MB\n", bench::peakMemoryMb());
    return 0;
}

// Times the operations that exist on a `large` demo database and prints one table:
// operation, wall time, target, and the process's peak memory after the operation.
// `deputydesk_bench import` runs the spreadsheet benchmarks instead (bench_import.cpp), and
// `deputydesk_bench scoring FILE` the scoring ones on a large database (bench_scoring.cpp).
#include "activities/ActivityStore.h"
#include "activities/RosterPlanner.h"
#include "bench_common.h"
#include "calendar/CalendarStore.h"

#include "common/Clock.h"
#include "exports/LoopExports.h"
#include "loop/LoopMeasures.h"
#include "loop/LoopStore.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "storage/Database.h"
#include "storage/OperatorLog.h"
#include "usecases/ActivityActions.h"
#include "usecases/LoopActions.h"
#include "usecases/RegistryActions.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace dd;

namespace {
using bench::measure;
using bench::peakMemoryMb;
} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // the sheets are drawn with Qt Gui
    Clock::setToday(QDate(2026, 11, 22));
    if (app.arguments().value(1) == QLatin1String("import")) {
        std::printf("DeputyDesk spreadsheet benchmarks (5,000 rows)\n");
        return runImportBench();
    }
    if (app.arguments().value(1) == QLatin1String("sheets")) {
        std::printf("DeputyDesk quarterly sheets (large scale)\n");
        return runSheetsBench(app.arguments().value(2),
                              app.arguments().value(3) == QLatin1String("--all"));
    }
    if (app.arguments().value(1) == QLatin1String("scoring")) {
        std::printf("DeputyDesk scoring benchmarks (large scale)\n");
        return runScoringBench(app.arguments().value(2));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.ddb"));
    const auto database = bench::openBenchDatabase(path, storage::Database::Mode::CreateIfMissing);
    if (!database)
        return 1;
    QSqlDatabase db = database->connection();
    usecase::setUpOffice(
        db, {QStringLiteral("云岭县人大常委会"), registry::Level::County, 18, QDate(2021, 12, 20)});
    std::printf("DeputyDesk benchmarks (large scale, today 2026-11-22)\n");
    demo::DemoSummary summary;
    measure(QStringLiteral("demo --scale large"), QStringLiteral("< 30 s"), [&] {
        const Outcome outcome =
            usecase::fillWithDemo(db, {demo::DemoOptions::Scale::Large, 2026, 5}, &summary);
        if (!outcome.ok()) {
            std::fprintf(stderr, "demo failed: %s\n", qPrintable(outcome.text()));
            std::exit(1);
        }
    });
    std::printf("  (%d deputies, %d memberships, %d stations)\n", summary.deputies,
                summary.memberships, summary.stations);

    registry::DeputyStore store(db);
    QList<registry::DeputyRow> all;
    measure(QStringLiteral("load serving roster"), QStringLiteral("-"),
            [&] { all = *store.list(registry::DeputyFilter{}); });
    measure(QStringLiteral("list 5,000 deputies as JSON"), QStringLiteral("< 500 ms"), [&] {
        registry::DeputyFilter filter;
        const QList<registry::DeputyRow> list = *store.list(filter);
        QJsonArray array;
        for (const registry::DeputyRow& row : list)
            array.append(QJsonObject{{"id", row.deputy.id},
                                     {"uuid", row.deputy.uuid},
                                     {"name", row.deputy.name},
                                     {"gender", row.deputy.gender},
                                     {"birth_month", row.deputy.birthMonth},
                                     {"work_unit", row.deputy.workUnit},
                                     {"phone", row.deputy.phone},
                                     {"level", registry::levelCode(row.membership.level)},
                                     {"township", row.townshipName},
                                     {"station", row.stationName}});
        const QByteArray json = QJsonDocument(array).toJson();
        if (json.isEmpty())
            std::abort();
    });
    int found = 0;
    measure(QStringLiteral("pinyin search over all names (\"zs\")"), QStringLiteral("< 20 ms"),
            [&] {
                for (const registry::DeputyRow& row : all)
                    found += registry::matchesSearch(row, QStringLiteral("zs")) ? 1 : 0;
            });
    measure(QStringLiteral("pinyin search over all names (\"zhangwei\")"),
            QStringLiteral("< 20 ms"), [&] {
                for (const registry::DeputyRow& row : all)
                    found += registry::matchesSearch(row, QStringLiteral("zhangwei")) ? 1 : 0;
            });
    measure(QStringLiteral("sort roster by surname strokes"), QStringLiteral("-"),
            [&] { all = *store.list(registry::DeputyFilter{}, registry::NameOrder::Strokes); });
    measure(QStringLiteral("check (integrity + foreign keys)"), QStringLiteral("-"),
            [&] { database->check(); });
    std::printf("  (%d concerns, %d suggestions over 5 years)\n", summary.concerns,
                summary.suggestions);
    int late = 0;
    measure(QStringLiteral("overdue detection, all open items"), QStringLiteral("< 100 ms"), [&] {
        const loop::LoopStore loopStore(db);
        loop::ItemFilter open;
        open.openOnly = true;
        open.dueBy = Clock::today();
        for (const loop::Item& item : *loopStore.list(open))
            late += loop::urgencyOf(item, loopStore.deadlines(), Clock::today()) ==
                            loop::Urgency::Overdue
                        ? 1
                        : 0;
    });
    std::printf("  (%d overdue)\n", late);
    const loop::Deadlines deadlines = loop::LoopStore(db).deadlines();
    for (const auto& [name, by] :
         {std::pair{"a year's statistics (total)", loop::GroupBy::None},
          std::pair{"a year's statistics by agency", loop::GroupBy::Agency},
          std::pair{"a year's statistics by deputy", loop::GroupBy::Deputy}})
        measure(QString::fromUtf8(name), QStringLiteral("< 300 ms"), [&] {
            if (!loop::computeMeasures(db, QDate(2025, 1, 1), QDate(2025, 12, 31), by, deadlines,
                                       Clock::today()))
                std::exit(1);
        });
    measure(QStringLiteral("suggestions ledger workbook, all 5 years"), QStringLiteral("< 2 s"),
            [&] {
                const loop::LoopStore loopStore(db);
                loop::ItemFilter suggestions;
                suggestions.kind = loop::ItemKind::Suggestion;
                const DocumentText text(QStringLiteral("zh_CN"));
                xlsx::WorkbookWriter writer(dir.filePath(QStringLiteral("ledger.xlsx")));
                if (!writer.addSheet(
                        exports::suggestionsSheet(*loopStore.list(suggestions),
                                                  {QStringLiteral("云岭县人大常委会"),
                                                   QStringLiteral("2022—2026年"), Clock::today()},
                                                  text)) ||
                    !writer.commit())
                    std::abort();
            });
    measure(QStringLiteral("save an activity with 300 participants"), QStringLiteral("< 100 ms"),
            [&] {
                activities::ActivityStore activityStore(db);
                activities::Activity activity;
                activity.typeId = (*activityStore.typeByCode(QStringLiteral("research")))->id;
                activity.date = Clock::today();
                activity.title = QStringLiteral("乡村振兴专题调研");
                QSet<qint64> seen;
                for (const registry::DeputyRow& row : all)
                    if (activity.participants.size() < 300 && !seen.contains(row.deputy.id)) {
                        seen.insert(row.deputy.id);
                        activity.participants.append(
                            {row.deputy.id, activities::Attendance::Present, {}, {}});
                    }
                if (!usecase::saveActivity(db, activity).ok())
                    std::abort();
            });
    // The operator log: one entry per use case (the demo above and an import are one each).
    loop::Agency agency{0, {}, QStringLiteral("县审计局"), QStringLiteral("department"), {}, {}};
    if (!usecase::saveAgency(db, agency).ok())
        std::abort();
    const double edits = measure(QStringLiteral("200 agency edits, each with its log entry"),
                                 QStringLiteral("< 2 s"), [&] {
                                     for (int i = 0; i < 200; ++i) {
                                         agency.phone = QStringLiteral("0871-%1").arg(6000000 + i);
                                         if (!usecase::saveAgency(db, agency).ok())
                                             std::abort();
                                     }
                                 });
    std::printf("  (%.2f ms a write with its entry)\n", edits / 200);
    measure(QStringLiteral("verify the operator log's chain"), QStringLiteral("< 1 s"), [&] {
        if (!storage::OperatorLog(db).verify())
            std::abort();
    });
    int rosterDays = 0;
    int rosterProblems = 0;
    measure(QStringLiteral("a year's rosters for every station"), QStringLiteral("< 2 s"), [&] {
        const activities::RosterPlanner planner(db, calendar::CalendarStore(db).load());
        for (const registry::StationRow& row : *registry::StationStore(db).list()) {
            if (const auto roster =
                    planner.plan(row.station.id, QDate(2026, 1, 1), QDate(2026, 12, 31), {})) {
                rosterDays += int(roster->days.size());
                rosterProblems += int(roster->problems.size());
            }
        }
    });
    std::printf("  (%d reception days planned, %d constraint messages)\n", rosterDays,
                rosterProblems);
    std::printf("%d memberships listed; peak memory %.1f MB (target < 200 MB)\n", int(all.size()),
                peakMemoryMb());
    return 0;
}

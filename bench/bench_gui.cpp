// The registry screens at the `large` scale: start-up to a usable deputies list, a search
// keystroke, and paging from the top of the list to the bottom. Takes the database to open
// (scripts/bench makes it with the CLI's large demo).
#include "bench_common.h"

#include "common/Clock.h"
#include "loop/AgencyStore.h"
#include "storage/Database.h"
#include "ui/activities/ActivitiesPage.h"
#include "ui/loop/LoopDetailPane.h"
#include "ui/loop/LoopPage.h"
#include "ui/registry/DeputiesPage.h"
#include "ui/shell/AppFont.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/ListView.h"
#include "usecases/LoopActions.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>

#include <cstdio>

using namespace dd;
using bench::measure;

namespace {

// A suggestion answered B and found unsatisfied nine times, then answered A: ten rounds.
qint64 tenRounds(QSqlDatabase db)
{
    loop::Item item;
    item.title = QStringLiteral("关于村道硬化的建议");
    item.raisedDate = Clock::today().addMonths(-1);
    registry::DeputyFilter any;
    item.deputyIds = {registry::DeputyStore(db).list(any)->value(0).deputy.id};
    if (!usecase::recordItem(db, loop::ItemKind::Suggestion, item).ok())
        return 0;
    const auto step = [&](loop::StepKind kind) {
        loop::StepRequest request;
        request.kind = kind;
        request.date = Clock::today();
        request.text = QStringLiteral("办理情况");
        return request;
    };
    loop::StepRequest dispatch = step(loop::StepKind::Dispatch);
    dispatch.leadAgencyId = loop::AgencyStore(db).list()->value(0).id;
    usecase::takeStep(db, {item.id}, dispatch);
    for (int round = 1; round <= 10; ++round) {
        loop::StepRequest reply = step(loop::StepKind::Reply);
        reply.resultClass = round == 10 ? QStringLiteral("A") : QStringLiteral("B");
        usecase::takeStep(db, {item.id}, reply);
        loop::StepRequest evaluate = step(loop::StepKind::Evaluate);
        evaluate.votes = {round == 10 ? loop::Evaluation::Satisfied
                                      : loop::Evaluation::Unsatisfied};
        usecase::takeStep(db, {item.id}, evaluate);
    }
    return item.id;
}

void benchLedgers(ui::MainWindow& window)
{
    ui::LoopPage* loop = window.loopPage();
    measure(QStringLiteral("open the concerns ledger"), QStringLiteral("< 1 s"), [&] {
        window.showPage(ui::MainWindow::Loop);
        loop->showLedger(loop::ItemKind::Concern);
        loop->view()->viewport()->repaint();
    });
    std::printf("  (%d concerns, %s)\n", loop->model()->rowCount(), qPrintable(loop->statusText()));
    measure(QStringLiteral("re-filter: overdue or due soon"), QStringLiteral("< 100 ms"), [&] {
        loop->setShow(ui::LoopPage::Show::Late);
        loop->view()->viewport()->repaint();
    });
    measure(QStringLiteral("re-filter: back to all items"), QStringLiteral("< 100 ms"), [&] {
        loop->setShow(ui::LoopPage::Show::All);
        loop->view()->viewport()->repaint();
    });
    measure(QStringLiteral("search the ledger: 2026-意-01"), QStringLiteral("< 100 ms"), [&] {
        loop->setSearch(QStringLiteral("2026-意-01"));
        loop->view()->viewport()->repaint();
    });
    measure(QStringLiteral("search the ledger: 积水"), QStringLiteral("< 100 ms"), [&] {
        loop->setSearch(QStringLiteral("积水"));
        loop->view()->viewport()->repaint();
    });
    loop->setSearch(QString());
    measure(QStringLiteral("open the suggestions ledger"), QStringLiteral("< 1 s"), [&] {
        loop->showLedger(loop::ItemKind::Suggestion);
        loop->view()->viewport()->repaint();
    });
    const qint64 id = tenRounds(window.database()->connection());
    loop->reload();
    measure(QStringLiteral("detail pane: a 10-round history"), QStringLiteral("< 50 ms"), [&] {
        loop->detail()->showItem(id);
        loop->detail()->repaint();
    });
    std::printf("  (%d steps shown; peak memory %.1f MB)\n", loop->detail()->timeline()->rowCount(),
                bench::peakMemoryMb());
}

// The activity list of a year (12,000 rows at this scale) and its filters.
void benchActivities(ui::MainWindow& window)
{
    ui::ActivitiesPage* page = window.activitiesPage();
    measure(QStringLiteral("open the activities of the year"), QStringLiteral("< 1 s"), [&] {
        window.showPage(ui::MainWindow::Activities);
        page->view()->viewport()->repaint();
    });
    std::printf("  (%s)\n", qPrintable(page->statusText()));
    const auto filter = [&](const QString& name, auto change) {
        measure(name, QStringLiteral("< 100 ms"), [&] {
            change();
            page->view()->viewport()->repaint();
        });
    };
    filter(QStringLiteral("filter activities: type 视察"), [&] {
        page->typeBox()->setCurrentIndex(page->typeBox()->findText(QStringLiteral("视察")));
    });
    filter(QStringLiteral("filter activities: anyone absent"), [&] {
        page->typeBox()->setCurrentIndex(0);
        page->attendanceBox()->setCurrentIndex(
            page->attendanceBox()->findData(int(activities::Attendance::Absent)));
    });
    filter(QStringLiteral("filter activities: search a participant"), [&] {
        page->attendanceBox()->setCurrentIndex(0);
        page->setSearch(QStringLiteral("张伟"));
    });
    filter(QStringLiteral("filter activities: 2026Q3"), [&] {
        page->setSearch(QString());
        page->setPeriod(QStringLiteral("2026Q3"));
    });
    filter(QStringLiteral("filter activities: back to the whole year"),
           [&] { page->setPeriod(QString()); });
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeputyDeskBench"));
    QStandardPaths::setTestModeEnabled(true);
    ui::useChineseFont(app);
    if (argc < 2) {
        std::fprintf(stderr, "usage: deputydesk_gui_bench DATABASE\n");
        return 2;
    }
    std::printf("DeputyDesk screens (large scale)\n");
    std::unique_ptr<ui::MainWindow> window;
    measure(QStringLiteral("open the main window on the deputies list"), QStringLiteral("< 1 s"),
            [&] {
                auto database = bench::openBenchDatabase(QString::fromLocal8Bit(argv[1]));
                if (!database)
                    std::exit(1);
                window = std::make_unique<ui::MainWindow>(std::move(database));
                window->resize(1366, 768);
                window->showPage(ui::MainWindow::Deputies);
                window->show();
                QApplication::processEvents();
                window->deputiesPage()->view()->viewport()->repaint();
            });
    ui::DeputiesPage* page = window->deputiesPage();
    std::printf("  (%d deputy memberships listed)\n", int(page->shownRows().size()));
    double slowest = 0;
    QString typed;
    for (const QChar c : QStringLiteral("zhangw")) {
        typed += c;
        slowest = std::max(slowest, measure(QStringLiteral("search keystroke \"%1\"").arg(typed),
                                            QStringLiteral("< 50 ms"), [&] {
                                                page->searchField()->setText(typed);
                                                page->view()->viewport()->repaint();
                                            }));
    }
    measure(QStringLiteral("clear the search (all rows back)"), QStringLiteral("< 50 ms"), [&] {
        page->searchField()->clear();
        page->view()->viewport()->repaint();
    });
    measure(QStringLiteral("page from the top of the list to the bottom"), QStringLiteral("< 1 s"),
            [&] {
                QScrollBar* bar = page->view()->verticalScrollBar();
                for (int value = 0; value <= bar->maximum(); value += bar->pageStep()) {
                    bar->setValue(value);
                    page->view()->viewport()->repaint();
                }
            });
    std::printf("slowest keystroke %.1f ms; peak memory %.1f MB (target < 200 MB)\n", slowest,
                bench::peakMemoryMb());
    benchLedgers(*window);
    benchActivities(*window);
    return 0;
}

// Pictures of every registry screen at 1366×768 on a county's demo data, for a person to look at
// in both languages (scripts/screenshots runs this hidden test with DEPUTYDESK_SCREENSHOTS set).
#include "GuiSupport.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "common/Period.h"
#include "loop/LoopStore.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "ui/activities/ActivitiesPage.h"
#include "ui/activities/ActivityDialog.h"
#include "ui/activities/ActivityTableModel.h"
#include "ui/activities/RosterDayDialog.h"
#include "ui/activities/RosterEditor.h"
#include "ui/imports/ImportDialog.h"
#include "ui/loop/ItemDialog.h"
#include "ui/loop/LoopDetailPane.h"
#include "ui/loop/LoopPage.h"
#include "ui/loop/LoopSettingsDialog.h"
#include "ui/loop/StepDialog.h"
#include "ui/registry/AssignDialog.h"
#include "ui/registry/DeputiesPage.h"
#include "ui/widgets/FilterBar.h"

#include "ui/registry/DeputyDialog.h"
#include "ui/registry/DeputyProfileDialog.h"
#include "ui/registry/StationDialog.h"
#include "ui/registry/StationsPage.h"
#include "ui/registry/StatusDialog.h"
#include "ui/scoring/ScoresPage.h"
#include "ui/scoring/ScoringRulesDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/WelcomeDialog.h"
#include "usecases/RegistryActions.h"
#include <QLineEdit>

#include <catch2/catch.hpp>

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::ui;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    widget->show();
    QTest::qWait(50);
    test::screenshot(widget, name);
}

} // namespace

TEST_CASE("Screenshots of the registry screens", "[.screens]")
{
    {
        WelcomeDialog welcome(true);
        shoot(&welcome, QStringLiteral("01-welcome"));
    }
    test::TempDatabase temp; // a county office, term 18
    const QSqlDatabase db = temp.connection();
    demo::DemoSummary summary;
    REQUIRE(usecase::fillWithDemo(db, demo::DemoOptions{}, &summary).ok());

    MainWindow window(std::move(temp.db));
    window.resize(1366, 768);
    window.showPage(MainWindow::Home);
    shoot(&window, QStringLiteral("02-home"));
    window.showPage(MainWindow::Deputies);
    shoot(&window, QStringLiteral("03-deputies"));
    {
        DeputiesPage* page = window.deputiesPage();
        page->stationFilter()->setCurrentIndex(1);
        page->searchField()->setText(QStringLiteral("z"));
        shoot(&window, QStringLiteral("03b-deputies-filtered"));
        page->filterBar()->clear();
    }
    window.showPage(MainWindow::Stations);
    shoot(&window, QStringLiteral("04-stations"));

    const registry::DeputyRow row = window.deputiesPage()->shownRows().value(3);
    {
        DeputyDialog dialog(db, std::nullopt, &window);
        shoot(&dialog, QStringLiteral("05-deputy-add"));
        dialog.accept(); // empty: every required field says so
        test::screenshot(&dialog, QStringLiteral("06-deputy-add-errors"));
    }
    {
        DeputyDialog dialog(db, row, &window);
        shoot(&dialog, QStringLiteral("07-deputy-edit"));
    }
    {
        DeputyProfileDialog dialog(db, row.deputy.id, &window);
        shoot(&dialog, QStringLiteral("08-deputy-profile"));
    }
    {
        StatusDialog dialog(db, row, &window);
        shoot(&dialog, QStringLiteral("09-status"));
    }
    {
        SettingsDialog dialog(db, &window);
        shoot(&dialog, QStringLiteral("10-settings"));
    }
    const registry::StationRow station = registry::StationStore(db).list()->value(0);
    {
        StationDialog dialog(db, station.station, &window);
        shoot(&dialog, QStringLiteral("11-station-edit"));
    }
    {
        AssignDialog dialog(db, station.station.id, station.station.name, &window);
        shoot(&dialog, QStringLiteral("12-assign"));
    }
    {
        ImportDialog dialog(db, ImportDialog::Kind::Roster, &window);
        shoot(&dialog, QStringLiteral("13-import"));
    }
    {
        // A roster naming each row's level and term (as the export writes it).
        const QString path = temp.dir.filePath(QStringLiteral("全部名册.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("序号,姓名,性别,出生年月,层级,届次\r\n"
                                  "1,欧阳修,男,1975.03,县级,第18届\r\n"
                                  "2,李清照,女,1984.11,乡镇级,第18届\r\n")
                       .toUtf8());
        file.close();
        ImportDialog dialog(db, ImportDialog::Kind::Roster, &window);
        dialog.openFile(path);
        shoot(&dialog, QStringLiteral("13-import-terms-from-file"));
    }
    window.showPage(MainWindow::Deputies);
    test::whenModal<QPrintPreviewDialog>([](QPrintPreviewDialog* preview) {
        preview->resize(1200, 760);
        QTest::qWait(200);
        test::screenshot(preview, QStringLiteral("14-print-preview"));
        preview->reject();
    });
    window.deputiesPage()->printList();
    CHECK(summary.deputies > 0);
}

TEST_CASE("Screenshots of the loop screens", "[.screens]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    demo::DemoSummary summary;
    REQUIRE(usecase::fillWithDemo(db, demo::DemoOptions{}, &summary).ok());
    MainWindow window(std::move(temp.db));
    window.resize(1366, 768);
    window.showPage(MainWindow::Home);
    shoot(&window, QStringLiteral("20-home-loop"));

    // The suggestion with the longest history, selected in its ledger.
    loop::LoopStore store(db);
    loop::ItemFilter suggestions;
    suggestions.kind = loop::ItemKind::Suggestion;
    loop::Item busiest;
    for (const loop::Item& item : *store.list(suggestions))
        if (item.round > busiest.round || (item.round == busiest.round && item.keySupervision))
            busiest = item;
    window.showPage(MainWindow::Loop);
    LoopPage* page = window.loopPage();
    page->showLedger(loop::ItemKind::Concern);
    page->setShow(LoopPage::Show::Late);
    shoot(&window, QStringLiteral("21-concerns-late"));
    page->setShow(LoopPage::Show::All);
    REQUIRE(page->selectItem(busiest.id));
    shoot(&window, QStringLiteral("22-suggestions-detail"));
    {
        ItemDialog dialog(db, loop::ItemKind::Concern, &window);
        shoot(&dialog, QStringLiteral("23-new-concern"));
    }
    {
        ItemDialog dialog(db, loop::ItemKind::Suggestion, &window);
        shoot(&dialog, QStringLiteral("24-new-suggestion"));
    }
    // Each step's dialog on an item that allows it now.
    const auto inState = [&](loop::ItemKind kind, loop::State state) {
        loop::ItemFilter filter;
        filter.kind = kind;
        filter.state = state;
        return store.list(filter)->value(0);
    };
    const loop::Item concern = inState(loop::ItemKind::Concern, loop::State::Pointed);
    const loop::Item waiting = inState(loop::ItemKind::Suggestion, loop::State::AwaitingDispatch);
    const loop::Item handled = inState(loop::ItemKind::Suggestion, loop::State::Dispatched);
    const loop::Item answered = inState(loop::ItemKind::Concern, loop::State::AnsweredOnSpot);
    const QList<std::pair<loop::StepKind, loop::Item>> steps = {
        {loop::StepKind::Order, concern},  {loop::StepKind::Dispatch, waiting},
        {loop::StepKind::Reply, handled},  {loop::StepKind::Evaluate, answered},
        {loop::StepKind::Extend, handled}, {loop::StepKind::Supervise, handled}};
    int number = 25;
    for (const auto& [kind, item] : steps) {
        StepDialog dialog(db, kind, {item}, &window);
        shoot(&dialog, QStringLiteral("%1-step-%2").arg(number++).arg(loop::code(kind)));
    }
    const auto previewShot = [&](const char* action, const QString& name) {
        test::whenModal<QPrintPreviewDialog>([name](QPrintPreviewDialog* preview) {
            preview->resize(1000, 760);
            QTest::qWait(300);
            test::screenshot(preview, name);
            preview->reject();
        });
        page->findChild<QAction*>(QLatin1String(action))->trigger();
    };
    page->showLedger(loop::ItemKind::Suggestion);
    previewShot("print-dispatch-notices", QStringLiteral("31-dispatch-notice"));
    REQUIRE(page->selectItem(busiest.id));
    previewShot("print-feedback-forms", QStringLiteral("32-feedback-form"));
    previewShot("print-public-notice", QStringLiteral("33-public-notice"));
    {
        LoopSettingsDialog dialog(db, &window);
        auto* tabs = dialog.findChild<QTabWidget*>();
        REQUIRE(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            shoot(&dialog, QStringLiteral("%1-loop-settings-%2").arg(34 + tab).arg(tab + 1));
        }
    }
    {
        DeputyProfileDialog dialog(db, store.find(busiest.id)->deputyIds.value(0), &window);
        shoot(&dialog, QStringLiteral("38-deputy-profile-loop"));
    }
    CHECK(summary.suggestions > 0);
}

TEST_CASE("Screenshots of the activities screens", "[.screens]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    demo::DemoSummary summary;
    REQUIRE(usecase::fillWithDemo(db, demo::DemoOptions{}, &summary).ok());
    MainWindow window(std::move(temp.db));
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Activities);
    ActivitiesPage* page = window.activitiesPage();
    page->showTab(ActivitiesPage::Activities);
    // An inspection with many participants, some on leave, selected.
    qint64 busiest = 0;
    int most = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const activities::Activity& a = page->model()->activity(row);
        const int weight =
            int(a.participants.size()) + 100 * a.count(activities::Attendance::Leave);
        if (!a.isReception() && weight > most && a.participants.size() < 60) {
            most = weight;
            busiest = a.id;
        }
    }
    REQUIRE(page->selectActivity(busiest));
    shoot(&window, QStringLiteral("40-activities"));
    page->showTab(ActivitiesPage::Receptions);
    shoot(&window, QStringLiteral("41-reception-log"));
    page->showTab(ActivitiesPage::Roster);
    page->roster()->setMonth(Clock::today().addDays(1 - Clock::today().day()));
    shoot(&window, QStringLiteral("42-roster-calendar"));
    {
        ActivityDialog dialog(db, busiest, &window);
        shoot(&dialog, QStringLiteral("43-activity-edit"));
    }
    {
        ActivityDialog dialog(db, 0, &window);
        dialog.presetType(QString::fromLatin1(activities::kReceptionType));
        dialog.presetStation(page->roster()->stationId());
        shoot(&dialog, QStringLiteral("44-reception-new"));
    }
    {
        // Attendance at the county's latest session: the session that sat that day is offered.
        const QList<registry::Session> sessions =
            *registry::TermStore(db).sessions(registry::Level::County);
        REQUIRE_FALSE(sessions.isEmpty());
        ActivityDialog dialog(db, 0, &window);
        dialog.presetType(QString::fromLatin1(activities::kSessionType));
        dialog.dateEdit()->setDate(sessions.last().openingDate);
        shoot(&dialog, QStringLiteral("48-session-attendance"));
    }
    {
        const activities::Roster& year = page->roster()->yearRoster();
        REQUIRE_FALSE(year.days.isEmpty());
        RosterDayDialog dialog(db, year, year.days.last().date, &window);
        shoot(&dialog, QStringLiteral("45-roster-day"));
    }
    test::whenModal<QPrintPreviewDialog>([](QPrintPreviewDialog* preview) {
        preview->resize(1000, 760);
        QTest::qWait(300);
        test::screenshot(preview, QStringLiteral("46-roster-print"));
        preview->reject();
    });
    page->roster()->printRoster();
    {
        DeputyProfileDialog dialog(db, page->model()->activity(0).participants.value(0).deputyId,
                                   &window);
        shoot(&dialog, QStringLiteral("47-deputy-profile-activities"));
    }
    CHECK(summary.deputies > 0);
}

TEST_CASE("Screenshots of the scores screens", "[.screens]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    REQUIRE(usecase::fillWithDemo(db, demo::DemoOptions{}, nullptr).ok());
    MainWindow window(std::move(temp.db));
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Scores);
    ScoresPage* page = window.scoresPage();
    page->setPeriod(Period::containing(Period::Kind::Quarter, Clock::today()).previous().code());
    // A deputy with an alert if there is one, else the one ranked tenth.
    const QList<scoring::DeputyScore>& scores = page->scoreModel()->rows();
    REQUIRE(scores.size() > 10);
    const scoring::DeputyScore* chosen = &scores.at(9);
    for (const scoring::DeputyScore& s : scores)
        if (s.gradeCapped && s.periodDeductions > 0)
            chosen = &s;
    REQUIRE(page->selectDeputy(chosen->member.deputyId, chosen->member.level));
    shoot(&window, QStringLiteral("50-scores"));
    page->showTab(ScoresPage::Gaps);
    shoot(&window, QStringLiteral("51-gaps"));
    {
        ScoringRulesDialog dialog(db, Clock::today().year(), &window);
        auto* tabs = dialog.findChild<QTabWidget*>();
        REQUIRE(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            shoot(&dialog, QStringLiteral("%1-rules-%2").arg(52 + tab).arg(tab + 1));
        }
    }
    {
        DeputyProfileDialog dialog(db, chosen->member.deputyId, &window);
        shoot(&dialog, QStringLiteral("55-deputy-profile-scores"));
        test::whenModal<QPrintPreviewDialog>([](QPrintPreviewDialog* preview) {
            preview->resize(1000, 760);
            QTest::qWait(300);
            test::screenshot(preview, QStringLiteral("57-archive-preview"));
            preview->reject();
        });
        dialog.printArchive();
    }
    page->showTab(ScoresPage::Scores);
    REQUIRE(page->selectDeputy(chosen->member.deputyId, chosen->member.level));
    test::whenModal<QPrintPreviewDialog>([](QPrintPreviewDialog* preview) {
        preview->resize(1000, 760);
        QTest::qWait(300);
        test::screenshot(preview, QStringLiteral("56-sheet-preview"));
        preview->reject();
    });
    page->printSheet();
}

// Scores on screen: the score table of a quarter with the trace of the selected deputy, the
// Deputies-Law alert confirmed as a status change, the gap report, and the rules dialog saving a
// year's rules (and refusing a cell it cannot read).
#include "GuiSupport.h"
#include "ScoringFixture.h"

#include "registry/DeputyStore.h"
#include "scoring/RuleStore.h"
#include "ui/registry/StatusDialog.h"
#include "ui/scoring/ScoresPage.h"
#include "ui/scoring/ScoringRulesDialog.h"
#include "ui/scoring/SheetPrinting.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/ListView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace dd;
using namespace dd::scoring;
using namespace dd::ui;

namespace {

ScoresPage* openScores(MainWindow& window)
{
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Scores);
    ScoresPage* page = window.scoresPage();
    page->levelBox()->setCurrentIndex(page->levelBox()->findData(int(registry::Level::County)));
    page->setPeriod(QStringLiteral("2026Q2"));
    return page;
}

} // namespace

TEST_CASE("The score table of a quarter, its trace and the Deputies-Law alert", "[gui][scoring]")
{
    test::ScoringFixture fixture;
    const QSqlDatabase db = fixture.db.connection();
    MainWindow window(std::move(fixture.db.db));
    ScoresPage* page = openScores(window);
    REQUIRE(page->scoreModel()->rowCount() == 4);
    // Sorted by rank: 张三 first at 79, then 李四 66, then 王五 and 赵六 sharing third place.
    QSortFilterProxyModel* proxy = page->proxy();
    const auto cell = [&](int row, int column) {
        return proxy->index(row, column).data().toString();
    };
    CHECK(cell(0, ScoreTableModel::Name) == QStringLiteral("张三"));
    CHECK(cell(0, ScoreTableModel::Total) == QStringLiteral("79"));
    CHECK(cell(1, ScoreTableModel::Total) == QStringLiteral("66"));
    CHECK(cell(2, ScoreTableModel::Rank) == QStringLiteral("3"));
    CHECK(cell(3, ScoreTableModel::Rank) == QStringLiteral("3"));
    CHECK(cell(0, ScoreTableModel::Grade).contains(QStringLiteral("⚠")));

    // The trace of the selected deputy: base, points before the quarter, each record, total.
    REQUIRE(page->selectDeputy(fixture.zhang, registry::Level::County));
    QTableWidget* trace = page->traceTable();
    REQUIRE(trace->rowCount() > 5);
    double sum = 0;
    for (int row = 0; row + 1 < trace->rowCount(); ++row)
        sum += QLocale().toDouble(trace->item(row, 3)->text().remove(QLatin1Char('+')));
    CHECK(sum == 79);
    CHECK(trace->item(trace->rowCount() - 1, 3)->text() == QStringLiteral("79"));
    CHECK(page->traceTitle()->text().contains(QStringLiteral("Deputies Law")));

    // The alert is confirmed as a status change: the dialog comes preset to termination.
    auto* confirm = page->findChild<QPushButton*>(QStringLiteral("confirm-status"));
    REQUIRE(confirm);
    CHECK(confirm->isVisible());
    test::whenModal<StatusDialog>([](StatusDialog* dialog) {
        CHECK(dialog->statusField()->currentData().toInt() ==
              int(registry::MembershipStatus::Terminated));
        CHECK_FALSE(dialog->reasonField()->text().isEmpty());
        dialog->dateField()->setDate({2026, 11, 20});
        dialog->accept();
    });
    confirm->click();
    bool terminated = false;
    for (const registry::Membership& m : *registry::DeputyStore(db).memberships(fixture.zhang))
        terminated |= m.level == registry::Level::County &&
                      m.status == registry::MembershipStatus::Terminated;
    CHECK(terminated);

    // The search narrows the table; clearing it brings every row back.
    page->setSearch(QStringLiteral("李四"));
    CHECK(proxy->rowCount() == 1);
    page->setSearch(QString());
    CHECK(proxy->rowCount() == 4);

    // The gap report on 1 July: 李四 is one station duty behind.
    page->showTab(ScoresPage::Gaps);
    page->setGapDate({2026, 7, 1});
    bool liBehind = false;
    for (const Gap& gap : page->gapModel()->rows())
        liBehind |= gap.member.deputyId == fixture.li &&
                    gap.minimum.code == QLatin1String("station_duty") && gap.shortfall() == 1;
    CHECK(liBehind);
    CHECK(page->statusText().contains(QStringLiteral("behind pace")));
}

TEST_CASE("The rules dialog saves a year's rules and refuses a cell it cannot read",
          "[gui][scoring]")
{
    test::ScoringFixture fixture;
    const QSqlDatabase db = fixture.db.connection();
    const double total2025 =
        fixture.of(fixture.scores("2025"), fixture.zhang, registry::Level::County).total;
    ScoringRulesDialog dialog(db, 2026);
    CHECK(dialog.stateLabel()->text().contains(QStringLiteral("no rule set of its own")));
    QTableWidget* activities = dialog.activityTable();
    int visitRow = -1;
    for (int row = 0; row < activities->rowCount(); ++row)
        if (activities->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("visit"))
            visitRow = row;
    REQUIRE(visitRow >= 0);

    // A word where a number belongs: refused, with the row and the column said.
    activities->item(visitRow, 1)->setText(QStringLiteral("两分"));
    QString warning;
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        warning = box->text();
        box->accept();
    });
    CHECK_FALSE(dialog.save());
    CHECK(warning.contains(QStringLiteral("row %1").arg(visitRow + 1)));
    CHECK(warning.contains(QStringLiteral("两分")));
    CHECK_FALSE(*RuleStore(db).hasOwnSet(2026, std::nullopt));

    // Two points a visit: the cap of 10 is reached with five visits in Q1.
    activities->item(visitRow, 1)->setText(QStringLiteral("2"));
    REQUIRE(dialog.save());
    CHECK(dialog.saved());
    CHECK(*RuleStore(db).hasOwnSet(2026, std::nullopt));
    const DeputyScore q1 =
        fixture.of(fixture.scores("2026Q1"), fixture.zhang, registry::Level::County);
    CHECK(q1.item(QStringLiteral("visit"))->periodPoints == 10);
    CHECK(fixture.of(fixture.scores("2025"), fixture.zhang, registry::Level::County).total ==
          total2025);

    // Built-in names read in the screen's language and are kept as stored when left alone.
    CHECK(activities->item(visitRow, 0)->text() == QStringLiteral("Visiting constituents"));
    const ScoringRules before = *RuleStore(db).rulesFor(2025, std::nullopt);
    const ScoringRules after = *RuleStore(db).rulesFor(2026, std::nullopt);
    REQUIRE_FALSE(before.grades.isEmpty());
    CHECK(before.grades.first().name == QStringLiteral("优秀"));
    for (int i = 0; i < before.grades.size(); ++i)
        CHECK(after.grades.at(i).name == before.grades.at(i).name);
    REQUIRE(after.minimums.size() == before.minimums.size());
    for (int i = 0; i < before.minimums.size(); ++i) {
        CHECK(after.minimums.at(i).name == before.minimums.at(i).name);
        CHECK(after.minimums.at(i).counts == before.minimums.at(i).counts);
    }
    CHECK(after.sessionAbsenceGradeCap == before.sessionAbsenceGradeCap);

    // Last year's rules shown for a new year, then saved as its own.
    dialog.yearBox()->setValue(2027);
    dialog.copyPreviousYear();
    CHECK(activities->item(visitRow, 1)->text() == QStringLiteral("2"));
    REQUIRE(dialog.save());
    CHECK(RuleStore(db)
              .rulesFor(2027, std::nullopt)
              ->activityRule(QStringLiteral("visit"))
              ->present == 2);
}

TEST_CASE("Sheets: a preview for one deputy, a batch in a worker thread with cancel",
          "[gui][sheets]")
{
    test::ScoringFixture fixture;
    const QSqlDatabase db = fixture.db.connection();
    MainWindow window(std::move(fixture.db.db));
    ScoresPage* page = openScores(window);
    REQUIRE(page->selectDeputy(fixture.zhang, registry::Level::County));
    int previewPages = 0;
    test::whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        QTest::qWait(100);
        if (auto* widget = preview->findChild<QPrintPreviewWidget*>())
            previewPages = widget->pageCount();
        preview->reject();
    });
    page->printSheet();
    CHECK(previewPages == 1);

    // The county's four sheets as a batch: cancelled after the second, no file is left.
    SheetJob job;
    job.period = *Period::parse(QStringLiteral("2026Q2"));
    job.selection.level = registry::Level::County;
    const QString path = fixture.db.dir.filePath(QStringLiteral("batch.pdf"));
    SheetBatch batch(db, job);
    QList<int> seen;
    QObject::connect(&batch, &SheetBatch::progress, &batch, [&](int done, int) {
        seen << done;
        if (done == 2)
            batch.cancel();
    });
    auto result = batch.run(path, nullptr);
    REQUIRE(result);
    CHECK(result->cancelled);
    CHECK_FALSE(QFile::exists(path));
    // The window kept serving events while the worker drew (the progress arrived queued).
    CHECK(seen.contains(2));
    QObject::disconnect(&batch, &SheetBatch::progress, nullptr, nullptr);
    result = batch.run(path, nullptr);
    INFO(result.error().toStdString());
    REQUIRE(result);
    CHECK_FALSE(result->cancelled);
    CHECK(result->documents == 4);
    CHECK(test::fileBytes(path).startsWith("%PDF"));
    // Surname strokes by default (王 has 4), by rank when chosen in the menu (张三 leads).
    const auto firstPage = [&](const SheetJob& chosen) {
        SheetBatch ordered(db, chosen);
        REQUIRE(ordered.run(path, nullptr));
        return test::runTool(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
    };
    CHECK(page->sheetOrder() == ScoreOrder::Strokes);
    CHECK(firstPage(job).contains(QStringLiteral("王五")));
    for (QAction* action : page->findChildren<QAction*>())
        if (action->text() == QStringLiteral("By rank"))
            action->trigger();
    REQUIRE(page->sheetOrder() == ScoreOrder::Rank);
    job.order = page->sheetOrder();
    CHECK(firstPage(job).contains(QStringLiteral("张三")));
}

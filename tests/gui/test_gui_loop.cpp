// The loop on screen: an item through every step by its real dialogs, the overdue filter, and the
// dispatch notice.
#include "GuiSupport.h"
#include "LoopFixture.h"

#include "calendar/CalendarStore.h"
#include "common/DocumentText.h"
#include "loop/AgencyStore.h"
#include "loop/LoopStore.h"
#include "report/LoopForms.h"
#include "ui/calendar/CalendarEditor.h"
#include "ui/imports/ImportDialog.h"
#include "ui/loop/AgencyEditor.h"
#include "ui/loop/ItemDialog.h"
#include "ui/loop/LoopDetailPane.h"
#include "ui/loop/LoopPage.h"
#include "ui/loop/LoopSettingsDialog.h"
#include "ui/loop/StepDialog.h"
#include "ui/shell/HomePage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Operator.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/widgets/DeputyPicker.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/FilterBar.h"
#include "ui/widgets/ListView.h"
#include "usecases/LoopActions.h"
#include "usecases/RegistryActions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::loop;
using namespace dd::ui;

namespace {

// Clicks the detail pane's button for `kind` and drives the step dialog it opens.
void step(LoopPage* page, StepKind kind, std::function<void(StepDialog*)> fill)
{
    auto* button = page->detail()->findChild<QPushButton*>(QStringLiteral("step-") + code(kind));
    REQUIRE(button);
    bool accepted = false;
    QString refusal;
    test::whenModal<StepDialog>([&](StepDialog* dialog) {
        fill(dialog);
        dialog->accept();
        accepted = dialog->result() == QDialog::Accepted;
        if (!accepted) {
            refusal = dialog->errorText();
            dialog->reject();
        }
    });
    button->click();
    INFO(refusal.toStdString());
    REQUIRE(accepted);
}

bool offers(LoopPage* page, StepKind kind)
{
    return page->detail()->findChild<QPushButton*>(QStringLiteral("step-") + code(kind)) != nullptr;
}

} // namespace

TEST_CASE("A concern goes round the loop through the ledger's dialogs", "[gui][loop]")
{
    test::LoopFixture fixture;
    const qint64 zhang = fixture.zhang;
    MainWindow window(std::move(fixture.db.db));
    window.resize(1366, 768);
    window.show();
    const QSqlDatabase db = window.database()->connection();
    window.showPage(MainWindow::Loop);
    LoopPage* page = window.loopPage();

    // 点单 through the form: the citizen's phone is checked under its field.
    test::whenModal<ItemDialog>([&](ItemDialog* dialog) {
        test::typeText(dialog->contentEdit(), QStringLiteral("村口道路破损，雨天积水严重"));
        test::typeText(dialog->citizenEdit(), QStringLiteral("王五"));
        dialog->phoneEdit()->setText(QStringLiteral("1381234"));
        dialog->deputyPicker()->setChecked(zhang);
        dialog->accept();
        CHECK_FALSE(dialog->form()->errorText(QStringLiteral("phone")).isEmpty());
        dialog->phoneEdit()->setText(QStringLiteral("13812345678"));
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
    });
    page->findChild<QPushButton*>(QStringLiteral("new-concern"))->click();
    REQUIRE(page->detail()->item());
    const qint64 concernId = page->detail()->itemId();
    CHECK(page->detail()->item()->serial == QStringLiteral("2026-意-0001"));
    // Only the decision is offered: no dispatch, reply or evaluation button yet.
    CHECK(page->detail()->offeredSteps() == QList<StepKind>{StepKind::Order});
    CHECK_FALSE(offers(page, StepKind::Dispatch));
    CHECK_FALSE(offers(page, StepKind::Evaluate));

    // 定单: into a new suggestion.
    step(page, StepKind::Order, [](StepDialog* dialog) {
        dialog->orderKindBox()->setCurrentIndex(
            dialog->orderKindBox()->findData(int(OrderKind::NewSuggestion)));
        test::typeText(dialog->textEdit(), QStringLiteral("关于修复村口道路的建议"));
    });
    CHECK(page->detail()->item()->state == State::Merged);
    const qint64 suggestionId = page->detail()->item()->suggestionId;
    REQUIRE(suggestionId > 0);
    REQUIRE(page->selectItem(suggestionId));
    CHECK(page->currentKind() == ItemKind::Suggestion);
    CHECK(page->detail()->offeredSteps() == QList<StepKind>{StepKind::Dispatch});

    // 派单, with the lead agency left out first: the message stands under the field.
    step(page, StepKind::Dispatch, [](StepDialog* dialog) {
        dialog->accept();
        CHECK_FALSE(dialog->form()->errorText(QStringLiteral("agency")).isEmpty());
        dialog->agencyBox()->setCurrentIndex(
            dialog->agencyBox()->findText(QStringLiteral("县交通运输局")));
        dialog->keySupervisionCheck()->setChecked(true);
        test::typeText(dialog->leaderEdit(), QStringLiteral("王副主任"));
    });
    CHECK(page->detail()->item()->state == State::Dispatched);
    CHECK(page->detail()->item()->leadAgencyId == fixture.traffic);
    CHECK_FALSE(offers(page, StepKind::Dispatch));
    CHECK_FALSE(offers(page, StepKind::Evaluate));

    // 办单 B, 评单 unsatisfied: the re-handling round opens by itself.
    step(page, StepKind::Reply, [](StepDialog* dialog) {
        dialog->resultClassBox()->setCurrentIndex(1); // B
        dialog->faceToFaceCheck()->setChecked(true);
        test::typeText(dialog->textEdit(), QStringLiteral("已列入明年计划"));
    });
    CHECK(page->detail()->item()->resultClass == QStringLiteral("B"));
    step(page, StepKind::Evaluate, [](StepDialog* dialog) {
        dialog->evaluationBox()->setCurrentIndex(
            dialog->evaluationBox()->findData(int(Evaluation::Unsatisfied)));
    });
    CHECK(page->detail()->item()->state == State::Dispatched);
    CHECK(page->detail()->item()->round == 2);

    // The second round: reply A, evaluated satisfied.
    step(page, StepKind::Reply, [](StepDialog* dialog) {
        dialog->resultClassBox()->setCurrentIndex(0); // A
        test::typeText(dialog->textEdit(), QStringLiteral("道路已修复"));
    });
    step(page, StepKind::Evaluate, [](StepDialog* dialog) {
        dialog->evaluationBox()->setCurrentIndex(
            dialog->evaluationBox()->findData(int(Evaluation::Satisfied)));
    });
    const Item done = *page->detail()->item();
    CHECK(done.state == State::Evaluated);
    CHECK(done.resultClass == QStringLiteral("A"));
    CHECK(done.evaluation == Evaluation::Satisfied);
    CHECK(page->detail()->offeredSteps().contains(StepKind::Close));
    CHECK_FALSE(offers(page, StepKind::Dispatch));
    // point, dispatch, reply, the unsatisfied evaluation that opened round 2, reply, evaluate
    REQUIRE(page->detail()->timeline()->rowCount() == 6);
    const auto stepAt = [&](int row) {
        return page->detail()->timeline()->item(row, 1)->text().toLower();
    };
    CHECK(stepAt(3) == stepName(StepKind::Rehandle).toLower());
    CHECK(stepAt(5) == stepName(StepKind::Evaluate).toLower());

    // The merged concern now takes its citizen's evaluation.
    REQUIRE(page->selectItem(concernId));
    CHECK(page->detail()->offeredSteps() == QList<StepKind>{StepKind::Evaluate});
}

TEST_CASE("The overdue filter, the home page's counts and the dispatch notice", "[gui][loop]")
{
    test::LoopFixture fixture;
    // One concern left undecided since October (overdue) and one suggestion dispatched.
    const qint64 late = fixture.concern(QDate(2026, 10, 9));
    fixture.concern(QDate(2026, 11, 20));
    const qint64 suggestion = fixture.suggestion(QDate(2026, 11, 2));
    StepRequest dispatch = test::step(StepKind::Dispatch, QDate(2026, 11, 3));
    dispatch.leadAgencyId = fixture.traffic;
    dispatch.coAgencyIds = {fixture.water};
    REQUIRE(usecase::takeStep(fixture.db.connection(), {suggestion}, dispatch).ok());

    MainWindow window(std::move(fixture.db.db));
    window.resize(1366, 768);
    window.show();
    const QSqlDatabase db = window.database()->connection();
    HomePage* home = window.homePage();
    // English plurals: one concern, no "concern(s)".
    CHECK(home->overdueButton(ItemKind::Concern)->text() ==
          QStringLiteral("1 concern overdue — open the list"));
    CHECK(home->dueSoonButton(ItemKind::Suggestion)
              ->text()
              .startsWith(QStringLiteral("0 suggestions due")));
    home->overdueButton(ItemKind::Concern)->click();
    LoopPage* page = window.loopPage();
    CHECK(page->isVisible());
    CHECK(page->currentKind() == ItemKind::Concern);
    REQUIRE(page->proxy()->rowCount() == 1);
    const QModelIndex first = page->proxy()->mapToSource(page->proxy()->index(0, 0));
    CHECK(page->model()->item(first.row()).id == late);
    CHECK(page->model()->data(page->model()->index(first.row(), 0), Qt::BackgroundRole).isValid());
    page->setShow(LoopPage::Show::All);
    CHECK(page->proxy()->rowCount() == 2);
    // One deputy's items: 李四 received no concern; the chip clears the filter.
    page->setDeputyFilter(fixture.li, QStringLiteral("李四"));
    CHECK(page->proxy()->rowCount() == 0);
    page->showLedger(ItemKind::Suggestion);
    CHECK(page->proxy()->rowCount() == 1); // he co-signed the suggestion
    page->findChild<QPushButton*>(QStringLiteral("deputy-filter"))->click();
    CHECK(page->proxy()->rowCount() == 1);
    page->showLedger(ItemKind::Concern); // each ledger keeps its own filters
    CHECK(page->proxy()->rowCount() == 0);
    page->findChild<QPushButton*>(QStringLiteral("deputy-filter"))->click();
    CHECK(page->proxy()->rowCount() == 2);

    // The dispatch notice: one for the lead agency and one for the co-agency.
    page->showLedger(ItemKind::Suggestion);
    const QList<Item> items = *LoopStore(db).list();
    CHECK(report::dispatchNoticeCount(items) == 2);
    const DocumentText text(QStringLiteral("zh_CN"));
    const QString html = report::dispatchNoticesHtml(
        items,
        {{fixture.traffic, QStringLiteral("县交通运输局")},
         {fixture.water, QStringLiteral("县水务局")}},
        {QStringLiteral("云岭县人大常委会"), QDate(2026, 11, 20)}, text);
    CHECK(html.contains(QStringLiteral("县交通运输局")));
    CHECK(html.contains(QStringLiteral("2026-建-001")));
    CHECK(html.contains(QStringLiteral("2027年"))); // the due date, three months on
    int pages = 0;
    test::whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        QTest::qWait(100);
        if (auto* widget = preview->findChild<QPrintPreviewWidget*>())
            pages = widget->pageCount();
        preview->reject();
    });
    page->findChild<QAction*>(QStringLiteral("print-dispatch-notices"))->trigger();
    CHECK(pages == 2);
}

TEST_CASE("Loop settings: limits, categories, agencies and the holiday calendar", "[gui][loop]")
{
    test::LoopFixture fixture;
    const QSqlDatabase db = fixture.db.connection();
    LoopSettingsDialog dialog(db);
    dialog.show();

    // A category, once; an empty one is refused.
    dialog.categoryEdit()->setText(QStringLiteral("乡村振兴"));
    CHECK(dialog.addCategory());
    CHECK(categories(db).constLast() == QStringLiteral("乡村振兴"));
    CHECK_FALSE(dialog.addCategory());

    // An agency without a name is refused under the field; named, it is listed.
    AgencyEditor* agencies = dialog.agencies();
    agencies->startNew();
    CHECK_FALSE(agencies->save());
    CHECK_FALSE(agencies->form()->errorText(QStringLiteral("name")).isEmpty());
    test::typeText(agencies->nameEdit(), QStringLiteral("县应急管理局"));
    CHECK(agencies->save());
    CHECK(AgencyStore(db).findByName(QStringLiteral("县应急管理局")).found());
    CHECK(agencies->table()->rowCount() == 3);

    // 2027 gets its New Year's Day; a day of another year is refused and nothing changes.
    CalendarEditor* calendar = dialog.calendar();
    calendar->yearBox()->setValue(2027);
    CHECK(calendar->table()->rowCount() == 0);
    calendar->addDay(
        {QDate(2027, 1, 1), calendar::CalendarDay::Kind::Holiday, QStringLiteral("元旦")});
    calendar->addDay(
        {QDate(2026, 12, 31), calendar::CalendarDay::Kind::Holiday, QStringLiteral("错")});
    CHECK_FALSE(calendar->save());
    CHECK(calendar->message().contains(QStringLiteral("2026-12-31")));
    CHECK_FALSE(calendar::CalendarStore(db).load().hasYear(2027));
    calendar->table()->selectRow(1);
    calendar->table()->removeRow(1);
    CHECK(calendar->save());
    const calendar::WorkingCalendar stored = calendar::CalendarStore(db).load();
    CHECK(stored.hasYear(2027));
    CHECK_FALSE(stored.isWorkingDay(QDate(2027, 1, 1)));
    CHECK(stored.hasYear(2026)); // other years untouched

    // The due-soon window, saved on OK.
    dialog.limitBox(QStringLiteral("limit.due_soon_days"))->setValue(10);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(LoopLimits::load(db).dueSoonDays == 10);
}

TEST_CASE("A concern like an open one of the same township is shown before it is recorded",
          "[gui][loop]")
{
    test::LoopFixture fixture;
    const qint64 zhang = fixture.zhang;
    const qint64 earlier = fixture.concern(QDate(2026, 11, 18));
    const QSqlDatabase db = fixture.db.connection();
    const int before = int(LoopStore(db).list()->size());
    QString shown;
    const auto fill = [&](ItemDialog* dialog) {
        test::typeText(dialog->contentEdit(),
                       QStringLiteral("村口道路破损，雨天积水严重，群众出行很不方便"));
        dialog->deputyPicker()->setChecked(zhang);
    };
    // "Go back": the hint names the earlier concern and nothing is recorded.
    {
        ItemDialog dialog(db, ItemKind::Concern);
        dialog.show();
        fill(&dialog);
        test::whenModal<QMessageBox>([&](QMessageBox* box) {
            shown = box->text();
            for (QAbstractButton* button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
        });
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
    }
    CHECK(shown.contains(LoopStore(db).find(earlier)->serial));
    CHECK(LoopStore(db).list()->size() == before);
    // "Record anyway".
    ItemDialog dialog(db, ItemKind::Concern);
    dialog.show();
    fill(&dialog);
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
    });
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(LoopStore(db).list()->size() == before + 1);
}

TEST_CASE("A suggestions ledger imported from the File menu's dialog", "[gui][loop]")
{
    test::LoopFixture fixture;
    MainWindow window(std::move(fixture.db.db));
    window.resize(1366, 768);
    window.show();
    const QSqlDatabase db = window.database()->connection();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("台账.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("建议编号,案由,领衔代表,主办单位,交办日期,答复日期,答复类别\n"
               "2026-建-005,关于改善农村饮水的建议,李四,县水务局,2026.3.16,2026年6月10日,B类\n"
               "2026-建-006,关于建设农贸市场的建议,张三,县商务局,2026/4/2,,\n");
    file.close();
    QStringList lines;
    bool enabledBefore = true;
    test::whenModal<ImportDialog>([&](ImportDialog* dialog) {
        REQUIRE(dialog->openFile(path));
        lines = dialog->problemLines();
        enabledBefore = dialog->importButton()->isEnabled();
        dialog->createMissingBox()->setChecked(true);
        dialog->runImport();
    });
    window.loopPage()->importLedger();
    CHECK_FALSE(enabledBefore); // 县商务局 is not on record until the box is ticked
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().contains(QStringLiteral("县商务局")));
    const auto water = LoopStore(db).findBySerial(QStringLiteral("2026-建-005"));
    REQUIRE(water.found());
    CHECK(water->state == State::Replied);
    CHECK(water->resultClass == QStringLiteral("B"));
    CHECK(window.loopPage()->currentKind() == ItemKind::Suggestion);
    CHECK(window.loopPage()->model()->rowCount() == 2);
}

TEST_CASE("A filtered ledger says so, each ledger keeps its own filters, the home page opens the "
          "list it counts, and an item stays in view after a step",
          "[gui][loop]")
{
    test::LoopFixture fixture;
    const qint64 late = fixture.concern(QDate(2026, 10, 9)); // undecided since October: overdue
    const qint64 recent = fixture.concern(QDate(2026, 11, 20));
    fixture.suggestion(QDate(2026, 11, 2));
    MainWindow window(std::move(fixture.db.db));
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Loop);
    LoopPage* page = window.loopPage();
    auto* search = page->findChild<QLineEdit*>();
    REQUIRE(search);

    // A search in the concerns: the bar says what narrows the list and how far.
    CHECK_FALSE(page->filterBar()->isVisible());
    test::typeText(search, QStringLiteral("zzz"));
    CHECK(page->proxy()->rowCount() == 0);
    CHECK(page->filterBar()->isVisible());
    CHECK(page->filterBar()->text().contains(QStringLiteral("search “zzz”")));
    CHECK(page->filterBar()->text().contains(QStringLiteral("showing 0 of 2")));

    // The suggestions have their own search, empty; the concerns' comes back with them.
    page->showLedger(ItemKind::Suggestion);
    CHECK(search->text().isEmpty());
    CHECK(page->proxy()->rowCount() == 1);
    CHECK_FALSE(page->filterBar()->isVisible());
    page->showLedger(ItemKind::Concern);
    CHECK(search->text() == QStringLiteral("zzz"));
    CHECK(page->proxy()->rowCount() == 0);

    // An export of the filtered ledger says so first; cancelled, nothing changes.
    QString asked;
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        asked = box->text();
        CHECK_FALSE(box->findChild<QPushButton*>(QStringLiteral("only-shown"))->isEnabled());
        box->reject();
    });
    page->findChild<QPushButton*>(QStringLiteral("export"))->click();
    CHECK(asked.contains(QStringLiteral("filtered")));
    CHECK(search->text() == QStringLiteral("zzz"));

    // The home page's overdue concerns open the concerns with just those, the search cleared.
    window.showPage(MainWindow::Home);
    window.homePage()->overdueButton(ItemKind::Concern)->click();
    CHECK(page->currentKind() == ItemKind::Concern);
    CHECK(search->text().isEmpty());
    REQUIRE(page->proxy()->rowCount() == 1);
    CHECK(page->model()->item(page->proxy()->mapToSource(page->proxy()->index(0, 0)).row()).id ==
          late);
    CHECK(page->filterBar()->text().contains(QStringLiteral("showing 1 of 2")));
    // The built-in category reads in the screen's language.
    const int lateRow = page->model()->rowOf(late);
    CHECK(page->model()->index(lateRow, LoopTableModel::Category).data().toString() ==
          QStringLiteral("Urban construction and environment"));

    // 定单 on it: no longer overdue, it stays selected in the overdue list until the clerk moves
    // on. 经办人 is the clerk named in Settings.
    {
        SettingsDialog settings(window.database()->connection());
        settings.findChild<QLineEdit*>(QStringLiteral("operator"))->setText(QStringLiteral("李明"));
        settings.accept();
        REQUIRE(settings.result() == QDialog::Accepted);
    }
    CHECK(operatorName() == QStringLiteral("李明"));
    REQUIRE(page->selectItem(late));
    step(page, StepKind::Order, [](StepDialog* dialog) {
        dialog->orderKindBox()->setCurrentIndex(
            dialog->orderKindBox()->findData(int(OrderKind::OnSpot)));
        test::typeText(dialog->textEdit(), QStringLiteral("当场答复：已联系村委会"));
    });
    CHECK(page->detail()->itemId() == late);
    CHECK(page->proxy()->rowCount() == 1);
    const auto steps = LoopStore(window.database()->connection()).steps(late);
    REQUIRE(steps);
    CHECK(steps->constLast().actor == QStringLiteral("李明"));
    setOperatorName(QString());
    CHECK(page->view()->currentIndex().isValid());
    page->setShow(LoopPage::Show::All);
    REQUIRE(page->selectItem(recent));
    page->setShow(LoopPage::Show::Overdue);
    CHECK(page->proxy()->rowCount() == 0);
}

TEST_CASE("Pickers sort in pinyin order, find any part of a name, its pinyin or initials, and "
          "the stations follow the township",
          "[gui][loop]")
{
    test::LoopFixture fixture;
    const QSqlDatabase db = fixture.db.connection();
    Agency housing;
    housing.name = QStringLiteral("县住房和城乡建设局");
    REQUIRE(usecase::saveAgency(db, housing).ok());
    for (const auto& [name, township] : {std::pair{"城关镇东街社区代表联络站", "城关镇"},
                                         std::pair{"城关镇西街社区代表联络站", "城关镇"},
                                         std::pair{"安乐乡代表联络站", "安乐乡"}}) {
        registry::Station station;
        station.name = QString::fromUtf8(name);
        REQUIRE(usecase::saveStation(db, station, QString::fromUtf8(township)).ok());
    }

    // 派单: the lead agency picker in pinyin order (交 jiao, 水 shui, 住 zhu); 住房 and zf find
    // 县住房和城乡建设局; what matches nothing goes back to the choice.
    const qint64 itemId = fixture.concern(QDate(2026, 11, 2));
    StepRequest order = test::step(StepKind::Order, QDate(2026, 11, 3));
    order.orderKind = OrderKind::PassedOn;
    REQUIRE(usecase::takeStep(db, {itemId}, order).ok());
    const auto item = LoopStore(db).find(itemId);
    REQUIRE(item.found());
    StepDialog dispatch(db, StepKind::Dispatch, {*item});
    QComboBox* agency = dispatch.agencyBox();
    QStringList names;
    for (int i = 0; i < agency->count(); ++i)
        names << agency->itemText(i);
    CHECK(names == QStringList{QStringLiteral("县交通运输局"), QStringLiteral("县水务局"),
                               QStringLiteral("县住房和城乡建设局")});
    for (const QString& typed : {QStringLiteral("住房"), QStringLiteral("zf")}) {
        agency->setCurrentIndex(-1);
        agency->lineEdit()->setText(typed);
        Q_EMIT agency->lineEdit()->editingFinished();
        CHECK(agency->currentText() == QStringLiteral("县住房和城乡建设局"));
    }
    agency->lineEdit()->setText(QStringLiteral("无此单位"));
    Q_EMIT agency->lineEdit()->editingFinished();
    CHECK(agency->lineEdit()->text() == QStringLiteral("县住房和城乡建设局"));

    // The concern form: choosing 安乐乡 leaves only its station; a station chosen first fills in
    // its township.
    ItemDialog concern(db, ItemKind::Concern);
    QComboBox* township = concern.townshipBox();
    QComboBox* station = concern.stationBox();
    CHECK(station->count() == 4); // the empty entry and three stations
    township->setCurrentIndex(township->findText(QStringLiteral("安乐乡")));
    REQUIRE(station->count() == 2);
    CHECK(station->itemText(1) == QStringLiteral("安乐乡代表联络站"));
    township->setCurrentIndex(0);
    CHECK(station->count() == 4);
    station->setCurrentIndex(station->findText(QStringLiteral("城关镇西街社区代表联络站")));
    CHECK(township->currentText() == QStringLiteral("城关镇"));
    CHECK(station->currentText() == QStringLiteral("城关镇西街社区代表联络站"));
}

TEST_CASE("The evaluation dialog says whether the result or the citizens' votes count",
          "[gui][loop]")
{
    test::LoopFixture fixture;
    const QSqlDatabase db = fixture.db.connection();
    const qint64 itemId = fixture.concern(QDate(2026, 11, 2));
    StepRequest order = test::step(StepKind::Order, QDate(2026, 11, 3));
    order.orderKind = OrderKind::OnSpot;
    order.text = QStringLiteral("当场答复");
    REQUIRE(usecase::takeStep(db, {itemId}, order).ok());
    const auto item = LoopStore(db).find(itemId);
    REQUIRE(item.found());
    StepDialog dialog(db, StepKind::Evaluate, {*item});
    REQUIRE(dialog.voteBoxes().size() == 3);
    CHECK(dialog.evaluationBox()->isEnabled());
    // Two satisfied, one not: the majority decides, and the result shows it, fixed.
    dialog.voteBoxes().at(0)->setValue(2);
    dialog.voteBoxes().at(2)->setValue(1);
    CHECK_FALSE(dialog.evaluationBox()->isEnabled());
    CHECK(dialog.evaluationBox()->currentData().toInt() == int(Evaluation::Satisfied));
    dialog.voteBoxes().at(2)->setValue(3);
    CHECK(dialog.evaluationBox()->currentData().toInt() == int(Evaluation::Unsatisfied));
    // No votes: the result chosen is recorded.
    for (QSpinBox* box : dialog.voteBoxes())
        box->setValue(0);
    CHECK(dialog.evaluationBox()->isEnabled());
}

TEST_CASE("A step recorded by mistake is withdrawn from the detail pane with a reason and stays "
          "in the history struck through",
          "[gui][loop][withdraw]")
{
    test::LoopFixture fixture;
    const qint64 concern = fixture.concern(QDate(2026, 11, 2));
    const qint64 traffic = fixture.traffic;
    MainWindow window(std::move(fixture.db.db));
    window.resize(1366, 768);
    window.show();
    const QSqlDatabase db = window.database()->connection();
    StepRequest order = test::step(StepKind::Order, QDate(2026, 11, 3));
    order.orderKind = OrderKind::PassedOn;
    StepRequest dispatch = test::step(StepKind::Dispatch, QDate(2026, 11, 4));
    dispatch.leadAgencyId = traffic;
    REQUIRE(usecase::takeStep(db, {concern}, order).ok());
    REQUIRE(usecase::takeStep(db, {concern}, dispatch).ok());
    window.showPage(MainWindow::Loop);
    LoopPage* page = window.loopPage();
    REQUIRE(page->selectItem(concern));
    CHECK(page->detail()->withdrawableStep() == StepKind::Dispatch);

    QString asked;
    test::whenModal<QInputDialog>([&](QInputDialog* input) {
        asked = input->labelText();
        input->setTextValue(QStringLiteral("承办单位选错"));
        input->accept();
    });
    auto* withdraw = page->detail()->findChild<QPushButton*>(QStringLiteral("withdraw"));
    REQUIRE(withdraw);
    withdraw->click();
    CHECK(asked.contains(QStringLiteral("2026-意-0001")));
    REQUIRE(page->detail()->item());
    CHECK(page->detail()->item()->state == State::AwaitingDispatch);
    CHECK(page->detail()->offeredSteps().contains(StepKind::Dispatch));
    CHECK(page->detail()->withdrawableStep() == StepKind::Order);
    QTableWidget* timeline = page->detail()->timeline();
    REQUIRE(timeline->rowCount() == 3);
    CHECK(timeline->item(2, 1)->font().strikeOut());
    CHECK_FALSE(timeline->item(1, 1)->font().strikeOut());
    CHECK(timeline->item(2, 4)->text().contains(QStringLiteral("承办单位选错")));
    test::screenshot(&window, QStringLiteral("loop-withdrawn-step"));

    // Cancelling the question withdraws nothing.
    test::whenModal<QInputDialog>([](QInputDialog* input) { input->reject(); });
    page->detail()->findChild<QPushButton*>(QStringLiteral("withdraw"))->click();
    CHECK(page->detail()->item()->state == State::AwaitingDispatch);
}

// The registry screens driven through their real widgets on real database files.
#include "GuiSupport.h"
#include "TestSupport.h"

#include "registry/DeputyStore.h"
#include "registry/TermStore.h"
#include "ui/activities/ActivitiesPage.h"
#include "ui/imports/ImportDialog.h"
#include "ui/loop/LoopPage.h"
#include "ui/registry/DeputiesPage.h"
#include "ui/registry/DeputyDialog.h"
#include "ui/registry/DeputyProfileDialog.h"
#include "ui/registry/DeputyVersionsDialog.h"
#include "ui/registry/NewTermDialog.h"
#include "ui/registry/StationDialog.h"
#include "ui/registry/StationsPage.h"
#include "ui/registry/StatusDialog.h"
#include "ui/scoring/ScoresPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/WelcomeDialog.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/FilterBar.h"
#include "ui/widgets/ListView.h"
#include "ui/widgets/RowMenu.h"
#include "usecases/DeputyActions.h"
#include "usecases/RegistryActions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::ui;

namespace {

QStringList shownNames(const DeputiesPage* page)
{
    QStringList names;
    for (const registry::DeputyRow& row : page->shownRows())
        names << row.deputy.name;
    return names;
}

} // namespace

TEST_CASE("A clerk creates a database, adds, finds and terminates a deputy", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("云岭县.ddb"));

    // The welcome page refuses a missing congress name beside the field, then creates the file.
    WelcomeDialog welcome(true);
    welcome.pathField()->setText(path);
    welcome.create();
    CHECK_FALSE(welcome.form()->errorText(QStringLiteral("name")).isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
    test::typeText(welcome.nameField(), QStringLiteral("云岭县人大常委会"));
    welcome.create();
    CHECK(welcome.result() == QDialog::Accepted);
    std::unique_ptr<storage::Database> database = welcome.takeDatabase();
    REQUIRE(database);
    CHECK(QFileInfo::exists(path));

    MainWindow window(std::move(database));
    window.resize(1366, 768);
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("云岭县人大常委会")));
    window.showPage(MainWindow::Deputies);
    DeputiesPage* page = window.deputiesPage();
    CHECK(page->shownRows().isEmpty());

    // The form shows the bad phone number under its field and stays open; fixed, it saves.
    bool sawPhoneError = false;
    test::whenModal<DeputyDialog>([&](DeputyDialog* dialog) {
        test::typeText(dialog->nameField(), QStringLiteral("张　三"));
        dialog->genderField()->setCurrentIndex(
            dialog->genderField()->findData(QStringLiteral("M")));
        test::typeText(dialog->birthField(), QStringLiteral("1975.3"));
        test::typeText(dialog->phoneField(), QStringLiteral("1381234"));
        dialog->accept();
        sawPhoneError = dialog->isVisible() &&
                        !dialog->personForm()->errorText(QStringLiteral("phone")).isEmpty();
        dialog->phoneField()->setText(QStringLiteral("138 1234 5678"));
        dialog->accept();
    });
    page->addDeputy();
    CHECK(sawPhoneError);
    REQUIRE(shownNames(page) == QStringList{QStringLiteral("张三")});
    const registry::DeputyRow added = page->shownRows().constFirst();
    CHECK(added.deputy.phone == QStringLiteral("13812345678"));
    CHECK(added.deputy.birthMonth == QStringLiteral("1975-03"));

    // Pinyin initials find it; other letters do not.
    test::typeText(page->searchField(), QStringLiteral("zs"));
    CHECK(shownNames(page) == QStringList{QStringLiteral("张三")});
    page->searchField()->setText(QStringLiteral("ls"));
    CHECK(shownNames(page).isEmpty());
    page->searchField()->setText(QStringLiteral("zhangsan"));
    REQUIRE(page->shownRows().size() == 1);

    // Terminated with a reason, the deputy leaves the list of serving deputies.
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    test::whenModal<StatusDialog>([](StatusDialog* dialog) {
        dialog->statusField()->setCurrentIndex(
            dialog->statusField()->findData(int(registry::MembershipStatus::Terminated)));
        dialog->dateField()->setDate(QDate(2026, 3, 1));
        dialog->accept(); // no reason yet: refused beside the field
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->form()->errorText(QStringLiteral("reason")).isEmpty());
        test::typeText(dialog->reasonField(), QStringLiteral("调离本行政区域"));
        dialog->accept();
    });
    page->changeStatus();
    CHECK(page->shownRows().isEmpty());
    page->statusFilter()->setCurrentIndex(
        page->statusFilter()->findData(int(registry::MembershipStatus::Terminated)));
    REQUIRE(shownNames(page) == QStringList{QStringLiteral("张三")});
    CHECK(page->shownRows().constFirst().membership.status ==
          registry::MembershipStatus::Terminated);
}

TEST_CASE("Printing the deputies list renders pages in the preview", "[gui]")
{
    test::TempDatabase temp; // a county office, term 18
    const QSqlDatabase db = temp.connection();
    test::fillSmallDemo(db);

    MainWindow window(std::move(temp.db));
    window.showPage(MainWindow::Deputies);
    const int rows = int(window.deputiesPage()->shownRows().size());
    REQUIRE(rows > 30);
    int pages = -1;
    test::whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        if (auto* widget = preview->findChild<QPrintPreviewWidget*>())
            pages = widget->pageCount();
        preview->reject();
    });
    window.deputiesPage()->printList();
    CHECK(pages >= 2); // more rows than one A4 page holds
}

TEST_CASE("A filtered roster says so, and its print offers the whole list", "[gui]")
{
    test::TempDatabase temp;
    test::fillSmallDemo(temp.connection());
    MainWindow window(std::move(temp.db));
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Deputies);
    DeputiesPage* page = window.deputiesPage();
    const int whole = int(page->shownRows().size());
    REQUIRE(whole > 30);
    CHECK_FALSE(page->filterBar()->isVisible());

    // A station and a search: the bar names both and counts what is left.
    for (int i = 1; i < page->stationFilter()->count(); ++i) {
        page->stationFilter()->setCurrentIndex(i);
        if (int(page->shownRows().size()) < whole)
            break;
    }
    const QString station = page->stationFilter()->currentText();
    REQUIRE(int(page->shownRows().size()) < whole);
    test::typeText(page->searchField(), QStringLiteral("zzz"));
    CHECK(page->shownRows().isEmpty());
    CHECK(page->filterBar()->isVisible());
    const QString said = page->filterBar()->text();
    CHECK(said.contains(QStringLiteral("Station = ") + station));
    CHECK(said.contains(QStringLiteral("search “zzz”")));
    CHECK(said.contains(QStringLiteral("showing 0 of %1").arg(QLocale().toString(whole))));

    // Printing the empty, filtered list offers the whole one: taken, the filters clear and the
    // preview shows every deputy.
    QString asked;
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        asked = box->text();
        test::whenModal<QPrintPreviewDialog>(
            [](QPrintPreviewDialog* preview) { preview->reject(); });
        box->findChild<QPushButton*>(QStringLiteral("whole-list"))->click();
    });
    page->printList();
    CHECK(asked.contains(station));
    CHECK(page->searchField()->text().isEmpty());
    CHECK(page->stationFilter()->currentIndex() == 0);
    CHECK(int(page->shownRows().size()) == whole);
    CHECK_FALSE(page->filterBar()->isVisible());
}

TEST_CASE("The activities and the scores say when they are filtered, and their print offers "
          "the whole list",
          "[gui]")
{
    test::TempDatabase temp;
    test::fillSmallDemo(temp.connection());
    MainWindow window(std::move(temp.db));
    window.resize(1024, 738);
    window.show();
    const auto printWholeList = [](const std::function<void()>& print) {
        QString asked;
        test::whenModal<QMessageBox>([&](QMessageBox* box) {
            asked = box->text();
            test::whenModal<QPrintPreviewDialog>(
                [](QPrintPreviewDialog* preview) { preview->reject(); });
            box->findChild<QPushButton*>(QStringLiteral("whole-list"))->click();
        });
        print();
        return asked;
    };

    // The reception log, narrowed by a search: the bar counts against the log, not all activities.
    window.showPage(MainWindow::Activities);
    ActivitiesPage* activities = window.activitiesPage();
    activities->showTab(ActivitiesPage::Receptions);
    const int receptions = activities->proxy()->rowCount();
    REQUIRE(receptions > 2);
    REQUIRE(receptions < activities->model()->rowCount());
    CHECK_FALSE(activities->filterBar()->isVisible());
    test::typeText(activities->searchField(), QStringLiteral("zzz"));
    CHECK(activities->proxy()->rowCount() == 0);
    CHECK(activities->filterBar()->isVisible());
    CHECK(activities->filterBar()->text().contains(
        QStringLiteral("showing 0 of %1").arg(QLocale().toString(receptions))));
    CHECK(printWholeList([&] { activities->printList(); }).contains(QStringLiteral("zzz")));
    CHECK(activities->searchField()->text().isEmpty());
    CHECK(activities->proxy()->rowCount() == receptions);
    CHECK_FALSE(activities->filterBar()->isVisible());

    // The scores of one station: narrowed when worked out, still counted against everyone.
    window.showPage(MainWindow::Scores);
    ScoresPage* scores = window.scoresPage();
    const int everyone = scores->proxy()->rowCount();
    REQUIRE(everyone > 2);
    CHECK_FALSE(scores->filterBar()->isVisible());
    QString station;
    for (int i = 1; i < scores->stationBox()->count(); ++i) {
        scores->stationBox()->setCurrentIndex(i);
        station = scores->stationBox()->currentText();
        if (scores->proxy()->rowCount() < everyone)
            break;
    }
    const int atStation = scores->proxy()->rowCount();
    REQUIRE(atStation < everyone);
    CHECK(scores->filterBar()->text().contains(QStringLiteral("Station = ") + station));
    CHECK(scores->filterBar()->text().contains(
        QStringLiteral("showing %1 of %2")
            .arg(QLocale().toString(atStation), QLocale().toString(everyone))));
    CHECK(printWholeList([&] { scores->printList(); }).contains(station));
    CHECK(scores->stationBox()->currentIndex() == 0);
    CHECK(scores->proxy()->rowCount() == everyone);
    CHECK_FALSE(scores->filterBar()->isVisible());
}

TEST_CASE("A record list's context menu opens, prints and copies the record, and every shortcut is "
          "listed in Help",
          "[gui]")
{
    test::TempDatabase temp;
    test::fillSmallDemo(temp.connection());
    MainWindow window(std::move(temp.db));
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Deputies);
    DeputiesPage* page = window.deputiesPage();
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    const registry::DeputyRow* row = page->currentRow();
    REQUIRE(row);
    const QString name = row->deputy.name;

    auto* rowMenu = page->view()->findChild<RowMenu*>();
    REQUIRE(rowMenu);
    std::unique_ptr<QMenu> menu(rowMenu->build(nullptr));
    const auto action = [&](const char* objectName) {
        return menu->findChild<QAction*>(QLatin1String(objectName));
    };
    for (const char* expected :
         {"open-archive", "edit", "change-status", "print-archive", "copy-rows"})
        CHECK(action(expected));

    // 打印一人一档 from the menu: the archive of the deputy under the cursor, in the preview.
    QString previewTitle;
    test::whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        previewTitle = preview->windowTitle();
        preview->reject();
    });
    action("print-archive")->trigger();
    CHECK(previewTitle.contains(name));

    // Edit from the menu, saved unchanged: the deputy stays the one selected.
    test::whenModal<DeputyDialog>([](DeputyDialog* dialog) { dialog->accept(); });
    action("edit")->trigger();
    REQUIRE(page->currentRow());
    CHECK(page->currentRow()->deputy.name == name);

    // Copy: the headers shown, then the row, tab-separated for a workbook.
    action("copy-rows")->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("Name\tGender")));
    CHECK(lines.at(1).startsWith(name + QLatin1Char('\t')));

    // The stations, the ledgers and the activities have theirs too.
    for (QWidget* list : {static_cast<QWidget*>(window.stationsPage()->view()),
                          static_cast<QWidget*>(window.loopPage()->view())})
        CHECK(list->findChild<RowMenu*>());

    // Ctrl+2 … : the pages; Ctrl+F finds in the list shown.
    window.showPage(MainWindow::Home);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.stationsPage()->isVisible());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.stationsPage()->searchField()->hasFocus());

    // Help ▸ Keyboard shortcuts lists them, read from the menus.
    ShortcutsDialog shortcuts(window.menuBar());
    QStringList listed;
    for (int r = 0; r < shortcuts.table()->rowCount(); ++r)
        listed << shortcuts.table()->item(r, 0)->text() + QStringLiteral(" = ") +
                      shortcuts.table()->item(r, 1)->text();
    const QString all = listed.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Go ▸ Stations = Ctrl+3")));
    CHECK(all.contains(QStringLiteral("Go ▸ New record in this list… = Ctrl+N")));
    CHECK(all.contains(QStringLiteral("File ▸ Print current list… = Ctrl+P")));
    CHECK(all.contains(QStringLiteral("Copy the selected rows = Ctrl+C")));
}

TEST_CASE("A new term starts from the deputies page and its roster links re-elected deputies",
          "[gui]")
{
    test::TempDatabase temp; // a county office, term 18
    QTemporaryDir& dir = temp.dir;
    const QSqlDatabase db = temp.connection();
    registry::Deputy zhang;
    zhang.name = QStringLiteral("张三");
    zhang.gender = QStringLiteral("M");
    zhang.birthMonth = QStringLiteral("1975-03");
    registry::Membership first;
    first.level = registry::Level::County;
    first.termNumber = 18;
    REQUIRE(usecase::addDeputy(db, zhang, first).ok());
    const QString roster = dir.filePath(QStringLiteral("第十九届代表名册.csv"));
    {
        QFile file(roster);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("云岭县第十九届人民代表大会代表名册\r\n序号,姓名,性别,出生年月\r\n"
                           "1,张三,男,1975.03\r\n2,李四,女,1980-10\r\n")
                .toUtf8());
    }

    MainWindow window(std::move(temp.db));
    window.showPage(MainWindow::Deputies);
    QString summary;
    test::whenModal<NewTermDialog>([&](NewTermDialog* dialog) {
        CHECK(dialog->numberField()->value() == 19);
        dialog->dateField()->setDate(QDate(2021, 12, 1)); // before term 18 began: refused
        dialog->accept();
        CHECK(dialog->isVisible());
        dialog->dateField()->setDate(QDate(2026, 12, 20));
        summary = dialog->summaryLabel()->text();
        dialog->findChild<QDialogButtonBox*>()->buttons().at(1)->click(); // start and import
    });
    int problems = -1;
    test::whenModal<ImportDialog>([&](ImportDialog* import) {
        REQUIRE(import->openFile(roster));
        problems = int(import->problemLines().size());
        import->runImport();
    });
    window.deputiesPage()->startNewTerm();
    CHECK(summary.contains(QStringLiteral("2026-12-19")));
    CHECK(summary.contains(QStringLiteral(" 1 ")));
    CHECK(problems == 0);

    const auto term19 = registry::TermStore(db).current(registry::Level::County);
    REQUIRE(term19.found());
    CHECK(term19->number == 19);
    const QList<registry::Membership> memberships =
        *registry::DeputyStore(db).memberships(zhang.id);
    REQUIRE(memberships.size() == 2);
    for (const registry::Membership& membership : memberships) {
        if (membership.termNumber == 18)
            CHECK(membership.status == registry::MembershipStatus::TermEnded);
        else
            CHECK(membership.isReelected);
    }
    QStringList names;
    for (const registry::DeputyRow& row : window.deputiesPage()->shownRows())
        names << row.deputy.name;
    names.sort();
    CHECK(names == QStringList{QStringLiteral("张三"), QStringLiteral("李四")});
}

TEST_CASE("The import dialog marks problems by row and column and imports nothing until fixed",
          "[gui]")
{
    test::TempDatabase temp; // a county office, term 18
    QTemporaryDir& dir = temp.dir;
    const QSqlDatabase db = temp.connection();
    const auto write = [&](const QString& text) {
        const QString path = dir.filePath(QStringLiteral("名册.csv"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text.toUtf8());
        return path;
    };
    ImportDialog dialog(db, ImportDialog::Kind::Roster);
    REQUIRE(
        dialog.openFile(write(QStringLiteral("序号,姓名,性别,联系电话\r\n1,王芳,女,13912345678\r\n"
                                             "2,毛军,男,1391234\r\n"))));
    const QStringList problems = dialog.problemLines();
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().contains(QStringLiteral("Row 3")));
    INFO(problems.constFirst().toStdString());
    CHECK(problems.constFirst().contains(QStringLiteral("联系电话")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(registry::DeputyStore(db).list(registry::DeputyFilter{})->isEmpty());

    REQUIRE(
        dialog.openFile(write(QStringLiteral("序号,姓名,性别,联系电话\r\n1,王芳,女,13912345678\r\n"
                                             "2,毛军,男,0871-63123456\r\n"))));
    CHECK(dialog.problemLines().isEmpty());
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.runImport();
    CHECK(dialog.lastCounts().inserted == 2);
    CHECK(registry::DeputyStore(db).list(registry::DeputyFilter{})->size() == 2);
}

TEST_CASE("A roster naming each row's level and term hides the pickers and says so", "[gui]")
{
    test::TempDatabase temp; // a county office, term 18
    const QSqlDatabase db = temp.connection();
    const auto write = [&](const QString& name, const QString& text) {
        const QString path = temp.dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text.toUtf8());
        return path;
    };
    ImportDialog dialog(db, ImportDialog::Kind::Roster);
    auto* said = dialog.findChild<QLabel*>(QStringLiteral("targetFromFile"));
    REQUIRE(said);
    const auto pickerShown = [&] { return dialog.findChild<QSpinBox*>()->isVisibleTo(&dialog); };
    CHECK(pickerShown());
    CHECK_FALSE(said->isVisibleTo(&dialog));

    REQUIRE(dialog.openFile(
        write(QStringLiteral("全册.csv"), QStringLiteral("序号,姓名,性别,出生年月,层级,届次\r\n"
                                                         "1,张三,男,1975.03,县级,第18届\r\n"))));
    CHECK_FALSE(pickerShown());
    CHECK(said->isVisibleTo(&dialog));
    CHECK(said->text().contains(QStringLiteral("层级")));
    CHECK(said->text().contains(QStringLiteral("届次")));
    CHECK(dialog.problemLines().isEmpty());

    // A file without those columns shows the pickers again.
    REQUIRE(dialog.openFile(
        write(QStringLiteral("本届.csv"), QStringLiteral("序号,姓名,性别,出生年月\r\n"
                                                         "1,李四,女,1980.10\r\n"))));
    CHECK(pickerShown());
    CHECK_FALSE(said->isVisibleTo(&dialog));

    // Only 届次: the level is still the clerk's to choose, the term comes from each row.
    REQUIRE(dialog.openFile(
        write(QStringLiteral("届次.csv"), QStringLiteral("序号,姓名,性别,出生年月,届次\r\n"
                                                         "1,王五,男,1969.01,18\r\n"))));
    CHECK(dialog.findChild<QComboBox*>()->isVisibleTo(&dialog));
    CHECK_FALSE(pickerShown());
    CHECK(said->text().contains(QStringLiteral("届次")));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.runImport();
    CHECK(dialog.lastCounts().inserted == 1);
    const QList<registry::DeputyRow> rows = *registry::DeputyStore(db).list({});
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().membership.level == registry::Level::County);
    CHECK(rows.first().membership.termNumber == 18);
}

TEST_CASE("A picker the office file cannot fill says so instead of showing nothing", "[gui]")
{
    test::TempDatabase temp;
    test::renameTablesAway(temp.path, {QStringLiteral("townships")});
    QString title, text;
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        title = box->windowTitle();
        text = box->text();
        box->accept();
    });
    StationDialog dialog(temp.connection(), registry::Station{});
    CHECK(title == u"The office file could not be read");
    CHECK(text.contains(QStringLiteral("could not be read")));
}

TEST_CASE("The deputy form says a term not on record under the term field and saves nothing",
          "[gui]")
{
    test::TempDatabase temp; // a county office, term 18
    DeputyDialog dialog(temp.connection(), std::nullopt);
    dialog.show();
    dialog.nameField()->setText(QStringLiteral("李四"));
    dialog.genderField()->setCurrentIndex(dialog.genderField()->findData(QStringLiteral("M")));
    dialog.termField()->setValue(81);
    dialog.accept();
    test::screenshot(&dialog, QStringLiteral("deputy-add-term-not-on-record"));
    CHECK(dialog.isVisible());
    CHECK(dialog.termForm()->errorText(QStringLiteral("term")).contains(QStringLiteral("81")));
    CHECK(dialog.personForm()->errorText(QStringLiteral("name")).isEmpty()); // nothing else
    CHECK(registry::DeputyStore(temp.connection()).count() == 0);
}

TEST_CASE("A deputy's earlier particulars are put back from the versions the log keeps",
          "[gui][log]")
{
    test::TempDatabase temp;
    temp.closeDoor();
    const QSqlDatabase db = temp.connection();
    const registry::Deputy deputy =
        test::addCountyDeputy(db, QStringLiteral("周九"), QStringLiteral("13855556666"));
    usecase::DeputyEdit edit{deputy, std::nullopt, 0};
    edit.deputy.phone = QStringLiteral("13877778888");
    REQUIRE(usecase::editDeputy(db, edit).ok());

    // The deputy's file lists the record's own changes from the log.
    const DeputyProfileDialog profile(db, deputy.id);
    CHECK(profile.profileText().contains(QStringLiteral("Changes to this record (2)")));

    DeputyVersionsDialog dialog(db, deputy.id);
    dialog.show();
    REQUIRE(dialog.table()->rowCount() == 2);
    CHECK(dialog.table()->item(0, 4)->text() == QStringLiteral("13855556666"));
    CHECK(dialog.table()->currentRow() == 1);
    test::screenshot(&dialog, QStringLiteral("deputy-versions"));
    dialog.table()->selectRow(0);
    test::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    dialog.restoreSelected();
    CHECK(dialog.restored());
    CHECK(registry::DeputyStore(db).get(deputy.id)->phone == QStringLiteral("13855556666"));
    CHECK(dialog.table()->rowCount() == 3);
}

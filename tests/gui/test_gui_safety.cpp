// The office file in the window: a second window is read-only and names the holder, follows
// changes made by the CLI, and File ▸ Restore from backup brings a backup back.
#include "GuiSupport.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "registry/OfficeSetup.h"
#include "storage/Backups.h"
#include "storage/Platform.h"
#include "ui/DeputiesPage.h"
#include "ui/MainWindow.h"
#include "ui/RestoreDialog.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>

using namespace dd;
using namespace dd::ui;

namespace {
QString makeSmallOffice(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("office.ddb"));
    OpenResult created = Database::open(path, Database::Mode::CreateIfMissing);
    REQUIRE(created);
    const QSqlDatabase db = created.database->connection();
    REQUIRE(initializeOffice(
                db, {QStringLiteral("云岭县人大常委会"), Level::County, 18, QDate(2021, 12, 20)})
                .ok());
    DemoSummary summary;
    REQUIRE(generateDemo(db, {DemoOptions::Scale::Small, 2026, 1}, &summary).ok());
    return path;
}

test::CliResult addDeputy(const QString& path, const QString& name)
{
    return test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("--today"), QStringLiteral("2026-11-20"),
         QStringLiteral("deputy"), QStringLiteral("add"), QStringLiteral("--name"), name,
         QStringLiteral("--gender"), QStringLiteral("女"), QStringLiteral("--birth"),
         QStringLiteral("1980-05"), QStringLiteral("--composition"), QStringLiteral("farmer")});
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 8000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return condition();
}
} // namespace

TEST_CASE("A second window opens the file read-only, names its holder and follows the changes",
          "[gui][safety]")
{
    Clock::setToday(QDate(2026, 11, 20));
    QTemporaryDir dir;
    const QString path = makeSmallOffice(dir);
    OpenResult first = Database::open(path, Database::Mode::OpenExisting, {.asWindow = true});
    OpenResult second = Database::open(path, Database::Mode::OpenExisting, {.asWindow = true});
    REQUIRE(first);
    REQUIRE(second);
    CHECK_FALSE(first.database->isReadOnly());
    REQUIRE(second.database->isReadOnly());
    REQUIRE(second.database->heldBy());
    CHECK(second.database->heldBy()->isUs); // both windows are in this test's process

    MainWindow writer(std::move(first.database));
    MainWindow reader(std::move(second.database));
    writer.show();
    reader.show();
    auto* readerBanner = reader.findChild<QWidget*>(QStringLiteral("readOnlyBanner"));
    auto* writerBanner = writer.findChild<QWidget*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(readerBanner);
    REQUIRE(writerBanner);
    CHECK(readerBanner->isVisible());
    CHECK_FALSE(writerBanner->isVisible());
    const QString bannerText = readerBanner->findChild<QLabel*>()->text();
    CHECK(bannerText.contains(platform::userName()));
    CHECK(bannerText.contains(QStringLiteral("Read-only")));
    test::screenshot(&reader, QStringLiteral("second-window-read-only"));

    reader.showPage(MainWindow::Deputies);
    const QString before = reader.deputiesPage()->statusText();
    const test::CliResult added = addDeputy(path, QStringLiteral("新代表"));
    REQUIRE(added.exitCode == 0);
    CHECK(waitFor([&] { return reader.deputiesPage()->statusText() != before; }));
    CHECK(writer.deputiesPage()->statusText() == reader.deputiesPage()->statusText());
}

TEST_CASE("File ▸ Restore from backup brings a backup back and keeps what it replaced",
          "[gui][safety]")
{
    Clock::setToday(QDate(2026, 11, 20));
    QTemporaryDir dir;
    const QString path = makeSmallOffice(dir);
    OpenResult opened = Database::open(path, Database::Mode::OpenExisting, {.asWindow = true});
    REQUIRE(opened);
    MainWindow window(std::move(opened.database));
    window.show();
    window.showPage(MainWindow::Deputies);
    // The day's first opening made a backup; the status bar says so.
    CHECK(
        waitFor([&] { return Backups(path, window.database()->connection()).list().size() == 1; }));
    auto* backupStatus = window.statusBar()->findChild<QLabel*>();
    REQUIRE(backupStatus);
    const QString original = window.deputiesPage()->statusText();
    REQUIRE(addDeputy(path, QStringLiteral("后来者")).exitCode == 0);
    CHECK(waitFor([&] { return window.deputiesPage()->statusText() != original; }));

    RestoreDialog dialog(*window.database(), &window);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>();
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("first opening of the day"));
    test::screenshot(&dialog, QStringLiteral("restore-dialog"));
    test::whenModal<QMessageBox>([](QMessageBox* question) {
        test::whenModal<QMessageBox>([](QMessageBox* done) { done->accept(); });
        question->button(QMessageBox::Yes)->click();
    });
    QPushButton* restore = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text().contains(QStringLiteral("Restore selected")))
            restore = button;
    REQUIRE(restore);
    restore->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.restored().isEmpty());
    const QList<Backups::Entry> backups = Backups(path, window.database()->connection()).list();
    REQUIRE(backups.size() == 2);
    CHECK(backups.first().reason == QLatin1String("before-restore"));
    window.deputiesPage()->reload();
    CHECK(window.deputiesPage()->statusText() == original);
}

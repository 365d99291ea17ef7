// The office file in the window: a second window is read-only and names the holder, follows
// changes made by the CLI, and File ▸ Restore from backup brings a backup back.
#include "GuiSupport.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "storage/Backups.h"
#include "storage/Platform.h"
#include "ui/loop/LoopPage.h"
#include "ui/registry/DeputiesPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorLogDialog.h"
#include "ui/shell/RestoreDialog.h"
#include "usecases/RegistryActions.h"
#include "usecases/SettingsActions.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

using namespace dd;
using namespace dd::ui;

namespace {
QString makeSmallOffice(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("office.ddb"));
    storage::OpenResult created =
        storage::Database::open(path, storage::Database::Mode::CreateIfMissing);
    REQUIRE(created);
    const QSqlDatabase db = (*created)->connection();
    REQUIRE(usecase::setUpOffice(db, {QStringLiteral("云岭县人大常委会"), registry::Level::County,
                                      18, QDate(2021, 12, 20)})
                .ok());
    demo::DemoSummary summary;
    REQUIRE(usecase::fillWithDemo(db, {demo::DemoOptions::Scale::Small, 2026, 1}, &summary).ok());
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
    storage::OpenResult first =
        storage::Database::open(path, storage::Database::Mode::OpenExisting, {.asWindow = true});
    storage::OpenResult second =
        storage::Database::open(path, storage::Database::Mode::OpenExisting, {.asWindow = true});
    REQUIRE(first);
    REQUIRE(second);
    CHECK_FALSE((*first)->isReadOnly());
    REQUIRE((*second)->isReadOnly());
    REQUIRE((*second)->heldBy());
    CHECK((*second)->heldBy()->isUs); // both windows are in this test's process

    MainWindow writer(std::move((*first)));
    MainWindow reader(std::move((*second)));
    writer.show();
    reader.show();
    auto* readerBanner = reader.findChild<QWidget*>(QStringLiteral("readOnlyBanner"));
    auto* writerBanner = writer.findChild<QWidget*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(readerBanner);
    REQUIRE(writerBanner);
    CHECK(readerBanner->isVisible());
    CHECK_FALSE(writerBanner->isVisible());
    const QString bannerText = readerBanner->findChild<QLabel*>()->text();
    CHECK(bannerText.contains(storage::platform::userName()));
    CHECK(bannerText.contains(QStringLiteral("Read-only")));
    test::screenshot(&reader, QStringLiteral("second-window-read-only"));

    reader.showPage(MainWindow::Deputies);
    const QString before = reader.deputiesPage()->statusText();
    const test::CliResult added = addDeputy(path, QStringLiteral("新代表"));
    REQUIRE(added.exitCode == 0);
    CHECK(waitFor([&] { return reader.deputiesPage()->statusText() != before; }));
    CHECK(writer.deputiesPage()->statusText() == reader.deputiesPage()->statusText());

    // The read-only window offers no change: every control that writes is disabled there (a
    // loop item's step buttons too, made when an item is chosen), and enabled in the writer.
    const auto writeControls = [](QWidget& window) {
        QList<QObject*> found;
        for (QWidget* widget : window.findChildren<QWidget*>())
            if (widget->property("ddWritesToFile").toBool())
                found << widget;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->property("ddWritesToFile").toBool())
                found << action;
        return found;
    };
    const auto enabled = [](QObject* control) {
        if (auto* action = qobject_cast<QAction*>(control))
            return action->isEnabled();
        return static_cast<QWidget*>(control)->isEnabled();
    };
    const QList<QObject*> readerControls = writeControls(reader);
    CHECK(readerControls.size() >= 25);
    for (QObject* control : readerControls)
        CHECK_FALSE(enabled(control));
    for (QObject* control : writeControls(writer))
        CHECK(enabled(control));
    for (const char* name : {"new-concern", "new-activity", "rules"})
        CHECK_FALSE(reader.findChild<QPushButton*>(QLatin1String(name))->isEnabled());
    CHECK_FALSE(reader.findChild<QAction*>(QStringLiteral("restoreAction"))->isEnabled());
    reader.showPage(MainWindow::Loop);
    QSqlQuery open(reader.database()->connection());
    REQUIRE(open.exec(QStringLiteral("SELECT id FROM loop_items WHERE kind = 'concern' AND state "
                                     "= 'dispatched' ORDER BY id LIMIT 1")));
    REQUIRE(open.next());
    REQUIRE(reader.loopPage()->selectItem(open.value(0).toLongLong()));
    const QList<QPushButton*> steps =
        reader.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^step-")));
    REQUIRE_FALSE(steps.isEmpty());
    for (QPushButton* step : steps)
        CHECK_FALSE(step->isEnabled());
    test::screenshot(&reader, QStringLiteral("read-only-window-loop"));
}

TEST_CASE("File ▸ Restore from backup brings a backup back and keeps what it replaced",
          "[gui][safety]")
{
    Clock::setToday(QDate(2026, 11, 20));
    QTemporaryDir dir;
    const QString path = makeSmallOffice(dir);
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting, {.asWindow = true});
    REQUIRE(opened);
    MainWindow window(std::move((*opened)));
    window.show();
    window.showPage(MainWindow::Deputies);
    // The day's first opening made a backup; the status bar says so.
    CHECK(waitFor([&] {
        return storage::Backups(path, window.database()->connection()).list().size() == 1;
    }));
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
        if (QAbstractButton* yes = question->button(QMessageBox::Yes))
            yes->click();
        else
            question->reject();
    });
    auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restoreSelected"));
    REQUIRE(restore);
    restore->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.restored().isEmpty());
    const QList<storage::Backups::Entry> backups =
        storage::Backups(path, window.database()->connection()).list();
    REQUIRE(backups.size() == 2);
    CHECK(backups.first().reason == QLatin1String("before-restore"));
    window.deputiesPage()->reload();
    CHECK(window.deputiesPage()->statusText() == original);
}

TEST_CASE("A write waiting for another program's lock shows progress and can be cancelled",
          "[gui][safety]")
{
    Clock::setToday(QDate(2026, 11, 20));
    QTemporaryDir dir;
    const QString path = makeSmallOffice(dir);
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting, {.asWindow = true});
    REQUIRE(opened);
    MainWindow window(std::move((*opened)));
    window.show();
    {
        // Another program holds the write lock.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery hold(other);
        REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

        bool progressShown = false;
        test::whenModal<QProgressDialog>([&](QProgressDialog* progress) {
            progressShown = progress->labelText().contains(QStringLiteral("Another program"));
            test::screenshot(progress, QStringLiteral("waiting-for-lock"));
            progress->cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome =
            usecase::changeSetting(window.database()->connection(), QStringLiteral("congress_name"),
                                   QStringLiteral("改名"));
        CHECK(progressShown);
        CHECK_FALSE(outcome.ok());
        CHECK(outcome.text().contains(QStringLiteral("Nothing was saved")));
        CHECK(clock.elapsed() < 4000); // cancelled, not the five seconds' timeout
        REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    // The lock gone, the same write goes through.
    CHECK(usecase::changeSetting(window.database()->connection(), QStringLiteral("congress_name"),
                                 QStringLiteral("改名"))
              .ok());
}

TEST_CASE("Damage the open did not meet is found in the background and said at once",
          "[gui][safety]")
{
    Clock::setToday(QDate(2026, 11, 20));
    QTemporaryDir dir;
    const QString path = makeSmallOffice(dir);
    {
        // Today's backup exists (of the sound file), so the window makes none on opening.
        storage::OpenResult sound =
            storage::Database::open(path, storage::Database::Mode::OpenExisting);
        REQUIRE(sound);
        REQUIRE(storage::Backups(path, (*sound)->connection()).make(QStringLiteral("manual")));
    }
    {
        // Scribble over pages near the end (the loop's steps), which opening never reads.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 64 * 1024);
        file.seek(file.size() - 5 * 4096);
        file.write(QByteArray(3 * 4096, '\xA5'));
    }
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting, {.asWindow = true});
    REQUIRE(opened);
    CHECK_FALSE((*opened)->fullCheckRan());
    QString warning;
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        warning = box->text();
        box->accept();
    });
    MainWindow window(std::move((*opened)));
    window.show();
    CHECK(waitFor([&] { return !warning.isEmpty(); }));
    CHECK(warning.contains(QStringLiteral("found damage")));
    CHECK(warning.contains(QStringLiteral("Restore from backup")));
}

TEST_CASE("A window size saved on a larger screen is fitted to the screen it opens on",
          "[gui][safety]")
{
    Clock::setToday(QDate(2026, 11, 20));
    QTemporaryDir dir;
    const QString path = makeSmallOffice(dir);
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        storage::OpenResult opened = storage::Database::open(
            path, storage::Database::Mode::OpenExisting, {.asWindow = true});
        REQUIRE(opened);
        MainWindow wide(std::move((*opened)));
        wide.setMinimumSize(0, 0);
        wide.resize(available.width() * 3, available.height() * 3);
        wide.move(available.right() - 10, available.bottom() - 10);
        QSettings().setValue(QStringLiteral("window/geometry"), wide.saveGeometry());
    }
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting, {.asWindow = true});
    REQUIRE(opened);
    MainWindow window(std::move((*opened)));
    QSettings().remove(QStringLiteral("window/geometry"));
    const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
    CAPTURE(available, window.geometry(), least);
    CHECK(window.width() <= std::max(available.width(), least.width()));
    CHECK(window.height() <= std::max(available.height(), least.height()));
    CHECK(available.contains(window.geometry().topLeft()));
}

TEST_CASE("A working file on a removable drive is met with a word, once, about where it belongs",
          "[gui][safety][host]")
{
    Clock::setToday(QDate(2026, 11, 20));
    // A stick as Linux mounts one: under /run/media.
    const QString stick =
        QStringLiteral("/run/media/deputydesk-test-%1").arg(QCoreApplication::applicationPid());
    REQUIRE(QDir().mkpath(stick));
    const auto removeStick = qScopeGuard([&] { QDir(stick).removeRecursively(); });
    QTemporaryDir dir(stick + QStringLiteral("/XXXXXX"));
    REQUIRE(dir.isValid());
    const QString path = makeSmallOffice(dir);

    QString said;
    const auto openWindow = [&] {
        storage::OpenResult opened = storage::Database::open(
            path, storage::Database::Mode::OpenExisting, {.asWindow = true});
        REQUIRE(opened);
        MainWindow window(std::move((*opened)));
        window.show();
        QDeadlineTimer settle(1500);
        while (!settle.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    };
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        said = box->text();
        test::screenshot(box, QStringLiteral("removable-drive-word"));
        box->accept();
    });
    openWindow();
    CHECK(said.contains(QStringLiteral("is on a removable drive")));
    CHECK(said.contains(QStringLiteral("belongs on this PC's own disk")));

    // Said once per file: the second opening goes straight to work.
    said.clear();
    test::whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            said = box->text();
            box->accept();
        },
        3000);
    openWindow();
    CHECK(said.isEmpty());
}

TEST_CASE("File ▸ Operator log lists who did what, filters it and says the log is whole",
          "[gui][log]")
{
    Clock::setToday(QDate(2026, 11, 20));
    QTemporaryDir dir;
    const QString path = makeSmallOffice(dir);
    REQUIRE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("--user"),
                          QStringLiteral("林文书"), QStringLiteral("category"),
                          QStringLiteral("add"), QStringLiteral("乡村振兴")})
                .exitCode == 0);
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting, {.asWindow = true});
    REQUIRE(opened);
    MainWindow window(std::move(*opened));
    window.show();
    OperatorLogDialog dialog(*window.database(), &window);
    dialog.show();
    QAbstractItemModel* rows = dialog.view()->model();
    REQUIRE(rows->rowCount() == 3); // the setup, the demo and the category added by the CLI
    CHECK(rows->index(0, OperatorLogModel::What)
              .data()
              .toString()
              .contains(QStringLiteral("乡村振兴")));
    CHECK(rows->index(0, OperatorLogModel::Operator).data().toString() == QStringLiteral("林文书"));
    CHECK(dialog.status()->text().contains(QStringLiteral("whole")));
    test::screenshot(&dialog, QStringLiteral("operator-log"));

    dialog.kindBox()->setCurrentIndex(2); // concerns and suggestions (categories among them)
    CHECK(rows->rowCount() == 1);
    dialog.kindBox()->setCurrentIndex(1); // deputies, stations and terms
    CHECK(rows->rowCount() == 0);
    dialog.kindBox()->setCurrentIndex(0);
    dialog.searchField()->setText(QStringLiteral("乡村振兴"));
    CHECK(rows->rowCount() == 1);
    dialog.searchField()->clear();
    REQUIRE(dialog.operatorBox()->count() == 3); // all, nobody named, 林文书
    dialog.operatorBox()->setCurrentIndex(2);
    CHECK(rows->rowCount() == 1);
    dialog.operatorBox()->setCurrentIndex(1);
    CHECK(rows->rowCount() == 2);
}

TEST_CASE("An operator log changed by another program is said as the window opens", "[gui][log]")
{
    Clock::setToday(QDate(2026, 11, 20));
    QTemporaryDir dir;
    const QString path = makeSmallOffice(dir);
    {
        // Another program drops the guard and rewrites an entry's operator.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper-log"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER operator_log_no_update")));
        REQUIRE(
            query.exec(QStringLiteral("UPDATE operator_log SET operator = '某人' WHERE id = 1")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper-log"));
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting, {.asWindow = true});
    REQUIRE(opened);
    QString warning;
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        warning = box->text();
        test::screenshot(box, QStringLiteral("operator-log-changed"));
        box->accept();
    });
    MainWindow window(std::move((*opened)));
    window.show();
    CHECK(waitFor([&] { return !warning.isEmpty(); }));
    CHECK(warning.contains(QStringLiteral("entry 1")));
    CHECK(warning.contains(QStringLiteral("changed after it was written")));
}

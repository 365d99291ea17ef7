// Pictures of every registry screen at 1366×768 on a county's demo data, for a person to look at
// in both languages (scripts/screenshots runs this hidden test with DEPUTYDESK_SCREENSHOTS set).
#include "GuiSupport.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "registry/OfficeSetup.h"
#include "registry/StationStore.h"
#include "ui/AssignDialog.h"
#include "ui/DeputiesPage.h"
#include "ui/DeputyDialog.h"
#include "ui/DeputyProfileDialog.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/StationDialog.h"
#include "ui/StationsPage.h"
#include "ui/StatusDialog.h"
#include "ui/WelcomeDialog.h"

#include <catch2/catch.hpp>

#include <QPrintPreviewDialog>
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
    DemoSummary summary;
    REQUIRE(generateDemo(db, DemoOptions{}, &summary).ok());

    MainWindow window(std::move(temp.db));
    window.resize(1366, 768);
    window.showPage(MainWindow::Home);
    shoot(&window, QStringLiteral("02-home"));
    window.showPage(MainWindow::Deputies);
    shoot(&window, QStringLiteral("03-deputies"));
    window.showPage(MainWindow::Stations);
    shoot(&window, QStringLiteral("04-stations"));

    const DeputyRow row = window.deputiesPage()->shownRows().value(3);
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
    const StationRow station = StationStore(db).list().value(0);
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

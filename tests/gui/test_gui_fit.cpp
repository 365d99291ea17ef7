// Nothing a clerk reads is cut off, in Chinese or in English: every page of the window and the
// dialogs of daily work, on the small demo.
#include "GuiSupport.h"
#include "Language.h"
#include "TestSupport.h"
#include "loop/LoopStore.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "ui/activities/ActivityDialog.h"
#include "ui/activities/ActivityTypesDialog.h"
#include "ui/activities/LeaveDialog.h"
#include "ui/imports/ImportDialog.h"
#include "ui/loop/ItemDialog.h"
#include "ui/loop/LoopPage.h"
#include "ui/loop/LoopSettingsDialog.h"
#include "ui/loop/LoopTableModel.h"
#include "ui/loop/StepDialog.h"
#include "ui/registry/AssignDialog.h"
#include "ui/registry/DeputyDialog.h"
#include "ui/registry/DeputyProfileDialog.h"
#include "ui/registry/DeputyVersionsDialog.h"
#include "ui/registry/NewTermDialog.h"
#include "ui/registry/StationDialog.h"
#include "ui/registry/StatusDialog.h"
#include "ui/scoring/ScoringRulesDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/OperatorLogDialog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/WelcomeDialog.h"
#include "ui/widgets/ListView.h"
#include "usecases/RegistryActions.h"

#include <catch2/catch.hpp>

#include <QFileDialog>
#include <QFileIconProvider>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace dd;
using namespace dd::ui;

namespace {
// The screen language for the test's duration: zh_CN installs the program's translation.
class ScreenLanguage {
public:
    explicit ScreenLanguage(const QString& language)
    {
        if (language != QLatin1String("zh_CN"))
            return;
        // As the program does: its own strings, the supplement to Qt's, Qt's, and the locale.
        for (auto [translator, loaded] :
             {std::pair{&m_own, m_own.load(QStringLiteral(":/i18n/deputydesk_zh_CN.qm"))},
              std::pair{&m_supplement,
                        m_supplement.load(QStringLiteral(":/i18n/qtbase_supplement_zh_CN.qm"))},
              std::pair{&m_qt, loadQtTranslation(m_qt)}})
            if (loaded)
                QCoreApplication::installTranslator(translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~ScreenLanguage()
    {
        for (QTranslator* translator : {&m_own, &m_supplement, &m_qt})
            QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(m_locale);
    }

private:
    QTranslator m_own;
    QTranslator m_supplement;
    QTranslator m_qt;
    QLocale m_locale;
};

// A 1024×768 office PC, and a 1920×1080 screen at 150 % (1280×720 in the window's own pixels,
// which is all a layout sees of QT_SCALE_FACTOR=1.5), each less a taskbar.
const QSize smallScreen(1024, 738);
const QSize scaledScreen(1280, 690);

QStringList clippedIn(QWidget* widget, const QSize& size, const QString& name,
                      const QString& language)
{
    INFO(name.toStdString() << " in " << language.toStdString());
    CHECK(widget->minimumSizeHint().width() <= smallScreen.width());
    CHECK(widget->minimumSizeHint().height() <= scaledScreen.height());
    widget->resize(size);
    widget->show();
    QStringList clipped = test::clippedTexts(widget);
    test::screenshot(widget, QStringLiteral("fit-%1-%2x%3-%4")
                                 .arg(name)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(language));
    widget->hide();
    return clipped;
}
} // namespace

TEST_CASE("Nothing is cut off on the pages and in the dialogs at 1024×768 or at 150 % on "
          "1920×1080, in either language",
          "[gui][fit]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QSettings().clear(); // the lists as they first open, not as an earlier test left them
        const ScreenLanguage screen(language);
        test::TempDatabase temp;
        const QSqlDatabase db = temp.connection();
        test::fillSmallDemo(db);
        loop::ItemFilter waiting;
        waiting.kind = loop::ItemKind::Concern;
        const auto awaiting = loop::LoopStore(db).list(waiting);
        REQUIRE(awaiting);
        REQUIRE_FALSE(awaiting->isEmpty());

        // The window as each screen shows it, each page in turn; the filters wrap on the small one.
        MainWindow window(std::move(temp.db));
        QStringList clipped;
        for (MainWindow::Page page :
             {MainWindow::Home, MainWindow::Deputies, MainWindow::Stations, MainWindow::Loop,
              MainWindow::Activities, MainWindow::Scores}) {
            window.showPage(page);
            for (const QSize& screenSize : {smallScreen, scaledScreen})
                clipped << clippedIn(&window, screenSize,
                                     QString::number(int(page)) + QStringLiteral("-page"),
                                     language);
        }
        // No two entries of a menu answer to the same access key (Alt+letter).
        QStringList clashes;
        const std::function<void(const QMenu*, const QString&)> checkKeys =
            [&](const QMenu* menu, const QString& path) {
                QHash<int, QString> taken;
                for (const QAction* action : menu->actions()) {
                    const int key = QKeySequence::mnemonic(action->text())[0].toCombined();
                    if (key != 0 && taken.contains(key))
                        clashes << path + QStringLiteral(": ") + taken.value(key) +
                                       QStringLiteral(" / ") + action->text();
                    taken.insert(key, action->text());
                    if (action->menu())
                        checkKeys(action->menu(), path + QStringLiteral(" ▸ ") + action->text());
                }
            };
        for (const QAction* top : window.menuBar()->actions())
            if (top->menu())
                checkKeys(top->menu(), top->text());
        INFO(clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());

        // Every dialog of the window, as it first opens (an ActivityDialog is sized to the screen).
        const auto deputies = registry::DeputyStore(db).list({});
        const auto stations = registry::StationStore(db).list();
        REQUIRE(deputies);
        REQUIRE(stations);
        REQUIRE_FALSE(deputies->isEmpty());
        REQUIRE_FALSE(stations->isEmpty());
        const registry::DeputyRow& deputy = deputies->first();
        const registry::StationRow& station = stations->first();
        const QList<std::pair<QString, std::function<QDialog*()>>> dialogs = {
            {"deputy", [&] { return new DeputyDialog(db, std::nullopt, &window); }},
            {"deputy-edit", [&] { return new DeputyDialog(db, deputy, &window); }},
            {"profile", [&] { return new DeputyProfileDialog(db, deputy.deputy.id, &window); }},
            {"versions", [&] { return new DeputyVersionsDialog(db, deputy.deputy.id, &window); }},
            {"status", [&] { return new StatusDialog(db, deputy, &window); }},
            {"leave",
             [&] { return new LeaveDialog(db, deputy.deputy.id, deputy.deputy.name, &window); }},
            {"new-term", [&] { return new NewTermDialog(db, &window); }},
            {"station", [&] { return new StationDialog(db, station.station, &window); }},
            {"assign",
             [&] {
                 return new AssignDialog(db, station.station.id, station.station.name, &window);
             }},
            {"import", [&] { return new ImportDialog(db, ImportDialog::Kind::Roster, &window); }},
            {"concern", [&] { return new ItemDialog(db, loop::ItemKind::Concern, &window); }},
            {"suggestion", [&] { return new ItemDialog(db, loop::ItemKind::Suggestion, &window); }},
            {"order",
             [&] {
                 return new StepDialog(db, loop::StepKind::Order, {awaiting->first()}, &window);
             }},
            {"dispatch",
             [&] {
                 return new StepDialog(db, loop::StepKind::Dispatch, {awaiting->first()}, &window);
             }},
            {"evaluate",
             [&] {
                 return new StepDialog(db, loop::StepKind::Evaluate, {awaiting->first()}, &window);
             }},
            {"loop-settings", [&] { return new LoopSettingsDialog(db, &window); }},
            {"activity-types", [&] { return new ActivityTypesDialog(db, &window); }},
            {"rules", [&] { return new ScoringRulesDialog(db, 2026, &window); }},
            {"settings", [&] { return new SettingsDialog(db, &window); }},
            {"welcome", [&] { return new WelcomeDialog(false, &window); }},
            {"shortcuts", [&] { return new ShortcutsDialog(window.menuBar(), &window); }},
            {"operator-log", [&] { return new OperatorLogDialog(*window.database(), &window); }},
        };
        for (const auto& [name, open] : dialogs) {
            const std::unique_ptr<QDialog> dialog(open());
            dialog->ensurePolished();
            const QSize size = dialog->size().boundedTo(smallScreen);
            clipped << clippedIn(dialog.get(), size.expandedTo(dialog->minimumSizeHint()), name,
                                 language);
        }
        {
            ActivityDialog dialog(db, 0, &window);
            CHECK(dialog.minimumSizeHint().width() <= 1000);
            clipped << clippedIn(&dialog, QSize(1000, 690), QStringLiteral("activity"), language);
        }
        clipped.removeDuplicates();
        INFO(language.toStdString() << ":\n" << clipped.join(QLatin1Char('\n')).toStdString());
        CHECK(clipped.isEmpty());
    }
}

TEST_CASE("Qt's file dialog reads Chinese too: its type column says 文件夹", "[gui][i18n][host]")
{
    const ScreenLanguage screen(QStringLiteral("zh_CN"));
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    CHECK(QFileIconProvider().type(QFileInfo(folder.path())) == QStringLiteral("文件夹"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Save") == QStringLiteral("保存"));

    // The save dialog as the exports open it, nothing in it cut off.
    QFileDialog dialog(nullptr, QStringLiteral("导出工作簿"), folder.path(),
                       QStringLiteral("Excel 工作簿 (*.xlsx)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    const QStringList clipped =
        clippedIn(&dialog, dialog.sizeHint(), QStringLiteral("save"), QStringLiteral("zh_CN"));
    INFO(clipped.join(QLatin1Char('\n')).toStdString());
    CHECK(clipped.isEmpty());
}

TEST_CASE("In English, steps and built-in names read as words standing alone", "[gui][i18n]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    test::fillSmallDemo(db);
    MainWindow window(std::move(temp.db));
    window.resize(1024, 738);
    window.show();
    window.showPage(MainWindow::Loop);
    const QAbstractItemModel* ledger = window.loopPage()->view()->model();
    REQUIRE(ledger->rowCount() > 0);
    for (int row = 0; row < ledger->rowCount(); ++row) {
        const QString step = ledger->index(row, LoopTableModel::Step).data().toString();
        INFO(step.toStdString());
        CHECK(step.at(0).isUpper());
    }
    ActivityTypesDialog types(db, &window);
    const auto* list = types.findChild<QListWidget*>();
    REQUIRE(list);
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names << list->item(row)->text();
    CHECK(names.contains(QStringLiteral("Station reception")));
    CHECK_FALSE(names.contains(QStringLiteral("进站接待选民")));
}

#include "MainWindow.h"

#include "FileGuard.h"
#include "HomePage.h"
#include "OperatorLogDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "WelcomeDialog.h"
#include "WriteControls.h"
#include "registry/OfficeSettings.h"
#include "ui/activities/ActivitiesPage.h"
#include "ui/activities/ActivityTypesDialog.h"
#include "ui/activities/RosterEditor.h"
#include "ui/loop/LoopPage.h"
#include "ui/loop/LoopSettingsDialog.h"
#include "ui/registry/DeputiesPage.h"
#include "ui/registry/StationsPage.h"
#include "ui/scoring/ScoresPage.h"
#include "ui/widgets/ExportActions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace dd::ui {

namespace {
constexpr int kRecentCount = 8;
}

MainWindow::MainWindow(std::unique_ptr<storage::Database> database, QWidget* parent)
    : QMainWindow(parent)
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    const QStringList pages = {tr("Home"),       tr("Deputies"),
                               tr("Stations"),   tr("Concerns & suggestions"),
                               tr("Activities"), tr("Scores")};
    m_navigation->addItems(pages);
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM"));
    for (const QString& page : pages)
        widest = std::max(widest, fontMetrics().horizontalAdvance(page) + 24);
    m_navigation->setFixedWidth(widest);
    m_navigation->setSpacing(3);
    m_pages = new QStackedWidget(central);
    m_home = new HomePage(m_pages);
    m_deputies = new DeputiesPage(m_pages);
    m_stations = new StationsPage(m_pages);
    m_loop = new LoopPage(m_pages);
    m_activities = new ActivitiesPage(m_pages);
    m_scores = new ScoresPage(m_pages);
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_deputies);
    m_pages->addWidget(m_stations);
    m_pages->addWidget(m_loop);
    m_pages->addWidget(m_activities);
    m_pages->addWidget(m_scores);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_guard = new FileGuard(this);
    auto* outer = new QWidget(this);
    auto* column = new QVBoxLayout(outer);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_guard->banner());
    column->addWidget(central, 1);
    setCentralWidget(outer);
    buildMenus();
    connect(m_guard, &FileGuard::message, this, &MainWindow::showMessage);
    connect(m_guard, &FileGuard::restored, this, &MainWindow::reloadAll);
    connect(m_guard, &FileGuard::changedElsewhere, this, &MainWindow::refreshLists);
    connect(m_guard, &FileGuard::reopenRequested, this, &MainWindow::reopen);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        updateStatus();
    });
    for (RecordPage* page : recordPages()) {
        connect(page, &RecordPage::statusChanged, this, &MainWindow::updateStatus);
        connect(page, &RecordPage::message, this, &MainWindow::showMessage);
    }
    connect(m_deputies, &DeputiesPage::activitiesRequested, this,
            [this](qint64 deputyId, const QString& name) {
                showPage(Activities);
                m_activities->setDeputyFilter(deputyId, name);
            });
    connect(m_activities, &ActivitiesPage::dataChanged, m_home, &HomePage::reload);
    connect(m_scores, &ScoresPage::dataChanged, this, [this] { m_deputies->reload(); });
    // Scores follow every record: they are worked out again when next shown.
    for (RecordPage* page :
         {static_cast<RecordPage*>(m_activities), static_cast<RecordPage*>(m_loop),
          static_cast<RecordPage*>(m_deputies)})
        connect(page, &RecordPage::dataChanged, m_scores, &ScoresPage::markStale);
    connect(m_deputies, &DeputiesPage::loopItemsRequested, this,
            [this](qint64 deputyId, const QString& name) {
                showPage(Loop);
                m_loop->setDeputyFilter(deputyId, name);
            });
    connect(m_loop, &LoopPage::dataChanged, m_home, &HomePage::reload);
    connect(m_home, &HomePage::lateItemsRequested, this, [this](loop::ItemKind kind, bool dueSoon) {
        showPage(Loop);
        m_loop->showLate(kind, dueSoon);
    });
    connect(m_deputies, &DeputiesPage::dataChanged, this, [this] {
        m_home->reload();
        m_stations->reload();
        m_activities->setDatabase(m_database->connection()); // records made on the deputy
    });
    connect(m_stations, &StationsPage::dataChanged, this, [this] {
        m_home->reload();
        m_deputies->setDatabase(m_database->connection()); // new stations in the filters
        m_activities->setDatabase(m_database->connection());
    });
    connect(m_home, &HomePage::openRequested, this, &MainWindow::openDatabase);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
    fitOnScreen();
    setDatabase(std::move(database));
    m_navigation->setCurrentRow(settings.value(QStringLiteral("window/page"), 0).toInt());
}

MainWindow::~MainWindow()
{
    // The pages hold handles on the connection: they go before the database closes it.
    delete takeCentralWidget();
}

void MainWindow::fitOnScreen()
{
    // A size saved on a larger screen (or the default) must not put the window's right edge
    // and the banner's buttons off a 1024×768 one.
    const QScreen* shownOn = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!shownOn || isMaximized() || isFullScreen())
        return;
    // The client area within the screen's free area, leaving room for the title bar and borders
    // (geometry() leaves them out).
    const QRect inner = shownOn->availableGeometry().adjusted(8, 32, -8, -8);
    resize(size().boundedTo(inner.size()));
    QRect placed = geometry();
    if (placed.right() > inner.right())
        placed.moveRight(inner.right());
    if (placed.bottom() > inner.bottom())
        placed.moveBottom(inner.bottom());
    placed.moveLeft(std::max(placed.left(), inner.left()));
    placed.moveTop(std::max(placed.top(), inner.top()));
    move(placed.topLeft());
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N is a new record of the list shown (the Go menu): that is what a clerk does daily.
    file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseDatabase);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Save a &copy…"), this, &MainWindow::saveCopy);
    file->addAction(tr("Operator &log…"), this, [this] {
        OperatorLogDialog dialog(*m_database, this);
        dialog.exec();
    });
    m_guard->addFileActions(file);
    file->addSeparator();
    QMenu* importMenu = file->addMenu(tr("&Import"));
    writeControls::mark(importMenu->menuAction());
    importMenu->addAction(tr("Deputy roster…"), this, [this] {
        showPage(Deputies);
        m_deputies->importRoster();
    });
    importMenu->addAction(tr("List of stations…"), this, [this] {
        showPage(Stations);
        m_stations->importStations();
    });
    importMenu->addAction(tr("Suggestions ledger with its history…"), this, [this] {
        showPage(Loop);
        m_loop->importLedger();
    });
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Roster of deputies (.xlsx)…"), this, [this] {
        showPage(Deputies);
        m_deputies->exportRoster();
    });
    exportMenu->addAction(tr("List of stations (.xlsx)…"), this, [this] {
        showPage(Stations);
        m_stations->exportStations();
    });
    exportMenu->addAction(tr("Ledger shown (.xlsx)…"), this, [this] {
        showPage(Loop);
        m_loop->exportList();
    });
    exportMenu->addAction(tr("Scores shown (.xlsx)…"), this, [this] {
        showPage(Scores);
        m_scores->exportList();
    });
    exportMenu->addAction(tr("Activities shown (.xlsx)…"), this, [this] {
        showPage(Activities);
        m_activities->exportList();
    });
    file->addAction(tr("&Print current list…"), QKeySequence::Print, this,
                    &MainWindow::printCurrentList);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    buildGoMenu();
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    // Each settings dialog saves into the office file.
    writeControls::mark(
        settings->addAction(tr("&Office and languages…"), this, &MainWindow::showSettings));
    writeControls::mark(
        settings->addAction(tr("&Concerns and suggestions…"), this, &MainWindow::showLoopSettings));
    writeControls::mark(settings->addAction(tr("&Activity types…"), this, [this] {
        ActivityTypesDialog dialog(m_database->connection(), this);
        dialog.exec();
        if (dialog.changed()) {
            m_activities->setDatabase(m_database->connection());
            m_scores->markStale();
        }
    }));
    writeControls::mark(settings->addAction(tr("&Scoring rules…"), this, [this] {
        showPage(Scores);
        m_scores->editRules();
    }));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this,
                    [this] {
                        ShortcutsDialog dialog(menuBar(), this);
                        dialog.exec();
                    })
        ->setObjectName(QStringLiteral("keyboard-shortcuts"));
    help->addAction(tr("&About DeputyDesk"), this, &MainWindow::showAbout);
}

void MainWindow::buildGoMenu()
{
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const std::pair<Page, QString> pages[] = {{Home, tr("&Home")},
                                              {Deputies, tr("&Deputies")},
                                              {Stations, tr("&Stations")},
                                              {Loop, tr("&Concerns and suggestions")},
                                              {Activities, tr("&Activities")},
                                              {Scores, tr("Sc&ores")}};
    for (const auto& [page, text] : pages)
        go->addAction(text, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page))), this,
                      [this, page = page] { showPage(page); });
    go->addSeparator();
    const auto onPage = [this](void (*act)(RecordPage*)) {
        return [this, act] {
            if (auto* page = qobject_cast<RecordPage*>(m_pages->currentWidget()))
                act(page);
        };
    };
    writeControls::mark(go->addAction(tr("&New record in this list…"), QKeySequence::New, this,
                                      onPage([](RecordPage* page) { page->newRecord(); })));
    go->addAction(tr("&Find in this list"), QKeySequence::Find, this, onPage([](RecordPage* page) {
                      page->searchField()->setFocus(Qt::ShortcutFocusReason);
                      page->searchField()->selectAll();
                  }));
    go->addAction(tr("&Export this list (.xlsx)…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                  onPage([](RecordPage* page) { page->exportList(); }));
    go->addAction(tr("&Reload"), QKeySequence::Refresh, this, &MainWindow::reloadAll);
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(QStringLiteral("recent")).toStringList();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openDatabase(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_home->setRecentFiles(recent);
}

void MainWindow::setDatabase(std::unique_ptr<storage::Database> database)
{
    if (m_database)
        m_guard->release();
    m_database = std::move(database);
    const QString path = QFileInfo(m_database->path()).absoluteFilePath();
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(QStringLiteral("recent"), recent.mid(0, kRecentCount));
    QSettings().setValue(QStringLiteral("lastDatabase"), path);
    fillRecentMenu();
    reloadAll();
    m_guard->watch(m_database.get());
    writeControls::apply(this, !m_database->isReadOnly());
}

QList<RecordPage*> MainWindow::recordPages() const
{
    return {m_deputies, m_stations, m_loop, m_activities, m_scores};
}

void MainWindow::reloadAll()
{
    const QSqlDatabase db = m_database->connection();
    m_home->setDatabase(db);
    for (RecordPage* page : recordPages())
        page->setDatabase(db);
    updateTitle();
    updateStatus();
}

bool MainWindow::openDatabase(const QString& path)
{
    if (m_database && QFileInfo(path) == QFileInfo(m_database->path()))
        return true;
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting, {.asWindow = true});
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open the database"), opened.error());
        return false;
    }
    setDatabase(std::move(*opened));
    return true;
}

void MainWindow::reopen(bool takeOverLock)
{
    const QString path = m_database->path();
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting,
                                {.asWindow = true, .takeOverLock = takeOverLock});
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open the database"), opened.error());
        return;
    }
    setDatabase(std::move(*opened));
}

void MainWindow::refreshLists()
{
    // Another program changed the file: every page reads again, keeping its filters.
    m_home->reload();
    for (RecordPage* page : recordPages())
        page->reload();
    updateTitle();
    updateStatus();
    showMessage(tr("The lists were refreshed: another program changed the database."));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::newDatabase()
{
    WelcomeDialog dialog(false, this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto database = dialog.takeDatabase())
            setDatabase(std::move(database));
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a database"), QFileInfo(m_database->path()).absolutePath(),
        tr("DeputyDesk database (*.ddb);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveCopy()
{
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the database"),
        QFileInfo(m_database->path()).absolutePath() + QStringLiteral("/") +
            QFileInfo(m_database->path()).completeBaseName() + tr("-copy") + QStringLiteral(".ddb"),
        tr("DeputyDesk database (*.ddb)"));
    if (target.isEmpty())
        return;
    if (const Outcome saved = m_database->saveCopy(target); !saved.ok()) {
        QMessageBox::warning(this, tr("The copy was not saved"), saved.text());
        return;
    }
    recordDisclosure(this, m_database->connection(),
                     {usecase::Disclosure::Document::OfficeCopy, 0, target});
    showMessage(tr("A copy was saved to %1").arg(QDir::toNativeSeparators(target)));
}

void MainWindow::printCurrentList()
{
    if (m_pages->currentIndex() == Stations)
        m_stations->printList();
    else if (m_pages->currentIndex() == Loop)
        m_loop->printList();
    else if (m_pages->currentIndex() == Activities &&
             m_activities->currentTab() == ActivitiesPage::Roster)
        m_activities->roster()->printRoster();
    else if (m_pages->currentIndex() == Activities)
        m_activities->printList();
    else if (m_pages->currentIndex() == Scores)
        m_scores->printList();
    else {
        showPage(Deputies);
        m_deputies->printList();
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_database->connection(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadAll();
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new screen language applies when DeputyDesk starts "
                                    "again."));
}

void MainWindow::showLoopSettings()
{
    // Agencies, categories and the calendar are saved as they are edited; the limits on OK.
    LoopSettingsDialog dialog(m_database->connection(), this);
    dialog.exec();
    m_loop->setDatabase(m_database->connection());
    m_home->reload();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About DeputyDesk"),
        tr("<h3>DeputyDesk %1</h3><p>The deputies' performance workbench for the standing "
           "committees of county and township people's congresses: deputies' files, liaison "
           "stations, concerns and suggestions, performance scores and printed sheets.</p>"
           "<p>Database: %2</p>")
            .arg(QStringLiteral(DEPUTYDESK_VERSION),
                 QDir::toNativeSeparators(m_database->path()).toHtmlEscaped()));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — %2 — DeputyDesk")
                       .arg(registry::OfficeSettings(m_database->connection()).congressName(),
                            QDir::toNativeSeparators(m_database->path())));
}

void MainWindow::updateStatus()
{
    if (const auto* page = qobject_cast<const RecordPage*>(m_pages->currentWidget()))
        statusBar()->showMessage(page->statusText());
    else
        statusBar()->clearMessage();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_guard->release();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    event->accept();
}

} // namespace dd::ui

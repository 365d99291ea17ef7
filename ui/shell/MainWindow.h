#pragma once

#include "storage/Database.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace dd::ui {

class ActivitiesPage;
class DeputiesPage;
class FileGuard;
class HomePage;
class LoopPage;
class RecordPage;
class ScoresPage;
class StationsPage;

// The main window: navigation on the left, one page per area, the File menu over the open
// database, and the status bar saying what the current list shows.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { Home, Deputies, Stations, Loop, Activities, Scores };
    explicit MainWindow(std::unique_ptr<storage::Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDatabase(std::unique_ptr<storage::Database> database);
    // Opens the file, or says why it cannot be opened (the CLI's message) and keeps the current.
    bool openDatabase(const QString& path);
    storage::Database* database() const { return m_database.get(); }
    void showPage(Page page);
    HomePage* homePage() const { return m_home; }
    DeputiesPage* deputiesPage() const { return m_deputies; }
    StationsPage* stationsPage() const { return m_stations; }
    LoopPage* loopPage() const { return m_loop; }
    ActivitiesPage* activitiesPage() const { return m_activities; }
    ScoresPage* scoresPage() const { return m_scores; }

    static QStringList recentFiles();

public Q_SLOTS:
    void showMessage(const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildGoMenu();
    void fitOnScreen();
    void fillRecentMenu();
    void newDatabase();
    void chooseDatabase();
    void saveCopy();
    void printCurrentList();
    void showSettings();
    void showLoopSettings();
    void showAbout();
    void updateTitle();
    void updateStatus();
    QList<RecordPage*> recordPages() const; // the pages of records, in navigation order
    void reloadAll();
    void refreshLists();
    // Opens the current file again (the banner's buttons), taking over its lock if asked.
    void reopen(bool takeOverLock);

    std::unique_ptr<storage::Database> m_database;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    HomePage* m_home = nullptr;
    DeputiesPage* m_deputies = nullptr;
    StationsPage* m_stations = nullptr;
    LoopPage* m_loop = nullptr;
    ActivitiesPage* m_activities = nullptr;
    ScoresPage* m_scores = nullptr;
    QMenu* m_recentMenu = nullptr;
    FileGuard* m_guard = nullptr;
};

} // namespace dd::ui

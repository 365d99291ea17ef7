#pragma once

#include "storage/Database.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableView;

namespace dd::ui {

class DeputyTableModel;
class DeputyFilterProxy;

// The main window: navigation on the left, one page per area on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildHomePage();
    QWidget* buildDeputiesPage();
    QWidget* buildStationsPage();
    void reload();
    void updateStatus();

    std::unique_ptr<Database> m_database;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_deputyView = nullptr;
    QTableView* m_stationView = nullptr;
    DeputyTableModel* m_deputies = nullptr;
    DeputyFilterProxy* m_deputyProxy = nullptr;
};

} // namespace dd::ui

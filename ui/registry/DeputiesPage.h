#pragma once

#include "registry/DeputyStore.h"

#include "ui/widgets/RecordPage.h"

#include <QSqlDatabase>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QMenu;
class QPushButton;

namespace dd::ui {

class DeputyTableModel;
class DeputyFilterProxy;
class FilterBar;
class ListView;

// 代表: the roster with search, filters, a column chooser, and the actions on deputies.
class DeputiesPage : public RecordPage {
    Q_OBJECT
public:
    explicit DeputiesPage(QWidget* parent = nullptr);
    void setDatabase(QSqlDatabase db) override;
    void reload() override;

    ListView* view() const { return m_view; }
    QLineEdit* searchField() const override { return m_search; }
    void newRecord() override { addDeputy(); }
    void exportList() override { exportRoster(); }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* stationFilter() const { return m_station; }
    FilterBar* filterBar() const { return m_filterBar; }
    QString statusText() const override;
    QList<registry::DeputyRow> shownRows() const;
    const registry::DeputyRow* currentRow() const;

    void addDeputy();
    void editDeputy();
    void changeStatus();
    void showProfile();
    void importRoster();
    void startNewTerm();
    void exportRoster();
    void printList();
    // 一人一档 of the selected deputy, at the level of the membership shown.
    void printArchive();

    void showLoopItems();
    void showActivities();
    // A leave period (from, to, reason) of the selected deputy.
    void recordLeave();
    // A record the deputy makes alone (a 社情民意 report, a visit, a 述职), of the type's code.
    void recordOwnActivity(const QString& typeCode);

Q_SIGNALS:
    void loopItemsRequested(qint64 deputyId, const QString& name);
    void activitiesRequested(qint64 deputyId, const QString& name);

private:
    QHBoxLayout* buildToolbar();    // the search and the actions on deputies
    QPushButton* buildMoreButton(); // with the menu of the actions kept off the toolbar
    QWidget* buildFilters();        // the filter row; also creates the filter bar that watches it
    void fillFilters();
    void fillRowMenu(QMenu* menu);
    void fillTerms();
    registry::DeputyFilter filter() const;
    void updateFilterBar();

    QSqlDatabase m_db;
    QLineEdit* m_search = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_term = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_cadre = nullptr;
    QComboBox* m_group = nullptr;
    QPushButton* m_edit = nullptr;
    FilterBar* m_filterBar = nullptr;
    ListView* m_view = nullptr;
    int m_wholeCount = 0; // the list with no filter, for the filter bar
    DeputyTableModel* m_model = nullptr;
    DeputyFilterProxy* m_proxy = nullptr;
    bool m_filling = false;
};

} // namespace dd::ui

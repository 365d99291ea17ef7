#pragma once

#include "ActivityTableModel.h"

#include "ui/widgets/RecordPage.h"

#include <QSqlDatabase>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTableWidget;

namespace dd::ui {

class FilterBar;
class ListView;
class RosterEditor;

// 履职活动: the activities of a year and the reception log (one model, two views), their
// filters, the selected activity's participants, and the stations' duty rosters.
class ActivitiesPage : public RecordPage {
    Q_OBJECT
public:
    enum Tab { Activities, Receptions, Roster };

    explicit ActivitiesPage(QWidget* parent = nullptr);
    void setDatabase(QSqlDatabase db) override;
    void reload() override;
    QString statusText() const override;

    void showTab(Tab tab);
    Tab currentTab() const;
    void setYear(int year);
    void setSearch(const QString& text);
    void setPeriod(const QString& text);
    // Only the activities a deputy was listed in (0: everyone's).
    void setDeputyFilter(qint64 deputyId, const QString& name = {});
    bool selectActivity(qint64 id);

    ListView* view() const;
    ActivityTableModel* model() const { return m_model; }
    ActivityFilterProxy* proxy() const;
    RosterEditor* roster() const { return m_roster; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* attendanceBox() const { return m_attendance; }
    FilterBar* filterBar() const { return m_filterBar; }
    QTableWidget* participantTable() const { return m_participants; }

    void recordActivity();
    void recordReception();
    void editActivity();
    void deleteActivity();
    void printList();
    void exportList() override;
    QLineEdit* searchField() const override { return m_search; }
    void newRecord() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QHBoxLayout* buildToolbar(); // the tab bar and the lists' buttons
    QWidget* buildFilters();
    FilterBar* buildFilterBar();
    QWidget* buildListArea();              // the two lists beside the selected activity's detail
    void buildDetail(QSplitter* splitter); // the particulars and participants pane
    void connectTabsAndRoster();
    int unfilteredCount() const;
    void fillFilters();
    void applyFilters();
    void showCurrent();
    void afterWrite(qint64 selectId);
    const activities::Activity* currentActivity() const;

    QSqlDatabase m_db;
    ActivityTableModel* m_model = nullptr;
    ActivityFilterProxy* m_proxies[2] = {};
    ListView* m_views[2] = {};
    QTabBar* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_listArea = nullptr;
    QWidget* m_filters = nullptr;
    RosterEditor* m_roster = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_year = nullptr;
    QLineEdit* m_period = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_attendance = nullptr;
    QPushButton* m_deputy = nullptr;
    QPushButton* m_newButton = nullptr;
    qint64 m_deputyId = 0;
    QString m_deputyName;
    FilterBar* m_filterBar = nullptr;
    QLabel* m_particulars = nullptr;
    QTableWidget* m_participants = nullptr;
    QList<QWidget*> m_listButtons; // shown for the lists, hidden for the roster
    bool m_stale = true;
};

} // namespace dd::ui

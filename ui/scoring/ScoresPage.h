#pragma once

#include "ScoreModels.h"
#include "SheetPrinting.h"

#include "ui/widgets/RecordPage.h"

#include <QSqlDatabase>

class QActionGroup;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTableWidget;

namespace dd::ui {

class FilterBar;

class ListView;

// 履职积分: a period's scores for a selection (sortable, printable, exportable), the selected
// deputy's trace, the gap report on a day, and the rules dialog.
class ScoresPage : public RecordPage {
    Q_OBJECT
public:
    enum Tab { Scores, Gaps };

    explicit ScoresPage(QWidget* parent = nullptr);
    void setDatabase(QSqlDatabase db) override;
    void reload() override;
    QString statusText() const override;

    void showTab(Tab tab);
    Tab currentTab() const;
    void setPeriod(const QString& code); // 2026, 2026H1, 2026Q3, 2026-07
    QString periodCode() const;
    void setGapDate(const QDate& date);
    void setSearch(const QString& text);
    bool selectDeputy(qint64 deputyId, std::optional<registry::Level> level = std::nullopt);

    ListView* view() const;
    ScoreTableModel* scoreModel() const { return m_scores; }
    GapTableModel* gapModel() const { return m_gaps; }
    QSortFilterProxyModel* proxy() const;
    QTableWidget* traceTable() const { return m_trace; }
    QLabel* traceTitle() const { return m_traceTitle; }
    QComboBox* townshipBox() const { return m_township; }
    QComboBox* stationBox() const { return m_station; }
    QComboBox* levelBox() const { return m_level; }

    void editRules();
    // 季度代表履职情况表: the selected deputy's in a preview; the selection's as a batch.
    void printSheet();
    void printSelectionSheets();
    scoring::ScoreOrder sheetOrder() const;
    void setSheetOrder(scoring::ScoreOrder order);
    void printList();
    void exportList() override;
    QLineEdit* searchField() const override { return m_search; }
    FilterBar* filterBar() const { return m_filterBar; }
    void newRecord() override {} // scores are worked out, not recorded
    void confirmStatusChange();

public Q_SLOTS:
    // Records changed elsewhere: the scores are worked out again when next shown.
    void markStale();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QHBoxLayout* buildToolbar();      // the tab bar and the page's buttons
    QPushButton* buildSheetsButton(); // with its menu of sheets and their order
    QWidget* buildFilters();
    FilterBar* buildFilterBar();
    QWidget* buildListsAndTrace();
    QWidget* buildTracePane(QSplitter* splitter); // the selected deputy's trace
    void updateFilterBar();
    void fillFilters();
    void fillPeriods();
    void showTrace();
    scoring::Selection selection() const;
    SheetJob sheetJob() const;
    const scoring::DeputyScore* currentScore() const;

    QSqlDatabase m_db;
    ScoreTableModel* m_scores = nullptr;
    GapTableModel* m_gaps = nullptr;
    QSortFilterProxyModel* m_proxies[2] = {};
    ListView* m_views[2] = {};
    QTabBar* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_kind = nullptr;
    QWidget* m_tracePane = nullptr;
    QLabel* m_traceTitle = nullptr;
    QTableWidget* m_trace = nullptr;
    QPushButton* m_statusButton = nullptr;
    QActionGroup* m_sheetOrder = nullptr;
    FilterBar* m_filterBar = nullptr;
    int m_everyone[2] = {}; // the rows of each list without the selection
    bool m_stale = true;
};

} // namespace dd::ui

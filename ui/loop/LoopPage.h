#pragma once

#include "LoopTableModel.h"

#include "ui/widgets/RecordPage.h"

#include <QSqlDatabase>

class QComboBox;
class QPushButton;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabBar;

namespace dd::ui {

class FilterBar;
class ListView;
class LoopDetailPane;

// 意见建议: the concerns ledger and the suggestions ledger, their filters, the selected item's
// detail pane with the steps allowed now, batch steps, and the ledger's paper and workbook.
class LoopPage : public RecordPage {
    Q_OBJECT
public:
    enum class Show { All, Open, Overdue, DueSoon, Late, Unsatisfied, KeySupervision };

    explicit LoopPage(QWidget* parent = nullptr);
    void setDatabase(QSqlDatabase db) override;
    void reload() override;
    QString statusText() const override;

    void showLedger(loop::ItemKind kind);
    loop::ItemKind currentKind() const;
    void setShow(Show show);
    // The ledger of `kind` with only its overdue or due-soon items: what the home page's counts
    // open, so the list holds just the items counted (the ledger's other filters are cleared).
    void showLate(loop::ItemKind kind, bool dueSoon);
    void setSearch(const QString& text);
    // Only the items a deputy received, led or co-signed (0: everyone's).
    void setDeputyFilter(qint64 deputyId, const QString& name = {});
    bool selectItem(qint64 itemId);

    ListView* view() const;
    LoopTableModel* model() const;
    LoopFilterProxy* proxy() const;
    LoopDetailPane* detail() const { return m_detail; }
    FilterBar* filterBar() const { return m_filterBar; }

    void recordConcern();
    void recordSuggestion();
    void takeStep(loop::StepKind kind);
    void dispatchSelected();
    void extendSelected();
    void toggleExcellent();
    void printList();
    void exportList() override;
    QLineEdit* searchField() const override { return m_search; }
    void newRecord() override;
    void importLedger();
    void printDispatchNotices();
    void printFeedbackForms();
    void printPublicNotice();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // What the filter row shows, kept per ledger: each tab keeps its own search and filters.
    struct FilterState {
        QString search;
        QString period;
        QVariant boxes[6]; // show, step, category, agency, township, station
        qint64 deputyId = 0;
        QString deputyName;
    };
    struct Ledger {
        LoopTableModel* model = nullptr;
        LoopFilterProxy* proxy = nullptr;
        ListView* view = nullptr;
        FilterState filters;
    };
    FilterState filterState() const;
    void restoreFilterState(const FilterState& state);
    void ledgerChanged(int index);
    void showDeputyFilter();
    const Ledger& current() const;
    QWidget* buildFilters();
    void fillFilters();
    void applyFilters();
    void showChanged();
    void showCurrentItem();
    QList<loop::Item> selectedItems() const;
    QList<loop::Item> paperItems() const; // the selection when several, else the items shown
    void afterWrite(qint64 selectId);
    void fillRowMenu(QMenu* menu);

    QSqlDatabase m_db;
    Ledger m_ledgers[2]; // concerns, suggestions
    QTabBar* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    LoopDetailPane* m_detail = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_show = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_agency = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_station = nullptr;
    QLineEdit* m_period = nullptr;
    QPushButton* m_deputy = nullptr; // the deputy filter, cleared by a click
    QPushButton* m_newButton = nullptr;
    qint64 m_deputyId = 0;
    QString m_deputyName;
    FilterBar* m_filterBar = nullptr;
    int m_shownLedger = 0; // whose filters the filter row shows
    bool m_stale = true;   // the ledgers are read again when next shown
};

} // namespace dd::ui

#pragma once

#include "LoopTableModel.h"

#include "ui/widgets/RecordPage.h"

#include <QSqlDatabase>

class QComboBox;
class QPushButton;
class QLineEdit;
class QStackedWidget;
class QTabBar;

namespace dd::ui {

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
    // Presets the "show" filter (the home page's overdue and due-soon counts open the ledger so).
    void setShow(Show show);
    void setSearch(const QString& text);
    // Only the items a deputy received, led or co-signed (0: everyone's).
    void setDeputyFilter(qint64 deputyId, const QString& name = {});
    bool selectItem(qint64 itemId);

    ListView* view() const;
    LoopTableModel* model() const;
    LoopFilterProxy* proxy() const;
    LoopDetailPane* detail() const { return m_detail; }

    void recordConcern();
    void recordSuggestion();
    void takeStep(loop::StepKind kind);
    void dispatchSelected();
    void extendSelected();
    void toggleExcellent();
    void printList();
    void exportList();
    void importLedger();
    void printDispatchNotices();
    void printFeedbackForms();
    void printPublicNotice();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Ledger {
        LoopTableModel* model = nullptr;
        LoopFilterProxy* proxy = nullptr;
        ListView* view = nullptr;
    };
    const Ledger& current() const;
    QWidget* buildFilters();
    void fillFilters();
    void applyFilters();
    void showChanged();
    void showCurrentItem();
    QList<loop::Item> selectedItems() const;
    QList<loop::Item> paperItems() const; // the selection when several, else the items shown
    void afterWrite(qint64 selectId);

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
    qint64 m_deputyId = 0;
    bool m_stale = true; // the ledgers are read again when next shown
};

} // namespace dd::ui

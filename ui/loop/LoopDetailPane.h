#pragma once

#include "loop/LoopRecords.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace dd::ui {

// The selected item: its particulars, the timeline of every step (who, when, what, imported or
// not) and a button for each step allowed now, and only those.
class LoopDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit LoopDetailPane(QWidget* parent = nullptr);
    void setDatabase(QSqlDatabase db);
    // Shows the item (read afresh) or nothing.
    void showItem(qint64 itemId);
    qint64 itemId() const { return m_item ? m_item->id : 0; }
    const std::optional<loop::Item>& item() const { return m_item; }
    // The steps offered now, in button order (for tests and the keyboard).
    QList<loop::StepKind> offeredSteps() const { return m_offered; }
    QTableWidget* timeline() const { return m_timeline; }
    // The step a withdrawal would take back (none when only the 点单 counts).
    std::optional<loop::StepKind> withdrawableStep() const { return m_withdrawable; }

protected:
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    void stepRequested(loop::StepKind kind);
    void excellentToggled();
    // The item's last step was withdrawn (撤回): the page reloads the item and its lists.
    void stepWithdrawn(qint64 itemId);

private:
    void withdrawLastStep();
    void showParticulars(const loop::Item& item);
    void showTimeline(const QList<loop::Step>& steps);
    void showButtons(const loop::Item& item, const QList<loop::StepKind>& allowed);

    QSqlDatabase m_db;
    std::optional<loop::Item> m_item;
    QList<loop::StepKind> m_offered;
    std::optional<loop::StepKind> m_withdrawable; // the last step that counts, if not 点单
    QLabel* m_heading = nullptr;
    QLabel* m_particulars = nullptr;
    QTableWidget* m_timeline = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace dd::ui

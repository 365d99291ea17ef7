#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QTableWidget;

namespace dd::ui {

// A deputy's particulars version by version, from the operator log; one chosen can be put back
// (after a confirmation), which is itself a logged change.
class DeputyVersionsDialog : public QDialog {
    Q_OBJECT
public:
    DeputyVersionsDialog(QSqlDatabase db, qint64 deputyId, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    bool restored() const { return m_restored; }
    void restoreSelected();

private:
    void load();

    QSqlDatabase m_db;
    qint64 m_deputyId = 0;
    QTableWidget* m_table = nullptr;
    bool m_restored = false;
};

} // namespace dd::ui

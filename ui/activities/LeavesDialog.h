#pragma once

#include "activities/ActivityRecords.h"

#include <QDialog>
#include <QSqlDatabase>

class QTableWidget;

namespace dd::ui {

// One deputy's leave periods, to record another, correct one recorded wrongly or remove one
// recorded by mistake (each correction and removal with its reason, kept in the operator log).
class LeavesDialog : public QDialog {
    Q_OBJECT
public:
    LeavesDialog(QSqlDatabase db, qint64 deputyId, const QString& name, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    bool changed() const { return m_changed; }
    void addLeave();
    void correctLeave();
    void removeLeave();

private:
    void load();
    const activities::Leave* selected() const;

    QSqlDatabase m_db;
    qint64 m_deputyId = 0;
    QString m_name;
    QList<activities::Leave> m_leaves;
    QTableWidget* m_table = nullptr;
    bool m_changed = false;
};

} // namespace dd::ui

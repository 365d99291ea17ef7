#pragma once

#include "activities/RosterPlanner.h"

#include <QDialog>
#include <QSqlDatabase>

class QListWidget;

namespace dd::ui {

// One reception day of a station's roster: tick the deputies on duty. Deputies on leave that
// day cannot be ticked; each shows the duties they already have in the period.
class RosterDayDialog : public QDialog {
    Q_OBJECT
public:
    RosterDayDialog(QSqlDatabase db, const activities::Roster& roster, const QDate& date,
                    QWidget* parent = nullptr);
    QList<qint64> checkedIds() const;
    void setChecked(qint64 deputyId, bool checked);
    bool removeRequested() const { return m_remove; }

public Q_SLOTS:
    void accept() override;

private:
    QSqlDatabase m_db;
    qint64 m_stationId;
    QDate m_date;
    QListWidget* m_list = nullptr;
    bool m_remove = false;
    QString m_removeReason;
};

} // namespace dd::ui

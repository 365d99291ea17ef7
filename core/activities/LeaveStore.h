#pragma once

#include "activities/ActivityRecords.h"
#include "common/Result.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>

namespace dd::activities {

// Deputies' leave periods (from, to, reason), recorded on the deputy.
class LeaveStore {
    Q_DECLARE_TR_FUNCTIONS(dd::activities::LeaveStore)

public:
    explicit LeaveStore(QSqlDatabase db);
    // Refused: no deputy, the end before the start, no reason, or overlapping a leave on record.
    Outcome add(Leave& leave);
    // A leave recorded wrongly, corrected (the same checks as add, the deputy unchanged).
    Outcome update(Leave& leave);
    Result<QList<Leave>> list(qint64 deputyId = 0) const;
    Lookup<Leave> find(qint64 leaveId) const;
    // A leave recorded by mistake; refused (NotFound) when there is none with this id.
    Outcome remove(qint64 leaveId);
    // Deputy → reason, for the deputies on leave on `date`.
    Result<QHash<qint64, QString>> onLeave(const QDate& date) const;

private:
    Outcome validate(Leave& leave) const;

    QSqlDatabase m_db;
};

} // namespace dd::activities

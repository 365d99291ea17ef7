#include "activities/LeaveStore.h"

#include "common/TextNormalize.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dd::activities {

LeaveStore::LeaveStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

// The particulars are whole and the period overlaps no other leave of the deputy (`leave.id`
// itself aside, for a correction).
Outcome LeaveStore::validate(Leave& leave) const
{
    leave.reason = normalizeText(leave.reason);
    FieldErrors errors;
    if (leave.deputyId <= 0)
        errors.append({QStringLiteral("deputy"), tr("is required")});
    if (!leave.from.isValid())
        errors.append({QStringLiteral("from"), tr("is required")});
    if (!leave.to.isValid())
        errors.append({QStringLiteral("to"), tr("is required")});
    else if (leave.from.isValid() && leave.to < leave.from)
        errors.append({QStringLiteral("to"), tr("comes before the first day")});
    if (leave.reason.isEmpty())
        errors.append({QStringLiteral("reason"), tr("is required")});
    if (!errors.isEmpty())
        return Outcome::invalid(errors);
    QSqlQuery query(m_db);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT from_day, to_day FROM deputy_leaves WHERE deputy_id = ? "
                           "AND from_day <= ? AND to_day >= ? AND id <> ?"),
            {leave.deputyId, storage::sql::dateValue(leave.to), storage::sql::dateValue(leave.from),
             leave.id}))
        return storage::sql::storageFailure(query);
    if (query.next())
        return Outcome::invalid({{QStringLiteral("from"),
                                  tr("overlaps the leave from %1 to %2 on record")
                                      .arg(query.value(0).toString(), query.value(1).toString())}});
    return Outcome::success();
}

Outcome LeaveStore::add(Leave& leave)
{
    leave.id = 0;
    if (const Outcome valid = validate(leave); !valid.ok())
        return valid;
    QSqlQuery query(m_db);
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    leave.uuid = storage::sql::newUuid();
    if (!storage::sql::run(
            query,
            QStringLiteral("INSERT INTO deputy_leaves(uuid, deputy_id, from_day, to_day, "
                           "reason, created_at) VALUES(?, ?, ?, ?, ?, ?)"),
            {leave.uuid, leave.deputyId, storage::sql::dateValue(leave.from),
             storage::sql::dateValue(leave.to), leave.reason, storage::sql::nowText()})) {
        if (query.lastError().text().contains(QLatin1String("FOREIGN KEY")))
            return Outcome::invalid(
                {{QStringLiteral("deputy"), tr("deputy %1 does not exist").arg(leave.deputyId)}});
        return storage::sql::storageFailure(query);
    }
    leave.id = query.lastInsertId().toLongLong();
    return transaction->commitWith(Outcome::success(leave.id));
}

Result<QList<Leave>> LeaveStore::list(qint64 deputyId) const
{
    QSqlQuery query(m_db);
    const QString sql = QStringLiteral(
        "SELECT l.id, l.uuid, l.deputy_id, l.from_day, l.to_day, l.reason, d.name "
        "FROM deputy_leaves l JOIN deputies d ON d.id = l.deputy_id %1 ORDER BY l.from_day");
    const bool ok =
        deputyId > 0
            ? storage::sql::run(query, sql.arg(QStringLiteral("WHERE l.deputy_id = ?")), {deputyId})
            : storage::sql::run(query, sql.arg(QString()));
    if (!ok)
        return storage::sql::readFailure(query);
    QList<Leave> leaves;
    while (query.next())
        leaves.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toLongLong(), storage::sql::toDate(query.value(3)),
                       storage::sql::toDate(query.value(4)), query.value(5).toString(),
                       query.value(6).toString()});
    return leaves;
}

Outcome LeaveStore::update(Leave& leave)
{
    if (const Outcome valid = validate(leave); !valid.ok())
        return valid;
    return storage::changeRows(
        m_db,
        QStringLiteral("UPDATE deputy_leaves SET from_day = ?, to_day = ?, reason = ? "
                       "WHERE id = ? AND deputy_id = ?"),
        {storage::sql::dateValue(leave.from), storage::sql::dateValue(leave.to), leave.reason,
         leave.id, leave.deputyId},
        Outcome::failure(Outcome::Kind::NotFound, tr("No leave %1").arg(leave.id)), leave.id);
}

Lookup<Leave> LeaveStore::find(qint64 leaveId) const
{
    const auto leaves = list();
    if (!leaves)
        return leaves.failure();
    for (const Leave& leave : *leaves)
        if (leave.id == leaveId)
            return leave;
    return std::nullopt;
}

Outcome LeaveStore::remove(qint64 leaveId)
{
    return storage::changeRows(
        m_db, QStringLiteral("DELETE FROM deputy_leaves WHERE id = ?"), {leaveId},
        Outcome::failure(Outcome::Kind::NotFound, tr("No leave %1").arg(leaveId)), leaveId);
}

Result<QHash<qint64, QString>> LeaveStore::onLeave(const QDate& date) const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(query,
                           QStringLiteral("SELECT deputy_id, reason FROM deputy_leaves "
                                          "WHERE from_day <= ? AND to_day >= ?"),
                           {storage::sql::dateValue(date), storage::sql::dateValue(date)}))
        return storage::sql::readFailure(query);
    QHash<qint64, QString> reasons;
    while (query.next())
        reasons.insert(query.value(0).toLongLong(), query.value(1).toString());
    return reasons;
}

} // namespace dd::activities

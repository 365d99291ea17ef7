#include "storage/WriteTransaction.h"

#include "storage/SqliteDialect.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::storage {

namespace {
struct NestingState {
    int depth = 0;
    bool failed = false;
};
// Connections belong to one thread each, so per-thread bookkeeping needs no lock.
thread_local QHash<QString, NestingState> nesting;
// The connections that write only inside a transaction (query_only between transactions).
thread_local QSet<QString> guarded;
// How many use-case WriteAccess objects are open per guarded connection.
thread_local QHash<QString, int> access;

void restoreGuard(QSqlDatabase& db)
{
    if (guarded.contains(db.connectionName()))
        sqlite::setQueryOnly(db, true);
}

bool run(QSqlDatabase& db, const QString& sql, QSqlError* error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}
} // namespace

BeganTransaction WriteTransaction::begin(QSqlDatabase db)
{
    BeganTransaction began;
    NestingState& state = nesting[db.connectionName()];
    const bool outermost = state.depth == 0;
    if (outermost) {
        state.failed = false;
        const bool lift = guarded.contains(db.connectionName());
        if (lift && access.value(db.connectionName()) == 0) {
            nesting.remove(db.connectionName());
            began.m_refusal = Outcome::failure(
                Outcome::Kind::Storage,
                tr("This change was refused because it did not go through one of the office's "
                   "actions (a program error). Nothing was saved."));
            return began;
        }
        QSqlError error;
        if (lift)
            sqlite::setQueryOnly(db, false);
        if (!run(db, sqlite::beginImmediate(), &error)) {
            if (lift)
                sqlite::setQueryOnly(db, true);
            nesting.remove(db.connectionName());
            began.m_refusal = sql::storageFailure(error);
            return began;
        }
    }
    ++state.depth;
    began.m_transaction.emplace(WriteTransaction(std::move(db), outermost));
    return began;
}

WriteTransaction::WriteTransaction(QSqlDatabase db, bool outermost)
    : m_db(std::move(db))
    , m_outermost(outermost)
{
}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept
    : m_db(other.m_db)
    , m_outermost(other.m_outermost)
    , m_done(other.m_done)
{
    other.m_done = true; // the moved-from guard neither rolls back nor counts
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    NestingState& state = nesting[m_db.connectionName()];
    --state.depth;
    if (m_outermost) {
        run(m_db, QStringLiteral("ROLLBACK"));
        nesting.remove(m_db.connectionName());
        restoreGuard(m_db);
    } else {
        state.failed = true;
    }
}

Outcome WriteTransaction::commitWith(Outcome outcome)
{
    if (!outcome.ok())
        return outcome; // the guard rolls back
    Outcome committed = commit();
    return committed.ok() ? outcome : committed;
}

Outcome WriteTransaction::commit()
{
    if (m_done)
        return Outcome::storage(tr("the change was already finished"));
    m_done = true;
    NestingState& state = nesting[m_db.connectionName()];
    --state.depth;
    const Outcome innerFailed = Outcome::storage(tr("an inner step failed; nothing was saved"));
    if (!m_outermost)
        return state.failed ? innerFailed : Outcome::success();
    const bool failed = state.failed;
    nesting.remove(m_db.connectionName());
    QSqlError error;
    if (failed || !run(m_db, QStringLiteral("COMMIT"), &error)) {
        run(m_db, QStringLiteral("ROLLBACK"));
        restoreGuard(m_db);
        return failed ? innerFailed : Outcome::storage(sql::storageFailure(error).text());
    }
    restoreGuard(m_db);
    return Outcome::success();
}

bool WriteTransaction::guardConnection(QSqlDatabase db)
{
    if (!sqlite::setQueryOnly(db, true))
        return false;
    guarded.insert(db.connectionName());
    return true;
}

bool WriteTransaction::isGuarded(QSqlDatabase db)
{
    return guarded.contains(db.connectionName());
}

void WriteTransaction::forgetConnection(const QString& connectionName)
{
    guarded.remove(connectionName);
    access.remove(connectionName);
}

void WriteTransaction::grantAccess(const QString& connectionName)
{
    ++access[connectionName];
}

void WriteTransaction::revokeAccess(const QString& connectionName)
{
    if (--access[connectionName] <= 0)
        access.remove(connectionName);
}

WriteTransaction* BeganTransaction::operator->()
{
    if (!m_transaction) // a programming error: begin() said no and the caller went on
        qFatal("dd::WriteTransaction: used a transaction that did not begin");
    return &*m_transaction;
}

namespace {
Outcome runAlone(QSqlDatabase db, const QString& statement, std::initializer_list<QVariant> values,
                 const qint64* id, const Outcome* whenNone = nullptr)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(db);
    if (!sql::run(query, statement, values))
        return sql::storageFailure(query);
    if (whenNone && query.numRowsAffected() == 0)
        return *whenNone;
    return transaction->commitWith(Outcome::success(id ? *id : query.lastInsertId().toLongLong()));
}
} // namespace

Outcome insertRow(QSqlDatabase db, const QString& statement, std::initializer_list<QVariant> values)
{
    return runAlone(std::move(db), statement, values, nullptr);
}

Outcome writeRow(QSqlDatabase db, const QString& statement, std::initializer_list<QVariant> values,
                 qint64 id)
{
    return runAlone(std::move(db), statement, values, &id);
}

Outcome changeRows(QSqlDatabase db, const QString& statement,
                   std::initializer_list<QVariant> values, const Outcome& whenNone, qint64 id)
{
    return runAlone(std::move(db), statement, values, &id, &whenNone);
}

} // namespace dd::storage

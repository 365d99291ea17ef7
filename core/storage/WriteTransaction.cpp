#include "storage/WriteTransaction.h"

#include "storage/SqliteDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace dd {

namespace {
struct NestingState {
    int depth = 0;
    bool failed = false;
};
// Connections belong to one thread each, so per-thread bookkeeping needs no lock.
thread_local QHash<QString, NestingState> nesting;

bool run(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    NestingState& state = nesting[m_db.connectionName()];
    if (state.depth == 0) {
        state.failed = false;
        if (!run(m_db, sqlite::beginImmediate(), &m_error))
            return;
        m_outermost = true;
    }
    ++state.depth;
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active || m_done)
        return;
    NestingState& state = nesting[m_db.connectionName()];
    --state.depth;
    if (m_outermost) {
        QString ignored;
        run(m_db, QStringLiteral("ROLLBACK"), &ignored);
        nesting.remove(m_db.connectionName());
    } else {
        state.failed = true;
    }
}

bool WriteTransaction::commit()
{
    if (!m_active || m_done)
        return false;
    m_done = true;
    NestingState& state = nesting[m_db.connectionName()];
    --state.depth;
    if (!m_outermost)
        return !state.failed;
    const bool failed = state.failed;
    nesting.remove(m_db.connectionName());
    if (failed || !run(m_db, QStringLiteral("COMMIT"), &m_error)) {
        QString ignored;
        run(m_db, QStringLiteral("ROLLBACK"), &ignored);
        if (m_error.isEmpty())
            m_error = QStringLiteral("an inner step failed");
        return false;
    }
    return true;
}

} // namespace dd

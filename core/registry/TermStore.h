#pragma once

#include "common/Result.h"
#include "registry/Records.h"
#include "storage/Sql.h"
#include <QCoreApplication>

#include <optional>

namespace dd::registry {

// Terms (届次) and sessions (人代会) of every level, and the change of term (换届).
class TermStore {
    Q_DECLARE_TR_FUNCTIONS(dd::registry::TermStore)

public:
    explicit TermStore(QSqlDatabase db);

    Lookup<Term> find(Level level, int number) const;
    Lookup<Term> findById(qint64 id) const;
    Result<QList<Term>> list() const; // a failed read is a failure, never an empty list
    // The office's setting for the level, else the newest term on record; nullopt when none.
    Lookup<Term> current(Level level) const;
    // Finds or records the term; a new term starts on `startDate`.
    Outcome ensure(Level level, int number, const QDate& startDate);

    Outcome addSession(Session& session);
    Result<QList<Session>> sessions(std::optional<Level> level = std::nullopt) const;
    // The session sitting on `date` (its opening to its closing day); of several levels sitting
    // that day, the one of `preferred`. Nullopt when none sits, or which one is not clear.
    Result<std::optional<Session>> sessionOn(const QDate& date, Level preferred) const;

    // 换届: term `number` of `level` starts on `startDate`; the previous term ends the day before
    // and its serving memberships end with it. The old term's records stay as they are.
    Outcome startTerm(Level level, int number, const QDate& startDate);
    // Ends a term on `endDate`: its serving memberships end with it (status term_ended).
    Outcome endTerm(const Term& term, const QDate& endDate);

private:
    QSqlDatabase m_db;
};

} // namespace dd::registry

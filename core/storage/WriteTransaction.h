#pragma once

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dd::usecase {
class WriteAccess;
}

namespace dd::storage {

class BeganTransaction;

// Every write goes through one of these: BEGIN IMMEDIATE takes the write lock up front (no
// deadlock between two readers upgrading), and a guard that is not committed rolls back.
// Guards nest: an inner guard joins the outermost transaction, and a failed inner guard makes
// the outer commit fail, so a multi-step operation is all-or-nothing.
//
// A transaction exists only once it has begun: begin() hands out none when the write lock could
// not be had (another program is writing, the file is read-only), so no statement can run
// outside it and commit one by one.
class WriteTransaction {
    Q_DECLARE_TR_FUNCTIONS(dd::storage::WriteTransaction)
public:
    // Takes the write lock, or joins the transaction already open on this connection.
    static BeganTransaction begin(QSqlDatabase db);

    // From now on the connection writes only inside a WriteTransaction that one of core's use
    // cases opened: it runs with query_only on, which only an outermost transaction lifts while
    // it is open, and an outermost transaction begins only while a usecase::WriteAccess is held
    // on the connection. So a write anywhere but through a use case fails instead of committing.
    // Database does this for every writable office file it opens.
    static bool guardConnection(QSqlDatabase db);
    // Whether `db` is a writable office file's connection (guarded); false for a file opened
    // read-only, which nothing may write.
    static bool isGuarded(QSqlDatabase db);
    static void forgetConnection(const QString& connectionName);

    WriteTransaction(WriteTransaction&& other) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    ~WriteTransaction();

    // Commits (outermost guard) or hands success to the outer guard; a failure when anything
    // failed (then nothing is saved).
    Outcome commit();
    // Commits when the operation succeeded (else the guard rolls back); a failed commit becomes
    // the operation's storage failure.
    Outcome commitWith(Outcome outcome);
    // False for a guard that joined a transaction already open on the connection.
    bool outermost() const { return m_outermost; }

private:
    // Only the use-case layer opens the door (see guardConnection).
    friend class usecase::WriteAccess;
    static void grantAccess(const QString& connectionName);
    static void revokeAccess(const QString& connectionName);

    WriteTransaction(QSqlDatabase db, bool outermost);

    QSqlDatabase m_db;
    bool m_outermost = false;
    bool m_done = false;
};

// One statement in a write transaction of its own (or as part of the one open on `db`):
// insertRow's success carries the new row's id, writeRow's the `id` it is given; a failure says
// why nothing was written.
Outcome insertRow(QSqlDatabase db, const QString& statement,
                  std::initializer_list<QVariant> values);
Outcome writeRow(QSqlDatabase db, const QString& statement, std::initializer_list<QVariant> values,
                 qint64 id = 0);
// An UPDATE or DELETE that must change a row: `whenNone` (and nothing written) when it matched
// none.
Outcome changeRows(QSqlDatabase db, const QString& statement,
                   std::initializer_list<QVariant> values, const Outcome& whenNone, qint64 id = 0);

// The result of WriteTransaction::begin: the transaction, or why there is none.
class [[nodiscard]] BeganTransaction {
public:
    explicit operator bool() const { return m_transaction.has_value(); }
    WriteTransaction* operator->();
    WriteTransaction& operator*() { return *operator->(); }
    // Why the transaction did not begin, in the user's language (an Outcome of kind Storage).
    const Outcome& refusal() const { return m_refusal; }

private:
    friend class WriteTransaction;
    std::optional<WriteTransaction> m_transaction;
    Outcome m_refusal;
};

} // namespace dd::storage

#pragma once

#include "common/Result.h"
#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace dd::storage {

class Database;
// The open database, or why it could not be opened: NotFound (no such file), Invalid (not a
// DeputyDesk file), NotAllowed (written by a newer program), Storage (damaged, unreadable, not
// writable).
using OpenResult = Result<std::unique_ptr<Database>>;

// One open DeputyDesk database file: a QSQLITE connection owned by the thread that opened it.
// Opening never writes to a file that is not ours, is damaged or is newer than this program.
class Database {
    Q_DECLARE_TR_FUNCTIONS(dd::storage::Database)

public:
    // ReadOnly: never writes (a second window beside the writer). A file that cannot be written
    // (a write-protected stick, a read-only file or folder) opens read-only in any mode.
    enum class Mode { OpenExisting, CreateIfMissing, ReadOnly };
    struct Options {
        // Check every page before use: the caller knows the last session ended uncleanly (the
        // window took over a stale lock). Without it the check runs when a write-ahead log was
        // left behind by a process that no longer holds the file.
        bool fullCheck = false;
        // The window's open: take the lock file. When another live program holds it, the file
        // opens read-only and heldBy() names the holder; a stale lock is taken over (and the
        // whole file checked). `takeOverLock` also takes a lock held from another machine.
        bool asWindow = false;
        bool takeOverLock = false;
    };

    static OpenResult open(const QString& path, Mode mode, Options options);
    static OpenResult open(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool usesWal() const { return m_wal; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the file is read-only, in the user's language; empty when it is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Whether the open ran the whole-file check (for tests and the open benchmark).
    bool fullCheckRan() const { return m_fullCheckRan; }
    // The program holding the file when this window opened it read-only because of it.
    std::optional<LockHolder> heldBy() const { return m_heldBy; }
    // Whether this connection has written anything since it opened (a backup on closing).
    bool changedSinceOpen() const;
    // Changes when another connection commits; polled to refresh a window's lists.
    qint64 dataVersion() const;
    // While another program holds the write lock, `keepWaiting(milliseconds waited)` is asked
    // instead of blocking for the busy timeout: the window shows progress and lets the clerk
    // cancel (false ends the wait; the write then fails as busy). Empty restores the timeout.
    void setBusyWait(std::function<bool(int)> keepWaiting);

    // The backups made on this open (before a migration), for the caller to report.
    QString backupBeforeMigration() const { return m_backupBeforeMigration; }

    // A consistent copy of the whole database made with SQLite's backup API, written under a
    // temporary name and then moved into place. Refused when the target is this database or a
    // database open elsewhere (its lock file or write-ahead log is present).
    Outcome saveCopy(const QString& target) const;

    // Integrity problems found by SQLite and by our own consistency rules; empty when sound.
    QStringList check() const;
    // SQLite's whole-file check of a database file on a connection of its own (read-only), for
    // a worker thread while the window works: problems found; empty when sound.
    static QStringList checkFileInBackground(const QString& path);

private:
    Database(QString path, QString connectionName);
    // The steps of open(); success means go on.
    void takeWindowLock(bool takeOverStale, Mode* mode);
    QSqlDatabase addConnection(Mode mode) const;
    Outcome prepareForReading(QSqlDatabase db, const QString& shown);
    Outcome prepareForWriting(QSqlDatabase db, bool exists, bool fullCheck, const QString& shown);
    QString m_path;
    QString m_connectionName;
    bool m_wal = false;
    bool m_readOnly = false;
    bool m_fullCheckRan = false;
    QString m_readOnlyReason;
    QString m_backupBeforeMigration;
    std::unique_ptr<DatabaseLock> m_lock;
    std::optional<LockHolder> m_heldBy;
    std::function<bool(int)> m_busyWait;
};

} // namespace dd::storage

#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace dd {

// Why a database could not be opened; the CLI maps these to exit codes.
enum class OpenFailure { None, NotFound, NotDeputyDesk, Damaged, TooNew, CannotWrite, Io };

struct OpenResult;

// One open DeputyDesk database file: a QSQLITE connection owned by the thread that opened it.
// Opening never writes to a file that is not ours, is damaged or is newer than this program.
class Database {
    Q_DECLARE_TR_FUNCTIONS(dd::Database)

public:
    // ReadOnly: never writes (a second window beside the writer). A file that cannot be written
    // (a write-protected stick, a read-only file or folder) opens read-only in any mode.
    enum class Mode { OpenExisting, CreateIfMissing, ReadOnly };
    struct Options {
        // Check every page before use: the caller knows the last session ended uncleanly (the
        // window took over a stale lock). Without it the check runs when a write-ahead log was
        // left behind by a process that no longer holds the file.
        bool fullCheck = false;
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
    // The backups made on this open (before a migration), for the caller to report.
    QString backupBeforeMigration() const { return m_backupBeforeMigration; }

    // A consistent copy of the whole database made with SQLite's backup API, written under a
    // temporary name and then moved into place. Refused when the target is this database or a
    // database open elsewhere (its lock file or write-ahead log is present).
    bool saveCopy(const QString& target, QString* error) const;

    // Integrity problems found by SQLite and by our own consistency rules; empty when sound.
    QStringList check() const;

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
    bool m_wal = false;
    bool m_readOnly = false;
    bool m_fullCheckRan = false;
    QString m_readOnlyReason;
    QString m_backupBeforeMigration;
};

struct OpenResult {
    std::unique_ptr<Database> database;
    OpenFailure failure = OpenFailure::None;
    QString message;
    explicit operator bool() const { return database != nullptr; }
};

} // namespace dd

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
    enum class Mode { OpenExisting, CreateIfMissing };

    static OpenResult open(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool usesWal() const { return m_wal; }

    // A consistent copy of the whole database (VACUUM INTO), written atomically.
    bool saveCopy(const QString& target, QString* error) const;

    // Integrity problems found by SQLite and by our own consistency rules; empty when sound.
    QStringList check() const;

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
    bool m_wal = false;
};

struct OpenResult {
    std::unique_ptr<Database> database;
    OpenFailure failure = OpenFailure::None;
    QString message;
    explicit operator bool() const { return database != nullptr; }
};

} // namespace dd

#include "storage/SqliteBackup.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

namespace dd::storage::sqlite {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dd::storage::sqlite", text);
}

sqlite3* handleOf(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// In the user's words, as every other storage failure (sql::storageFailure).
QString messageOf(sqlite3* db, int code)
{
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return sql::storageFailure(
               QSqlError(QString(), detail, QSqlError::StatementError, QString::number(code)))
        .text();
}

// An SQLite connection of our own on a file, closed when it goes out of scope.
class FileConnection {
public:
    FileConnection(const QString& path, int flags)
    {
        m_code = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
        if (m_code == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~FileConnection() { sqlite3_close_v2(m_db); }
    FileConnection(const FileConnection&) = delete;
    FileConnection& operator=(const FileConnection&) = delete;

    sqlite3* handle() const { return m_code == SQLITE_OK ? m_db : nullptr; }
    QString error() const { return messageOf(m_db, m_code); }

private:
    sqlite3* m_db = nullptr;
    int m_code = SQLITE_OK;
};

// Runs a whole backup in one step: one read transaction on the source, so the copy is of one
// moment even while another program writes.
int copyPages(sqlite3* from, sqlite3* into)
{
    sqlite3_backup* backup = sqlite3_backup_init(into, "main", from, "main");
    if (!backup)
        return sqlite3_errcode(into);
    // SQLITE_BUSY comes after the connection's busy handler has waited (or the clerk cancelled
    // the wait): give up. SQLITE_LOCKED (this process's other connection) is retried briefly.
    int code = SQLITE_OK;
    for (int attempt = 0; attempt < 20; ++attempt) {
        code = sqlite3_backup_step(backup, -1);
        if (code != SQLITE_LOCKED)
            break;
        sqlite3_sleep(100);
    }
    const int finished = sqlite3_backup_finish(backup);
    return code == SQLITE_DONE ? finished : code;
}

Outcome exec(sqlite3* db, const QString& statement)
{
    if (statement.isEmpty())
        return Outcome::success();
    char* message = nullptr;
    const int code = sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, &message);
    Outcome outcome = Outcome::success();
    if (code != SQLITE_OK)
        outcome = Outcome::storage(code == SQLITE_FULL || !message ? messageOf(db, code)
                                                                   : QString::fromUtf8(message));
    sqlite3_free(message);
    return outcome;
}

QStringList integrityProblems(sqlite3* db)
{
    QStringList problems;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return {messageOf(db, sqlite3_errcode(db))};
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString line =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (code != SQLITE_DONE)
        problems << messageOf(db, code);
    sqlite3_finalize(statement);
    return problems;
}

// Fills the new file `target` from `from` and checks it; the first step that fails says why.
Outcome copyInto(sqlite3* from, const QString& target, const QString& stamp)
{
    FileConnection into(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!into.handle())
        return Outcome::storage(into.error());
    if (const int code = copyPages(from, into.handle()); code != SQLITE_OK)
        return Outcome::storage(messageOf(into.handle(), code));
    for (const QString& statement : {QStringLiteral("PRAGMA journal_mode = DELETE"), stamp})
        if (Outcome outcome = exec(into.handle(), statement); !outcome.ok())
            return outcome;
    if (const QStringList problems = integrityProblems(into.handle()); !problems.isEmpty())
        return Outcome::storage(
            tr("The copy failed its integrity check: %1").arg(problems.first()));
    return Outcome::success();
}
} // namespace

Outcome backupToNewFile(QSqlDatabase& source, const QString& target, const QString& stamp)
{
    sqlite3* from = handleOf(source);
    if (!from)
        return Outcome::storage(tr("The database is not open."));
    if (QFileInfo::exists(target))
        return Outcome::storage(tr("%1 already exists.").arg(target));
    const Outcome copied = copyInto(from, target, stamp);
    if (!copied.ok()) {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
    }
    return copied;
}

Outcome restoreFromFile(QSqlDatabase& destination, const QString& source)
{
    sqlite3* into = handleOf(destination);
    if (!into)
        return Outcome::storage(tr("The database is not open."));
    FileConnection from(source, SQLITE_OPEN_READONLY);
    if (!from.handle())
        return Outcome::storage(from.error());
    if (const int code = copyPages(from.handle(), into); code != SQLITE_OK)
        return Outcome::storage(messageOf(into, code));
    return Outcome::success();
}

QString immutableUri(const QString& path)
{
    // file:///C:/x.ddb, file:///home/x.ddb, and file:////server/share/x.ddb for a UNC path
    // (QUrl would make the server an authority, which SQLite refuses).
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString prefix = absolute.startsWith(QLatin1String("//")) ? QStringLiteral("file://")
                           : absolute.startsWith(QLatin1Char('/'))  ? QStringLiteral("file://")
                                                                    : QStringLiteral("file:///");
    return prefix + QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/:")) +
           QStringLiteral("?immutable=1");
}

bool isInUse(const QString& path)
{
    FileConnection probe(path, SQLITE_OPEN_READWRITE);
    if (!probe.handle())
        return false;
    sqlite3_busy_timeout(probe.handle(), 0);
    // Every connection to a database holds at least a shared lock on the file while it is open
    // in WAL mode, and while it reads in rollback mode: an exclusive lock is had only when no
    // other connection is there.
    const int code =
        sqlite3_exec(probe.handle(), "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;",
                     nullptr, nullptr, nullptr);
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

void setBusyWait(QSqlDatabase& db, std::function<bool(int)>* keepWaiting)
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return;
    if (!keepWaiting) {
        sqlite3_busy_timeout(handle, 5000);
        return;
    }
    constexpr int kPollMs = 25;
    sqlite3_busy_handler(
        handle,
        [](void* context, int calls) -> int {
            auto* ask = static_cast<std::function<bool(int)>*>(context);
            if (!(*ask)(calls * kPollMs))
                return 0;
            sqlite3_sleep(kPollMs);
            return 1;
        },
        keepWaiting);
}

} // namespace dd::storage::sqlite

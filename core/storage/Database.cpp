#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/DatabaseLock.h"
#include "storage/Platform.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/SqliteBackup.h"
#include "storage/SqliteDialect.h"
#include "storage/WriteTransaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <filesystem>

namespace dd::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dd::storage", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("deputydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Decides from the header alone whether we may open the file, so refusals never write.
Outcome inspectExisting(const QString& path, const QFileInfo& info)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isDir())
        return Outcome::badInput(tr("%1 is a folder, not a database file").arg(shown));
    const auto header = sqlite::readHeader(path);
    if (!header)
        return header.failure();
    if (!header->isSqlite)
        return Outcome::badInput(
            info.size() == 0 ? tr("%1 is an empty file, not a DeputyDesk database").arg(shown)
                             : tr("%1 is not a DeputyDesk database").arg(shown));
    if (header->applicationId != sqlite::kApplicationId)
        return Outcome::badInput(
            tr("%1 is an SQLite database of another program, not a DeputyDesk database")
                .arg(shown));
    if (header->userVersion > schema::latestVersion())
        return Outcome::failure(
            Outcome::Kind::NotAllowed,
            tr("%1 was written by a newer DeputyDesk (data version %2; this program "
               "reads up to %3). Please update DeputyDesk.")
                .arg(shown)
                .arg(header->userVersion)
                .arg(schema::latestVersion()));
    return {};
}
// Why we may only read the file: the file or its folder is write-protected.
QString whyReadOnly(const QFileInfo& info)
{
    if (!info.isWritable())
        return tr("the file is read-only");
    if (!QFileInfo(info.absolutePath()).isWritable())
        return tr("the folder is read-only");
    return {};
}

// The last program to write the file did not close it: a stale lock, or a write-ahead log with
// content while no live program holds the file.
bool leftUncleanly(const QString& path)
{
    const auto holder = DatabaseLock::holder(path);
    if (holder && holder->stale())
        return true;
    if (holder && !holder->isUs)
        return false;
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

OpenResult Database::open(const QString& path, Mode mode, Options options)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    const QString shown = QDir::toNativeSeparators(path);
    if (!exists && mode != Mode::CreateIfMissing)
        return Outcome::failure(Outcome::Kind::NotFound, tr("%1 does not exist").arg(shown));
    if (exists) {
        if (Outcome refusal = inspectExisting(path, info); !refusal.ok())
            return refusal;
    } else if (!QFileInfo(info.absolutePath()).isDir()) {
        return Outcome::storage(tr("Cannot create %1: the folder does not exist").arg(shown));
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    database->m_readOnlyReason = exists ? whyReadOnly(info) : QString();
    if (database->m_readOnlyReason.isEmpty() && mode == Mode::ReadOnly)
        database->m_readOnlyReason = tr("it was opened read-only");
    const bool fullCheck = exists && (options.fullCheck || leftUncleanly(database->m_path));
    if (options.asWindow && database->m_readOnlyReason.isEmpty())
        database->takeWindowLock(options.takeOverLock, &mode);
    database->m_readOnly = !database->m_readOnlyReason.isEmpty();
    QSqlDatabase db = database->addConnection(mode);
    if (!db.open())
        return Outcome::storage(
            tr("Cannot open %1: %2").arg(shown, sql::storageFailure(db.lastError()).text()));

    if (fullCheck) {
        database->m_fullCheckRan = true;
        const QStringList problems = sqlite::quickCheck(db);
        if (!problems.isEmpty())
            return Outcome::storage(tr("%1 is damaged: %2").arg(shown, problems.first()));
        // Checked whole: what a dead window left behind no longer needs a check on every open.
        if (!database->m_readOnly)
            DatabaseLock::removeStale(database->m_path);
    }
    database->m_wal = !platform::isNetworkPath(database->m_path);
    const Outcome ready = database->m_readOnly
                              ? database->prepareForReading(db, shown)
                              : database->prepareForWriting(db, exists, fullCheck, shown);
    if (!ready.ok())
        return ready;
    return database;
}

// A window holds the file's lock; a file another window holds opens read-only.
void Database::takeWindowLock(bool takeOverStale, Mode* mode)
{
    auto lock = std::make_unique<DatabaseLock>(m_path);
    const QString program = QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                        QCoreApplication::applicationVersion());
    switch (lock->acquire(program, takeOverStale)) {
    case DatabaseLock::Result::Acquired:
    case DatabaseLock::Result::TookOverStale:
        m_lock = std::move(lock);
        break;
    case DatabaseLock::Result::HeldByOther:
        m_heldBy = DatabaseLock::holder(m_path);
        *mode = Mode::ReadOnly;
        m_readOnlyReason = m_heldBy ? tr("it is open in %1").arg(m_heldBy->describe())
                                    : tr("it is open in another window");
        break;
    case DatabaseLock::Result::Failed: // a folder we may write to but not create files in
        break;
    }
}

QSqlDatabase Database::addConnection(Mode mode) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (m_readOnly) {
        // A write-protected place cannot hold SQLite's shared-memory file: read the file as it
        // stands (immutable) unless a write-ahead log is there to be read with it.
        const bool frozen =
            mode != Mode::ReadOnly && QFileInfo(m_path + QStringLiteral("-wal")).size() == 0;
        db.setConnectOptions(frozen ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                    : QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(frozen ? sqlite::immutableUri(m_path) : m_path);
    } else {
        db.setDatabaseName(m_path);
    }
    return db;
}

Outcome Database::prepareForReading(QSqlDatabase db, const QString& shown)
{
    if (const Outcome configured = sqlite::configureReadOnlyConnection(db); !configured.ok())
        return Outcome::storage(tr("%1 is damaged: %2").arg(shown, configured.text()));
    if (sqlite::userVersion(db) < schema::latestVersion())
        return Outcome::storage(
            tr("%1 was written by an older DeputyDesk and must be upgraded, but it "
               "is read-only (%2). Copy it to a folder on this PC and open the "
               "copy.")
                .arg(shown, m_readOnlyReason));
    return Outcome::success();
}

// The connection's settings, a new file's mark, the migrations (after a backup), and the guard
// that lets only a use case write.
Outcome Database::prepareForWriting(QSqlDatabase db, bool exists, bool fullCheck,
                                    const QString& shown)
{
    if (const Outcome configured = sqlite::configureConnection(db, m_wal); !configured.ok()) {
        // Without the whole-file check, damage shows first here: name it as damage.
        const QStringList problems = fullCheck ? QStringList() : sqlite::quickCheck(db);
        if (!problems.isEmpty())
            return Outcome::storage(tr("%1 is damaged: %2").arg(shown, problems.first()));
        return Outcome::storage(tr("Cannot use %1: %2").arg(shown, configured.text()));
    }
    const int version = sqlite::userVersion(db);
    if (!exists && !sqlite::setApplicationId(db))
        return Outcome::storage(tr("Cannot initialise %1").arg(shown));
    if (exists && version > 0 && version < schema::latestVersion()) {
        const auto backup =
            Backups(m_path, db).make(QStringLiteral("before-v%1").arg(schema::latestVersion()));
        if (!backup)
            return Outcome::storage(
                tr("Not upgrading %1 to the current data version without a backup: %2")
                    .arg(shown, backup.error()));
        m_backupBeforeMigration = *backup;
    }
    if (version < schema::latestVersion())
        if (const Outcome migrated = schema::migrate(db, version); !migrated.ok())
            return Outcome::storage(tr("Cannot upgrade %1 to the current data version: %2")
                                        .arg(shown, migrated.text()));
    if (!WriteTransaction::guardConnection(db))
        return Outcome::storage(tr("Cannot initialise %1").arg(shown));
    return Outcome::success();
}

OpenResult Database::open(const QString& path, Mode mode)
{
    return open(path, mode, Options{});
}

Database::~Database()
{
    sql::forgetStatements(m_connectionName);
    WriteTransaction::forgetConnection(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_wal && !m_readOnly)
                sqlite::checkpoint(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return sqlite::userVersion(db);
}

Outcome Database::saveCopy(const QString& target) const
{
    const QFileInfo targetInfo(target);
    const QString shown = QDir::toNativeSeparators(target);
    if (targetInfo.absoluteFilePath() == m_path)
        return Outcome::storage(tr("Cannot copy the database onto itself: %1").arg(shown));
    if (targetInfo.isDir())
        return Outcome::storage(tr("%1 is a folder; please give a file name").arg(shown));
    if (!QFileInfo(targetInfo.absolutePath()).isDir())
        return Outcome::storage(tr("Cannot write %1: the folder does not exist").arg(shown));
    if (targetInfo.exists()) {
        const QString absolute = targetInfo.absoluteFilePath();
        if (const auto holder = DatabaseLock::otherLiveHolder(absolute))
            return Outcome::storage(
                tr("Cannot replace %1: it is open in %2").arg(shown, holder->describe()));
        if (sqlite::isInUse(absolute))
            return Outcome::storage(
                tr("Cannot replace %1: it is open in another program. Close it there or "
                   "choose another name.")
                    .arg(shown));
    }
    const QString temporary = targetInfo.absoluteFilePath() + QStringLiteral(".part-") +
                              QUuid::createUuid().toString(QUuid::Id128).left(8);
    QSqlDatabase db = connection();
    if (const Outcome copied = sqlite::backupToNewFile(db, temporary, {}); !copied.ok())
        return Outcome::storage(tr("Cannot write %1: %2").arg(shown, copied.text()));
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(targetInfo.absoluteFilePath().toStdU16String()),
                            code);
    if (code) {
        QFile::remove(temporary);
        return Outcome::storage(
            tr("Cannot replace %1 (is it open in another program?)").arg(shown));
    }
    return Outcome::success();
}

bool Database::changedSinceOpen() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT total_changes()")) && query.next() &&
           query.value(0).toLongLong() > 0;
}

qint64 Database::dataVersion() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA data_version")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

void Database::setBusyWait(std::function<bool(int)> keepWaiting)
{
    m_busyWait = std::move(keepWaiting);
    QSqlDatabase db = connection();
    sqlite::setBusyWait(db, m_busyWait ? &m_busyWait : nullptr);
}

QStringList Database::checkFileInBackground(const QString& path)
{
    const QString name = nextConnectionName() + QStringLiteral("-check");
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(path);
        if (db.open())
            problems = sqlite::quickCheck(db);
        else
            problems << sql::storageFailure(db.lastError()).text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

QStringList Database::check() const
{
    QSqlDatabase db = connection();
    QStringList problems = sqlite::integrityCheck(db);
    problems << sqlite::foreignKeyCheck(db);
    return problems;
}

} // namespace dd::storage

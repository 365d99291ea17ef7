#include "storage/SqliteDialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace dd::storage::sqlite {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dd::storage::sqlite", text);
}

Outcome exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return Outcome::success();
    return Outcome::storage(query.lastError().text());
}

// Runs the statements in order; the first that fails says why.
Outcome execAll(QSqlDatabase& db, std::initializer_list<QString> statements)
{
    for (const QString& statement : statements)
        if (Outcome outcome = exec(db, statement); !outcome.ok())
            return outcome;
    return Outcome::success();
}

QStringList firstColumn(QSqlDatabase& db, const QString& sql)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {query.lastError().text()};
    while (query.next())
        values << query.value(0).toString();
    return values;
}
void readHeaderThroughSqlite(const QString& path, FileHeader* header)
{
    static QAtomicInt serial;
    const QString name = QStringLiteral("dd-header-%1").arg(serial.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            const QStringList application =
                firstColumn(db, QStringLiteral("PRAGMA application_id"));
            const QStringList version = firstColumn(db, QStringLiteral("PRAGMA user_version"));
            bool okApplication = false, okVersion = false;
            const quint32 applicationId = quint32(application.value(0).toLongLong(&okApplication));
            const qint32 userVersion = version.value(0).toInt(&okVersion);
            if (okApplication && okVersion) {
                header->applicationId = applicationId;
                header->userVersion = userVersion;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

Result<FileHeader> readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::storage(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    FileHeader result;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return result;
    result.isSqlite = true;
    result.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    result.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    // While another program has the database open, the newest header may still be in the WAL
    // (a new database's application id, a migration's version): then ask SQLite itself.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        readHeaderThroughSqlite(path, &result);
    return result;
}

Outcome configureConnection(QSqlDatabase& db, bool useWal)
{
    const QString journal = useWal ? QStringLiteral("WAL") : QStringLiteral("DELETE");
    return execAll(db, {QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = 5000"),
                        QStringLiteral("PRAGMA journal_mode = ") + journal,
                        QStringLiteral("PRAGMA synchronous = FULL"),
                        // Scores and ledgers read a year of a large county (tens of MB) at a
                        // time: mapped into memory, its pages are read without copying them
                        // into SQLite's cache.
                        QStringLiteral("PRAGMA mmap_size = 268435456")});
}

Outcome configureReadOnlyConnection(QSqlDatabase& db)
{
    return execAll(db, {QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = 5000"),
                        QStringLiteral("PRAGMA query_only = ON"),
                        QStringLiteral("SELECT count(*) FROM sqlite_schema")});
}

bool setQueryOnly(QSqlDatabase& db, bool on)
{
    return exec(db, on ? QStringLiteral("PRAGMA query_only = ON")
                       : QStringLiteral("PRAGMA query_only = OFF"))
        .ok();
}

bool setApplicationId(QSqlDatabase& db)
{
    return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(qint32(kApplicationId))).ok();
}

int userVersion(QSqlDatabase& db)
{
    const QStringList values = firstColumn(db, QStringLiteral("PRAGMA user_version"));
    return values.isEmpty() ? -1 : values.first().toInt();
}

bool setUserVersion(QSqlDatabase& db, int version)
{
    return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version)).ok();
}

QStringList quickCheck(QSqlDatabase& db)
{
    QStringList result = firstColumn(db, QStringLiteral("PRAGMA quick_check"));
    result.removeAll(QStringLiteral("ok"));
    return result;
}

QStringList integrityCheck(QSqlDatabase& db)
{
    QStringList result = firstColumn(db, QStringLiteral("PRAGMA integrity_check"));
    result.removeAll(QStringLiteral("ok"));
    return result;
}

QStringList foreignKeyCheck(QSqlDatabase& db)
{
    QStringList problems;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {query.lastError().text()};
    while (query.next())
        problems << tr("Table %1 row %2 refers to a missing record in %3")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString());
    return problems;
}

bool checkpoint(QSqlDatabase& db)
{
    return exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok();
}

QString beginImmediate()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

} // namespace dd::storage::sqlite

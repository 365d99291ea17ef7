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

bool exec(QSqlDatabase& db, const QString& sql, QString* error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
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

std::optional<FileHeader> readHeader(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
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

bool configureConnection(QSqlDatabase& db, bool useWal, QString* error)
{
    const QString journal = useWal ? QStringLiteral("WAL") : QStringLiteral("DELETE");
    return exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error) &&
           exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), error) &&
           exec(db, QStringLiteral("PRAGMA journal_mode = ") + journal, error) &&
           exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error) &&
           // Scores and ledgers read a year of a large county (tens of MB) at a time: mapped
           // into memory, its pages are read without copying them into SQLite's cache.
           exec(db, QStringLiteral("PRAGMA mmap_size = 268435456"), error);
}

bool configureReadOnlyConnection(QSqlDatabase& db, QString* error)
{
    return exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error) &&
           exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), error) &&
           exec(db, QStringLiteral("PRAGMA query_only = ON"), error) &&
           exec(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"), error);
}

bool setQueryOnly(QSqlDatabase& db, bool on)
{
    return exec(db, on ? QStringLiteral("PRAGMA query_only = ON")
                       : QStringLiteral("PRAGMA query_only = OFF"));
}

bool setApplicationId(QSqlDatabase& db)
{
    return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(qint32(kApplicationId)));
}

int userVersion(QSqlDatabase& db)
{
    const QStringList values = firstColumn(db, QStringLiteral("PRAGMA user_version"));
    return values.isEmpty() ? -1 : values.first().toInt();
}

bool setUserVersion(QSqlDatabase& db, int version)
{
    return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
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
    return exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString beginImmediate()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

} // namespace dd::storage::sqlite

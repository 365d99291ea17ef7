#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Every SQLite-only statement lives here, so a PostgreSQL backend replaces one file.
namespace dd::storage::sqlite {

constexpr quint32 kApplicationId = 0x44447364; // "DDsd"

struct FileHeader {
    bool isSqlite = false;
    quint32 applicationId = 0;
    int userVersion = 0;
};

// Reads the 100-byte SQLite header without opening the database, so foreign files stay untouched.
Result<FileHeader> readHeader(const QString& path);

Outcome configureConnection(QSqlDatabase& db, bool useWal);
// A read-only connection: only what needs no write (and fails on a file that is not a database).
Outcome configureReadOnlyConnection(QSqlDatabase& db);
// With query_only on, a statement that would change the file fails (SQLITE_READONLY).
bool setQueryOnly(QSqlDatabase& db, bool on);
bool setApplicationId(QSqlDatabase& db);
int userVersion(QSqlDatabase& db);
bool setUserVersion(QSqlDatabase& db, int version);
QStringList quickCheck(QSqlDatabase& db);
QStringList integrityCheck(QSqlDatabase& db);
QStringList foreignKeyCheck(QSqlDatabase& db);
bool checkpoint(QSqlDatabase& db);
QString beginImmediate();

} // namespace dd::storage::sqlite

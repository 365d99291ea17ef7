#pragma once

#include "common/Outcome.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

// SQLite's online backup API, which Qt does not wrap: it is called on the handle of Qt's own
// connection, so the same SQLite library (Debian's, or the sqlite3.dll beside Qt on Windows)
// reads and writes. Only this file and SqliteDialect know the database is SQLite.
namespace dd::storage::sqlite {

// Copies the whole database behind `source`, as of one moment, into the new file `target`
// (which must not exist), runs `stamp` (SQL, may be empty) on the copy, then checks it with
// integrity_check. Writers elsewhere are not blocked (WAL). On failure nothing is left at
// `target`.
Outcome backupToNewFile(QSqlDatabase& source, const QString& target, const QString& stamp);

// Replaces the whole content of the open database `destination` with the database file
// `source`, page by page under the destination's write lock: no file is renamed over one that
// may be open, and other connections see the restored content on their next read.
Outcome restoreFromFile(QSqlDatabase& destination, const QString& source);

// The URI that opens a database file as it stands, never writing (not even SQLite's side
// files): for write-protected places and for backups. Needs QSQLITE_OPEN_URI.
QString immutableUri(const QString& path);

// Whether another connection, in this process or another, has the database file open (it
// holds a lock on it); false for a file that is not a database or cannot be opened.
bool isInUse(const QString& path);

// Replaces the busy timeout of `db` by `keepWaiting` (asked every few milliseconds with the
// time waited so far; false gives up), or restores the timeout when it is null. The function
// must outlive the connection or the next call.
void setBusyWait(QSqlDatabase& db, std::function<bool(int)>* keepWaiting);

} // namespace dd::storage::sqlite

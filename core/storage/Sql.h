#pragma once

#include "common/Outcome.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

class QSqlError;

namespace dd::storage {

namespace sql {

QString newUuid();
QString nowText();                     // ISO timestamp of the wall clock, for recorded_at columns
QVariant dateValue(const QDate& date); // NULL for a null date
QDate toDate(const QVariant& value);
QVariant textOrNull(const QString& text);

// Prepares and runs a statement with positional values; the query keeps its error.
bool run(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values = {});
bool run(QSqlQuery& query, const QString& statement, const QVariantList& values);
// A failed statement as the clerk should read it: another program holding the write lock and a
// read-only file are said in the user's language; anything else keeps SQLite's own words.
Outcome storageFailure(const QSqlQuery& query);
Outcome storageFailure(const QSqlError& error);
// A failed read said as one: what could not be read, never "nothing was saved".
Outcome readFailure(const QSqlQuery& query);
// The row a key selects, made into a value by `read`: found, not on record (no row), or a
// failed read.
template <typename Read>
auto lookupRow(QSqlQuery& query, const QString& statement, const QVariantList& values, Read read)
    -> Lookup<decltype(read(query))>
{
    if (!run(query, statement, values))
        return readFailure(query);
    if (!query.next())
        return std::nullopt;
    return read(query);
}
// Whether `table` has a row with this id (a reference a clerk typed, checked before it is
// written, so the refusal can name the field).
bool exists(QSqlDatabase db, const QString& table, qint64 id);

// The hot writes (a step, an item, a participant …): a statement prepared once per connection
// and kept, since preparing costs more than running a small INSERT. For INSERT, UPDATE and
// DELETE only: a SELECT's rows could still be being read when it runs again. The reference
// stays valid until the connection's statements are forgotten.
QSqlQuery& statement(const QSqlDatabase& db, const QString& sql);
// Binds the values in order and runs a prepared statement.
bool exec(QSqlQuery& prepared, std::initializer_list<QVariant> values);
// Drops the connection's kept statements; the connection is about to close.
void forgetStatements(const QString& connectionName);

} // namespace sql
} // namespace dd::storage

#include "storage/Sql.h"

#include "registry/Validation.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QSqlError>
#include <QUuid>
#include <map>
#include <memory>

namespace dd {

QString Outcome::text() const
{
    if (!errors.isEmpty())
        return describe(errors);
    return message;
}

namespace sql {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowText()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

namespace {

// A null QString would bind as SQL NULL; text columns hold '' for "empty".
QVariant bindable(const QVariant& value)
{
    return value.typeId() == QMetaType::QString && value.toString().isNull()
               ? QVariant(QStringLiteral(""))
               : value;
}

using Statements = std::map<QString, std::unique_ptr<QSqlQuery>>;

// By connection; a connection serves the thread that opened it.
std::map<QString, Statements>& keptStatements()
{
    thread_local std::map<QString, Statements> kept;
    return kept;
}

} // namespace

bool run(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values)
{
    if (!query.prepare(statement))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    return query.exec();
}

QSqlQuery& statement(const QSqlDatabase& db, const QString& sql)
{
    std::unique_ptr<QSqlQuery>& kept = keptStatements()[db.connectionName()][sql];
    if (!kept || kept->lastQuery() != sql) {
        kept = std::make_unique<QSqlQuery>(db);
        kept->prepare(sql); // a failure shows when it runs
    }
    return *kept;
}

bool exec(QSqlQuery& prepared, std::initializer_list<QVariant> values)
{
    int index = 0;
    for (const QVariant& value : values)
        prepared.bindValue(index++, bindable(value));
    return prepared.exec();
}

void forgetStatements(const QString& connectionName)
{
    keptStatements().erase(connectionName);
}

Outcome storageFailure(const QSqlQuery& query)
{
    return storageFailure(query.lastError());
}

Outcome storageFailure(const QSqlError& error)
{
    constexpr int busy = 5, locked = 6, readOnly = 8; // SQLite's primary result codes
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    QString message;
    if (code == busy || code == locked)
        message = QCoreApplication::translate(
            "dd::Database", "Another program is writing to this database (another DeputyDesk "
                            "window or the command line). Nothing was saved; try again in a "
                            "moment.");
    else if (code == readOnly)
        message = QCoreApplication::translate(
            "dd::Database", "This database can only be read (a read-only file or a "
                            "write-protected drive). Nothing was saved.");
    else
        message =
            QCoreApplication::translate("dd::Database", "Database error: %1").arg(error.text());
    return Outcome::failure(Outcome::Kind::Storage, message);
}

} // namespace sql
} // namespace dd

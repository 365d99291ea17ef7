#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <QSqlError>
#include <QUuid>
#include <map>
#include <memory>

namespace dd::storage {

// SQLite's own words for a failure, for whoever enables dd.storage.info; never for the clerk.
Q_LOGGING_CATEGORY(lcStorage, "dd.storage", QtWarningMsg)

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
    return run(query, statement, QVariantList(values));
}

bool run(QSqlQuery& query, const QString& statement, const QVariantList& values)
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
    // SQLite's primary result codes; Qt's own words ("Unable to fetch row") and SQLite's English
    // never reach the clerk, only the log.
    enum : int {
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        IoError = 10,
        Corrupt = 11,
        Full = 13,
        CannotOpen = 14,
        Constraint = 19,
        NotADatabase = 26
    };
    const auto say = [](const char* text) {
        return QCoreApplication::translate("dd::storage::Database", text);
    };
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    QString message;
    switch (code) {
    case Busy:
    case Locked:
        message = say(QT_TRANSLATE_NOOP(
            "dd::storage::Database",
            "Another program is writing to this database (another DeputyDesk window or "
            "the command line). Nothing was saved; try again in a moment."));
        break;
    case ReadOnly:
        message = say(QT_TRANSLATE_NOOP(
            "dd::storage::Database",
            "This database can only be read (a read-only file or a write-protected "
            "drive). Nothing was saved."));
        break;
    case Full:
        message = say(QT_TRANSLATE_NOOP(
            "dd::storage::Database",
            "The disk is full. Nothing was saved; free some space and try again."));
        break;
    case IoError:
    case CannotOpen:
        message = say(
            QT_TRANSLATE_NOOP("dd::storage::Database",
                              "The database file could not be read or written (a disk or network "
                              "error). Nothing was saved."));
        break;
    case Corrupt:
    case NotADatabase:
        message = say(
            QT_TRANSLATE_NOOP("dd::storage::Database",
                              "The database file is damaged. Nothing was saved; restore it from a "
                              "backup (File ▸ Restore from backup)."));
        break;
    case Constraint:
        message = say(QT_TRANSLATE_NOOP(
            "dd::storage::Database",
            "The change conflicts with a record already stored (a duplicate, or a "
            "reference to a record that does not exist). Nothing was saved."));
        break;
    default:
        message = QCoreApplication::translate("dd::storage::Database",
                                              "Database error (SQLite code %1). Nothing was saved.")
                      .arg(code);
    }
    qCInfo(lcStorage, "%s", qPrintable(error.text()));
    // A constraint is the input's fault (the stores name the field where they can check first).
    return Outcome::failure(code == Constraint ? Outcome::Kind::Invalid : Outcome::Kind::Storage,
                            message);
}

Outcome readFailure(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    const auto say = [](const char* text) {
        return QCoreApplication::translate("dd::storage::Database", text);
    };
    QString message;
    switch (code) {
    case 11: // corrupt
    case 26: // not a database
        message = say(QT_TRANSLATE_NOOP("dd::storage::Database",
                                        "The database file is damaged; restore it from a backup "
                                        "(File ▸ Restore from backup)."));
        break;
    case 10: // I/O error
    case 14: // cannot open
        message = say(
            QT_TRANSLATE_NOOP("dd::storage::Database",
                              "The database file could not be read (a disk or network error)."));
        break;
    case 0: // Qt keeps no code for a statement SQLite refused to prepare (a table gone)
        message = say(
            QT_TRANSLATE_NOOP("dd::storage::Database", "Part of the database could not be read."));
        break;
    default:
        message = QCoreApplication::translate("dd::storage::Database",
                                              "Part of the database could not be read (SQLite "
                                              "code %1).")
                      .arg(code);
    }
    qCInfo(lcStorage, "%s", qPrintable(error.text()));
    return Outcome::failure(Outcome::Kind::Storage, message);
}

bool exists(QSqlDatabase db, const QString& table, qint64 id)
{
    QSqlQuery query(db);
    return id > 0 && run(query, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}) &&
           query.next();
}

} // namespace sql
} // namespace dd::storage

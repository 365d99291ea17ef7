#include "storage/Database.h"

#include "storage/Platform.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/SqliteDialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

#include <filesystem>

namespace dd {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dd", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("deputydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

OpenResult failed(OpenFailure failure, const QString& message)
{
    OpenResult result;
    result.failure = failure;
    result.message = message;
    return result;
}

// Decides from the header alone whether we may open the file, so refusals never write.
OpenResult inspectExisting(const QString& path, const QFileInfo& info)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isDir())
        return failed(OpenFailure::NotDeputyDesk,
                      tr("%1 is a folder, not a database file").arg(shown));
    QString error;
    const auto header = sqlite::readHeader(path, &error);
    if (!header)
        return failed(OpenFailure::Io, error);
    if (!header->isSqlite)
        return failed(OpenFailure::NotDeputyDesk,
                      info.size() == 0
                          ? tr("%1 is an empty file, not a DeputyDesk database").arg(shown)
                          : tr("%1 is not a DeputyDesk database").arg(shown));
    if (header->applicationId != sqlite::kApplicationId)
        return failed(OpenFailure::NotDeputyDesk,
                      tr("%1 is an SQLite database of another program, not a DeputyDesk database")
                          .arg(shown));
    if (header->userVersion > schema::latestVersion())
        return failed(OpenFailure::TooNew,
                      tr("%1 was written by a newer DeputyDesk (data version %2; this program "
                         "reads up to %3). Please update DeputyDesk.")
                          .arg(shown)
                          .arg(header->userVersion)
                          .arg(schema::latestVersion()));
    return {};
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

OpenResult Database::open(const QString& path, Mode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    const QString shown = QDir::toNativeSeparators(path);
    if (!exists && mode == Mode::OpenExisting)
        return failed(OpenFailure::NotFound, tr("%1 does not exist").arg(shown));
    if (exists) {
        OpenResult refusal = inspectExisting(path, info);
        if (refusal.failure != OpenFailure::None)
            return refusal;
    } else if (!QFileInfo(info.absolutePath()).isDir()) {
        return failed(OpenFailure::CannotWrite,
                      tr("Cannot create %1: the folder does not exist").arg(shown));
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    if (!db.open())
        return failed(OpenFailure::Io, tr("Cannot open %1: %2").arg(shown, db.lastError().text()));

    if (exists) {
        const QStringList problems = sqlite::quickCheck(db);
        if (!problems.isEmpty())
            return failed(OpenFailure::Damaged,
                          tr("%1 is damaged: %2").arg(shown, problems.first()));
    }
    database->m_wal = !platform::isNetworkPath(database->m_path);
    QString error;
    if (!sqlite::configureConnection(db, database->m_wal, &error))
        return failed(OpenFailure::CannotWrite, tr("Cannot use %1: %2").arg(shown, error));

    int version = sqlite::userVersion(db);
    if (!exists && !sqlite::setApplicationId(db))
        return failed(OpenFailure::CannotWrite, tr("Cannot initialise %1").arg(shown));
    if (version < schema::latestVersion() && !schema::migrate(db, version, &error))
        return failed(OpenFailure::CannotWrite,
                      tr("Cannot upgrade %1 to the current data version: %2").arg(shown, error));
    OpenResult result;
    result.database = std::move(database);
    return result;
}

Database::~Database()
{
    sql::forgetStatements(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_wal)
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

bool Database::saveCopy(const QString& target, QString* error) const
{
    const QFileInfo targetInfo(target);
    const QString shown = QDir::toNativeSeparators(target);
    if (targetInfo.absoluteFilePath() == m_path) {
        *error = tr("Cannot copy the database onto itself: %1").arg(shown);
        return false;
    }
    if (targetInfo.isDir()) {
        *error = tr("%1 is a folder; please give a file name").arg(shown);
        return false;
    }
    if (!QFileInfo(targetInfo.absolutePath()).isDir()) {
        *error = tr("Cannot write %1: the folder does not exist").arg(shown);
        return false;
    }
    const QString temporary = targetInfo.absoluteFilePath() + QStringLiteral(".part-") +
                              QUuid::createUuid().toString(QUuid::Id128).left(8);
    QSqlDatabase db = connection();
    QString sqlError;
    if (!sqlite::vacuumInto(db, temporary, &sqlError)) {
        QFile::remove(temporary);
        *error = tr("Cannot write %1: %2").arg(shown, sqlError);
        return false;
    }
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(targetInfo.absoluteFilePath().toStdU16String()),
                            code);
    if (code) {
        QFile::remove(temporary);
        *error = tr("Cannot replace %1 (is it open in another program?)").arg(shown);
        return false;
    }
    return true;
}

QStringList Database::check() const
{
    QSqlDatabase db = connection();
    QStringList problems = sqlite::integrityCheck(db);
    problems << sqlite::foreignKeyCheck(db);
    return problems;
}

} // namespace dd

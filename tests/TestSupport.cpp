#include "TestSupport.h"

#include <catch2/catch.hpp>

#include "demo/DemoGenerator.h"
#include "usecases/DeputyActions.h"
#include "usecases/RegistryActions.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace dd::test {

TempDatabase::TempDatabase(bool initialise)
    : path(dir.filePath(QStringLiteral("office.ddb")))
{
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::CreateIfMissing);
    if (!opened)
        throw std::runtime_error(opened.error().toStdString());
    db = std::move((*opened));
    if (initialise) {
        const Outcome outcome = usecase::setUpOffice(
            db->connection(),
            {QStringLiteral("云岭县人大常委会"), registry::Level::County, 18, QDate(2021, 12, 20)});
        if (!outcome.ok())
            throw std::runtime_error(outcome.text().toStdString());
    }
    if (storeWritesByDefault)
        storeWrites = std::make_unique<usecase::WriteAccess>(db->connection());
}

void fillSmallDemo(const QSqlDatabase& db)
{
    demo::DemoOptions options;
    options.scale = demo::DemoOptions::Scale::Small;
    REQUIRE(usecase::fillWithDemo(db, options, nullptr).ok());
}

registry::Deputy addCountyDeputy(const QSqlDatabase& db, const QString& name, const QString& phone)
{
    registry::Deputy deputy;
    deputy.name = name;
    deputy.gender = QStringLiteral("男");
    deputy.birthMonth = QStringLiteral("1972-08");
    deputy.phone = phone;
    registry::Membership membership;
    membership.level = registry::Level::County;
    membership.termNumber = 18;
    REQUIRE(usecase::addDeputy(db, deputy, membership).ok());
    return deputy;
}

CliResult runCli(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DEPUTYDESK_CLI),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    process.waitForFinished(120000);
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(out), QString::fromUtf8(process.readAllStandardError()), out};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void renameTablesAway(const QString& path, const QStringList& tables)
{
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("another program"));
        other.setDatabaseName(path);
        if (!other.open())
            throw std::runtime_error(other.lastError().text().toStdString());
        QSqlQuery query(other);
        for (const QString& table : tables)
            if (!query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)))
                throw std::runtime_error(query.lastError().text().toStdString());
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("another program"));
}

QString cellText(const imports::Table& table, int row, int column)
{
    for (const imports::Row& r : table.rows)
        if (r.number == row)
            if (const imports::Cell* cell = r.cell(column))
                return cell->text;
    return {};
}

QString runTool(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        FAIL(program.toStdString() + " failed; install poppler-utils");
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace dd::test

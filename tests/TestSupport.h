#pragma once

#include "imports/Table.h"
#include "registry/Records.h"
#include "storage/Database.h"
#include "writeaccess/WriteAccess.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// A fresh database file in a temporary folder, initialised for a county office (term 18).
//
// Writes go through core's use cases only. Core's tests of the stores stand in for a use case:
// in that binary a TempDatabase holds the door open (storeWritesByDefault); the use-case tests
// close it, and the GUI tests keep it closed, so a write the window makes outside a use case
// fails there as it would for a clerk.
struct TempDatabase {
    static inline bool storeWritesByDefault = false;

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<usecase::WriteAccess> storeWrites;

    explicit TempDatabase(bool initialise = true);
    QSqlDatabase connection() const { return db->connection(); }
    // From here on only the use cases write.
    void closeDoor() { storeWrites.reset(); }
};

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes;
};

// Fills the database with the small county demo: a lived-in office for screens and lists.
void fillSmallDemo(const QSqlDatabase& db);

// A county deputy of the 18th term, added through the use case; the deputy as recorded.
registry::Deputy addCountyDeputy(const QSqlDatabase& db, const QString& name,
                                 const QString& phone = {});

// Runs the real deputydesk-cli binary with English messages.
CliResult runCli(const QStringList& args);

QByteArray fileBytes(const QString& path);

// Another program renames these tables of the database file away: every read of them fails.
void renameTablesAway(const QString& path, const QStringList& tables);

// The text of a table's cell at the row and column the sheet shows (1-based); empty if none.
QString cellText(const imports::Table& table, int row, int column);

// Runs a tool (pdftotext, pdfinfo, pdffonts …) and returns what it printed; a tool that is
// missing or fails fails the calling test.
QString runTool(const QString& program, const QStringList& args);

// What a failed operation said; empty when it succeeded (an Outcome or a Result).
inline QString failureOf(const Outcome& outcome)
{
    return outcome.ok() ? QString() : outcome.text();
}
template <typename T> QString failureOf(const Result<T>& result)
{
    return result.error();
}

} // namespace dd::test

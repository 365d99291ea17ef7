#pragma once

#include "storage/Database.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// A fresh database file in a temporary folder, initialised for a county office (term 18).
struct TempDatabase {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;

    explicit TempDatabase(bool initialise = true);
    QSqlDatabase connection() const { return db->connection(); }
};

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes;
};

// Runs the real deputydesk-cli binary with English messages.
CliResult runCli(const QStringList& args);

QByteArray fileBytes(const QString& path);

// Runs a tool (pdftotext, pdfinfo, pdffonts …) and returns what it printed; a tool that is
// missing or fails fails the calling test.
QString runTool(const QString& program, const QStringList& args);

} // namespace dd::test

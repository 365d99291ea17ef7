// sheets and archive: the deputies' printed documents as PDF.
#include "ScoreOutput.h"

#include "common/DocumentText.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "report/DeputyArchive.h"
#include "report/DeputySheets.h"

#include <QDir>

namespace dd::cli {

namespace {

int write(QSqlDatabase db, const report::SheetSource& source, const QString& out,
          usecase::Disclosure::Document document)
{
    const DocumentText text(registry::OfficeSettings(db).documentLanguage());
    const auto result = report::SheetPrinter::inLanguage(text).writePdf(source, out);
    if (!result) {
        printError(result.error());
        return Failure;
    }
    print(tr("Wrote %1: %2 page(s) for %n deputy(ies)\n", nullptr, result->documents)
              .arg(QDir::toNativeSeparators(out))
              .arg(result->pages));
    return disclose(db, {document, result->documents, out, false, {}});
}

} // namespace

int runSheets(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("sheets"),
                     tr("季度代表履职情况表 as one PDF: a page for each deputy (more for a long "
                        "record) in surname-stroke order, for one deputy or a selection."));
    line.addOptions({
        {"period", tr("The period: 2026Q3 (or a year, half-year, month)."), "P"},
        {"deputy", tr("Only this deputy (ID)."), "ID"},
    });
    addSelectionOptions(line);
    line.addOptions({
        {"order", tr("strokes (default), rank or station."), "ORDER"},
        {"out", tr("The .pdf file to write."), "FILE"},
    });
    line.requireOut();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const QString out = line.value(QStringLiteral("out"));
    const auto period = periodOption(line);
    const auto order = line.isSet(QStringLiteral("order"))
                           ? orderOption(line)
                           : std::optional(scoring::ScoreOrder::Strokes);
    if (!period || !order)
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    auto selection = selectionOptions(db->connection(), line);
    if (!selection)
        return BadInput;
    if (line.isSet(QStringLiteral("deputy"))) {
        const auto id =
            idArgument(line.value(QStringLiteral("deputy")), QStringLiteral("--deputy"));
        if (!id)
            return BadInput;
        selection->deputyId = *id;
    }
    const auto sheets =
        report::QuarterlySheets::create(db->connection(), *period, *selection, *order);
    if (!sheets)
        return usageError(sheets.error());
    return write(db->connection(), **sheets, out, usecase::Disclosure::Document::Sheets);
}

int runArchive(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("archive"),
                     tr("一人一档 as PDF: one deputy's whole term: particulars and memberships, "
                        "status history, every activity, concern and suggestion, and the scores "
                        "year by year."));
    line.addPositional(QStringLiteral("deputy"), tr("The deputy's ID."), QStringLiteral("DEPUTY"));
    line.addOptions({
        {"level", tr("The level (default: the office's own, else the deputy's first)."), "LEVEL"},
        {"term", tr("The term (default: the level's current term)."), "N"},
        {"out", tr("The .pdf file to write."), "FILE"},
    });
    line.requirePositionals(1, tr("archive takes one deputy ID"));
    line.requireOut();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const auto id = idArgument(line.positional().first(), tr("DEPUTY"));
    const QString out = line.value(QStringLiteral("out"));
    if (!id)
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    std::optional<registry::Level> level;
    if (line.isSet(QStringLiteral("level")) &&
        !(level = levelOption(line, registry::Level::County)))
        return BadInput;
    int term = 0;
    if (line.isSet(QStringLiteral("term"))) {
        bool ok = false;
        term = line.value(QStringLiteral("term")).toInt(&ok);
        if (!ok || term <= 0)
            return usageError(tr("--term must be a term number such as 18"));
    }
    const auto archive = report::DeputyArchive::create(connection, *id, level, term);
    if (!archive)
        return usageError(archive.error());
    return write(connection, **archive, out, usecase::Disclosure::Document::Archive);
}

} // namespace dd::cli

// export roster | stations: workbooks for the congress above.
#include "Cli.h"
#include "LoopOutput.h"
#include "ScoreOutput.h"

#include "common/Clock.h"
#include "exports/RegistryExports.h"
#include "registry/OfficeSettings.h"
#include "registry/TownshipStore.h"

#include <QDir>

namespace dd::cli {

int runExport(Context& context, const QStringList& args)
{
    const QString what = args.value(0);
    if (QStringList{QStringLiteral("concerns"), QStringLiteral("suggestions"),
                    QStringLiteral("stats"), QStringLiteral("notice")}
            .contains(what))
        return runLoopExport(context, what, args.mid(1));
    if (what == QLatin1String("scores") || what == QLatin1String("gaps"))
        return runScoreExport(context, what, args.mid(1));
    if (what != QLatin1String("roster") && what != QLatin1String("stations"))
        return usageError(
            tr("export takes roster, stations, concerns, suggestions, stats, notice, scores or "
               "gaps"));
    CommandLine line(
        QStringLiteral("export ") + what,
        tr("Export a workbook (.xlsx): roster (代表名册) or stations (联络站一览表)."));
    line.addOptions({
        {"out", tr("The .xlsx file to write."), "FILE"},
        {"township", tr("Only this township (name or ID)."), "TOWNSHIP"},
        {"station", tr("Only deputies stationed at this station ID."), "ID"},
        {"level", tr("Only this level."), "LEVEL"},
        {"order", tr("strokes (default: surname stroke order) or pinyin."), "ORDER"},
    });
    line.requireOut();
    int code = Success;
    if (!line.parse(args.mid(1), &code))
        return code;
    const QString out = line.value(QStringLiteral("out"));
    const QString order = line.isSet(QStringLiteral("order")) ? line.value(QStringLiteral("order"))
                                                              : QStringLiteral("strokes");
    if (order != QLatin1String("pinyin") && order != QLatin1String("strokes"))
        return usageError(tr("--order must be pinyin or strokes"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    const std::optional<qint64> township = townshipOption(connection, line);
    if (!township)
        return BadInput;
    const qint64 townshipId = *township;
    const registry::OfficeSettings settings(connection);
    const DocumentText text(settings.documentLanguage());
    xlsx::Sheet sheet;
    if (what == QLatin1String("roster")) {
        registry::DeputyFilter filter;
        filter.townshipId = townshipId;
        filter.stationId = line.value(QStringLiteral("station")).toLongLong();
        if (line.isSet(QStringLiteral("level"))) {
            filter.level = registry::parseLevel(line.value(QStringLiteral("level")));
            if (!filter.level)
                return usageError(tr("--level must be national, provincial, municipal, county or "
                                     "township, not %1")
                                      .arg(line.value(QStringLiteral("level"))));
        }
        const auto list =
            registry::DeputyStore(connection)
                .list(filter, order == QLatin1String("strokes") ? registry::NameOrder::Strokes
                                                                : registry::NameOrder::Pinyin);
        if (!list)
            return report(list.failure());
        sheet = exports::rosterSheet(*list, settings.congressName(), text, Clock::today());
    } else {
        const auto list = registry::StationStore(connection).list(townshipId);
        if (!list)
            return report(list.failure());
        sheet = exports::stationsSheet(*list, settings.congressName(), text, Clock::today());
    }
    return writeDisclosedWorkbook(connection, sheet, out,
                                  what == QLatin1String("roster")
                                      ? usecase::Disclosure::Document::Roster
                                      : usecase::Disclosure::Document::Stations);
}

} // namespace dd::cli

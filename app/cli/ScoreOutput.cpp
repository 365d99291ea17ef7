#include "ScoreOutput.h"

namespace dd::cli {

void addSelectionOptions(CommandLine& line)
{
    line.addOption(QStringLiteral("township"), tr("Only this township (name or ID)."),
                   QStringLiteral("TOWNSHIP"));
    line.addOption(QStringLiteral("station"), tr("Only deputies stationed at this station ID."),
                   QStringLiteral("ID"));
    line.addOption(QStringLiteral("level"), tr("Only this level."), QStringLiteral("LEVEL"));
    line.addOption(QStringLiteral("group"), tr("Only this deputy group ID."), QStringLiteral("ID"));
    line.addOption(QStringLiteral("kind"), tr("Only cadre or grass-roots deputies."),
                   QStringLiteral("cadre|grass-roots"));
}

std::optional<scoring::Selection> selectionOptions(QSqlDatabase db, const CommandLine& line)
{
    scoring::Selection selection;
    const auto township = townshipOption(db, line);
    if (!township)
        return std::nullopt;
    selection.townshipId = *township;
    for (const auto& [name, field] : {std::pair{"station", &scoring::Selection::stationId},
                                      std::pair{"group", &scoring::Selection::groupId}}) {
        const QString option = QLatin1String(name);
        if (!line.isSet(option))
            continue;
        const auto id = idArgument(line.value(option), QStringLiteral("--") + option);
        if (!id)
            return std::nullopt;
        selection.*field = *id;
    }
    if (line.isSet(QStringLiteral("level"))) {
        selection.level = levelOption(line, registry::Level::County);
        if (!selection.level)
            return std::nullopt;
    }
    if (line.isSet(QStringLiteral("kind"))) {
        const QString kind = line.value(QStringLiteral("kind"));
        if (kind != QLatin1String("cadre") && kind != QLatin1String("grass-roots")) {
            printError(tr("--kind must be cadre or grass-roots, not %1").arg(kind));
            return std::nullopt;
        }
        selection.cadre = kind == QLatin1String("cadre");
    }
    return selection;
}

std::optional<Period> periodOption(const CommandLine& line, bool term)
{
    if (!line.isSet(QStringLiteral("period"))) {
        printError(tr("--period is required (2026, 2026H1, 2026Q3 or 2026-07)"));
        return std::nullopt;
    }
    const auto period = Period::parse(line.value(QStringLiteral("period")));
    if (!period) {
        printError(tr("--period: %1").arg(period.error()));
        return std::nullopt;
    }
    if (period->kind == Period::Kind::Term && !term) {
        printError(tr("--period: a term is scored year by year; give a year, half-year, quarter "
                      "or month"));
        return std::nullopt;
    }
    return *period;
}

std::optional<scoring::ScoreOrder> orderOption(const CommandLine& line)
{
    if (!line.isSet(QStringLiteral("order")))
        return scoring::ScoreOrder::Rank;
    const auto order = scoring::parseScoreOrder(line.value(QStringLiteral("order")));
    if (!order)
        printError(tr("--order must be rank, strokes or station, not %1")
                       .arg(line.value(QStringLiteral("order"))));
    return order;
}

} // namespace dd::cli

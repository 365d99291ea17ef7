// score, score explain, gaps and export scores|gaps: performance scores with their reasons.
#include "Cli.h"
#include "ScoreOutput.h"

#include "common/Clock.h"
#include "exports/ScoreExports.h"
#include "registry/OfficeSettings.h"
#include "registry/TermStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::cli {

using namespace scoring;

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QJsonObject scoreJson(const DeputyScore& s, const Period& period)
{
    QJsonArray items;
    for (const ItemScore& item : s.items)
        if (item.yearCount > 0 || item.yearPoints != 0)
            items.append(QJsonObject{{"code", item.code},
                                     {"name", displayName(item.name)},
                                     {"count", item.periodCount},
                                     {"points", item.periodPoints},
                                     {"year_count", item.yearCount},
                                     {"year_points", item.yearPoints}});
    QJsonArray minimums;
    for (const MinimumProgress& m : s.minimums)
        minimums.append(QJsonObject{{"code", m.code},
                                    {"name", m.name},
                                    {"done", m.done},
                                    {"required", m.required},
                                    {"expected", m.expected},
                                    {"met", m.met()}});
    return {{"id", s.member.deputyId},
            {"uuid", s.member.uuid},
            {"name", s.member.name},
            {"level", registry::levelCode(s.member.level)},
            {"term", s.member.termNumber},
            {"township", s.member.townshipName},
            {"station", s.member.stationName},
            {"period", period.code()},
            {"base", s.base},
            {"period_points", s.periodPoints},
            {"period_deductions", s.periodDeductions},
            {"year_points", s.yearPoints},
            {"year_deductions", s.yearDeductions},
            {"cap_cut", s.capCut},
            {"total", s.total},
            {"uncapped_total", s.uncappedTotal()},
            {"rank", s.rank},
            {"level_rank", s.levelRank},
            {"grade", s.grade},
            {"provisional", s.provisional},
            {"grade_capped", s.gradeCapped},
            {"session_absences", s.sessionAbsences},
            {"alert", s.alert},
            {"minimums", minimums},
            {"items", items}};
}

QString minimumsLine(const DeputyScore& s)
{
    QStringList parts;
    for (const MinimumProgress& m : s.minimums)
        parts << QStringLiteral("%1 %2/%3").arg(displayName(m.name)).arg(m.done).arg(m.required);
    return parts.join(QStringLiteral("; "));
}

QString gradeText(const DeputyScore& s)
{
    QString text = displayName(s.grade);
    if (s.provisional)
        text += tr(" (provisional)");
    if (s.alert)
        text += tr(" ⚠ %n unexcused session absence(s)", nullptr, s.sessionAbsencesTerm);
    return text;
}

// T18: the calendar years of the --level's term (the office's level by default), each clipped
// to the term's dates; the selection keeps to that level.
std::optional<QList<Period>> termYears(QSqlDatabase db, const Period& term, Selection& selection)
{
    const registry::Level level =
        selection.level.value_or(registry::OfficeSettings(db).officeLevel());
    const auto dated = termOnRecord(db, term, level);
    if (!dated)
        return std::nullopt;
    selection.level = level;
    return dated->yearsWithin(dated->end);
}

int listScores(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("score"),
                     tr("Performance scores for a period: each deputy's points, total, ranks, "
                        "grade and yearly minimums (a deputy at two levels is scored at each)."));
    line.addOption(QStringLiteral("period"),
                   tr("The period: 2026, 2026H1, 2026Q3, 2026-07, or a term (T18: a row per "
                      "deputy per calendar year of the term)."),
                   QStringLiteral("P"));
    addSelectionOptions(line);
    line.addOption(QStringLiteral("order"), tr("rank (default), strokes or station."),
                   QStringLiteral("ORDER"));
    line.addFormatOption();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const auto period = periodOption(line, true);
    const auto order = orderOption(line);
    if (!period || !order)
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    auto selection = selectionOptions(db->connection(), line);
    if (!selection)
        return BadInput;
    std::optional<QList<Period>> periods = QList<Period>{*period};
    if (period->kind == Period::Kind::Term)
        periods = termYears(db->connection(), *period, *selection);
    if (!periods)
        return BadInput;
    QList<std::pair<Period, DeputyScore>> rows;
    for (const Period& each : std::as_const(*periods)) {
        auto scores = ScoreEngine(db->connection()).scores(each, *selection);
        if (!scores)
            return report(scores.failure());
        sortScores(*scores, *order);
        for (const DeputyScore& s : std::as_const(*scores))
            rows.append({each, s});
    }
    if (line.format() == Format::Json) {
        QJsonArray array;
        for (const auto& [each, s] : std::as_const(rows))
            array.append(scoreJson(s, each));
        printBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    Listing listing{{"period", "rank", "id", "name", "level", "township", "station",
                     "period_points", "period_deductions", "total", "level_rank", "grade",
                     "minimums"},
                    {tr("Period"), tr("Rank"), tr("ID"), tr("Name"), tr("Level"), tr("Township"),
                     tr("Station"), tr("Points"), tr("Minimums missed"), tr("Total"),
                     tr("In level"), tr("Grade"), tr("Yearly minimums")}};
    for (const auto& [each, s] : std::as_const(rows))
        listing.rows << QVariantList{each.code(),
                                     s.rank,
                                     s.member.deputyId,
                                     s.member.name,
                                     registry::levelName(s.member.level),
                                     s.member.townshipName,
                                     s.member.stationName,
                                     number(s.periodPoints),
                                     number(s.periodDeductions),
                                     number(s.total),
                                     s.levelRank,
                                     gradeText(s),
                                     minimumsLine(s)};
    printListing(listing, line.format());
    return Success;
}

QString kindName(TraceLine::Kind kind)
{
    switch (kind) {
    case TraceLine::Kind::Base:
        return QStringLiteral("base");
    case TraceLine::Kind::Before:
        return QStringLiteral("before");
    case TraceLine::Kind::Earned:
        return QStringLiteral("earned");
    case TraceLine::Kind::Deduction:
        return QStringLiteral("deduction");
    case TraceLine::Kind::MinimumMissed:
        return QStringLiteral("minimum_missed");
    case TraceLine::Kind::Cap:
        return QStringLiteral("cap");
    }
    return {};
}

int explainScore(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("score explain"),
                     tr("Why a deputy's score is what it is: the base, every record that earned "
                        "or cost points in the period (with the caps where they cut), and the "
                        "total they add up to."));
    line.addPositional(QStringLiteral("deputy"), tr("The deputy's ID."), QStringLiteral("DEPUTY"));
    line.addOptions({
        {"period", tr("The period: 2026, 2026H1, 2026Q3, 2026-07."), "P"},
        {"level", tr("Only the score at this level."), "LEVEL"},
    });
    line.addFormatOption();
    line.requirePositionals(1, tr("score explain takes one deputy ID"));
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const auto id = idArgument(line.positional().first(), tr("DEPUTY"));
    const auto period = periodOption(line);
    if (!id || !period)
        return BadInput;
    std::optional<registry::Level> level;
    if (line.isSet(QStringLiteral("level")) &&
        !(level = levelOption(line, registry::Level::County)))
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    auto explained = ScoreEngine(db->connection()).explain(*id, *period);
    if (!explained)
        return report(explained.failure());
    QList<ScoreTrace>& traces = *explained;
    traces.removeIf([&](const ScoreTrace& t) { return level && t.score.member.level != *level; });
    if (traces.isEmpty()) {
        printError(
            tr("Deputy %1 did not serve in %2%3")
                .arg(*id)
                .arg(period->code(),
                     level ? QStringLiteral(" (%1)").arg(registry::levelName(*level)) : QString()));
        return BadInput;
    }
    if (line.format() == Format::Json) {
        QJsonArray array;
        for (const ScoreTrace& trace : std::as_const(traces)) {
            QJsonArray lines;
            for (const TraceLine& l : trace.lines)
                lines.append(QJsonObject{{"kind", kindName(l.kind)},
                                         {"date", l.date.toString(Qt::ISODate)},
                                         {"item", l.itemCode},
                                         {"item_name", displayName(l.itemName)},
                                         {"source", l.source},
                                         {"source_id", l.sourceId},
                                         {"label", l.label},
                                         {"points", l.points},
                                         {"rule_points", l.rulePoints},
                                         {"note", l.note}});
            QJsonObject object = scoreJson(trace.score, *period);
            object.insert(QStringLiteral("lines"), lines);
            array.append(object);
        }
        printBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const ScoreTrace& trace : std::as_const(traces)) {
        const DeputyScore& s = trace.score;
        print(tr("%1 (%2), %3: %4 points in the period (absences included), %5 deducted for "
                 "missed minimums; total %6, %7\n")
                  .arg(s.member.name, registry::levelName(s.member.level), period->code(),
                       number(s.periodPoints), number(s.periodDeductions), number(s.total),
                       gradeText(s)));
        Listing listing{{"date", "item", "record", "points", "note"},
                        {tr("Date"), tr("Item"), tr("Record"), tr("Points"), tr("Note")}};
        for (const TraceLine& l : trace.lines)
            listing.rows << QVariantList{
                l.date.toString(Qt::ISODate), displayName(l.itemName), l.label,
                QString((l.points > 0 ? QStringLiteral("+") : QString()) + number(l.points)),
                l.note};
        listing.rows << QVariantList{QString(), QString(), tr("Total"), number(s.total), QString()};
        printListing(listing, line.format());
        print(tr("Yearly minimums: %1\n\n").arg(minimumsLine(s)));
    }
    return Success;
}

int listGaps(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("gaps"),
                     tr("Deputies behind the pace of a yearly minimum on a day (the minimum "
                        "pro-rated to that day, rounded down), by township and station, with "
                        "their phones for a reminder call."));
    line.addOption(QStringLiteral("date"), tr("The day (default today)."), QStringLiteral("DATE"));
    addSelectionOptions(line);
    line.addFormatOption();
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const auto selection = selectionOptions(db->connection(), line);
    if (!selection)
        return BadInput;
    const QDate day = line.date(QStringLiteral("date"), Clock::today());
    Listing listing{{"township", "station", "id", "name", "level", "phone", "minimum", "done",
                     "expected", "required", "behind_by"},
                    {tr("Township"), tr("Station"), tr("ID"), tr("Name"), tr("Level"), tr("Phone"),
                     tr("Minimum"), tr("Done"), tr("Expected"), tr("Required"), tr("Behind by")}};
    const auto gaps = gapReport(db->connection(), day, *selection);
    if (!gaps)
        return report(gaps.failure());
    for (const Gap& gap : *gaps)
        listing.rows << QVariantList{gap.member.townshipName,
                                     gap.member.stationName,
                                     gap.member.deputyId,
                                     gap.member.name,
                                     line.format() == Format::Json
                                         ? registry::levelCode(gap.member.level)
                                         : registry::levelName(gap.member.level),
                                     gap.member.phone,
                                     displayName(gap.minimum.name),
                                     gap.minimum.done,
                                     gap.minimum.expected,
                                     gap.minimum.required,
                                     gap.shortfall()};
    printListing(listing, line.format());
    return Success;
}

} // namespace

int runScore(Context& context, const QStringList& args)
{
    if (args.value(0) == QLatin1String("explain"))
        return explainScore(context, args.mid(1));
    return listScores(context, args);
}

int runGaps(Context& context, const QStringList& args)
{
    return listGaps(context, args);
}

int runScoreExport(Context& context, const QString& what, const QStringList& args)
{
    const bool scores = what == QLatin1String("scores");
    CommandLine line(QStringLiteral("export ") + what,
                     scores ? tr("Export 履职积分汇总表 (.xlsx): one row per deputy with each "
                                 "item's count and points, the total, ranks, grade and minimums.")
                            : tr("Export the gap report (.xlsx): deputies behind the pace of a "
                                 "yearly minimum on a day, with their phones."));
    line.addOption(QStringLiteral("out"), tr("The .xlsx file to write."), QStringLiteral("FILE"));
    if (scores) {
        line.addOptions({
            {"period", tr("The period: 2026, 2026H1, 2026Q3, 2026-07."), "P"},
            {"order", tr("rank (default), strokes or station."), "ORDER"},
        });
    } else {
        line.addOption(QStringLiteral("date"), tr("The day (default today)."),
                       QStringLiteral("YYYY-MM-DD"));
    }
    addSelectionOptions(line);
    line.requireOut();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const QString out = line.value(QStringLiteral("out"));
    const auto period = scores ? periodOption(line) : std::optional<Period>(Period());
    const auto order = scores ? orderOption(line) : std::optional(ScoreOrder::Rank);
    const auto date =
        scores ? std::optional(QDate()) : dateOption(line, QStringLiteral("date"), false);
    if (!period || !order || !date)
        return BadInput;
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    const auto selection = selectionOptions(connection, line);
    if (!selection)
        return BadInput;
    const registry::OfficeSettings settings(connection);
    const DocumentText text(settings.documentLanguage());
    xlsx::Sheet sheet;
    if (scores) {
        auto list = ScoreEngine(connection).scores(*period, *selection);
        if (!list)
            return report(list.failure());
        sortScores(*list, *order);
        sheet = exports::scoresSheet(
            *list, {settings.congressName(), period->label(text.chinese()), Clock::today()}, text);
    } else {
        const QDate day = date->isValid() ? *date : Clock::today();
        const auto gaps = gapReport(connection, day, *selection);
        if (!gaps)
            return report(gaps.failure());
        sheet = exports::gapsSheet(*gaps, {settings.congressName(), text.date(day), Clock::today()},
                                   text);
    }
    return writeDisclosedWorkbook(connection, sheet, out,
                                  scores ? usecase::Disclosure::Document::Scores
                                         : usecase::Disclosure::Document::Gaps);
}

} // namespace dd::cli

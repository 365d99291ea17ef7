// agency …, overdue and stats: the agencies, what is late, and the measures.
#include "LoopOutput.h"

#include "common/Clock.h"
#include "common/Period.h"
#include "exports/LoopExports.h"
#include "loop/AgencyStore.h"
#include "loop/LateItems.h"
#include "loop/LoopMeasures.h"
#include "registry/OfficeSettings.h"
#include "usecases/LoopActions.h"

#include <QDir>

#include <algorithm>
#include <functional>

namespace dd::cli {

using namespace loop;

namespace {

int addAgency(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("agency add"), tr("Record a handling agency (承办单位)."));
    line.addOptions({
        {"name", tr("Name, e.g. 县水务局."), "NAME"},
        {"kind",
         tr("department, supervision, court, procuratorate, township or other "
            "(default department)."),
         "KIND"},
        {"contact", tr("Contact person."), "NAME"},
        {"phone", tr("Phone."), "PHONE"},
    });
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    Agency agency;
    agency.name = line.value(QStringLiteral("name"));
    if (line.isSet(QStringLiteral("kind")))
        agency.kind = line.value(QStringLiteral("kind"));
    agency.contact = line.value(QStringLiteral("contact"));
    agency.phone = line.value(QStringLiteral("phone"));
    const Outcome outcome = usecase::saveAgency(db->connection(), agency);
    return report(outcome, tr("Recorded agency %1 (ID %2)").arg(agency.name).arg(agency.id));
}

int editAgency(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("agency edit"),
                     tr("Change an agency's name, kind, contact person or phone; the options not "
                        "given stay as they are."));
    line.addPositional(QStringLiteral("agency"), tr("The agency's ID or name."),
                       QStringLiteral("AGENCY"));
    line.addOptions({
        {"name", tr("New name."), "NAME"},
        {"kind", tr("department, supervision, court, procuratorate, township or other."), "KIND"},
        {"contact", tr("Contact person."), "NAME"},
        {"phone", tr("Phone."), "PHONE"},
    });
    line.requirePositionals(1, tr("agency edit takes one agency ID or name"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    AgencyStore store(db->connection());
    const QString given = line.positional().first();
    bool numeric = false;
    const qint64 id = given.toLongLong(&numeric);
    auto agency = store.findByName(given);
    if (!agency.found() && !agency.failed() && numeric)
        agency = store.find(id);
    if (!agency.found())
        return report(agency.missing(tr("No agency %1 (see 'agency list')").arg(given)));
    if (line.isSet(QStringLiteral("name")))
        agency->name = line.value(QStringLiteral("name"));
    if (line.isSet(QStringLiteral("kind")))
        agency->kind = line.value(QStringLiteral("kind"));
    if (line.isSet(QStringLiteral("contact")))
        agency->contact = line.value(QStringLiteral("contact"));
    if (line.isSet(QStringLiteral("phone")))
        agency->phone = line.value(QStringLiteral("phone"));
    return report(usecase::saveAgency(db->connection(), *agency),
                  tr("Agency %1 (ID %2) saved").arg(agency->name).arg(agency->id));
}

int listAgencies(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("agency list"), tr("List the handling agencies."));
    line.addFormatOption();
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const Format format = line.format();
    Listing listing{{"id", "uuid", "name", "kind", "contact", "phone"},
                    {tr("ID"), tr("UUID"), tr("Name"), tr("Kind"), tr("Contact"), tr("Phone")}};
    const auto agencies = AgencyStore(db->connection()).list();
    if (!agencies)
        return report(agencies.failure());
    for (const Agency& a : *agencies)
        listing.rows << QVariantList{
            a.id,      a.uuid, a.name, format == Format::Json ? a.kind : agencyKindName(a.kind),
            a.contact, a.phone};
    printListing(listing, format);
    return Success;
}

int addCategoryCommand(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("category add"),
                     tr("Add a category of concerns and suggestions, after the others."));
    line.addPositional(QStringLiteral("NAME"), tr("The category, e.g. 教科文卫."));
    line.requirePositionals(1, tr("category add takes one NAME"));
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const QString name = line.positional().first();
    return report(usecase::addCategory(db->connection(), name),
                  tr("Category %1 is on record").arg(name));
}

int listCategories(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("category list"),
                     tr("List the categories of concerns and suggestions, in their order."));
    line.addFormatOption();
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const Format format = line.format();
    Listing listing{{"position", "name"}, {tr("No."), tr("Name")}};
    int position = 0;
    for (const QString& name : categories(db->connection()))
        listing.rows << QVariantList{++position, name};
    printListing(listing, format);
    return Success;
}

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

int runAgency(Context& context, const QStringList& args)
{
    return dispatch(context, args, "agency",
                    {{"add", addAgency}, {"edit", editAgency}, {"list", listAgencies}});
}

int runCategory(Context& context, const QStringList& args)
{
    return dispatch(context, args, "category",
                    {{"add", addCategoryCommand}, {"list", listCategories}});
}

int runOverdue(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("overdue"),
                     tr("Open items past their due date (with --due-soon also those due within "
                        "the due-soon window), most overdue first."));
    line.addOption(QStringLiteral("due-soon"), tr("Also the items due soon."));
    line.addFormatOption();
    storage::Database* db = context.open(line, args);
    if (!db)
        return context.exitCode();
    const Format format = line.format();
    const LoopStore store(db->connection());
    const QDate today = Clock::today();
    const auto read = lateItems(store, today);
    if (!read)
        return report(read.failure());
    const LateItems& found = *read;
    QList<Item> late = found.overdue;
    if (line.isSet(QStringLiteral("due-soon")))
        late += found.dueSoon;
    const Deadlines& deadlines = store.deadlines();
    printListing(itemListing(late, format, deadlines, today), format);
    return Success;
}

// The measures of handling, in the order the listings show them: key (CSV/JSON), header, value.
struct MeasureColumn {
    const char* key;
    QString header;
    std::function<QVariant(const Measures&)> value;
};

QList<MeasureColumn> measureColumns(bool json)
{
    // Nothing to rate: JSON null, "—" in a table or CSV.
    const QVariant none = json ? QVariant() : QVariant(QStringLiteral("—"));
    const auto rate = [none, json](std::optional<double> value) {
        if (!value)
            return none;
        return json ? QVariant(std::round(*value * 10000.0) / 10000.0) : QVariant(percent(*value));
    };
    const auto days = [none](std::optional<double> value) {
        return value ? QVariant(std::round(*value * 10.0) / 10.0) : none;
    };
    return {
        {"dispatched", tr("Dispatched"), [](const Measures& m) { return QVariant(m.dispatched); }},
        {"replied", tr("Replied"), [](const Measures& m) { return QVariant(m.replied); }},
        {"reply_rate", tr("Reply rate"), [rate](const Measures& m) { return rate(m.replyRate()); }},
        {"on_time", tr("On time"), [](const Measures& m) { return QVariant(m.repliedOnTime); }},
        {"on_time_rate", tr("On-time rate"),
         [rate](const Measures& m) { return rate(m.onTimeRate()); }},
        {"face_to_face", tr("Met"), [](const Measures& m) { return QVariant(m.faceToFace); }},
        {"face_to_face_rate", tr("Face-to-face rate"),
         [rate](const Measures& m) { return rate(m.faceToFaceRate()); }},
        {"evaluated", tr("Evaluated"), [](const Measures& m) { return QVariant(m.evaluated); }},
        {"satisfied", tr("Satisfied"), [](const Measures& m) { return QVariant(m.satisfied); }},
        {"satisfaction_rate", tr("Satisfaction rate"),
         [rate](const Measures& m) { return rate(m.satisfactionRate()); }},
        {"solved", tr("Solved (A)"), [](const Measures& m) { return QVariant(m.solved); }},
        {"solved_rate", tr("Solved rate"),
         [rate](const Measures& m) { return rate(m.solvedRate()); }},
        {"overdue", tr("Overdue"), [](const Measures& m) { return QVariant(m.overdue); }},
        {"average_reply_working_days", tr("Avg. working days to reply"),
         [days](const Measures& m) { return days(m.averageReplyDays()); }},
        {"answered_on_spot", tr("Answered on the spot"),
         [](const Measures& m) { return QVariant(m.answeredOnSpot); }},
    };
}

QString groupName(const QList<Measures>& measures, const Measures& m, bool json)
{
    return m.group.isEmpty() && &m == &measures.first() ? (json ? QString() : tr("Total"))
                                                        : m.group;
}

// A period: a row per group, a column per measure.
Listing periodStats(const QList<Measures>& measures, bool json)
{
    Listing listing{{"group"}, {tr("Group")}};
    const QList<MeasureColumn> columns = measureColumns(json);
    for (const MeasureColumn& column : columns) {
        listing.keys << QLatin1String(column.key);
        listing.headers << column.header;
    }
    for (const Measures& m : measures) {
        QVariantList row{groupName(measures, m, json)};
        for (const MeasureColumn& column : columns)
            row << column.value(m);
        listing.rows << row;
    }
    return listing;
}

// A term as one period with a column per calendar year: a row per group and measure.
Listing termStats(const QList<Measures>& whole,
                  const QList<std::pair<Period, QList<Measures>>>& years, bool json)
{
    Listing listing{{"group", "measure", "term"}, {tr("Group"), tr("Measure"), tr("Whole term")}};
    for (const auto& [year, measures] : years) {
        listing.keys << year.code();
        listing.headers << year.code();
    }
    // Each year's lines by group; the total (always first) apart from a group named "".
    QList<QHash<QString, const Measures*>> byGroup;
    for (const auto& [year, measures] : years) {
        QHash<QString, const Measures*>& lines = byGroup.emplace_back();
        for (qsizetype i = 1; i < measures.size(); ++i)
            lines.insert(measures.at(i).group, &measures.at(i));
    }
    const QList<MeasureColumn> columns = measureColumns(json);
    for (const Measures& m : whole) {
        const bool total = &m == &whole.first();
        for (const MeasureColumn& column : columns) {
            QVariantList row{groupName(whole, m, json),
                             json ? QVariant(QLatin1String(column.key)) : QVariant(column.header),
                             column.value(m)};
            for (qsizetype y = 0; y < years.size(); ++y) {
                // A group with nothing that year has no line there: its counts are 0.
                const QList<Measures>& measures = years.at(y).second;
                const Measures* same = total ? (measures.isEmpty() ? nullptr : &measures.first())
                                             : byGroup.at(y).value(m.group);
                row << column.value(same ? *same : Measures{m.group});
            }
            listing.rows << row;
        }
    }
    return listing;
}

int runStats(Context& context, const QStringList& args)
{
    CommandLine line(QStringLiteral("stats"),
                     tr("The measures of handling (答复率, 按期答复率, 见面率, 满意率, 办成率 …) "
                        "for a period."));
    line.addOptions({
        {"period",
         tr("The period: 2026, 2026H1, 2026Q3, 2026-07, or a term (T18: the whole "
            "term with a column per calendar year)."),
         "PERIOD"},
        {"by", tr("Break down by category, agency, township, station or deputy."), "WHAT"},
        {"level", tr("The level whose term --period T18 names (default: the office's own)."),
         "LEVEL"},
    });
    line.addFormatOption();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const bool json = line.format() == Format::Json;
    const auto by = parseGroupBy(line.value(QStringLiteral("by")));
    if (!by)
        return usageError(tr("--by must be category, agency, township, station or deputy"));
    auto period = Period::parse(line.value(QStringLiteral("period")));
    if (!period)
        return usageError(tr("--period: %1").arg(period.error()));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    const Deadlines deadlines = LoopStore(connection).deadlines();
    const auto measuresIn = [&](const Period& p) {
        return computeMeasures(connection, p.start, p.end, *by, deadlines, Clock::today());
    };
    if (period->kind != Period::Kind::Term) {
        const auto measures = measuresIn(*period);
        if (!measures)
            return report(measures.failure());
        printListing(periodStats(*measures, json), line.format());
        return Success;
    }
    const auto level = levelOption(line, registry::OfficeSettings(connection).officeLevel());
    if (!level)
        return BadInput;
    const auto term = termOnRecord(connection, *period, *level);
    if (!term)
        return BadInput;
    QList<std::pair<Period, QList<Measures>>> years;
    for (const Period& year : term->yearsWithin(term->end)) {
        const auto measures = measuresIn(year);
        if (!measures)
            return report(measures.failure());
        years.append({year, *measures});
    }
    const auto whole = measuresIn(*term);
    if (!whole)
        return report(whole.failure());
    printListing(termStats(*whole, years, json), line.format());
    return Success;
}

int runLoopExport(Context& context, const QString& what, const QStringList& args)
{
    CommandLine line(
        QStringLiteral("export ") + what,
        tr("Export a workbook (.xlsx) of the loop: concerns (群众意见台账), suggestions "
           "(代表建议办理台账), stats (办理情况统计表) or notice (办理结果公示表, "
           "always masked)."));
    line.addOptions({
        {"out", tr("The .xlsx file to write."), "FILE"},
        {"period", tr("The period: 2026, 2026H1, 2026Q3, 2026-07."), "PERIOD"},
        {"by",
         tr("With stats: break down by category, agency, township, station or deputy "
            "(default agency)."),
         "WHAT"},
    });
    line.requireOut();
    int exit = Success;
    if (!line.parse(args, &exit))
        return exit;
    const QString out = line.value(QStringLiteral("out"));
    const auto period = Period::parse(line.value(QStringLiteral("period")));
    if (!period || period->kind == Period::Kind::Term)
        return usageError(
            tr("--period: %1")
                .arg(period ? tr("give a year, half-year, quarter or month") : period.error()));
    const auto by = parseGroupBy(line.isSet(QStringLiteral("by")) ? line.value(QStringLiteral("by"))
                                                                  : QStringLiteral("agency"));
    if (!by)
        return usageError(tr("--by must be category, agency, township, station or deputy"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    const registry::OfficeSettings settings(connection);
    const DocumentText text(settings.documentLanguage());
    const exports::LoopSheetFrame frame{settings.congressName(), period->label(text.chinese()),
                                        Clock::today()};
    LoopStore store(connection);
    ItemFilter filter;
    filter.from = period->start;
    filter.to = period->end;
    xlsx::Sheet sheet;
    if (what == QLatin1String("stats")) {
        static const char* const groupHeaders[] = {QT_TRANSLATE_NOOP("dd::documents", "Total"),
                                                   QT_TRANSLATE_NOOP("dd::documents", "Category"),
                                                   QT_TRANSLATE_NOOP("dd::documents", "Agency"),
                                                   QT_TRANSLATE_NOOP("dd::documents", "Township"),
                                                   QT_TRANSLATE_NOOP("dd::documents", "Station"),
                                                   QT_TRANSLATE_NOOP("dd::documents", "Deputy")};
        const auto measures = computeMeasures(connection, period->start, period->end, *by,
                                              store.deadlines(), Clock::today());
        if (!measures)
            return report(measures.failure());
        sheet = exports::statsSheet(*measures, text.text(groupHeaders[int(*by)]), frame, text);
    } else if (what == QLatin1String("notice")) {
        const auto items = store.list(filter);
        if (!items)
            return report(items.failure());
        sheet = exports::noticeSheet(*items, frame, text);
    } else {
        filter.kind = what == QLatin1String("concerns") ? ItemKind::Concern : ItemKind::Suggestion;
        const auto items = store.list(filter);
        if (!items)
            return report(items.failure());
        sheet = filter.kind == ItemKind::Concern ? exports::concernsSheet(*items, frame, text)
                                                 : exports::suggestionsSheet(*items, frame, text);
    }
    using Document = usecase::Disclosure::Document;
    if (what == QLatin1String("stats")) // counts only: no one's particulars
        return writeWorkbook(sheet, out);
    return writeDisclosedWorkbook(connection, sheet, out,
                                  what == QLatin1String("notice")     ? Document::Notice
                                  : what == QLatin1String("concerns") ? Document::ConcernLedger
                                                                      : Document::SuggestionLedger,
                                  what == QLatin1String("notice"));
}

} // namespace dd::cli

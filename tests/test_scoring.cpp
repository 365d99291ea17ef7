// Scoring under the default rules on a hand-checked fixture: caps used in date order across
// quarters, deductions, grade caps and the Deputies-Law alert, year boundaries, a suggestion
// answered B then A counted once by its dispatch, a reception counted once, a deputy at two
// levels; rule sets by year; the trace adding up for every deputy of a generated county; the gap
// report; the workbook read back.
#include "ScoringFixture.h"
#include "XlsxReader.h"

#include "activities/ActivityStore.h"
#include "activities/RosterStore.h"
#include "common/Clock.h"
#include "exports/ScoreExports.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "scoring/GapReport.h"
#include "scoring/RuleStore.h"
#include "storage/Schema.h"
#include "storage/SqliteDialect.h"
#include "storage/WriteTransaction.h"
#include "usecases/RegistryActions.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace dd;
using namespace dd::activities;
using namespace dd::scoring;
using dd::test::ScoringFixture;

namespace {

Period period(const char* code)
{
    return *Period::parse(QString::fromLatin1(code));
}

// The score's line for an item; a missing line fails the test and lists the lines there are.
const ItemScore& item(const DeputyScore& score, const char* code)
{
    const ItemScore* found = score.item(QString::fromLatin1(code));
    if (!found) {
        QStringList codes;
        for (const ItemScore& line : score.items)
            codes.append(line.code);
        FAIL("no item " << code << " in the score of " << score.member.deputyId
                        << "; it has: " << codes.join(QLatin1Char(' ')).toStdString());
    }
    return *found;
}

double traceSum(const ScoreTrace& trace)
{
    double sum = 0;
    for (const TraceLine& line : trace.lines)
        sum += line.points;
    return sum;
}

double periodSum(const ScoreTrace& trace, TraceLine::Kind kind)
{
    double sum = 0;
    for (const TraceLine& line : trace.lines)
        if (line.kind == kind)
            sum += line.points;
    return sum;
}

} // namespace

TEST_CASE("Scores under the default rules on a hand-checked fixture", "[scoring]")
{
    ScoringFixture f;
    // Q1: six visits +6, the suggestion dispatched on 5 January: lead +3, key supervision +5,
    // excellent +10; the session absence −10 and the missed inspection −5 are lines of the
    // period's points too (domain.md): 24 − 15 = 9.
    const QList<DeputyScore> q1 = f.scores("2026Q1");
    const DeputyScore& zhangQ1 = f.of(q1, f.zhang, registry::Level::County);
    CHECK(zhangQ1.periodPoints == 9);
    CHECK(zhangQ1.periodDeductions == 0);
    CHECK(zhangQ1.total == 69);
    CHECK(item(zhangQ1, "visit").periodCount == 6);
    CHECK(item(zhangQ1, "suggestion_lead").periodCount == 1);
    CHECK(item(zhangQ1, "absence").periodCount == 2);
    CHECK(zhangQ1.sessionAbsences == 1);
    CHECK(zhangQ1.gradeCapped == false); // 69 is 基本称职 anyway
    CHECK(zhangQ1.grade == QStringLiteral("基本称职"));
    // The co-signer earns +1 on the dispatch day; the inspection on leave costs nothing.
    const DeputyScore& liQ1 = f.of(q1, f.li, registry::Level::County);
    CHECK(liQ1.periodPoints == 1 + 5); // co-signed, and attended the session
    CHECK(liQ1.periodDeductions == 0);

    // Q2: four more visits count (the cap of 10 is reached), the reception once, the concern.
    const QList<DeputyScore> q2 = f.scores("2026Q2");
    const DeputyScore& zhangQ2 = f.of(q2, f.zhang, registry::Level::County);
    CHECK(item(zhangQ2, "visit").periodCount == 6);
    CHECK(item(zhangQ2, "visit").periodPoints == 4);
    CHECK(item(zhangQ2, "reception").periodCount == 1);
    CHECK(item(zhangQ2, "concern_satisfied").periodPoints == 1);
    CHECK(zhangQ2.periodPoints == 10);
    CHECK(zhangQ2.periodDeductions == 0);
    CHECK(zhangQ2.total == 79);
    // 79 would be 称职: the unexcused session absence caps it at 基本称职.
    CHECK(zhangQ2.gradeCapped);
    CHECK(zhangQ2.grade == QStringLiteral("基本称职"));
    CHECK(zhangQ2.provisional);
    // The second unexcused absence of the term raises the Deputies-Law alert.
    CHECK(zhangQ2.sessionAbsencesTerm == 2);
    CHECK(zhangQ2.alert);
    CHECK_FALSE(f.of(f.scores("2025"), f.zhang, registry::Level::County).alert);

    // The same person at the township level: no county session there, no cap, no alert.
    const DeputyScore& zhangTownship = f.of(q2, f.zhang, registry::Level::Township);
    CHECK(zhangTownship.total == 60 + 34 - 5);
    CHECK(zhangTownship.grade == QStringLiteral("称职"));
    CHECK_FALSE(zhangTownship.alert);
    CHECK(zhangTownship.levelRank == 1);

    // Before the year is over (today 2026-11-20, and on 1 December) the minimums not met are
    // at risk, not deducted: the trace says so, worth nothing yet.
    for (const QDate today : {QDate(2026, 11, 20), QDate(2026, 12, 1), QDate(2026, 12, 31)}) {
        Clock::setToday(today);
        const DeputyScore& early = f.of(f.scores("2026"), f.zhang, registry::Level::County);
        CHECK(early.yearDeductions == 0);
        CHECK(early.total == 79);
        CHECK(early.provisional);
        int atRisk = 0;
        for (const ScoreTrace& trace :
             *ScoreEngine(f.db.connection()).explain(f.zhang, period("2026")))
            for (const TraceLine& line : trace.lines)
                if (trace.score.member.level == registry::Level::County &&
                    line.kind == TraceLine::Kind::MinimumMissed) {
                    ++atRisk;
                    CHECK(line.points == 0);
                    CHECK(line.note.contains(QStringLiteral("at risk")));
                }
        CHECK(atRisk == 3);
    }
    // Once the year is over, the minimums missed at its end cost 5 each (station duty 1/4,
    // inspection or research 0/1, social-conditions reports 0/12); the suggestion minimum is met.
    Clock::setToday(QDate(2027, 1, 5));
    const QList<DeputyScore> year = f.scores("2026");
    const DeputyScore& zhangYear = f.of(year, f.zhang, registry::Level::County);
    CHECK(zhangYear.yearPoints == 34 - 15); // the absences are lines of the points
    CHECK(zhangYear.yearDeductions == 15);  // the missed minimums stand apart
    CHECK(zhangYear.periodDeductions == 15);
    CHECK(zhangYear.total == 64);
    CHECK(item(zhangYear, "minimum_missed").periodCount == 3);
    CHECK(zhangYear.minimums.at(1).met()); // 建议 1/1
    // 2025: the inspection of 31 December and the session absence, nothing of 2026. A copy: the
    // list the score comes from is a temporary.
    const DeputyScore zhang2025 = f.of(f.scores("2025"), f.zhang, registry::Level::County);
    CHECK(item(zhang2025, "inspection").yearCount == 1);
    CHECK(item(zhang2025, "suggestion_lead").yearCount == 0);
    CHECK_FALSE(zhang2025.provisional); // 2025 is over: its grade is final

    // Competition ranks by total (Q2): 张三 79, 李四 and 王五? 王五's suggestion is not yet
    // dispatched, so 李四 66 (60 + 1 + 5), 王五 65, 赵六 65.
    Selection county;
    county.level = registry::Level::County;
    const QList<DeputyScore> ranked = f.scores("2026Q2", county);
    REQUIRE(ranked.size() == 4);
    CHECK(ranked.at(0).member.deputyId == f.zhang);
    CHECK(ranked.at(0).rank == 1);
    CHECK(ranked.at(1).member.deputyId == f.li);
    CHECK(ranked.at(1).total == 66);
    CHECK(ranked.at(2).rank == 3);
    CHECK(ranked.at(3).rank == 3);
    CHECK(ranked.at(3).total == 65);
}

TEST_CASE("The trace of a score adds up, with the caps shown", "[scoring]")
{
    ScoringFixture f;
    const QList<ScoreTrace> traces =
        *ScoreEngine(f.db.connection()).explain(f.zhang, period("2026Q2"));
    REQUIRE(traces.size() == 2); // county and township
    for (const ScoreTrace& trace : traces) {
        CHECK(traceSum(trace) == Approx(trace.score.total));
        CHECK(periodSum(trace, TraceLine::Kind::Earned) == Approx(trace.score.periodPoints));
    }
    const ScoreTrace& county =
        traces.at(0).score.member.level == registry::Level::County ? traces.at(0) : traces.at(1);
    int capped = 0;
    for (const TraceLine& line : county.lines)
        if (line.itemCode == QLatin1String("visit") && line.points == 0) {
            ++capped;
            CHECK(line.rulePoints == 1);
            CHECK(line.note.contains(QStringLiteral("10")));
        }
    CHECK(capped == 2);
    CHECK(county.lines.first().kind == TraceLine::Kind::Base);
    CHECK(county.lines.at(1).kind == TraceLine::Kind::Before);
    CHECK(county.lines.at(1).points == 24 - 15); // before Q2, the absences included
    CHECK(county.lines.at(2).kind != TraceLine::Kind::Before);
}

TEST_CASE("Rule sets by year: a change to one year leaves the others alone", "[scoring]")
{
    ScoringFixture f;
    const QSqlDatabase db = f.db.connection();
    RuleStore rules(db);
    const double before = f.of(f.scores("2026"), f.zhang, registry::Level::County).total;
    // Next year's set doubles visits; this year's scores stay.
    REQUIRE(rules.copy(2026, 2027, std::nullopt).ok());
    CHECK_FALSE(rules.copy(2026, 2027, std::nullopt).ok()); // it has a set of its own now
    ScoringRules next = *rules.rulesFor(2027, std::nullopt);
    for (ActivityRule& rule : next.activities)
        if (rule.typeCode == QLatin1String("visit"))
            rule.present = 2;
    REQUIRE(rules.save(next).ok());
    CHECK(f.of(f.scores("2026"), f.zhang, registry::Level::County).total == before);
    // This year's own set: visits at 3 points fill the cap of 10 with four visits in Q1.
    ScoringRules now = *rules.rulesFor(2026, std::nullopt);
    for (ActivityRule& rule : now.activities)
        if (rule.typeCode == QLatin1String("visit"))
            rule.present = 3;
    REQUIRE(rules.save(now).ok());
    const DeputyScore q1 = f.of(f.scores("2026Q1"), f.zhang, registry::Level::County);
    CHECK(item(q1, "visit").periodPoints == 10);
    CHECK(f.of(f.scores("2025"), f.zhang, registry::Level::County).total ==
          f.of(f.scores("2025"), f.zhang, registry::Level::County).total);
    // A level's own set wins over the year's set for every level.
    ScoringRules township = *rules.rulesFor(2026, registry::Level::Township);
    township.level = registry::Level::Township;
    township.base = 50;
    REQUIRE(rules.save(township).ok());
    const QList<DeputyScore> both = f.scores("2026Q2");
    CHECK(f.of(both, f.zhang, registry::Level::Township).base == 50);
    CHECK(f.of(both, f.zhang, registry::Level::County).base == 60);

    // The readable file round trip, and a wrong file said field by field.
    FieldErrors errors;
    const auto back = ScoringRules::fromJson(now.toJson(), &errors);
    REQUIRE(back);
    CHECK(back->toJson() == now.toJson());
    QJsonObject broken = now.toJson();
    QJsonArray activities = broken.value(QLatin1String("activities")).toArray();
    QJsonObject first = activities.at(2).toObject();
    first.insert(QStringLiteral("present"), QStringLiteral("三"));
    activities.replace(2, first);
    broken.insert(QStringLiteral("activities"), activities);
    errors.clear();
    CHECK_FALSE(ScoringRules::fromJson(broken, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("activities[2].present"));
    ScoringRules unknown = now;
    unknown.activities.first().typeCode = QStringLiteral("no_such_type");
    const Outcome refused = rules.save(unknown);
    CHECK(refused.kind == Outcome::Kind::Invalid);
}

TEST_CASE("The gap report: behind the pace of the yearly minimums", "[scoring]")
{
    ScoringFixture f;
    // 1 July is day 182 of 365: 进站 expected floor(4 × 182 / 365) = 1, 社情民意 5.
    const QList<Gap> gaps = *gapReport(f.db.connection(), {2026, 7, 1});
    const auto find = [&](qint64 id, registry::Level level, const char* minimum) -> const Gap* {
        for (const Gap& gap : gaps)
            if (gap.member.deputyId == id && gap.member.level == level &&
                gap.minimum.code == QLatin1String(minimum))
                return &gap;
        return nullptr;
    };
    CHECK(find(f.zhang, registry::Level::County, "station_duty") == nullptr); // 1 of 1 expected
    REQUIRE(find(f.li, registry::Level::County, "station_duty"));
    CHECK(find(f.li, registry::Level::County, "station_duty")->shortfall() == 1);
    REQUIRE(find(f.zhang, registry::Level::County, "social_report"));
    CHECK(find(f.zhang, registry::Level::County, "social_report")->minimum.expected == 5);
    CHECK(find(f.zhang, registry::Level::Township, "social_report"));
    CHECK(find(f.zhang, registry::Level::County, "suggestion") == nullptr); // none expected yet
    CHECK(find(f.li, registry::Level::County, "station_duty")->member.phone.isEmpty());
    CHECK(find(f.wang, registry::Level::County, "station_duty")->member.phone ==
          QStringLiteral("13900001111"));
    // Early January nobody is behind yet.
    CHECK(gapReport(f.db.connection(), {2026, 1, 5})->isEmpty());
}

TEST_CASE("The scores workbook from the command line, read back",
          "[scoring][xlsx][host][linux-cli][openpyxl]")
{
    ScoringFixture f;
    const QString path = f.db.dir.filePath(QStringLiteral("积分.xlsx"));
    const test::CliResult result = test::runCli(
        {QStringLiteral("--db"), f.db.path, QStringLiteral("--today"), QStringLiteral("2026-11-20"),
         QStringLiteral("export"), QStringLiteral("scores"), QStringLiteral("--period"),
         QStringLiteral("2026Q2"), QStringLiteral("--level"), QStringLiteral("county"),
         QStringLiteral("--out"), path});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject book = test::readXlsx(path);
    const QJsonObject sheet = book.value(QLatin1String("sheets")).toArray().at(0).toObject();
    CHECK(sheet.value(QLatin1String("title")).toString() == QStringLiteral("履职积分汇总表"));
    const QJsonArray rows = sheet.value(QLatin1String("rows")).toArray();
    const auto cell = [&](int row, int column) {
        return rows.at(row).toArray().at(column).toObject().value(QLatin1String("v"));
    };
    CHECK(cell(0, 0).toString().contains(QStringLiteral("云岭县人大常委会 2026年第二季度")));
    // Row 3 is the header (序号, 姓名 …); 张三 leads at rank 1, 王五 and 赵六 share rank 3.
    QStringList headers;
    for (const QJsonValue& c : rows.at(2).toArray())
        headers << c.toObject().value(QLatin1String("v")).toString();
    CHECK(headers.at(1) == QStringLiteral("姓名"));
    const int total = int(headers.indexOf(QStringLiteral("年度累计总分")));
    const int rank = int(headers.indexOf(QStringLiteral("排名")));
    const int visits = int(headers.indexOf(QStringLiteral("走访选民/联系群众（次）")));
    INFO(headers.join(QLatin1Char('|')).toStdString());
    REQUIRE(total > 0);
    REQUIRE(rank > 0);
    REQUIRE(visits > 0);
    REQUIRE(rows.size() == 3 + 4);
    CHECK(cell(3, 1).toString() == QStringLiteral("张三"));
    CHECK(cell(3, total).toDouble() == 79);
    CHECK(cell(3, rank).toDouble() == 1);
    CHECK(cell(3, visits).toDouble() == 6);
    CHECK(cell(3, visits + 1).toDouble() == 4); // points after the cap
    CHECK(cell(5, rank).toDouble() == 3);
    CHECK(cell(6, rank).toDouble() == 3);

    // score --format json carries the fields domain.md names.
    const test::CliResult json = test::runCli(
        {QStringLiteral("--db"), f.db.path, QStringLiteral("score"), QStringLiteral("--period"),
         QStringLiteral("2026Q2"), QStringLiteral("--level"), QStringLiteral("county"),
         QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.outBytes).array();
    REQUIRE(array.size() == 4);
    const QJsonObject top = array.at(0).toObject();
    for (const char* key :
         {"id", "name", "level", "period_points", "total", "rank", "level_rank", "grade"})
        CHECK(top.contains(QLatin1String(key)));
    CHECK(top.value(QLatin1String("id")).toInteger() == f.zhang);
    CHECK(top.value(QLatin1String("level")).toString() == QStringLiteral("county"));
    CHECK(top.value(QLatin1String("period_points")).toDouble() == 10);
    CHECK(top.value(QLatin1String("total")).toDouble() == 79);
    CHECK(top.value(QLatin1String("grade")).toString() == QStringLiteral("基本称职"));
    CHECK(top.value(QLatin1String("alert")).toBool());
    // Q1's points count the absences without leave as negative lines: 24 − 15.
    const test::CliResult q1 = test::runCli(
        {QStringLiteral("--db"), f.db.path, QStringLiteral("score"), QStringLiteral("--period"),
         QStringLiteral("2026Q1"), QStringLiteral("--level"), QStringLiteral("county"),
         QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject firstQuarter = QJsonDocument::fromJson(q1.outBytes).array().at(0).toObject();
    CHECK(firstQuarter.value(QLatin1String("period_points")).toDouble() == 9);
    CHECK(firstQuarter.value(QLatin1String("period_deductions")).toDouble() == 0);
    // A term is listed year by year: a row per deputy per calendar year of term 18 (from
    // 2021-12-20), each year clipped to the term, with that year's total and grade.
    const test::CliResult term = test::runCli(
        {QStringLiteral("--db"), f.db.path, QStringLiteral("--today"), QStringLiteral("2026-11-20"),
         QStringLiteral("score"), QStringLiteral("--period"), QStringLiteral("T18"),
         QStringLiteral("--format"), QStringLiteral("json")});
    INFO(term.err.toStdString());
    REQUIRE(term.exitCode == 0);
    QMap<QString, QJsonObject> zhangByYear;
    for (const QJsonValue& row : QJsonDocument::fromJson(term.outBytes).array())
        if (row.toObject().value(QLatin1String("id")).toInteger() == f.zhang)
            zhangByYear.insert(row.toObject().value(QLatin1String("period")).toString(),
                               row.toObject());
    CHECK(zhangByYear.keys() == QStringList{QStringLiteral("2021"), QStringLiteral("2022"),
                                            QStringLiteral("2023"), QStringLiteral("2024"),
                                            QStringLiteral("2025"), QStringLiteral("2026")});
    CHECK(zhangByYear.value(QStringLiteral("2026")).value(QLatin1String("total")).toDouble() == 79);
    CHECK(zhangByYear.value(QStringLiteral("2021"))
              .value(QLatin1String("period_points"))
              .toDouble() == 0);
    // A term not on record, or a bad period, is refused with exit code 2.
    CHECK(test::runCli({QStringLiteral("--db"), f.db.path, QStringLiteral("score"),
                        QStringLiteral("--period"), QStringLiteral("T19")})
              .exitCode == 2);
    CHECK(test::runCli({QStringLiteral("--db"), f.db.path, QStringLiteral("score"),
                        QStringLiteral("--period"), QStringLiteral("2026Q5")})
              .exitCode == 2);
}

TEST_CASE("Every deputy's trace adds up on a generated county", "[scoring][demo]")
{
    test::TempDatabase temp;
    const QSqlDatabase db = temp.connection();
    demo::DemoOptions options;
    options.scale = demo::DemoOptions::Scale::Small;
    REQUIRE(usecase::fillWithDemo(db, options, nullptr).ok());
    const int year = Clock::today().year();
    for (const char* code : {"Q2", "", "-H2"}) {
        Period p = period("2026");
        if (QLatin1String(code) == QLatin1String("Q2"))
            p = *Period::parse(QStringLiteral("%1Q2").arg(year));
        else if (QLatin1String(code) == QLatin1String("-H2"))
            p = *Period::parse(QStringLiteral("%1H2").arg(year - 1));
        else
            p = *Period::parse(QString::number(year - 1));
        const auto all = ScoreEngine(db).scores(p, {});
        REQUIRE(all);
        REQUIRE(all->size() > 30);
        int checked = 0;
        for (const DeputyScore& s : *all) {
            const QList<ScoreTrace> traces = *ScoreEngine(db).explain(s.member.deputyId, p);
            for (const ScoreTrace& trace : traces) {
                if (trace.score.member.level != s.member.level)
                    continue;
                INFO(s.member.name.toStdString() << " " << p.code().toStdString());
                CHECK(traceSum(trace) == Approx(s.total));
                CHECK(trace.score.total == Approx(s.total));
                // The period's lines, absences included, add up to its points; the missed
                // minimums to its deductions.
                CHECK(periodSum(trace, TraceLine::Kind::Earned) +
                          periodSum(trace, TraceLine::Kind::Deduction) ==
                      Approx(s.periodPoints));
                CHECK(-periodSum(trace, TraceLine::Kind::MinimumMissed) ==
                      Approx(s.periodDeductions));
                ++checked;
            }
        }
        CHECK(checked == all->size());
    }
}

TEST_CASE("An excellent suggestion's +10 counts on the day the office rated it, so a printed "
          "quarter never changes",
          "[scoring][rules]")
{
    ScoringFixture f; // rated on 2026-03-25: Q1 69, Q2 79
    const QSqlDatabase db = f.db.connection();
    // The office takes the rating back and gives it again in November (the yearly selection).
    REQUIRE(f.store().setExcellent(f.suggestionId, false, {2026, 11, 1}).ok());
    REQUIRE(f.store().setExcellent(f.suggestionId, true, {2026, 11, 2}).ok());
    CHECK(f.store().find(f.suggestionId)->excellentDate == QDate(2026, 11, 2));
    // Q1 and Q2 as printed before November have lost the +10; it counts in Q4.
    CHECK(f.of(f.scores("2026Q1"), f.zhang, registry::Level::County).total == 59);
    CHECK(f.of(f.scores("2026Q2"), f.zhang, registry::Level::County).total == 69);
    const DeputyScore& q4 = f.of(f.scores("2026Q4"), f.zhang, registry::Level::County);
    CHECK(item(q4, "excellent_suggestion").periodPoints == 10);
    Clock::setToday(QDate(2027, 1, 5)); // the year over: its minimums missed are deducted
    CHECK(f.of(f.scores("2026"), f.zhang, registry::Level::County).total == 64);
    const QList<ScoreTrace> traces = *ScoreEngine(db).explain(f.zhang, period("2026Q4"));
    bool dated = false;
    for (const ScoreTrace& trace : traces)
        for (const TraceLine& line : trace.lines)
            dated |= line.itemCode == QLatin1String("excellent_suggestion") &&
                     line.date == QDate(2026, 11, 2);
    CHECK(dated);
}

TEST_CASE("A file from before the rating day was kept counts its excellent suggestions on 31 "
          "December of their year",
          "[scoring][rules][storage]")
{
    ScoringFixture f;
    const QString path = f.db.path;
    {
        // Back to data version 6: no rating day.
        QSqlDatabase db = f.db.connection();
        auto transaction = storage::WriteTransaction::begin(db);
        REQUIRE(transaction);
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("DROP INDEX loop_items_excellent")));
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE loop_items DROP COLUMN excellent_date")));
        REQUIRE(query.exec(QStringLiteral("DROP TABLE operator_log"))); // version 8's
        for (const char* column :
             {"item_before", "withdrawn_at", "withdrawn_by", "withdrawn_reason"}) // version 9's
            REQUIRE(query.exec(QStringLiteral("ALTER TABLE loop_steps DROP COLUMN %1")
                                   .arg(QLatin1String(column))));
        REQUIRE(storage::sqlite::setUserVersion(db, 6));
        REQUIRE(transaction->commit());
    }
    f.db.storeWrites.reset();
    f.db.db.reset();
    storage::OpenResult reopened =
        storage::Database::open(path, storage::Database::Mode::OpenExisting);
    REQUIRE(reopened);
    CHECK((*reopened)->schemaVersion() == storage::schema::latestVersion());
    f.db.db = std::move((*reopened));
    CHECK(f.store().find(f.suggestionId)->excellentDate == QDate(2026, 12, 31));
    CHECK(f.of(f.scores("2026Q1"), f.zhang, registry::Level::County).total == 59);
    CHECK(f.of(f.scores("2026"), f.zhang, registry::Level::County).total ==
          79); // the year not over yet
}

TEST_CASE("An absence at a session-attendance activity without its session named counts toward "
          "the Deputies-Law alert",
          "[scoring][rules]")
{
    ScoringFixture f; // 王五 attended the fifth session
    f.activity("session", {2026, 6, 10}, {{f.wang, Attendance::Absent}});
    const DeputyScore& q2 = f.of(f.scores("2026Q2"), f.wang, registry::Level::County);
    CHECK(q2.sessionAbsencesTerm == 1);
    CHECK_FALSE(q2.alert);
    f.activity("session", {2026, 9, 10}, {{f.wang, Attendance::Absent}});
    const DeputyScore& q3 = f.of(f.scores("2026Q3"), f.wang, registry::Level::County);
    CHECK(q3.sessionAbsencesTerm == 2);
    CHECK(q3.alert);
}

TEST_CASE("Deputies above the cap are ranked by the uncapped total, and the capped total is what "
          "is printed",
          "[scoring][rules][host][linux-cli]")
{
    ScoringFixture f;
    // 王五 and 赵六 go to many trainings (+2 each), 王五 to three more: both above 100.
    for (int i = 0; i < 25; ++i) {
        const QDate day = QDate(2026, 4, 1).addDays(i);
        if (i < 22)
            f.activity("training", day,
                       {{f.wang, Attendance::Present}, {f.zhao, Attendance::Present}});
        else
            f.activity("training", day, {{f.wang, Attendance::Present}});
    }
    const QList<DeputyScore> q2 = [&] {
        Selection county;
        county.level = registry::Level::County;
        return f.scores("2026Q2", county);
    }();
    const DeputyScore& wang = f.of(q2, f.wang, registry::Level::County);
    const DeputyScore& zhao = f.of(q2, f.zhao, registry::Level::County);
    CHECK(wang.total == 100);
    CHECK(zhao.total == 100);
    CHECK(zhao.uncappedTotal() > 100);
    CHECK(wang.uncappedTotal() - zhao.uncappedTotal() >= 6);
    CHECK(wang.rank == 1);
    CHECK(zhao.rank == 2);
    CHECK(wang.levelRank == 1);

    const QString path = f.db.path;
    f.db.db.reset();
    const test::CliResult json = test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("score"), QStringLiteral("--period"),
         QStringLiteral("2026Q2"), QStringLiteral("--level"), QStringLiteral("county"),
         QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject first = QJsonDocument::fromJson(json.outBytes).array().at(0).toObject();
    CHECK(first.value(QLatin1String("id")).toInteger() == f.wang);
    CHECK(first.value(QLatin1String("total")).toDouble() == 100);
    CHECK(first.value(QLatin1String("uncapped_total")).toDouble() == wang.uncappedTotal());
    CHECK(first.value(QLatin1String("rank")).toInt() == 1);

    // The printed sheet says what a capped total was before the cap.
    const QString pdf = f.db.dir.filePath(QStringLiteral("sheets.pdf"));
    const test::CliResult sheets = test::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("sheets"), QStringLiteral("--period"),
         QStringLiteral("2026Q2"), QStringLiteral("--deputy"), QString::number(f.wang),
         QStringLiteral("--out"), pdf});
    INFO(sheets.err.toStdString());
    REQUIRE(sheets.exitCode == 0);
    QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.remove(QRegularExpression(QStringLiteral("\\s"))); // the cell wraps
    CHECK(text.contains(QStringLiteral("100（封顶前%1）").arg(wang.uncappedTotal())));
}

TEST_CASE("CLI: an excellent rating counts on the day given, and missed minimums are deducted "
          "only when the year is over",
          "[scoring][rules][host][linux-cli]")
{
    ScoringFixture f; // rated on 2026-03-25: Q1 69, Q2 79
    const QString path = f.db.path;
    f.db.storeWrites.reset();
    f.db.db.reset();
    const auto cli = [&](const QString& today, const QStringList& args) {
        const test::CliResult run = test::runCli(
            QStringList{QStringLiteral("--db"), path, QStringLiteral("--today"), today} + args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run;
    };
    const auto zhangTotal = [&](const QString& today, const QString& period) {
        const test::CliResult run =
            cli(today, {QStringLiteral("score"), QStringLiteral("--period"), period,
                        QStringLiteral("--level"), QStringLiteral("county"),
                        QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue& row : QJsonDocument::fromJson(run.outBytes).array())
            if (row.toObject().value(QLatin1String("id")).toInteger() == f.zhang)
                return row.toObject().value(QLatin1String("total")).toDouble();
        FAIL("张三 is not scored in " << period.toStdString());
        return 0.0;
    };
    const QString suggestion = QString::number(f.suggestionId);
    cli(QStringLiteral("2026-11-02"), {QStringLiteral("suggestion"), QStringLiteral("excellent"),
                                       suggestion, QStringLiteral("--unset")});
    cli(QStringLiteral("2026-11-02"),
        {QStringLiteral("suggestion"), QStringLiteral("excellent"), suggestion,
         QStringLiteral("--date"), QStringLiteral("2026-11-02")});
    // The quarters printed before November lose the +10; it counts in the year still.
    CHECK(zhangTotal(QStringLiteral("2026-11-20"), QStringLiteral("2026Q1")) == 59);
    CHECK(zhangTotal(QStringLiteral("2026-11-20"), QStringLiteral("2026Q2")) == 69);
    // Before the year is over a missed minimum is at risk, not deducted; after, it is.
    CHECK(zhangTotal(QStringLiteral("2026-12-01"), QStringLiteral("2026")) == 79);
    CHECK(zhangTotal(QStringLiteral("2027-01-05"), QStringLiteral("2026")) == 64);
}

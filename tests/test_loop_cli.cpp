#include "TestSupport.h"
#include "XlsxReader.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace dd;
using test::runCli;

namespace {
// A county office (term 18) with one deputy, 张三 (ID 1), driven through the CLI on 2026-11-20.
struct CliOffice {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("office.ddb"));

    // A new office with one deputy, or the small demo county.
    explicit CliOffice(bool demo = false)
    {
        if (demo) {
            REQUIRE(run({"demo", "--scale", "small"}).exitCode == 0);
            return;
        }
        REQUIRE(run({"init", "--name", "云岭县人大常委会", "--level", "county", "--term", "18",
                     "--term-start", "2021-12-20"})
                    .exitCode == 0);
        REQUIRE(run({"deputy", "add", "--name", "张三", "--gender", "男", "--birth", "1975-03"})
                    .exitCode == 0);
    }
    test::CliResult run(QStringList args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"),
                                  QStringLiteral("2026-11-20")} +
                      args);
    }
};
} // namespace

TEST_CASE("CLI: a concern and a suggestion through the loop, overdue and stats",
          "[cli][loop][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    const auto cli = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"),
                                  QStringLiteral("2026-11-20")} +
                      args);
    };
    REQUIRE(cli({"init", "--name", "云岭县人大常委会", "--level", "county", "--term", "18",
                 "--term-start", "2021-12-20"})
                .exitCode == 0);
    REQUIRE(
        cli({"deputy", "add", "--name", "张三", "--gender", "男", "--birth", "1975-03"}).exitCode ==
        0);
    REQUIRE(cli({"agency", "add", "--name", "县水务局"}).exitCode == 0);
    REQUIRE(cli({"agency", "add", "--name", "县交通运输局", "--kind", "department"}).exitCode == 0);
    CHECK(cli({"agency", "add", "--name", "县水务局"}).exitCode == 2); // already on record

    // A bad phone is refused with the field named, and nothing is recorded.
    const auto bad = cli({"concern", "add", "--date", "2026-10-09", "--content", "路灯不亮",
                          "--deputy", "1", "--phone", "1381234"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("Phone")));
    REQUIRE(cli({"concern", "add", "--date", "2026-10-09", "--content", "路灯不亮", "--deputy", "1",
                 "--citizen", "王五", "--phone", "138 1234 5678", "--category", "城建环资"})
                .out.contains(QStringLiteral("2026-意-0001")));
    REQUIRE(cli({"concern", "order", "2026-意-0001", "--as", "passed-on", "--date", "2026-10-09"})
                .exitCode == 0);
    const auto dispatched = cli(
        {"concern", "dispatch", "2026-意-0001", "--agency", "县水务局", "--date", "2026-10-10"});
    REQUIRE(dispatched.exitCode == 0);
    // 15 working days from Saturday 10-10 (a make-up workday): 10-12 … 10-30.
    CHECK(dispatched.out.contains(QStringLiteral("2026-10-30")));
    // Reply before dispatch is not a step a suggestion can take; the message says why.
    REQUIRE(
        cli({"suggestion", "add", "--title", "加快村道硬化", "--lead", "1", "--date", "2026-09-01"})
            .exitCode == 0);
    const auto early = cli({"suggestion", "reply", "2026-建-001", "--class", "A", "--text", "x"});
    CHECK(early.exitCode == 2);
    CHECK(early.err.contains(QStringLiteral("awaiting dispatch")));

    const auto overdue = cli({"overdue", "--format", "json"});
    REQUIRE(overdue.exitCode == 0);
    const QJsonArray late = QJsonDocument::fromJson(overdue.outBytes).array();
    REQUIRE(late.size() == 2); // the concern past 10-30, the suggestion past its dispatch limit
    CHECK(late.at(0).toObject().value(QStringLiteral("serial")).toString() ==
          QStringLiteral("2026-建-001"));
    CHECK(late.at(1).toObject().value(QStringLiteral("urgency")).toString() ==
          QStringLiteral("overdue"));

    REQUIRE(cli({"concern", "reply", "1", "--class", "A", "--text", "已修复", "--face-to-face",
                 "--date", "2026-11-02"})
                .exitCode == 0);
    REQUIRE(cli({"concern", "evaluate", "1", "--result", "满意,基本满意,不满意", "--date",
                 "2026-11-03"})
                .exitCode == 0);
    const auto stats = cli({"stats", "--period", "2026Q4", "--by", "agency", "--format", "json"});
    REQUIRE(stats.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(stats.outBytes).array();
    REQUIRE(rows.size() == 2);
    const QJsonObject total = rows.at(0).toObject();
    CHECK(total.value(QStringLiteral("dispatched")).toInt() == 1);
    CHECK(total.value(QStringLiteral("on_time")).toInt() == 0); // replied after 10-30
    CHECK(total.value(QStringLiteral("face_to_face_rate")).toDouble() == 1.0);
    CHECK(total.value(QStringLiteral("satisfaction_rate")).toDouble() == 1.0); // basically
    CHECK(rows.at(1).toObject().value(QStringLiteral("group")).toString() ==
          QStringLiteral("县水务局"));

    const auto shown = cli({"concern", "show", "2026-意-0001", "--format", "json"});
    const QJsonObject item = QJsonDocument::fromJson(shown.outBytes).object();
    CHECK(item.value(QStringLiteral("state")).toString() == QStringLiteral("evaluated"));
    CHECK(item.value(QStringLiteral("history")).toArray().size() == 5);
    CHECK(item.value(QStringLiteral("allowed_steps")).toArray().contains(QStringLiteral("close")));
    CHECK(cli({"concern", "show", "2026-意-9999"}).exitCode == 2);
    CHECK(cli({"stats", "--period", "2026Q5"}).exitCode == 2);
}

TEST_CASE("CLI: the loop's workbooks read back, the notice masked",
          "[cli][loop][xlsx][host][linux-cli][openpyxl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    const auto cli = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"),
                                  QStringLiteral("2026-11-20")} +
                      args);
    };
    REQUIRE(cli({"init", "--name", "云岭县人大常委会", "--level", "county", "--term", "18",
                 "--term-start", "2021-12-20"})
                .exitCode == 0);
    REQUIRE(cli({"deputy", "add", "--name", "黄高", "--gender", "男"}).exitCode == 0);
    REQUIRE(cli({"agency", "add", "--name", "县水务局"}).exitCode == 0);
    REQUIRE(cli({"concern", "add", "--date", "2026-07-01", "--content",
                 "=HYPERLINK(\"x\") 自来水停供，联系 13912345678", "--deputy", "1", "--citizen",
                 "王小明", "--phone", "13812345678"})
                .exitCode == 0);
    for (const QStringList& step :
         {QStringList{"concern", "order", "1", "--as", "passed-on", "--date", "2026-07-01"},
          QStringList{"concern", "dispatch", "1", "--agency", "县水务局", "--date", "2026-07-02"},
          QStringList{"concern", "reply", "1", "--class", "A", "--text", "已恢复供水", "--date",
                      "2026-07-10"},
          QStringList{"concern", "evaluate", "1", "--result", "satisfied", "--date", "2026-07-12"},
          QStringList{"concern", "close", "1", "--date", "2026-07-13"}})
        REQUIRE(cli(step).exitCode == 0);

    const QString ledger = dir.filePath(QStringLiteral("群众意见台账.xlsx"));
    REQUIRE(cli({"export", "concerns", "--period", "2026Q3", "--out", ledger}).exitCode == 0);
    const QJsonObject book = test::readXlsx(ledger);
    const QJsonObject sheet = book.value(QStringLiteral("sheets")).toArray().at(0).toObject();
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    CHECK(rows.at(0).toArray().at(0).toObject().value(QStringLiteral("v")).toString() ==
          QStringLiteral("云岭县人大常委会 2026年第三季度群众意见台账"));
    QString all;
    bool formula = false;
    for (const QJsonValue& row : rows)
        for (const QJsonValue& cell : row.toArray()) {
            all += cell.toObject().value(QStringLiteral("v")).toVariant().toString() + u'|';
            formula |= cell.toObject().value(QStringLiteral("t")).toString() == u"f";
        }
    CHECK_FALSE(formula);
    CHECK(all.contains(QStringLiteral("2026-意-0001")));
    CHECK(all.contains(QStringLiteral("13812345678"))); // the office's own ledger keeps it

    const QString notice = dir.filePath(QStringLiteral("公示.xlsx"));
    REQUIRE(cli({"export", "notice", "--period", "2026", "--out", notice}).exitCode == 0);
    QString published;
    for (const QJsonValue& row : test::readXlsx(notice)
                                     .value(QStringLiteral("sheets"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("rows"))
                                     .toArray())
        for (const QJsonValue& cell : row.toArray())
            published += cell.toObject().value(QStringLiteral("v")).toVariant().toString() + u'|';
    CHECK(published.contains(QStringLiteral("王*明")));
    CHECK_FALSE(published.contains(QStringLiteral("王小明")));
    CHECK_FALSE(published.contains(QRegularExpression(QStringLiteral("1[3-9]\\d{9}"))));
    CHECK(published.contains(QStringLiteral("139****5678")));

    const QString stats = dir.filePath(QStringLiteral("统计.xlsx"));
    REQUIRE(cli({"export", "stats", "--period", "2026", "--out", stats}).exitCode == 0);
    const QJsonArray statRows = test::readXlsx(stats)
                                    .value(QStringLiteral("sheets"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
    REQUIRE(statRows.size() >= 5); // title, date, header, total, 县水务局
    const QJsonArray total = statRows.at(3).toArray();
    CHECK(total.at(2).toObject().value(QStringLiteral("v")).toDouble() == 1.0); // dispatched
    CHECK(total.at(2).toObject().value(QStringLiteral("t")).toString() == QStringLiteral("n"));
    CHECK(cli({"export", "concerns", "--period", "T18", "--out", ledger}).exitCode == 2);
}

TEST_CASE("CLI: a reference to a record that is not on record is bad input naming the field, and "
          "a concern taken at a station is in the station's township",
          "[cli][loop][rules][host][linux-cli]")
{
    const CliOffice office;
    const auto cli = [&](QStringList args) { return office.run(std::move(args)); };
    REQUIRE(cli({"station", "add", "--name", "城关镇东社区代表联络站", "--township", "城关镇"})
                .exitCode == 0);
    REQUIRE(
        cli({"station", "add", "--name", "河口镇代表联络站", "--township", "河口镇"}).exitCode ==
        0);

    struct Refused {
        QStringList args;
        const char* field;
    };
    const QList<Refused> refused = {
        {{"suggestion", "add", "--title", "关于村道硬化的建议", "--lead", "1", "--session", "99"},
         "Session"},
        {{"concern", "add", "--content", "路灯不亮", "--deputy", "1", "--station", "99"},
         "station 99"},
        {{"concern", "add", "--content", "路灯不亮", "--deputy", "99"}, "deputy 99"},
        {{"activity", "add", "--type", "视察", "--title", "视察农村公路", "--session", "99"},
         "Session"},
        {{"reception", "add", "--station", "99"}, "99"},
        {{"leave", "add", "--deputy", "99", "--from", "2026-11-02", "--to", "2026-11-03",
          "--reason", "出差"},
         "deputy 99"},
    };
    for (const Refused& r : refused) {
        const auto result = cli(r.args);
        INFO(r.args.join(QLatin1Char(' ')).toStdString() + " → " + result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QString::fromUtf8(r.field)));
        CHECK_FALSE(result.err.contains(QStringLiteral("FOREIGN KEY")));
    }
    CHECK(cli({"concern", "list", "--format", "csv"}).out.count(QLatin1Char('\n')) <= 1);

    // Taken at the station of 城关镇, the concern is in 城关镇; another township is refused.
    const auto taken = cli({"concern", "add", "--content", "路灯不亮", "--deputy", "1", "--station",
                            "城关镇东社区代表联络站"});
    INFO(taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    const auto shown = cli({"concern", "show", "2026-意-0001", "--format", "json"});
    CHECK(shown.out.contains(QStringLiteral("城关镇")));
    const auto elsewhere = cli({"concern", "add", "--content", "路灯不亮", "--deputy", "1",
                                "--station", "城关镇东社区代表联络站", "--township", "河口镇"});
    CHECK(elsewhere.exitCode == 2);
    CHECK(elsewhere.err.contains(QStringLiteral("城关镇")));
}

TEST_CASE("CLI: a rate with nothing to rate is shown as —, and null in JSON",
          "[cli][loop][rules][host][linux-cli]")
{
    const CliOffice office;
    const auto cli = [&](QStringList args) { return office.run(std::move(args)); };
    REQUIRE(cli({"agency", "add", "--name", "县水务局"}).exitCode == 0);
    REQUIRE(
        cli({"concern", "add", "--date", "2026-11-02", "--content", "路灯不亮", "--deputy", "1"})
            .exitCode == 0);
    REQUIRE(cli({"concern", "order", "1", "--as", "passed-on", "--date", "2026-11-02"}).exitCode ==
            0);
    REQUIRE(cli({"concern", "dispatch", "1", "--agency", "县水务局", "--date", "2026-11-03"})
                .exitCode == 0);

    // One dispatched, none replied: the reply rate is a real 0; the rest have nothing to rate.
    const auto json = cli({"stats", "--period", "2026Q4", "--format", "json"});
    REQUIRE(json.exitCode == 0);
    const QJsonObject total = QJsonDocument::fromJson(json.outBytes).array().at(0).toObject();
    CHECK(total.value(QStringLiteral("reply_rate")).toDouble(-1) == 0.0);
    for (const char* key : {"on_time_rate", "face_to_face_rate", "satisfaction_rate", "solved_rate",
                            "average_reply_working_days"}) {
        INFO(key);
        CHECK(total.value(QLatin1String(key)).isNull());
    }
    const auto table = cli({"stats", "--period", "2026Q4", "--format", "csv"});
    CHECK(table.out.contains(QStringLiteral("0.0%,0,—,0,—")));
}

TEST_CASE("CLI: stats for a term is the whole term with a column per calendar year",
          "[cli][loop][rules][host][linux-cli]")
{
    const CliOffice office(true);
    const auto cli = [&](QStringList args) { return office.run(std::move(args)); };
    const auto term = cli({"stats", "--period", "T18", "--format", "json"});
    INFO(term.err.toStdString());
    REQUIRE(term.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(term.outBytes).array();
    REQUIRE(rows.size() == 15); // the total, one row per measure
    // The county's 18th term began on 2021-12-20: a column per year 2021 … 2026.
    const QJsonObject dispatched = rows.at(0).toObject();
    CHECK(dispatched.value(QStringLiteral("measure")).toString() == QStringLiteral("dispatched"));
    int years = 0;
    for (int year = 2021; year <= 2026; ++year) {
        const QString key = QString::number(year);
        REQUIRE(dispatched.contains(key));
        years += dispatched.value(key).toInt();
        if (year == 2021)
            continue; // only its last days are in the term
        // Each full year is the same as that year's own statistics.
        const auto own = cli({"stats", "--period", key, "--format", "json"});
        CHECK(QJsonDocument::fromJson(own.outBytes)
                  .array()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("dispatched")) == dispatched.value(key));
    }
    CHECK(dispatched.value(QStringLiteral("term")).toInt() > 0);
    CHECK(dispatched.value(QStringLiteral("term")).toInt() == years);
    CHECK_FALSE(dispatched.contains(QStringLiteral("2027")));

    // By agency: a row per group and measure; the table says it in the user's language.
    const auto byAgency = cli({"stats", "--period", "T18", "--by", "agency", "--format", "json"});
    REQUIRE(byAgency.exitCode == 0);
    CHECK(QJsonDocument::fromJson(byAgency.outBytes).array().size() % 15 == 0);
    CHECK(QJsonDocument::fromJson(byAgency.outBytes).array().size() > 15);
    const auto chinese = cli({"--lang", "zh_CN", "stats", "--period", "T18"});
    CHECK(chinese.out.contains(QStringLiteral("整届")));
    CHECK(chinese.out.contains(QStringLiteral("交办数")));
    const auto missing = cli({"stats", "--period", "T19"});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("term 19")));
}

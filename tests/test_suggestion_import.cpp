// Importing a suggestions ledger kept before DeputyDesk: its numbers, its history as imported
// steps through the state machine, odd dates, all or nothing, and a second run that skips.
#include "LoopFixture.h"
#include "XlsxReader.h"

#include "imports/CellValues.h"
#include "imports/SuggestionImport.h"
#include "loop/AgencyStore.h"
#include "registry/DeputyStore.h"
#include "registry/TownshipStore.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>

using namespace dd;
using namespace dd::imports;
using namespace dd::loop;

namespace {

// A ledger as an office keeps it: a title row, a 填报单位 line, 序号, numbers in three styles,
// dates as real dates, Excel serials, text with dots and 年月日, a yyyymmdd number and 4月2日
// without a year; 张三等3人; a category with 类; an agency not yet on record; a signature line.
const char* const kLedger = R"PY(
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "建议台账"
ws.append(["云岭县人大常委会2026年代表建议办理台账"])
ws.merge_cells("A1:O1")
ws.append(["填报单位：代表工作委员会"])
ws.append(["序号", "建议编号", "案由", "领衔代表", "附议代表", "类别", "主办单位", "协办单位",
           "交办日期", "办理期限", "答复日期", "答复类别", "是否见面", "代表评价", "办理状态"])
ws.append([1, "2026-建-003", "关于加快村道硬化的建议", "张 三", "李四", "城建环资类", "县交通运输局",
           None, datetime.datetime(2026, 3, 10), "2026.6.10", "2026年5月20日", "A类", "是", "满意",
           "已办结"])
ws.append([2, 5, "关于改善农村饮水的建议", "李四", None, "农业农村", "县水务局", "县卫生健康局",
           46097, None, 20260610, "正在解决", "否", "不满意", None])
ws.append([3, "第7号", "关于增设公交站点的建议", "张三等3人", None, "其他", "县交通运输局", "—",
           "4月2日", None, None, None, None, None, None])
ws.append([4, "2026-建-009", "关于校园周边交通安全的建议", "李四", None, "教科文卫"])
ws.append(["填表人：王丽", None, None, None, None, None, None, None, "审核人："])
wb.save(sys.argv[1])
)PY";

// The same header with rows that cannot be imported as they stand.
const char* const kBadLedger = R"PY(
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["建议编号", "案由", "领衔代表", "主办单位", "交办日期", "答复日期", "答复类别"])
ws.append(["2026-建-001", "关于路灯维修的建议", "张三", "县水务局", "2026-05-10", "2026-04-01", "A"])
ws.append(["2026-建-002", "关于河道清淤的建议", "王麻子", "县水务局", "2026-05-10", None, None])
ws.append(["2026-建-003", "关于集市管理的建议", "李四", "县水务局", "2026-13-45", None, None])
ws.append(["2026-建-004", "关于农田水利的建议", "李四", "县水务局", "2026-05-10", "2026-06-01", "E"])
wb.save(sys.argv[1])
)PY";

QString ledgerFile(const QTemporaryDir& dir, const char* script, const char* name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    test::runPython(script, {path});
    return path;
}

} // namespace

TEST_CASE("Cell dates as ledgers hold them", "[import][loop]")
{
    const auto read = [](Cell::Kind kind, const QString& text, double number = 0) {
        Cell cell;
        cell.kind = kind;
        cell.text = text;
        cell.number = number;
        const auto date = CellValues::date(&cell, 2026);
        return std::pair{date.valueOr(QDate()), date.error()};
    };
    const QDate march5(2026, 3, 5);
    CHECK(read(Cell::Kind::Text, QStringLiteral("2026-03-05")).first == march5);
    CHECK(read(Cell::Kind::Text, QStringLiteral("2026.3.5")).first == march5);
    CHECK(read(Cell::Kind::Text, QStringLiteral("2026/3/5")).first == march5);
    CHECK(read(Cell::Kind::Text, QStringLiteral("２０２６年３月５日")).first == march5);
    CHECK(read(Cell::Kind::Text, QStringLiteral("2026年3月5号")).first == march5);
    CHECK(read(Cell::Kind::Text, QStringLiteral("2026-03-05 14:30")).first == march5);
    CHECK(read(Cell::Kind::Text, QStringLiteral("20260305")).first == march5);
    CHECK(read(Cell::Kind::Text, QStringLiteral("3月5日")).first == march5);
    CHECK(read(Cell::Kind::Number, QStringLiteral("20260305"), 20260305).first == march5);
    CHECK(read(Cell::Kind::Number, QStringLiteral("46086"), 46086).first == march5);
    const auto none = read(Cell::Kind::Text, QStringLiteral("—"));
    CHECK(none.first.isNull());
    CHECK(none.second.isEmpty());
    const auto wrong = read(Cell::Kind::Text, QStringLiteral("2026-02-30"));
    CHECK(wrong.first.isNull());
    CHECK(wrong.second.contains(QStringLiteral("2026-02-30")));
}

TEST_CASE("A suggestions ledger imports with its history as imported steps",
          "[import][loop][host][openpyxl]")
{
    test::LoopFixture fixture;
    QTemporaryDir dir;
    const QString path = ledgerFile(dir, kLedger, "ledger.xlsx");
    const QString before = fixture.snapshot();

    SECTION("an agency not on record stops the import until it is created")
    {
        SuggestionImport ledger(fixture.db.connection(), {});
        REQUIRE(ledger.read(path));
        CHECK(ledger.problems().isEmpty());
        CHECK(ledger.missingAgencies() == QStringList{QStringLiteral("县卫生健康局")});
        CHECK(ledger.missingCategories().isEmpty()); // 城建环资类 is 城建环资
        CHECK(ledger.rows().size() == 4);
        CHECK_FALSE(ledger.canApply());
        ImportCounts counts;
        CHECK_FALSE(ledger.apply(&counts).ok());
        CHECK(fixture.snapshot() == before);
    }

    SuggestionImportOptions options;
    options.createMissing = true;
    SuggestionImport ledger(fixture.db.connection(), options);
    REQUIRE(ledger.read(path));
    CHECK(ledger.source().mapping.headerRow == 3);
    ImportCounts counts;
    REQUIRE(ledger.apply(&counts).ok());
    CHECK(counts.inserted == 4);

    LoopStore store = fixture.store();
    const auto roads = store.findBySerial(QStringLiteral("2026-建-003"));
    REQUIRE(roads.found());
    CHECK(roads->title == QStringLiteral("关于加快村道硬化的建议"));
    CHECK(roads->deputyIds == QList<qint64>{fixture.zhang});
    CHECK(roads->cosignerIds == QList<qint64>{fixture.li});
    CHECK(roads->category == QStringLiteral("城建环资"));
    CHECK(roads->state == State::Closed);
    CHECK(roads->firstDispatchDate == QDate(2026, 3, 10));
    CHECK(roads->replyDueDate == QDate(2026, 6, 10));
    CHECK(roads->replyDate == QDate(2026, 5, 20));
    CHECK(roads->resultClass == QStringLiteral("A"));
    CHECK(roads->faceToFace);
    CHECK(roads->repliedOnTime == true);
    CHECK(roads->evaluation == Evaluation::Satisfied);
    const QList<Step> steps = *store.steps(roads->id);
    REQUIRE(steps.size() == 5); // point, dispatch, reply, evaluate, close
    CHECK(steps.at(1).kind == StepKind::Dispatch);
    CHECK(steps.at(1).imported);
    CHECK(steps.at(1).date == QDate(2026, 3, 10));
    CHECK(steps.at(4).kind == StepKind::Close);
    CHECK(steps.at(4).imported);

    // An Excel serial and a yyyymmdd number; 不满意 opened the re-handling round by itself.
    const auto water = store.findBySerial(QStringLiteral("2026-建-005"));
    REQUIRE(water.found());
    CHECK(water->firstDispatchDate == QDate(2026, 3, 16));
    CHECK(water->replyDate == QDate(2026, 6, 10));
    CHECK(water->resultClass == QStringLiteral("B"));
    CHECK_FALSE(water->faceToFace);
    CHECK(water->evaluation == Evaluation::Unsatisfied);
    CHECK(water->state == State::Dispatched);
    CHECK(water->round == 2);
    const auto health =
        AgencyStore(fixture.db.connection()).findByName(QStringLiteral("县卫生健康局"));
    REQUIRE(health.found());
    CHECK(water->coAgencyIds == QList<qint64>{health->id});

    // 第7号 and 4月2日 in the ledger's year; 张三等3人 names the lead only.
    const auto bus = store.findBySerial(QStringLiteral("2026-建-007"));
    REQUIRE(bus.found());
    CHECK(bus->state == State::Dispatched);
    CHECK(bus->dispatchDate == QDate(2026, 4, 2));
    CHECK(bus->cosignerIds.isEmpty());
    const auto school = store.findBySerial(QStringLiteral("2026-建-009"));
    REQUIRE(school.found());
    CHECK(school->state == State::AwaitingDispatch);

    // The next suggestion recorded by hand follows the ledger's numbers.
    const qint64 next = fixture.suggestion(QDate(2026, 11, 2));
    CHECK(store.find(next)->serial == QStringLiteral("2026-建-010"));

    // Importing the same ledger again changes nothing.
    const QString imported = fixture.snapshot();
    SuggestionImport again(fixture.db.connection(), options);
    REQUIRE(again.read(path));
    CHECK(again.problems().isEmpty());
    REQUIRE(again.apply(&counts).ok());
    CHECK(counts.inserted == 0);
    CHECK(counts.skipped == 4);
    CHECK(fixture.snapshot() == imported);
}

TEST_CASE("A ledger with wrong rows names each and imports nothing",
          "[import][loop][host][openpyxl]")
{
    test::LoopFixture fixture;
    QTemporaryDir dir;
    const QString path = ledgerFile(dir, kBadLedger, "bad.xlsx");
    const QString before = fixture.snapshot();
    SuggestionImport ledger(fixture.db.connection(), {});
    REQUIRE(ledger.read(path));
    QStringList messages;
    for (const ImportProblem& problem : ledger.problems())
        messages
            << QStringLiteral("%1|%2|%3").arg(problem.row).arg(problem.column, problem.message);
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    REQUIRE(ledger.problems().size() == 4);
    CHECK(messages.at(0).startsWith(QStringLiteral("2|答复日期|")));
    CHECK(messages.at(0).contains(QStringLiteral("2026-04-01")));
    CHECK(messages.at(1).startsWith(QStringLiteral("3|领衔代表|")));
    CHECK(messages.at(1).contains(QStringLiteral("王麻子")));
    CHECK(messages.at(2).startsWith(QStringLiteral("4|交办日期|")));
    CHECK(messages.at(3).startsWith(QStringLiteral("5|答复类别|")));
    ImportCounts counts;
    CHECK_FALSE(ledger.apply(&counts).ok());
    CHECK(fixture.snapshot() == before);
}

TEST_CASE("CLI: import suggestions and category add", "[cli][import][loop][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    const auto cli = [&](QStringList args) {
        return test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"),
                                        QStringLiteral("2026-11-20")} +
                            args);
    };
    REQUIRE(cli({"init", "--name", "云岭县人大常委会", "--level", "county", "--term", "18",
                 "--term-start", "2021-12-20"})
                .exitCode == 0);
    for (const char* name : {"张三", "李四"})
        REQUIRE(cli({"deputy", "add", "--name", name, "--gender", "男", "--birth", "1975-03"})
                    .exitCode == 0);
    REQUIRE(cli({"agency", "add", "--name", "县交通运输局"}).exitCode == 0);
    const QString path = ledgerFile(dir, kLedger, "ledger.xlsx");

    const auto refused = cli({"import", "suggestions", path});
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.contains(QStringLiteral("县水务局")));
    CHECK(refused.out.contains(QStringLiteral("县卫生健康局")));
    CHECK(refused.err.contains(QStringLiteral("--create-missing")));

    const auto dry = cli({"import", "suggestions", path, "--create-missing", "--dry-run"});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("would insert 4")));
    CHECK(cli({"suggestion", "list", "--format", "csv"}).out.count(QLatin1Char('\n')) == 1);

    const auto done = cli({"import", "suggestions", path, "--create-missing"});
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("Inserted 4")));
    const auto shown = cli({"suggestion", "show", "2026-建-003"});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("县交通运输局")));

    CHECK(cli({"category", "add", "乡村振兴"}).exitCode == 0);
    const auto categories = cli({"category", "list", "--format", "csv"});
    CHECK(categories.out.trimmed().endsWith(QStringLiteral("8,乡村振兴")));
    CHECK(cli({"category", "add", ""}).exitCode == 2);
}

TEST_CASE(
    "CLI: batch dispatch is all or nothing, and dispatch notices and feedback forms come as PDF",
    "[cli][loop][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    const auto cli = [&](QStringList args) {
        return test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"),
                                        QStringLiteral("2026-11-20")} +
                            args);
    };
    REQUIRE(cli({"init", "--name", "云岭县人大常委会", "--level", "county", "--term", "18",
                 "--term-start", "2021-12-20"})
                .exitCode == 0);
    REQUIRE(
        cli({"deputy", "add", "--name", "黄海", "--gender", "男", "--birth", "1975-03"}).exitCode ==
        0);
    REQUIRE(cli({"agency", "add", "--name", "县水务局"}).exitCode == 0);
    for (const char* title : {"关于河道清淤的建议", "关于农田水利的建议", "关于饮水安全的建议"})
        REQUIRE(cli({"suggestion", "add", "--date", "2026-11-02", "--title", title, "--lead", "1"})
                    .exitCode == 0);
    REQUIRE(cli({"suggestion", "dispatch", "2026-建-003", "--agency", "县水务局", "--date",
                 "2026-11-03"})
                .exitCode == 0);

    // 003 is already with the agency: the batch is refused by name and nothing changes.
    const auto refused = cli({"suggestion", "dispatch", "2026-建-001", "2026-建-002", "2026-建-003",
                              "--agency", "县水务局"});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("2026-建-003")));
    CHECK(cli({"suggestion", "list", "--state", "dispatched", "--format", "csv"})
              .out.count(QLatin1Char('\n')) == 2);
    const auto batch =
        cli({"suggestion", "dispatch", "2026-建-001", "2026-建-002", "--agency", "县水务局"});
    CHECK(batch.exitCode == 0);
    CHECK(batch.out.count(QStringLiteral("2026-建-00")) == 2);

    REQUIRE(cli({"agency", "edit", "县水务局", "--contact", "王丽", "--phone", "0871-1234567"})
                .exitCode == 0);
    CHECK(cli({"agency", "list", "--format", "csv"}).out.contains(QStringLiteral("王丽")));

    const QString notices = dir.filePath(QStringLiteral("notices.pdf"));
    const auto written = cli({"forms", "dispatch-notices", "--out", notices});
    CHECK(written.exitCode == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {notices, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(extracted.contains(QStringLiteral("交办通知单")));
    CHECK(extracted.contains(QStringLiteral("县水务局")));
    for (const char* serial : {"2026-建-001", "2026-建-002", "2026-建-003"})
        CHECK(extracted.contains(QString::fromUtf8(serial)));
    CHECK(extracted.contains(QStringLiteral("黄海")));

    // A feedback form goes with a reply.
    const QString forms = dir.filePath(QStringLiteral("forms.pdf"));
    CHECK(cli({"forms", "feedback", "2026-建-001", "--out", forms}).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(forms));
    REQUIRE(cli({"suggestion", "reply", "2026-建-001", "--class", "A", "--text", "已完成清淤"})
                .exitCode == 0);
    CHECK(cli({"forms", "feedback", "2026-建-001", "--out", forms}).exitCode == 0);
    text.start(QStringLiteral("pdftotext"), {forms, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString form = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(form.contains(QStringLiteral("代表意见征询表")));
    CHECK(form.contains(QStringLiteral("2026-建-001")));
}

TEST_CASE("Deputies of the same name are told apart by the township", "[import][loop]")
{
    test::LoopFixture fixture;
    const QSqlDatabase db = fixture.db.connection();
    registry::TownshipStore townships(db);
    QHash<QString, qint64> wangFang;
    for (const char* name : {"石桥镇", "城关镇"}) {
        const Outcome township = townships.ensure(QString::fromUtf8(name));
        REQUIRE(township.ok());
        registry::Deputy deputy;
        deputy.name = QStringLiteral("王芳");
        deputy.gender = QStringLiteral("F");
        deputy.birthMonth =
            wangFang.isEmpty() ? QStringLiteral("1970-01") : QStringLiteral("1980-01");
        registry::Membership membership;
        membership.level = registry::Level::County;
        membership.termNumber = 18;
        membership.townshipId = township.id;
        REQUIRE(registry::DeputyStore(db).add(deputy, membership).ok());
        wangFang.insert(QString::fromUtf8(name), deputy.id);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("same-names.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("编号,案由,领衔代表,乡镇\n"
               "2026-建-001,关于石桥镇集市改造的建议,王芳（石桥镇）,\n"
               "2026-建-002,关于城关镇停车难的建议,王芳,城关镇\n"
               "2026-建-003,关于学校食堂的建议,王芳,\n");
    file.close();
    SuggestionImport ledger(db, {});
    REQUIRE(ledger.read(path));
    REQUIRE(ledger.problems().size() == 1);
    const ImportProblem& problem = ledger.problems().first();
    CHECK(problem.row == 4);
    CHECK(problem.message.contains(QStringLiteral("石桥镇")));
    CHECK(problem.message.contains(QStringLiteral("城关镇")));
    REQUIRE(ledger.rows().size() == 2);
    CHECK(ledger.rows().at(0).item.deputyIds ==
          QList<qint64>{wangFang.value(QStringLiteral("石桥镇"))});
    CHECK(ledger.rows().at(1).item.deputyIds ==
          QList<qint64>{wangFang.value(QStringLiteral("城关镇"))});
}

// 撤回: the last step of a concern or suggestion recorded by mistake is withdrawn with a reason.
// The item goes back exactly to where it was, the step stays in the history marked withdrawn,
// and what is computed from the loop (measures, scores) follows at once.
#include "LoopFixture.h"

#include "common/Clock.h"
#include "common/Period.h"
#include "loop/LoopMeasures.h"
#include "scoring/ScoreEngine.h"
#include "usecases/LoopActions.h"
#include "usecases/Operator.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace dd;
using namespace dd::loop;
using test::step;

namespace {

const QDate kToday(2026, 11, 20);

// The item's handling as stored: its loop_items row (but the time it was last written) and its
// agencies. Equal text means the item is back exactly where it was.
QString handlingRow(const QSqlDatabase& db, qint64 itemId)
{
    QString text;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT * FROM loop_items WHERE id = %1").arg(itemId));
    while (query.next())
        for (int i = 0; i < query.record().count(); ++i)
            if (query.record().fieldName(i) != QLatin1String("updated_at"))
                text += query.record().fieldName(i) + QLatin1Char('=') + query.value(i).toString() +
                        QLatin1Char('|');
    query.exec(QStringLiteral("SELECT agency_id, role FROM item_agencies WHERE item_id = %1 "
                              "ORDER BY agency_id")
                   .arg(itemId));
    while (query.next())
        text += QStringLiteral("agency %1 %2|")
                    .arg(query.value(0).toString(), query.value(1).toString());
    return text;
}

StepRequest randomRequest(QRandomGenerator& random, const Item& item, const test::LoopFixture& f,
                          QDate date)
{
    const StepKind kinds[] = {StepKind::Order,    StepKind::Dispatch, StepKind::Return,
                              StepKind::Extend,   StepKind::Reply,    StepKind::Supervise,
                              StepKind::Evaluate, StepKind::Close};
    StepRequest request = step(kinds[random.bounded(8)], date);
    request.text = QStringLiteral("记录");
    request.orderKind = random.bounded(2) ? OrderKind::PassedOn : OrderKind::OnSpot;
    request.leadAgencyId = random.bounded(2) ? f.water : f.traffic;
    if (random.bounded(2))
        request.coAgencyIds = {request.leadAgencyId == f.water ? f.traffic : f.water};
    request.dueDate = item.dueDate.isValid() ? item.dueDate.addDays(10) : QDate();
    request.resultClass = QString(QChar(u'A' + random.bounded(4)));
    request.faceToFace = random.bounded(2);
    request.votes = {Evaluation(random.bounded(3))};
    return request;
}

double totalOf(const QSqlDatabase& db, qint64 deputyId)
{
    const auto scores = scoring::ScoreEngine(db).scores(*Period::parse(QStringLiteral("2026")), {});
    REQUIRE(scores);
    for (const scoring::DeputyScore& score : *scores)
        if (score.member.deputyId == deputyId)
            return score.total;
    FAIL("the deputy is not scored");
    return 0;
}

Measures totalMeasures(const QSqlDatabase& db)
{
    const auto measures = computeMeasures(db, QDate(2026, 1, 1), QDate(2026, 12, 31), GroupBy::None,
                                          LoopStore(db).deadlines(), Clock::today());
    REQUIRE(measures);
    REQUIRE_FALSE(measures->isEmpty());
    return measures->first();
}

} // namespace

TEST_CASE("Withdrawing the last steps one by one walks an item back through every state it was "
          "in",
          "[loop][withdraw]")
{
    test::LoopFixture f;
    const QSqlDatabase db = f.db.connection();
    usecase::setOperator(db, QStringLiteral("代表工委 刘干事"));
    LoopStore store = f.store();
    QRandomGenerator random(20261204);
    for (int run = 0; run < 25; ++run) {
        const QDate start(2026, 1 + random.bounded(6), 1 + random.bounded(28));
        const qint64 id = random.bounded(2) ? f.concern(start) : f.suggestion(start);
        QStringList states{handlingRow(db, id)}; // after each step that was taken
        QDate date = start;
        for (int n = 0; n < 12; ++n) {
            date = date.addDays(random.bounded(6));
            Clock::setToday(std::max(date, kToday));
            if (usecase::takeStep(db, {id}, randomRequest(random, *store.find(id), f, date)).ok())
                states << handlingRow(db, id);
        }
        INFO("item " << id << " with " << states.size() - 1 << " steps");
        for (qsizetype back = states.size() - 2; back >= 0; --back) {
            REQUIRE(usecase::withdrawStep(db, id, QStringLiteral("录入有误")).ok());
            CHECK(handlingRow(db, id) == states.at(back));
        }
        const Outcome nothingLeft = usecase::withdrawStep(db, id, QStringLiteral("录入有误"));
        CHECK(nothingLeft.kind == Outcome::Kind::NotAllowed);
        CHECK(handlingRow(db, id) == states.first());
        // Every step is still in the history, all but the 点单 withdrawn.
        const QList<Step> history = *store.steps(id);
        CHECK(history.size() == states.size());
        for (const Step& s : history)
            CHECK(s.withdrawn() == (s.kind != StepKind::Point));
    }
    Clock::setToday(kToday);
}

TEST_CASE("A withdrawn step stays in the history with who, when and why, and the item goes on "
          "from where it was",
          "[loop][withdraw]")
{
    test::LoopFixture f;
    const QSqlDatabase db = f.db.connection();
    usecase::setOperator(db, QStringLiteral("王文书"));
    LoopStore store = f.store();
    const qint64 id = f.suggestion(QDate(2026, 3, 2));
    StepRequest dispatch = step(StepKind::Dispatch, QDate(2026, 3, 5));
    dispatch.actor.clear();
    dispatch.leadAgencyId = f.traffic; // the wrong agency
    REQUIRE(usecase::takeStep(db, {id}, dispatch).ok());
    const QDate wrongDue = store.find(id)->dueDate;

    REQUIRE(usecase::withdrawStep(db, id, QStringLiteral("承办单位选错")).ok());
    const Item back = *store.find(id);
    CHECK(back.state == State::AwaitingDispatch);
    CHECK(back.leadAgencyId == 0);
    CHECK(back.round == 0);
    CHECK(back.dueDate != wrongDue);
    const QList<Step> history = *store.steps(id);
    REQUIRE(history.size() == 2);
    CHECK(history.last().withdrawn());
    CHECK(history.last().withdrawnBy == QStringLiteral("王文书"));
    CHECK(history.last().withdrawnReason == QStringLiteral("承办单位选错"));
    CHECK(history.last().agencyId == f.traffic); // what was recorded, kept

    dispatch.leadAgencyId = f.water;
    REQUIRE(usecase::takeStep(db, {id}, dispatch).ok());
    CHECK(store.find(id)->leadAgencyId == f.water);
    CHECK(store.find(id)->round == 1);
    const auto last = store.lastStep(id);
    REQUIRE(last);
    REQUIRE(*last);
    CHECK((*last)->agencyId == f.water);
}

TEST_CASE(
    "Only the clerk who recorded a step or an administrator withdraws it, with a reason, but the "
    "点单 and a decision that made a suggestion are not withdrawn",
    "[loop][withdraw]")
{
    test::LoopFixture f;
    LoopStore store = f.store();
    const qint64 id = f.concern(QDate(2026, 3, 2));
    const Outcome onlyPoint = store.withdrawLastStep(id, QStringLiteral("误录"), {}, true);
    CHECK(onlyPoint.kind == Outcome::Kind::NotAllowed);
    CHECK(onlyPoint.text().contains(QStringLiteral("2026-意-0001")));

    StepRequest order = step(StepKind::Order, QDate(2026, 3, 3)); // by 代表工委 刘干事
    order.orderKind = OrderKind::PassedOn;
    REQUIRE(store.applyStep(id, order).ok());
    const QString ordered = f.snapshot();
    const Outcome noReason = store.withdrawLastStep(id, QStringLiteral("  "), {}, true);
    REQUIRE(noReason.errors.size() == 1);
    CHECK(noReason.errors.first().field == QStringLiteral("reason"));
    const Outcome someoneElse =
        store.withdrawLastStep(id, QStringLiteral("误录"), QStringLiteral("李干事"), false);
    CHECK(someoneElse.kind == Outcome::Kind::NotAllowed);
    CHECK(someoneElse.text().contains(QStringLiteral("代表工委 刘干事")));
    CHECK(f.snapshot() == ordered); // refusals change nothing
    CHECK(
        store.withdrawLastStep(id, QStringLiteral("误录"), QStringLiteral("代表工委 刘干事"), false)
            .ok());
    CHECK(store.find(id)->state == State::Pointed);

    const qint64 other = f.concern(QDate(2026, 3, 2));
    StepRequest toSuggestion = step(StepKind::Order, QDate(2026, 3, 3));
    toSuggestion.orderKind = OrderKind::NewSuggestion;
    toSuggestion.text = QStringLiteral("关于修复村口道路的建议");
    REQUIRE(store.applyStep(other, toSuggestion).ok());
    const QString formed = f.snapshot();
    const Outcome madeSuggestion =
        store.withdrawLastStep(other, QStringLiteral("误录"), QStringLiteral("李干事"), true);
    CHECK(madeSuggestion.kind == Outcome::Kind::NotAllowed);
    CHECK(madeSuggestion.text().contains(QStringLiteral("2026-建-001")));
    CHECK(f.snapshot() == formed);
}

TEST_CASE("Measures and scores follow a withdrawal at once", "[loop][withdraw][scoring]")
{
    test::LoopFixture f;
    const QSqlDatabase db = f.db.connection();
    const qint64 id = f.concern(QDate(2026, 9, 1));
    StepRequest order = step(StepKind::Order, QDate(2026, 9, 2));
    order.orderKind = OrderKind::PassedOn;
    StepRequest dispatch = step(StepKind::Dispatch, QDate(2026, 9, 3));
    dispatch.leadAgencyId = f.water;
    StepRequest reply = step(StepKind::Reply, QDate(2026, 9, 10));
    reply.resultClass = QStringLiteral("A");
    reply.faceToFace = true;
    reply.text = QStringLiteral("已修复");
    StepRequest evaluate = step(StepKind::Evaluate, QDate(2026, 9, 15));
    evaluate.votes = {Evaluation::Satisfied};
    for (const StepRequest& request : {order, dispatch, reply})
        REQUIRE(usecase::takeStep(db, {id}, request).ok());
    const double unevaluated = totalOf(db, f.zhang);
    const int replyDays = totalMeasures(db).replyWorkingDays;
    REQUIRE(usecase::takeStep(db, {id}, evaluate).ok());
    const double satisfied = totalOf(db, f.zhang);
    REQUIRE(satisfied > unevaluated); // a concern closed satisfied counts for its deputy
    CHECK(totalMeasures(db).satisfied == 1);

    REQUIRE(usecase::withdrawStep(db, id, QStringLiteral("群众尚未评价")).ok());
    CHECK(totalOf(db, f.zhang) == unevaluated);
    CHECK(totalMeasures(db).satisfied == 0);
    CHECK(totalMeasures(db).evaluated == 0);

    REQUIRE(usecase::withdrawStep(db, id, QStringLiteral("答复录错了")).ok());
    CHECK(totalMeasures(db).replied == 0);
    CHECK(totalMeasures(db).dispatched == 1);
    // Replied again a week later: the days to the first reply count from this reply, not the
    // withdrawn one.
    reply.date = QDate(2026, 9, 17);
    REQUIRE(usecase::takeStep(db, {id}, reply).ok());
    CHECK(totalMeasures(db).replied == 1);
    CHECK(totalMeasures(db).replyWorkingDays == replyDays + 5);
}

TEST_CASE("CLI: concern withdraw takes back the last step, with a reason, and show marks it",
          "[cli][loop][withdraw][host][linux-cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.ddb"));
    const auto cli = [&](QStringList args) {
        return test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--today"),
                                        QStringLiteral("2026-11-20"), QStringLiteral("--user"),
                                        QStringLiteral("王文书")} +
                            args);
    };
    REQUIRE(cli({"init", "--name", "云岭县人大常委会", "--level", "county", "--term", "18",
                 "--term-start", "2021-12-20"})
                .exitCode == 0);
    REQUIRE(
        cli({"deputy", "add", "--name", "张三", "--gender", "男", "--birth", "1975-03"}).exitCode ==
        0);
    REQUIRE(
        cli({"concern", "add", "--date", "2026-10-09", "--content", "路灯不亮", "--deputy", "1"})
            .exitCode == 0);
    REQUIRE(cli({"concern", "order", "2026-意-0001", "--as", "on-spot", "--date", "2026-10-09",
                 "--text", "当场答复"})
                .exitCode == 0);

    const test::CliResult noReason = cli({"concern", "withdraw", "2026-意-0001"});
    CHECK(noReason.exitCode == 2);
    CHECK(noReason.err.contains(QStringLiteral("Reason")));
    const test::CliResult withdrawn =
        cli({"concern", "withdraw", "2026-意-0001", "--reason", "应转交办理"});
    REQUIRE(withdrawn.exitCode == 0);
    const QJsonObject shown =
        QJsonDocument::fromJson(
            cli({"concern", "show", "2026-意-0001", "--format", "json"}).outBytes)
            .object();
    CHECK(shown.value(QStringLiteral("state")).toString() == QStringLiteral("pointed"));
    const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() == 2);
    const QString mark = history.at(1).toObject().value(QStringLiteral("withdrawn")).toString();
    CHECK(mark.contains(QStringLiteral("王文书")));
    CHECK(mark.contains(QStringLiteral("应转交办理")));
    CHECK(cli({"concern", "withdraw", "2026-意-0001", "--reason", "再撤"}).exitCode != 0);
    const test::CliResult log = cli({"log", "--action", "loop.withdraw", "--format", "json"});
    CHECK(QJsonDocument::fromJson(log.outBytes).array().size() == 1);
}

// The operator log (操作日志): every use case leaves exactly one entry, a refused one none; the
// chain of hashes catches an entry changed or removed by another program, also when the chain
// is written again after it.
#include "LoopFixture.h"
#include "StationFixture.h"
#include "TestSupport.h"

#include "activities/LeaveStore.h"
#include "activities/RosterPlanner.h"
#include "calendar/WorkingCalendar.h"
#include "common/DocumentText.h"
#include "registry/DeputyStore.h"
#include "scoring/RuleStore.h"
#include "storage/Backups.h"
#include "storage/OperatorLog.h"
#include "usecases/ActivityActions.h"
#include "usecases/BackupActions.h"
#include "usecases/DeputyActions.h"
#include "usecases/DeputyVersions.h"
#include "usecases/ExportActions.h"
#include "usecases/ImportRun.h"
#include "usecases/LoopActions.h"
#include "usecases/Operator.h"
#include "usecases/RegistryActions.h"
#include "usecases/ScoringActions.h"
#include "usecases/SettingsActions.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

using namespace dd;

namespace {

// Follows the log across use cases: each call must have added exactly one entry of its action.
class LogWatch {
public:
    explicit LogWatch(QSqlDatabase db)
        : m_db(std::move(db))
        , m_count(storage::OperatorLog(m_db).head()->count)
    {
    }
    storage::LogEntry one(const char* action, const Outcome& outcome)
    {
        INFO(action << ": " << outcome.text().toStdString());
        REQUIRE(outcome.ok());
        const auto entries = storage::OperatorLog(m_db).list();
        REQUIRE(entries);
        REQUIRE(entries->size() == m_count + 1);
        m_count = entries->size();
        CHECK(entries->last().action == QLatin1String(action));
        CHECK_FALSE(entries->last().summary.isEmpty());
        m_actions.insert(QString::fromLatin1(action).section(QLatin1Char('.'), 0, 1));
        return entries->last();
    }
    void none(const Outcome& outcome)
    {
        CHECK_FALSE(outcome.ok());
        CHECK(storage::OperatorLog(m_db).head()->count == m_count);
    }
    QSet<QString> actions() const { return m_actions; }

private:
    QSqlDatabase m_db;
    qsizetype m_count = 0;
    QSet<QString> m_actions;
};

QString writeFile(const test::TempDatabase& db, const QString& name, const QString& text)
{
    const QString path = db.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

// The sqlite3 shell on the office file, as another program would change it.
void sqliteShell(const QString& path, const QString& sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path, sql});
    REQUIRE(shell.waitForFinished(30000));
    INFO(shell.readAllStandardError().toStdString());
    REQUIRE(shell.exitCode() == 0);
}

class TestKeeper : public storage::LogHeadKeeper {
public:
    void remember(const QString& office, const storage::LogHead& head) override
    {
        heads[office] = head;
    }
    std::optional<storage::LogHead> recalled(const QString& office) const override
    {
        const auto it = heads.constFind(office);
        return it == heads.constEnd() ? std::nullopt : std::optional(*it);
    }
    QHash<QString, storage::LogHead> heads;
};

} // namespace

TEST_CASE("Every use case leaves exactly one entry in the operator log, a refused one none",
          "[log][usecase]")
{
    test::StationFixture fixture(2);
    fixture.db.closeDoor();
    const QSqlDatabase db = fixture.db.connection();
    usecase::setOperator(db, QStringLiteral("王文书"));
    LogWatch log(db);
    const qint64 first = fixture.deputies.at(0);
    const qint64 second = fixture.deputies.at(1);

    // The registry.
    registry::Deputy deputy;
    deputy.name = QStringLiteral("赵六");
    deputy.gender = QStringLiteral("女");
    deputy.birthMonth = QStringLiteral("1980-06");
    deputy.phone = QStringLiteral("13912345678");
    registry::Membership membership;
    membership.level = registry::Level::County;
    membership.termNumber = 18;
    log.one("deputy.add", usecase::addDeputy(db, deputy, membership));
    registry::Deputy refused = deputy;
    refused.id = 0;
    refused.name.clear();
    registry::Membership again = membership;
    log.none(usecase::addDeputy(db, refused, again));

    usecase::DeputyEdit edit{deputy, std::nullopt, 0};
    edit.deputy.phone = QStringLiteral("13987654321");
    const storage::LogEntry edited = log.one("deputy.edit", usecase::editDeputy(db, edit));
    REQUIRE(edited.changes.size() == 1);
    CHECK(edited.changes.first().field == QStringLiteral("phone"));
    CHECK(edited.changes.first().before == QStringLiteral("13912345678"));
    CHECK(edited.changes.first().after == QStringLiteral("13987654321"));
    CHECK(edited.summary.contains(QStringLiteral("赵六")));
    const DocumentText documentText(QStringLiteral("zh_CN")); // the office's document language
    CHECK(edited.summary.contains(documentText.translate("dd", "Phone")));
    CHECK(edited.operatorName == QStringLiteral("王文书"));
    CHECK(edited.recordKind == QStringLiteral("deputy"));
    CHECK(edited.recordId == deputy.id);

    log.one("station.assign",
            usecase::assignToStation(db, {fixture.station, {deputy.id}, false, false, {}}));
    registry::Station station;
    station.name = QStringLiteral("新设镇代表联络站");
    log.one("station.add", usecase::saveStation(db, station, QStringLiteral("新设镇")));
    station.liaisonOfficer = QStringLiteral("张云");
    CHECK(log.one("station.edit", usecase::saveStation(db, station)).changes.size() == 1);
    log.one("deputy.status",
            usecase::changeDeputyStatus(db, {second, registry::Level::County, 18,
                                             registry::MembershipStatus::Resigned,
                                             QDate(2026, 5, 1), QStringLiteral("工作调动")}));
    registry::Session session;
    session.level = registry::Level::County;
    session.termNumber = 18;
    session.number = 7;
    session.openingDate = QDate(2027, 2, 10);
    session.closingDate = QDate(2027, 2, 12);
    log.one("session.add", usecase::addSession(db, session));

    // The activities and the roster.
    activities::Activity reception = fixture.reception(QDate(2026, 4, 8));
    reception.participants = {{first, activities::Attendance::Present, {}, {}}};
    log.one("activity.add", usecase::saveActivity(db, reception));
    reception.title = QStringLiteral("四月接待日");
    const storage::LogEntry corrected =
        log.one("activity.edit", usecase::saveActivity(db, reception));
    REQUIRE(corrected.changes.size() == 1);
    CHECK(corrected.changes.first().field == QStringLiteral("title"));
    CHECK(corrected.changes.first().after == QStringLiteral("四月接待日"));
    log.none(usecase::removeActivity(db, reception.id, QStringLiteral(" "))); // no reason
    const storage::LogEntry removed = log.one(
        "activity.remove", usecase::removeActivity(db, reception.id, QStringLiteral("重复登记")));
    CHECK(removed.reason == QStringLiteral("重复登记"));
    bool keptTitle = false;
    for (const storage::FieldChange& change : removed.changes)
        keptTitle |= change.field == QStringLiteral("title") &&
                     change.before == QStringLiteral("四月接待日") && change.after.isEmpty();
    CHECK(keptTitle); // the old version is in the log
    log.none(usecase::removeActivity(db, reception.id, QStringLiteral("重复登记")));
    activities::ActivityType type;
    type.name = QStringLiteral("走访企业");
    log.one("activity_type.add", usecase::addActivityType(db, type));
    log.one("activity_type.rename",
            usecase::renameActivityType(db, type.id, QStringLiteral("走访企业和商户")));
    activities::Leave leave;
    leave.deputyId = first;
    leave.from = QDate(2026, 4, 20);
    leave.to = QDate(2026, 4, 24);
    leave.reason = QStringLiteral("出差");
    CHECK(log.one("leave.add", usecase::recordLeave(db, leave)).reason == QStringLiteral("出差"));
    activities::Leave mistaken = leave;
    mistaken.id = 0;
    mistaken.from = QDate(2026, 5, 4);
    mistaken.to = QDate(2026, 5, 5);
    log.one("leave.add", usecase::recordLeave(db, mistaken));
    activities::Leave overlapping = mistaken;
    overlapping.from = QDate(2026, 4, 22); // into the leave of 20–24 April
    log.none(usecase::correctLeave(db, overlapping, QStringLiteral("日期记错了")));
    activities::Leave fixedLeave = mistaken;
    fixedLeave.to = QDate(2026, 5, 6);
    log.none(usecase::correctLeave(db, fixedLeave, QString())); // no why
    const storage::LogEntry leaveCorrected =
        log.one("leave.edit", usecase::correctLeave(db, fixedLeave, QStringLiteral("多请了一天")));
    CHECK(leaveCorrected.reason == QStringLiteral("多请了一天"));
    REQUIRE(leaveCorrected.changes.size() == 1);
    CHECK(leaveCorrected.changes.first().before == QStringLiteral("2026-05-04 — 2026-05-05"));
    CHECK(leaveCorrected.changes.first().after == QStringLiteral("2026-05-04 — 2026-05-06"));
    CHECK(activities::LeaveStore(db).find(mistaken.id)->to == QDate(2026, 5, 6));
    log.none(usecase::removeLeave(db, mistaken.id, {}));
    const storage::LogEntry leaveRemoved = log.one(
        "leave.remove", usecase::removeLeave(db, mistaken.id, QStringLiteral("记错了日期")));
    CHECK(leaveRemoved.reason == QStringLiteral("记错了日期"));
    CHECK(leaveRemoved.changes.first().before == QStringLiteral("2026-05-04 — 2026-05-06"));
    log.none(usecase::removeLeave(db, mistaken.id, QStringLiteral("记错了日期")));
    const auto roster =
        activities::RosterPlanner(db, calendar::WorkingCalendar::builtIn())
            .plan(fixture.station, QDate(2026, 6, 1), QDate(2026, 6, 30), {1, 0, 1});
    REQUIRE(roster);
    log.one("roster.save", usecase::saveRoster(db, *roster));
    log.one("roster.day", usecase::setRosterDay(db, fixture.station, QDate(2026, 4, 15), {first}));
    const auto nameOf = [&](qint64 id) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT name FROM deputies WHERE id = %1").arg(id));
        return query.next() ? query.value(0).toString() : QString();
    };
    const storage::LogEntry slot = log.one(
        "roster.day", usecase::setRosterDay(db, fixture.station, QDate(2026, 4, 29), {first}));
    REQUIRE(slot.changes.size() == 1);
    CHECK(slot.changes.first().before.isEmpty()); // a new day
    const storage::LogEntry moved = log.one(
        "roster.day", usecase::setRosterDay(db, fixture.station, QDate(2026, 4, 29), {second}));
    REQUIRE(moved.changes.size() == 1);
    CHECK(moved.changes.first().before == nameOf(first));
    CHECK(moved.changes.first().after == nameOf(second));
    log.none(usecase::removeRosterDay(db, fixture.station, QDate(2026, 4, 29), QString()));
    const storage::LogEntry dayRemoved = log.one(
        "roster.day_remove", usecase::removeRosterDay(db, fixture.station, QDate(2026, 4, 29),
                                                      QStringLiteral("站点装修停接待")));
    CHECK(dayRemoved.reason == QStringLiteral("站点装修停接待"));
    CHECK(dayRemoved.changes.first().before == nameOf(second)); // kept
    activities::RecordedDuties recorded;
    log.one("roster.complete",
            usecase::recordCompletedDuties(db, fixture.station, QDate(2026, 4, 1),
                                           QDate(2026, 4, 30), &recorded));

    // Scoring, settings and the calendar.
    scoring::ScoringRules rules = *scoring::RuleStore(db).rulesFor(2026, std::nullopt);
    rules.year = 2027;
    log.one("rules.save", usecase::saveScoringRules(db, rules));
    log.one("rules.copy", usecase::copyScoringRules(db, 2027, 2028, std::nullopt, false));
    log.none(usecase::copyScoringRules(db, 2027, 2028, std::nullopt, false));
    const storage::LogEntry setting =
        log.one("settings.change", usecase::changeSetting(db, QStringLiteral("congress_name"),
                                                          QStringLiteral("新县人大常委会")));
    REQUIRE(setting.changes.size() == 1);
    CHECK(setting.changes.first().after == QStringLiteral("新县人大常委会"));
    log.one("settings.change", usecase::changeSettings(db, {{QStringLiteral("limit.order_days"),
                                                             QStringLiteral("5")}}));
    log.none(usecase::changeSetting(db, QStringLiteral("no.such.key"), QStringLiteral("1")));
    const QList<calendar::CalendarDay> holidays = {
        {QDate(2027, 10, 1), calendar::CalendarDay::Kind::Holiday, QStringLiteral("国庆节")}};
    log.one("calendar.save", usecase::saveCalendarYear(db, 2027, holidays));
    log.one("settings.loop",
            usecase::saveLoopSettings(
                db, {2027, holidays, {{QStringLiteral("limit.order_days"), QStringLiteral("4")}}}));
    const QString calendarFile = writeFile(fixture.db, QStringLiteral("holidays-2028.csv"),
                                           QStringLiteral("date,kind,name\n"
                                                          "2028-10-02,holiday,国庆节\n"));
    log.one("calendar.import", usecase::importCalendar(db, calendarFile));

    // An import is one entry, whatever its rows.
    const QString stations = writeFile(
        fixture.db, QStringLiteral("stations.csv"),
        QStringLiteral("序号,联络站名称,类型,所属乡镇,联络员,联系电话,星级,接待日\n"
                       "1,北城镇人大代表联络站,乡镇站,北城镇,张云,0874-5413862,三星,每周三\n"
                       "2,北城社区代表联络点,联络点,北城镇,李华,13800000004,★★,每月8日\n"));
    usecase::StationImportRun import(
        db, imports::StationImportOptions{imports::OnDuplicate::Skip, true});
    REQUIRE(import.read(stations));
    imports::ImportCounts counts;
    CHECK(log.one("import", import.apply(&counts)).summary.contains(QStringLiteral("2")));

    // The loop.
    loop::Agency agency{0,  {}, QStringLiteral("县住房和城乡建设局"), QStringLiteral("department"),
                        {}, {}};
    log.one("agency.add", usecase::saveAgency(db, agency));
    agency.phone = QStringLiteral("0871-1234567");
    CHECK(log.one("agency.edit", usecase::saveAgency(db, agency)).changes.size() == 1);
    log.one("category.add", usecase::addCategory(db, QStringLiteral("乡村振兴")));
    loop::Item suggestion;
    suggestion.title = QStringLiteral("关于村道硬化的建议");
    suggestion.raisedDate = QDate(2026, 11, 2);
    suggestion.deputyIds = {first};
    const storage::LogEntry recordedItem = log.one(
        "loop.suggestion.add", usecase::recordItem(db, loop::ItemKind::Suggestion, suggestion));
    CHECK(recordedItem.summary.contains(suggestion.serial));
    loop::Item concern;
    concern.raisedDate = QDate(2026, 11, 18);
    concern.content = QStringLiteral("村口路灯不亮");
    concern.deputyIds = {first};
    log.one("loop.concern.add", usecase::recordItem(db, loop::ItemKind::Concern, concern));
    loop::StepRequest dispatch = test::step(loop::StepKind::Dispatch, QDate(2026, 11, 3));
    dispatch.leadAgencyId = agency.id;
    dispatch.actor.clear(); // 经办人 left empty: the operator
    log.none(usecase::takeStep(db, {suggestion.id + 100}, dispatch));
    const storage::LogEntry dispatched =
        log.one("loop.step.dispatch", usecase::takeStep(db, {suggestion.id}, dispatch));
    CHECK(dispatched.summary.contains(suggestion.serial));
    CHECK(dispatched.summary.contains(documentText.translate("dd::loop", "dispatch")));
    CHECK(loop::LoopStore(db).steps(suggestion.id)->last().actor == QStringLiteral("王文书"));
    loop::StepRequest reply = test::step(loop::StepKind::Reply, QDate(2026, 11, 10));
    reply.resultClass = QStringLiteral("A");
    reply.text = QStringLiteral("已办理完毕");
    log.one("loop.step.reply", usecase::takeStep(db, {suggestion.id}, reply));
    log.one("loop.excellent", usecase::markExcellent(db, suggestion.id, true, QDate(2026, 11, 20)));
    log.none(usecase::withdrawStep(db, suggestion.id, QString())); // no reason
    const storage::LogEntry withdrawn = log.one(
        "loop.withdraw", usecase::withdrawStep(db, suggestion.id, QStringLiteral("误评优秀")));
    CHECK(withdrawn.reason == QStringLiteral("误评优秀"));
    CHECK(withdrawn.summary.contains(suggestion.serial));
    CHECK(withdrawn.recordId == suggestion.id);

    // What left the office with personal data in it.
    const storage::LogEntry exported = log.one(
        "export.roster",
        usecase::recordDisclosure(db, {usecase::Disclosure::Document::Roster, 3,
                                       fixture.db.dir.filePath(QStringLiteral("名册.xlsx"))}));
    CHECK(exported.summary.contains(QStringLiteral("名册.xlsx")));
    CHECK(exported.summary.contains(QStringLiteral("3")));
    CHECK(log.one("print.list", usecase::recordDisclosure(db, {usecase::Disclosure::Document::List,
                                                               12,
                                                               {},
                                                               true,
                                                               QStringLiteral("群众意见台账")}))
              .summary.contains(QStringLiteral("群众意见台账")));

    // The term last: it ends the 18th.
    log.one("term.start", usecase::startTerm(db, registry::Level::County, 19, QDate(2026, 12, 20)));

    // The demo and a new office's setup: in files of their own.
    test::TempDatabase other; // set up through usecase::setUpOffice
    const auto setUp = storage::OperatorLog(other.connection()).list();
    REQUIRE(setUp);
    REQUIRE(setUp->size() == 1);
    CHECK(setUp->first().action == QStringLiteral("office.setup"));
    other.closeDoor();
    LogWatch otherLog(other.connection());
    demo::DemoOptions options;
    options.scale = demo::DemoOptions::Scale::Small;
    otherLog.one("office.demo", usecase::fillWithDemo(other.connection(), options, nullptr));

    // Every kind of write in the use-case layer appeared above.
    const QSet<QString> expected = {"deputy.add",        "deputy.edit",
                                    "deputy.status",     "station.assign",
                                    "station.add",       "station.edit",
                                    "session.add",       "activity.add",
                                    "activity.edit",     "activity.remove",
                                    "activity_type.add", "activity_type.rename",
                                    "leave.add",         "leave.remove",
                                    "roster.save",       "leave.edit",
                                    "roster.day",        "roster.day_remove",
                                    "roster.complete",   "rules.save",
                                    "rules.copy",        "settings.change",
                                    "settings.loop",     "calendar.save",
                                    "calendar.import",   "import",
                                    "term.start",        "agency.add",
                                    "agency.edit",       "category.add",
                                    "loop.suggestion",   "loop.concern",
                                    "loop.step",         "loop.excellent",
                                    "loop.withdraw",     "export.roster",
                                    "print.list"};
    CHECK(log.actions() + otherLog.actions() + QSet<QString>{"office.demo"} ==
          expected + QSet<QString>{"office.demo"});
    CHECK(storage::OperatorLog(db).verify()->isEmpty());
}

TEST_CASE("The operator log cannot be changed in place, and check finds an entry changed or "
          "removed by another program",
          "[log][host][linux-cli]")
{
    test::TempDatabase db;
    db.closeDoor();
    const QSqlDatabase c = db.connection();
    auto* keeper = new TestKeeper;
    storage::setLogHeadKeeper(std::unique_ptr<storage::LogHeadKeeper>(keeper));
    for (const char* name : {"乡村振兴", "城建环资", "教科文卫", "社会建设"})
        REQUIRE(usecase::addCategory(c, QString::fromUtf8(name)).ok());
    const storage::OperatorLog log(c);
    const storage::LogHead head = *log.head();
    CHECK(head.count == 5); // the office's setup and four categories
    const QString office = storage::officeId(c);
    REQUIRE(keeper->recalled(storage::logFileKey(office, db.path)) == head);
    CHECK(storage::checkOperatorLog(db.path, c)->isEmpty());

    // The file's triggers refuse an UPDATE and a DELETE from any program that keeps them.
    for (const QString& sql :
         {QStringLiteral("UPDATE operator_log SET operator = 'x' WHERE id = 2"),
          QStringLiteral("DELETE FROM operator_log WHERE id = 5")}) {
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {db.path, sql});
        REQUIRE(shell.waitForFinished(30000));
        CHECK(shell.exitCode() != 0);
        CHECK(QString::fromUtf8(shell.readAllStandardError())
                  .contains(QStringLiteral("append-only")));
    }
    CHECK(log.head()->count == 5);

    SECTION("An entry changed: the chain breaks at it")
    {
        sqliteShell(db.path, QStringLiteral("DROP TRIGGER operator_log_no_update; UPDATE "
                                            "operator_log SET operator = '李四' WHERE id = 3"));
        const auto problems = storage::checkOperatorLog(db.path, c);
        REQUIRE(problems);
        REQUIRE(problems->size() == 1);
        CHECK(problems->first().contains(QStringLiteral("entry 3")));
    }
    SECTION("An entry changed and the chain written again after it: the kept head disagrees")
    {
        auto entries = *log.list();
        entries[2].summary = QStringLiteral("Added category 伪造");
        QString previous = entries[1].hash;
        QString script = QStringLiteral("DROP TRIGGER operator_log_no_update;");
        for (int i = 2; i < entries.size(); ++i) {
            entries[i].hash = storage::OperatorLog::hashOf(entries[i], previous);
            previous = entries[i].hash;
            script += QStringLiteral("UPDATE operator_log SET summary = '%1', hash = '%2' WHERE "
                                     "id = %3;")
                          .arg(entries[i].summary, entries[i].hash)
                          .arg(entries[i].id);
        }
        sqliteShell(db.path, script);
        CHECK(log.verify()->isEmpty()); // the chain alone no longer shows it
        const auto problems = storage::checkOperatorLog(db.path, c);
        REQUIRE(problems);
        REQUIRE(problems->size() == 1);
        CHECK(problems->first().contains(QStringLiteral("settings on this computer")));
        CHECK(problems->first().contains(QStringLiteral("written again")));
    }
    SECTION("The last entries removed: the kept head and the newest backup had more")
    {
        REQUIRE(storage::Backups(db.path, c).make(QStringLiteral("manual")));
        sqliteShell(db.path, QStringLiteral("DROP TRIGGER operator_log_no_delete; DELETE FROM "
                                            "operator_log WHERE id > 3"));
        CHECK(log.verify()->isEmpty());
        const auto problems = storage::checkOperatorLog(db.path, c);
        REQUIRE(problems);
        REQUIRE(problems->size() == 2);
        CHECK(problems->at(0).contains(QStringLiteral("had 5 entries, the file has 3")));
        CHECK(problems->at(1).contains(QStringLiteral("the backup of")));

        // The CLI's check says so and exits 1.
        const test::CliResult check =
            test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("check")});
        CHECK(check.exitCode == 1);
        CHECK(check.err.contains(QStringLiteral("the last entries were removed")));
    }
    storage::setLogHeadKeeper(nullptr);
}

TEST_CASE("A backup carries the log's head, and a restore makes the restored log the one kept",
          "[log][backup]")
{
    test::TempDatabase db;
    db.closeDoor();
    const QSqlDatabase c = db.connection();
    auto* keeper = new TestKeeper;
    storage::setLogHeadKeeper(std::unique_ptr<storage::LogHeadKeeper>(keeper));
    REQUIRE(usecase::addCategory(c, QStringLiteral("乡村振兴")).ok());
    const storage::LogHead before = *storage::OperatorLog(c).head();
    const auto backup = storage::Backups(db.path, c).make(QStringLiteral("manual"));
    REQUIRE(backup);
    CHECK(storage::Backups::inspect(*backup)->logHead == before);

    REQUIRE(usecase::addCategory(c, QStringLiteral("城建环资")).ok());
    CHECK(keeper->recalled(storage::logFileKey(storage::officeId(c), db.path))->count ==
          before.count + 1);
    REQUIRE(usecase::restoreFromBackup(db.path, c, *backup));
    const auto restored = storage::OperatorLog(c).list();
    REQUIRE(restored->size() == before.count + 1); // the backup's log, then the restore
    CHECK(restored->last().action == QStringLiteral("office.restore"));
    CHECK(restored->last().summary.contains(QFileInfo(*backup).fileName()));
    CHECK(keeper->recalled(storage::logFileKey(storage::officeId(c), db.path)) ==
          *storage::OperatorLog(c).head());
    // Neither the copy taken before the restore nor older backups count against the rewound log.
    CHECK(storage::checkOperatorLog(db.path, c)->isEmpty());

    // A copy of the file elsewhere, left behind while the original goes on, is not held to the
    // original's head.
    const QString copyPath = db.dir.filePath(QStringLiteral("copy/office.ddb"));
    REQUIRE(QDir().mkpath(db.dir.filePath(QStringLiteral("copy"))));
    REQUIRE(db.db->saveCopy(copyPath).ok());
    REQUIRE(usecase::addCategory(c, QStringLiteral("社会建设")).ok());
    {
        storage::OpenResult copy =
            storage::Database::open(copyPath, storage::Database::Mode::OpenExisting);
        REQUIRE(copy);
        CHECK(storage::checkOperatorLog(copyPath, (*copy)->connection())->isEmpty());
    }
    CHECK(storage::checkOperatorLog(db.path, c)->isEmpty());
    storage::setLogHeadKeeper(nullptr);
}

TEST_CASE("The CLI names the operator given with --user and lists the log",
          "[log][host][linux-cli]")
{
    test::TempDatabase db;
    const test::CliResult added = test::runCli(
        {QStringLiteral("--db"), db.path, QStringLiteral("--user"), QStringLiteral("李文书"),
         QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("乡村振兴")});
    REQUIRE(added.exitCode == 0);
    const test::CliResult listed = test::runCli(
        {QStringLiteral("--db"), db.path, QStringLiteral("log"), QStringLiteral("--operator"),
         QStringLiteral("李文书"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("category.add")));
    CHECK(listed.out.contains(QStringLiteral("乡村振兴")));
    CHECK_FALSE(listed.out.contains(QStringLiteral("office.setup")));
    const test::CliResult check =
        test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("check")});
    CHECK(check.exitCode == 0);

    // A removal says why, or is refused.
    const test::CliResult noReason =
        test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("activity"),
                      QStringLiteral("remove"), QStringLiteral("1")});
    CHECK(noReason.exitCode == 2);
    CHECK(noReason.err.contains(QStringLiteral("say why")));

    // A deputy's versions, and one put back.
    REQUIRE(test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("deputy"),
                          QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("孙八"),
                          QStringLiteral("--gender"), QStringLiteral("女"),
                          QStringLiteral("--birth"), QStringLiteral("1985-02"),
                          QStringLiteral("--phone"), QStringLiteral("13800001111")})
                .exitCode == 0);
    REQUIRE(test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("deputy"),
                          QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--phone"),
                          QStringLiteral("13800002222")})
                .exitCode == 0);
    const test::CliResult versions = test::runCli(
        {QStringLiteral("--db"), db.path, QStringLiteral("deputy"), QStringLiteral("versions"),
         QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(versions.exitCode == 0);
    CHECK(versions.out.contains(QStringLiteral("13800001111")));
    CHECK(versions.out.contains(QStringLiteral("13800002222")));
    REQUIRE(test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("deputy"),
                          QStringLiteral("restore"), QStringLiteral("1"),
                          QStringLiteral("--version"), QStringLiteral("1")})
                .exitCode == 0);
    CHECK(registry::DeputyStore(db.connection()).get(1)->phone == QStringLiteral("13800001111"));

    // A leave corrected says why, and the old period stays in the log.
    const auto cli = [&](QStringList args) {
        return test::runCli(QStringList{"--db", db.path} + args);
    };
    REQUIRE(cli({"leave", "add", "--deputy", "1", "--from", "2026-05-04", "--to", "2026-05-05",
                 "--reason", "出差"})
                .exitCode == 0);
    CHECK(cli({"leave", "edit", "1", "--to", "2026-05-06"}).exitCode == 2); // no --why
    const test::CliResult leaveEdited =
        cli({"leave", "edit", "1", "--to", "2026-05-06", "--why", "多请了一天"});
    INFO(leaveEdited.err.toStdString());
    REQUIRE(leaveEdited.exitCode == 0);
    CHECK(cli({"leave", "list", "--format", "csv"}).out.contains(QStringLiteral("2026-05-06")));
    const QJsonArray leaveLog =
        QJsonDocument::fromJson(cli({"log", "--action", "leave.edit", "--format", "json"}).outBytes)
            .array();
    REQUIRE(leaveLog.size() == 1);
    CHECK(leaveLog.first()[QStringLiteral("reason")].toString() == QStringLiteral("多请了一天"));

    // An export of personal data is recorded with where it went and how many records.
    const QString out = db.dir.filePath(QStringLiteral("roster.xlsx"));
    REQUIRE(test::runCli({QStringLiteral("--db"), db.path, QStringLiteral("export"),
                          QStringLiteral("roster"), QStringLiteral("--out"), out})
                .exitCode == 0);
    const test::CliResult exports = test::runCli(
        {QStringLiteral("--db"), db.path, QStringLiteral("log"), QStringLiteral("--action"),
         QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(exports.exitCode == 0);
    const QJsonArray entries = QJsonDocument::fromJson(exports.outBytes).array();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first()[QStringLiteral("action")].toString() == QStringLiteral("export.roster"));
    CHECK(entries.first()[QStringLiteral("summary")].toString().contains(
        QStringLiteral("roster.xlsx")));
}

TEST_CASE("A deputy's particulars go back to an earlier version from the log, the restore logged "
          "too",
          "[log][registry]")
{
    test::TempDatabase db;
    db.closeDoor();
    const QSqlDatabase c = db.connection();
    registry::Deputy deputy =
        test::addCountyDeputy(c, QStringLiteral("钱七"), QStringLiteral("13811112222"));
    usecase::DeputyEdit edit{deputy, std::nullopt, 0};
    edit.deputy.workUnit = QStringLiteral("城关镇农技站站长");
    REQUIRE(usecase::editDeputy(c, edit).ok());
    edit.deputy.phone = QStringLiteral("13933334444");
    REQUIRE(usecase::editDeputy(c, edit).ok());
    edit.deputy.workUnit = QStringLiteral("县农业农村局副局长");
    edit.deputy.isCadre = true;
    REQUIRE(usecase::editDeputy(c, edit).ok());

    const auto versions = usecase::deputyVersions(c, deputy.id);
    REQUIRE(versions);
    REQUIRE(versions->size() == 4); // as added, then three changes
    CHECK(versions->at(0).deputy.workUnit.isEmpty());
    CHECK(versions->at(1).deputy.phone == QStringLiteral("13811112222"));
    CHECK(versions->at(1).deputy.workUnit == QStringLiteral("城关镇农技站站长"));
    CHECK_FALSE(versions->at(1).deputy.isCadre);
    CHECK(versions->at(2).deputy.phone == QStringLiteral("13933334444"));
    CHECK(versions->at(2).deputy.workUnit == QStringLiteral("城关镇农技站站长"));
    CHECK(versions->at(3).deputy.workUnit == QStringLiteral("县农业农村局副局长"));
    CHECK(versions->at(3).deputy.isCadre);

    CHECK(usecase::restoreDeputyVersion(c, deputy.id, 5).kind == Outcome::Kind::Invalid);
    REQUIRE(usecase::restoreDeputyVersion(c, deputy.id, 2).ok());
    const auto restored = registry::DeputyStore(c).get(deputy.id);
    REQUIRE(restored.found());
    CHECK(restored->phone == QStringLiteral("13811112222"));
    CHECK(restored->workUnit == QStringLiteral("城关镇农技站站长"));
    CHECK_FALSE(restored->isCadre);
    const storage::LogEntry last = storage::OperatorLog(c).list()->last();
    CHECK(last.action == QStringLiteral("deputy.edit"));
    CHECK(last.reason.contains(QStringLiteral("2")));
    CHECK(last.changes.size() == 3);                           // phone, work unit, cadre
    CHECK(usecase::deputyVersions(c, deputy.id)->size() == 5); // the restore is a version too
}

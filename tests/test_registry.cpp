#include "TestSupport.h"

#include "common/Clock.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "registry/RegistryCheck.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "registry/Validation.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace dd;

namespace {
Deputy person(const QString& name, const QString& birth = QStringLiteral("1975-03"))
{
    Deputy d;
    d.name = name;
    d.gender = QStringLiteral("男");
    d.birthMonth = birth;
    d.phone = QStringLiteral("13812345678");
    d.composition = QStringLiteral("农民");
    return d;
}

Membership countyTerm(int term = 18)
{
    Membership m;
    m.level = Level::County;
    m.termNumber = term;
    return m;
}

bool hasError(const Outcome& outcome, const char* field)
{
    for (const FieldError& error : outcome.errors)
        if (error.field == QLatin1String(field))
            return true;
    return false;
}

int rows(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    query.exec(sql);
    return query.next() ? query.value(0).toInt() : -1;
}
} // namespace

TEST_CASE("Input is normalised: full-width digits, stray spaces, Chinese gender and months",
          "[registry]")
{
    Deputy d = person(QStringLiteral(" 张　三 "), QStringLiteral("1975年3月"));
    d.phone = QStringLiteral("１３８ １２３４ ５６７８");
    d.composition = QStringLiteral("专业技术人员");
    normalize(d);
    CHECK(d.name == QStringLiteral("张三"));
    CHECK(d.gender == QStringLiteral("M"));
    CHECK(d.birthMonth == QStringLiteral("1975-03"));
    CHECK(d.phone == QStringLiteral("13812345678"));
    CHECK(d.composition == QStringLiteral("professional"));
    CHECK(validate(d).isEmpty());
}

TEST_CASE("Validation names the field and says what is wrong", "[registry]")
{
    Clock::setToday(QDate(2026, 11, 22));
    Deputy d = person(QString(), QStringLiteral("2015-01"));
    d.gender = QStringLiteral("x");
    d.phone = QStringLiteral("1381234");
    d.idNumber = QStringLiteral("110101199003071235");
    normalize(d);
    const FieldErrors errors = validate(d);
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    CHECK(fields.contains(QStringLiteral("name")));
    CHECK(fields.contains(QStringLiteral("gender")));
    CHECK(fields.contains(QStringLiteral("birth_month")));
    CHECK(fields.contains(QStringLiteral("phone")));
    CHECK(fields.contains(QStringLiteral("id_number")));
    CHECK(describe(errors).contains(QStringLiteral("Phone: 1381234")));
    Deputy landline = person(QStringLiteral("李四"));
    landline.phone = QStringLiteral("0871 1234567");
    normalize(landline);
    CHECK(landline.phone == QStringLiteral("0871-1234567"));
    CHECK(validate(landline).isEmpty());
    Clock::reset();
}

TEST_CASE("Deputies are added, edited and listed with their membership", "[registry]")
{
    test::TempDatabase temp;
    DeputyStore deputies(temp.connection());
    Deputy d = person(QStringLiteral("张三"));
    Membership m = countyTerm();
    m.certificateNo = QStringLiteral("180001");
    const Outcome added = deputies.add(d, m);
    REQUIRE(added.ok());
    CHECK(d.uuid.size() == 36);
    CHECK(m.startDate == QDate(2021, 12, 20)); // the term's start

    Deputy same = person(QStringLiteral("王五"));
    Membership clash = countyTerm();
    clash.certificateNo = QStringLiteral("１８０００１"); // full-width: the same number
    const Outcome duplicate = deputies.add(same, clash);
    CHECK(duplicate.kind == Outcome::Kind::Invalid);
    CHECK(hasError(duplicate, "certificate_no"));
    CHECK(rows(temp.connection(), QStringLiteral("SELECT COUNT(*) FROM deputies")) == 1);

    Deputy again = person(QStringLiteral("张三"));
    Membership twice = countyTerm();
    CHECK(deputies.add(again, twice).kind == Outcome::Kind::NotAllowed);

    d.workUnit = QStringLiteral("城关镇东街社区居委会主任");
    REQUIRE(deputies.update(d).ok());
    const QList<DeputyRow> list = deputies.list(DeputyFilter{});
    REQUIRE(list.size() == 1);
    CHECK(list.first().deputy.workUnit == QStringLiteral("城关镇东街社区居委会主任"));
    CHECK(list.first().membership.certificateNo == QStringLiteral("180001"));
    CHECK(list.first().pinyin.initials == QStringLiteral("zs"));
    CHECK(checkRegistry(temp.connection()).isEmpty());
}

TEST_CASE("Search finds deputies by pinyin initials, full pinyin, unit and phone", "[registry]")
{
    test::TempDatabase temp;
    DeputyStore deputies(temp.connection());
    for (const char* name : {"张三", "李四", "曾国华", "欧阳娜娜"}) {
        Deputy d = person(QString::fromUtf8(name));
        Membership m = countyTerm();
        REQUIRE(deputies.add(d, m).ok());
    }
    const auto find = [&](const char* text) {
        DeputyFilter filter;
        filter.search = QString::fromUtf8(text);
        QStringList names;
        for (const DeputyRow& row : deputies.list(filter))
            names << row.deputy.name;
        return names;
    };
    CHECK(find("zs") == QStringList{QStringLiteral("张三")});
    CHECK(find("zhangsan") == QStringList{QStringLiteral("张三")});
    CHECK(find("zgh") == QStringList{QStringLiteral("曾国华")});
    CHECK(find("oynn") == QStringList{QStringLiteral("欧阳娜娜")});
    CHECK(find("李").size() == 1);
    CHECK(find("13812345678").size() == 4);
    CHECK(find("xyz").isEmpty());
}

TEST_CASE("Termination takes a date and reason and leaves the serving list", "[registry]")
{
    test::TempDatabase temp;
    DeputyStore deputies(temp.connection());
    Deputy d = person(QStringLiteral("赵六"));
    Membership m = countyTerm();
    REQUIRE(deputies.add(d, m).ok());
    const Outcome noReason = deputies.changeStatus(
        d.id, Level::County, 18, MembershipStatus::Terminated, QDate(2026, 3, 1), QString());
    CHECK(hasError(noReason, "reason"));
    REQUIRE(deputies
                .changeStatus(d.id, Level::County, 18, MembershipStatus::Terminated,
                              QDate(2026, 3, 1), QStringLiteral("调离本行政区域"))
                .ok());
    CHECK(deputies.list(DeputyFilter{}).isEmpty());
    DeputyFilter all;
    all.status.reset();
    REQUIRE(deputies.list(all).size() == 1);
    CHECK(deputies.list(all).first().membership.endDate == QDate(2026, 3, 1));
    const QList<MembershipEvent> events = deputies.events(m.id);
    REQUIRE(events.size() == 2);
    CHECK(events.last().kind == QStringLiteral("terminated"));
    CHECK(events.last().reason == QStringLiteral("调离本行政区域"));
    CHECK(deputies
              .changeStatus(d.id, Level::County, 18, MembershipStatus::Resigned, QDate(2026, 4, 1),
                            QStringLiteral("x"))
              .kind == Outcome::Kind::NotAllowed);
    // Nothing is hard-deleted: the person and the history stay.
    CHECK(rows(temp.connection(), QStringLiteral("SELECT COUNT(*) FROM deputies")) == 1);
}

TEST_CASE("Status belongs to a membership: resigning a county seat keeps the township seat",
          "[registry]")
{
    test::TempDatabase temp;
    QSqlDatabase db = temp.connection();
    REQUIRE(TermStore(db).ensure(Level::Township, 19, QDate(2021, 12, 15)).ok());
    DeputyStore deputies(db);
    Deputy d = person(QStringLiteral("钱七"));
    Membership county = countyTerm();
    REQUIRE(deputies.add(d, county).ok());
    Deputy again = person(QStringLiteral("钱七"));
    Membership township;
    township.level = Level::Township;
    township.termNumber = 19;
    REQUIRE(deputies.add(again, township).ok());
    CHECK(again.id == d.id); // the same person
    REQUIRE(deputies
                .changeStatus(d.id, Level::County, 18, MembershipStatus::Resigned,
                              QDate(2026, 5, 1), QStringLiteral("因工作变动辞去代表职务"))
                .ok());
    const QList<DeputyRow> serving = deputies.list(DeputyFilter{});
    REQUIRE(serving.size() == 1);
    CHECK(serving.first().membership.level == Level::Township);
}

TEST_CASE("A new term ends the old memberships and links re-elected deputies", "[registry]")
{
    test::TempDatabase temp;
    QSqlDatabase db = temp.connection();
    DeputyStore deputies(db);
    TermStore terms(db);
    Deputy old = person(QStringLiteral("孙八"), QStringLiteral("1970-06"));
    Membership m = countyTerm();
    REQUIRE(deputies.add(old, m).ok());
    Deputy leaving = person(QStringLiteral("周九"), QStringLiteral("1968-01"));
    Membership m2 = countyTerm();
    REQUIRE(deputies.add(leaving, m2).ok());

    CHECK(terms.startTerm(Level::County, 20, QDate(2026, 12, 20)).kind ==
          Outcome::Kind::NotAllowed);
    CHECK(terms.startTerm(Level::County, 19, QDate(2020, 1, 1)).kind == Outcome::Kind::NotAllowed);
    REQUIRE(terms.startTerm(Level::County, 19, QDate(2026, 12, 20)).ok());
    CHECK(OfficeSettings(db).currentTerm(Level::County) == 19);
    CHECK(terms.find(Level::County, 18)->endDate == QDate(2026, 12, 19));
    CHECK(deputies.list(DeputyFilter{}).isEmpty()); // nobody serves in term 19 yet

    Deputy back = person(QStringLiteral("孙八"), QStringLiteral("1970-06"));
    Membership next = countyTerm(19);
    REQUIRE(deputies.add(back, next).ok());
    CHECK(back.id == old.id);
    CHECK(next.isReelected);
    Deputy fresh = person(QStringLiteral("吴十"), QStringLiteral("1980-02"));
    Membership newcomer = countyTerm(19);
    REQUIRE(deputies.add(fresh, newcomer).ok());
    CHECK_FALSE(newcomer.isReelected);
    // The old term's archive stays intact.
    DeputyFilter oldTerm;
    oldTerm.termNumber = 18;
    oldTerm.status = MembershipStatus::TermEnded;
    CHECK(deputies.list(oldTerm).size() == 2);
    CHECK(checkRegistry(db).isEmpty());
}

TEST_CASE("Stations are validated and deputies have one primary station", "[registry]")
{
    test::TempDatabase temp;
    QSqlDatabase db = temp.connection();
    StationStore stations(db);
    const qint64 township = TownshipStore(db).ensure(QStringLiteral("城关镇")).id;
    Station bad;
    bad.name = QStringLiteral("城关镇人大代表联络站");
    bad.kind = QStringLiteral("palace");
    bad.starRating = 7;
    const Outcome refused = stations.add(bad);
    CHECK(hasError(refused, "kind"));
    CHECK(hasError(refused, "star_rating"));

    Station hub;
    hub.name = QStringLiteral("城关镇人大代表联络站");
    hub.kind = QStringLiteral("乡镇站");
    hub.townshipId = township;
    hub.receptionRule = QStringLiteral("每周三");
    REQUIRE(stations.add(hub).ok());
    CHECK(hub.kind == QStringLiteral("township"));
    Station point;
    point.name = QStringLiteral("东街社区代表联络点");
    point.kind = QStringLiteral("community");
    point.townshipId = township;
    REQUIRE(stations.add(point).ok());
    Station twin = point;
    CHECK(hasError(stations.add(twin), "name"));

    DeputyStore deputies(db);
    Deputy d = person(QStringLiteral("郑一"));
    Membership m = countyTerm();
    REQUIRE(deputies.add(d, m, hub.id).ok());
    REQUIRE(stations.assign(d.id, point.id, false, QDate(2026, 1, 5)).ok());
    REQUIRE(stations.assign(d.id, point.id, true, QDate(2026, 2, 1)).ok()); // now primary
    const auto assigned = deputies.stations(d.id);
    REQUIRE(assigned.size() == 1);
    CHECK(std::get<0>(assigned.first()) == point.id);
    CHECK(std::get<2>(assigned.first()));
    const QList<StationRow> rows = stations.list();
    CHECK(rows.at(1).deputiesByLevel.value(Level::County) == 1);
    CHECK(rows.at(0).deputyCount == 0);
    DeputyFilter byTownship;
    byTownship.townshipId = township;
    CHECK(deputies.list(byTownship).size() == 1);
}

TEST_CASE("Sessions need an existing term and sensible dates", "[registry]")
{
    test::TempDatabase temp;
    TermStore terms(temp.connection());
    Session s;
    s.level = Level::County;
    s.termNumber = 18;
    s.number = 5;
    s.openingDate = QDate(2026, 1, 10);
    s.closingDate = QDate(2026, 1, 8);
    CHECK(terms.addSession(s).kind == Outcome::Kind::Invalid);
    s.closingDate = QDate(2026, 1, 13);
    REQUIRE(terms.addSession(s).ok());
    Session twice = s;
    CHECK_FALSE(terms.addSession(twice).ok());
    s.termNumber = 7;
    CHECK(terms.addSession(s).kind == Outcome::Kind::Invalid);
    REQUIRE(terms.sessions(Level::County).size() == 1);
}

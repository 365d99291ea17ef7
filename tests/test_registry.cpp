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
registry::Deputy person(const QString& name, const QString& birth = QStringLiteral("1975-03"))
{
    registry::Deputy d;
    d.name = name;
    d.gender = QStringLiteral("男");
    d.birthMonth = birth;
    d.phone = QStringLiteral("13812345678");
    d.composition = QStringLiteral("农民");
    return d;
}

registry::Membership countyTerm(int term = 18)
{
    registry::Membership m;
    m.level = registry::Level::County;
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
    registry::Deputy d = person(QStringLiteral(" 张　三 "), QStringLiteral("1975年3月"));
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
    registry::Deputy d = person(QString(), QStringLiteral("2015-01"));
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
    registry::Deputy landline = person(QStringLiteral("李四"));
    landline.phone = QStringLiteral("0871 1234567");
    normalize(landline);
    CHECK(landline.phone == QStringLiteral("0871-1234567"));
    CHECK(validate(landline).isEmpty());
    Clock::reset();
}

TEST_CASE("Deputies are added, edited and listed with their membership", "[registry]")
{
    test::TempDatabase temp;
    registry::DeputyStore deputies(temp.connection());
    registry::Deputy d = person(QStringLiteral("张三"));
    registry::Membership m = countyTerm();
    m.certificateNo = QStringLiteral("180001");
    const Outcome added = deputies.add(d, m);
    REQUIRE(added.ok());
    CHECK(d.uuid.size() == 36);
    CHECK(m.startDate == QDate(2021, 12, 20)); // the term's start

    registry::Deputy same = person(QStringLiteral("王五"));
    registry::Membership clash = countyTerm();
    clash.certificateNo = QStringLiteral("１８０００１"); // full-width: the same number
    const Outcome duplicate = deputies.add(same, clash);
    CHECK(duplicate.kind == Outcome::Kind::Invalid);
    CHECK(hasError(duplicate, "certificate_no"));
    CHECK(rows(temp.connection(), QStringLiteral("SELECT COUNT(*) FROM deputies")) == 1);

    registry::Deputy again = person(QStringLiteral("张三"));
    registry::Membership twice = countyTerm();
    CHECK(deputies.add(again, twice).kind == Outcome::Kind::NotAllowed);

    d.workUnit = QStringLiteral("城关镇东街社区居委会主任");
    REQUIRE(deputies.update(d).ok());
    const QList<registry::DeputyRow> list = *deputies.list(registry::DeputyFilter{});
    REQUIRE(list.size() == 1);
    CHECK(list.first().deputy.workUnit == QStringLiteral("城关镇东街社区居委会主任"));
    CHECK(list.first().membership.certificateNo == QStringLiteral("180001"));
    CHECK(list.first().pinyin.initials == QStringLiteral("zs"));
    CHECK(registry::checkRegistry(temp.connection()).isEmpty());
}

TEST_CASE("Search finds deputies by pinyin initials, full pinyin, unit and phone", "[registry]")
{
    test::TempDatabase temp;
    registry::DeputyStore deputies(temp.connection());
    for (const char* name : {"张三", "李四", "曾国华", "欧阳娜娜"}) {
        registry::Deputy d = person(QString::fromUtf8(name));
        registry::Membership m = countyTerm();
        REQUIRE(deputies.add(d, m).ok());
    }
    const auto find = [&](const char* text) {
        registry::DeputyFilter filter;
        filter.search = QString::fromUtf8(text);
        QStringList names;
        for (const registry::DeputyRow& row : *deputies.list(filter))
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
    registry::DeputyStore deputies(temp.connection());
    registry::Deputy d = person(QStringLiteral("赵六"));
    registry::Membership m = countyTerm();
    REQUIRE(deputies.add(d, m).ok());
    const Outcome noReason =
        deputies.changeStatus(d.id, registry::Level::County, 18,
                              registry::MembershipStatus::Terminated, QDate(2026, 3, 1), QString());
    CHECK(hasError(noReason, "reason"));
    REQUIRE(deputies
                .changeStatus(d.id, registry::Level::County, 18,
                              registry::MembershipStatus::Terminated, QDate(2026, 3, 1),
                              QStringLiteral("调离本行政区域"))
                .ok());
    CHECK(deputies.list(registry::DeputyFilter{})->isEmpty());
    registry::DeputyFilter all;
    all.status.reset();
    REQUIRE(deputies.list(all)->size() == 1);
    CHECK(deputies.list(all)->first().membership.endDate == QDate(2026, 3, 1));
    const QList<registry::MembershipEvent> events = *deputies.events(m.id);
    REQUIRE(events.size() == 2);
    CHECK(events.last().kind == QStringLiteral("terminated"));
    CHECK(events.last().reason == QStringLiteral("调离本行政区域"));
    CHECK(deputies
              .changeStatus(d.id, registry::Level::County, 18, registry::MembershipStatus::Resigned,
                            QDate(2026, 4, 1), QStringLiteral("x"))
              .kind == Outcome::Kind::NotAllowed);
    // Nothing is hard-deleted: the person and the history stay.
    CHECK(rows(temp.connection(), QStringLiteral("SELECT COUNT(*) FROM deputies")) == 1);
}

TEST_CASE("Status belongs to a membership: resigning a county seat keeps the township seat",
          "[registry]")
{
    test::TempDatabase temp;
    QSqlDatabase db = temp.connection();
    REQUIRE(
        registry::TermStore(db).ensure(registry::Level::Township, 19, QDate(2021, 12, 15)).ok());
    registry::DeputyStore deputies(db);
    registry::Deputy d = person(QStringLiteral("钱七"));
    registry::Membership county = countyTerm();
    REQUIRE(deputies.add(d, county).ok());
    registry::Deputy again = person(QStringLiteral("钱七"));
    registry::Membership township;
    township.level = registry::Level::Township;
    township.termNumber = 19;
    REQUIRE(deputies.add(again, township).ok());
    CHECK(again.id == d.id); // the same person
    REQUIRE(deputies
                .changeStatus(d.id, registry::Level::County, 18,
                              registry::MembershipStatus::Resigned, QDate(2026, 5, 1),
                              QStringLiteral("因工作变动辞去代表职务"))
                .ok());
    const QList<registry::DeputyRow> serving = *deputies.list(registry::DeputyFilter{});
    REQUIRE(serving.size() == 1);
    CHECK(serving.first().membership.level == registry::Level::Township);
}

TEST_CASE("A new term ends the old memberships and links re-elected deputies", "[registry]")
{
    test::TempDatabase temp;
    QSqlDatabase db = temp.connection();
    registry::DeputyStore deputies(db);
    registry::TermStore terms(db);
    registry::Deputy old = person(QStringLiteral("孙八"), QStringLiteral("1970-06"));
    registry::Membership m = countyTerm();
    REQUIRE(deputies.add(old, m).ok());
    registry::Deputy leaving = person(QStringLiteral("周九"), QStringLiteral("1968-01"));
    registry::Membership m2 = countyTerm();
    REQUIRE(deputies.add(leaving, m2).ok());

    CHECK(terms.startTerm(registry::Level::County, 20, QDate(2026, 12, 20)).kind ==
          Outcome::Kind::NotAllowed);
    CHECK(terms.startTerm(registry::Level::County, 19, QDate(2020, 1, 1)).kind ==
          Outcome::Kind::NotAllowed);
    REQUIRE(terms.startTerm(registry::Level::County, 19, QDate(2026, 12, 20)).ok());
    CHECK(registry::OfficeSettings(db).currentTerm(registry::Level::County) == 19);
    CHECK(terms.find(registry::Level::County, 18)->endDate == QDate(2026, 12, 19));
    CHECK(deputies.list(registry::DeputyFilter{})->isEmpty()); // nobody serves in term 19 yet

    registry::Deputy back = person(QStringLiteral("孙八"), QStringLiteral("1970-06"));
    registry::Membership next = countyTerm(19);
    REQUIRE(deputies.add(back, next).ok());
    CHECK(back.id == old.id);
    CHECK(next.isReelected);
    registry::Deputy fresh = person(QStringLiteral("吴十"), QStringLiteral("1980-02"));
    registry::Membership newcomer = countyTerm(19);
    REQUIRE(deputies.add(fresh, newcomer).ok());
    CHECK_FALSE(newcomer.isReelected);
    // The old term's archive stays intact.
    registry::DeputyFilter oldTerm;
    oldTerm.termNumber = 18;
    oldTerm.status = registry::MembershipStatus::TermEnded;
    CHECK(deputies.list(oldTerm)->size() == 2);
    CHECK(registry::checkRegistry(db).isEmpty());
}

TEST_CASE("Stations are validated and deputies have one primary station", "[registry]")
{
    test::TempDatabase temp;
    QSqlDatabase db = temp.connection();
    registry::StationStore stations(db);
    const qint64 township = registry::TownshipStore(db).ensure(QStringLiteral("城关镇")).id;
    registry::Station bad;
    bad.name = QStringLiteral("城关镇人大代表联络站");
    bad.kind = QStringLiteral("palace");
    bad.starRating = 7;
    const Outcome refused = stations.add(bad);
    CHECK(hasError(refused, "kind"));
    CHECK(hasError(refused, "star_rating"));

    registry::Station hub;
    hub.name = QStringLiteral("城关镇人大代表联络站");
    hub.kind = QStringLiteral("乡镇站");
    hub.townshipId = township;
    hub.receptionRule = QStringLiteral("每周三");
    REQUIRE(stations.add(hub).ok());
    CHECK(hub.kind == QStringLiteral("township"));
    registry::Station point;
    point.name = QStringLiteral("东街社区代表联络点");
    point.kind = QStringLiteral("community");
    point.townshipId = township;
    REQUIRE(stations.add(point).ok());
    registry::Station twin = point;
    CHECK(hasError(stations.add(twin), "name"));

    registry::DeputyStore deputies(db);
    registry::Deputy d = person(QStringLiteral("郑一"));
    registry::Membership m = countyTerm();
    REQUIRE(deputies.add(d, m, hub.id).ok());
    REQUIRE(stations.assign(d.id, point.id, false, QDate(2026, 1, 5)).ok());
    REQUIRE(stations.assign(d.id, point.id, true, QDate(2026, 2, 1)).ok()); // now primary
    const auto assigned = *deputies.stations(d.id);
    REQUIRE(assigned.size() == 1);
    CHECK(std::get<0>(assigned.first()) == point.id);
    CHECK(std::get<2>(assigned.first()));
    const QList<registry::StationRow> rows = *stations.list();
    CHECK(rows.at(1).deputiesByLevel.value(registry::Level::County) == 1);
    CHECK(rows.at(0).deputyCount == 0);
    registry::DeputyFilter byTownship;
    byTownship.townshipId = township;
    CHECK(deputies.list(byTownship)->size() == 1);
}

TEST_CASE("Sessions need an existing term and sensible dates", "[registry]")
{
    test::TempDatabase temp;
    registry::TermStore terms(temp.connection());
    registry::Session s;
    s.level = registry::Level::County;
    s.termNumber = 18;
    s.number = 5;
    s.openingDate = QDate(2026, 1, 10);
    s.closingDate = QDate(2026, 1, 8);
    CHECK(terms.addSession(s).kind == Outcome::Kind::Invalid);
    s.closingDate = QDate(2026, 1, 13);
    REQUIRE(terms.addSession(s).ok());
    registry::Session twice = s;
    CHECK_FALSE(terms.addSession(twice).ok());
    s.termNumber = 7;
    CHECK(terms.addSession(s).kind == Outcome::Kind::Invalid);
    REQUIRE(terms.sessions(registry::Level::County)->size() == 1);
}

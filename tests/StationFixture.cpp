#include "StationFixture.h"

#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "usecases/RegistryActions.h"

#include <catch2/catch.hpp>

namespace dd::test {

StationFixture::StationFixture(int count)
{
    const usecase::WriteAccess seeding(db.connection()); // stands in for the use cases
    registry::Station s;
    s.name = QStringLiteral("城关镇东社区代表联络站");
    s.kind = QStringLiteral("community");
    s.receptionRule = QStringLiteral("每周三");
    REQUIRE(registry::StationStore(db.connection()).add(s).ok());
    station = s.id;
    for (int i = 0; i < count; ++i) {
        registry::Deputy deputy;
        deputy.name = QStringLiteral("代表%1").arg(i + 1);
        deputy.gender = i % 2 ? QStringLiteral("F") : QStringLiteral("M");
        deputy.birthMonth = QStringLiteral("19%1-05").arg(60 + i % 30);
        registry::Membership membership;
        membership.level = registry::Level::County;
        membership.termNumber = 18;
        INFO(i);
        REQUIRE(registry::DeputyStore(db.connection()).add(deputy, membership, station).ok());
        deputies << deputy.id;
    }
}

activities::Activity StationFixture::reception(const QDate& date) const
{
    activities::Activity activity;
    activity.typeId = (*store().typeByCode(QString::fromLatin1(activities::kReceptionType)))->id;
    activity.date = date;
    activity.title = QStringLiteral("代表进站接待选民");
    activity.stationId = station;
    return activity;
}

registry::Session StationFixture::countySession() const
{
    registry::Session session;
    session.level = registry::Level::County;
    session.termNumber = 18;
    session.number = 6;
    session.openingDate = QDate(2026, 2, 10);
    session.closingDate = QDate(2026, 2, 12);
    REQUIRE(usecase::addSession(db.connection(), session).ok());
    return session;
}

} // namespace dd::test

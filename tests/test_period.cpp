#include "TestSupport.h"
#include "common/Period.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("Periods parse in every accepted form", "[period]")
{
    auto year = Period::parse(u"2026");
    REQUIRE(year);
    CHECK(year->start == QDate(2026, 1, 1));
    CHECK(year->end == QDate(2026, 12, 31));
    auto half = Period::parse(u" 2026h2 ");
    REQUIRE(half);
    CHECK(half->start == QDate(2026, 7, 1));
    CHECK(half->end == QDate(2026, 12, 31));
    auto quarter = Period::parse(u"2026Q3");
    REQUIRE(quarter);
    CHECK(quarter->start == QDate(2026, 7, 1));
    CHECK(quarter->end == QDate(2026, 9, 30));
    CHECK(quarter->contains(QDate(2026, 8, 15)));
    CHECK_FALSE(quarter->contains(QDate(2026, 10, 1)));
    auto month = Period::parse(u"2026-02");
    REQUIRE(month);
    CHECK(month->end == QDate(2026, 2, 28));
    CHECK(month->code() == QStringLiteral("2026-02"));
    auto term = Period::parse(u"t18");
    REQUIRE(term);
    CHECK(term->kind == Period::Kind::Term);
    CHECK(term->index == 18);
    CHECK(
        term->withTermDates(QDate(2021, 12, 20), QDate(2026, 12, 19)).contains(QDate(2024, 1, 1)));
}

TEST_CASE("Bad periods are refused with the accepted forms", "[period]")
{
    CHECK(test::failureOf(Period::parse(u"2026Q5")).contains(QStringLiteral("Q1 to Q4")));
    CHECK(test::failureOf(Period::parse(u"2026-13")).contains(QStringLiteral("01 to 12")));
    CHECK(test::failureOf(Period::parse(u"last year")).contains(QStringLiteral("2026H1")));
    CHECK_FALSE(Period::parse(u"2026H3"));
}

TEST_CASE("Periods step across year boundaries and carry labels", "[period]")
{
    CHECK(Period::of(Period::Kind::Quarter, 2026, 1).previous().code() == QStringLiteral("2025Q4"));
    CHECK(Period::of(Period::Kind::Month, 2026, 12).next().code() == QStringLiteral("2027-01"));
    CHECK(Period::of(Period::Kind::HalfYear, 2026, 2).next().code() == QStringLiteral("2027H1"));
    CHECK(Period::containing(Period::Kind::Quarter, QDate(2026, 11, 22)).code() ==
          QStringLiteral("2026Q4"));
    CHECK(Period::of(Period::Kind::Quarter, 2026, 3).label(true) ==
          QStringLiteral("2026年第三季度"));
    CHECK(Period::of(Period::Kind::HalfYear, 2026, 1).label(true) ==
          QStringLiteral("2026年上半年"));
    CHECK(Period::of(Period::Kind::Term, 0, 18).label(true) == QStringLiteral("第十八届"));
    CHECK(Period::of(Period::Kind::Month, 2026, 7).label(false) == QStringLiteral("July 2026"));
    CHECK(chineseNumber(21) == QStringLiteral("二十一"));
    CHECK(chineseNumber(100) == QStringLiteral("一百"));
    CHECK(chineseNumber(10) == QStringLiteral("十"));
}

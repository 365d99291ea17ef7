#include "common/Masking.h"
#include "common/TextNormalize.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("Names, phones and ID numbers are masked as domain rules say", "[masking]")
{
    CHECK(maskName(u"张三") == QStringLiteral("张*"));
    CHECK(maskName(u"张三丰") == QStringLiteral("张*丰"));
    CHECK(maskName(u"欧阳娜娜") == QStringLiteral("欧**娜"));
    CHECK(maskName(u"王") == QStringLiteral("王"));
    CHECK(maskPhone(u"13812345678") == QStringLiteral("138****5678"));
    CHECK(maskPhone(u"１３８ １２３４ ５６７８") == QStringLiteral("138****5678"));
    CHECK(maskPhone(u"0871-1234567") == QStringLiteral("0871-***4567"));
    CHECK(maskIdNumber(u"110101199003071234") == QStringLiteral("110101********1234"));
}

TEST_CASE("Free text loses every mobile and ID number", "[masking]")
{
    const QString masked =
        maskFreeText(u"请联系张先生13812345678或139 1234 "
                     u"5678，身份证110101199003071234，另１３７１２３４５６７８");
    CHECK_FALSE(masked.contains(QStringLiteral("12345678")));
    CHECK(masked.contains(QStringLiteral("138****5678")));
    CHECK(masked.contains(QStringLiteral("139****5678")));
    CHECK(masked.contains(QStringLiteral("137****5678")));
    CHECK(masked.contains(QStringLiteral("110101********1234")));
    CHECK(maskFreeText(u"2026年第3季度共15件") == QStringLiteral("2026年第3季度共15件"));
    // Chinese punctuation stays; only full-width digits are read as digits.
    CHECK(maskFreeText(u"路面破损，联系１３８１２３４５６７８。") ==
          QStringLiteral("路面破损，联系138****5678。"));
}

TEST_CASE("A mobile number with China's country code is masked too", "[masking]")
{
    // As citizens and clerks write it: +86, +86 with a space, 0086, 86-, full-width plus.
    for (const char16_t* written :
         {u"+8613812345678", u"+86 138 1234 5678", u"008613812345678", u"86-13812345678",
          u"８６－１３８１２３４５６７８", u"+86-138-1234-5678"}) {
        const QString text = QString::fromUtf16(written);
        CAPTURE(text);
        CHECK(maskPhone(text) == QStringLiteral("138****5678"));
        const QString inText =
            maskFreeText(QString(QStringLiteral("联系电话：") + text + QStringLiteral("。")));
        CHECK_FALSE(inText.contains(QStringLiteral("1234")));
        CHECK(inText.contains(QStringLiteral("138****5678")));
    }
    CHECK(normalizePhone(u"+86 138 1234 5678") == QStringLiteral("13812345678"));
    // Not a country code: a long number stays a number, a date stays a date.
    CHECK(maskFreeText(u"2026年8月6日") == QStringLiteral("2026年8月6日"));
}

TEST_CASE("Text is normalised: full width, spaces, phones, ID numbers", "[masking]")
{
    CHECK(toHalfWidth(u"ＡＢＣ１２３") == QStringLiteral("ABC123"));
    CHECK(normalizeText(u"　城关镇　 人大  ") == QStringLiteral("城关镇 人大"));
    CHECK(normalizePersonName(u"张　三") == QStringLiteral("张三"));
    CHECK(normalizePersonName(u" 张 三 ") == QStringLiteral("张三"));
    CHECK(normalizePersonName(u"阿依古丽•买买提") == QStringLiteral("阿依古丽·买买提"));
    CHECK(normalizePersonName(u"Mary  Smith") == QStringLiteral("Mary Smith"));
    CHECK(normalizePhone(u"138-1234-5678") == QStringLiteral("13812345678"));
    CHECK(normalizePhone(u"(0871)1234567") == QStringLiteral("0871-1234567"));
    CHECK(normalizePhone(u"0871 1234567") == QStringLiteral("0871-1234567"));
    CHECK(isMobile(u"13812345678"));
    CHECK_FALSE(isMobile(u"12812345678"));
    CHECK(isLandline(u"0871-1234567"));
    CHECK_FALSE(isLandline(u"1234567"));
    CHECK(normalizeIdNumber(u"11010119900307123ｘ") == QStringLiteral("11010119900307123X"));
    CHECK(isValidIdNumber(u"11010519491231002X"));
    CHECK_FALSE(isValidIdNumber(u"110105194912310021"));
    CHECK_FALSE(isValidIdNumber(u"110105194913310028"));
}

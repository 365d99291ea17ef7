#include "text/Collation.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>

using namespace dd;

namespace {
QStringList sorted(QStringList names, QString (*key)(QStringView))
{
    std::sort(names.begin(), names.end(),
              [key](const QString& a, const QString& b) { return key(a) < key(b); });
    return names;
}
} // namespace

TEST_CASE("Surname stroke order: count, then 横竖撇点折", "[collation]")
{
    CHECK(sorted({"孔", "文", "王", "尹", "方", "毛"}, text::strokeSortKey) ==
          QStringList{"王", "毛", "文", "方", "尹", "孔"});
    CHECK(sorted({"白", "田", "石", "叶"}, text::strokeSortKey) ==
          QStringList{"石", "叶", "田", "白"});
    CHECK(sorted({"王小明", "毛泽", "王五", "王", "丁一"}, text::strokeSortKey) ==
          QStringList{"丁一", "王", "王小明", "王五", "毛泽"}); // 小 has 3 strokes, 五 4
    CHECK(text::totalStrokes(U'王') == 4);
    CHECK(text::totalStrokes(U'a') == 0);
}

TEST_CASE("Pinyin order uses surname readings", "[collation]")
{
    CHECK(sorted({"周一", "曾二", "张三", "蔡四"}, text::pinyinSortKey) ==
          QStringList{"蔡四", "曾二", "张三", "周一"});
    CHECK(sorted({"孙明", "单明", "沈明"}, text::pinyinSortKey) ==
          QStringList{"单明", "沈明", "孙明"});
    CHECK(sorted({"潘明", "区明", "欧阳明"}, text::pinyinSortKey) ==
          QStringList{"区明", "欧阳明", "潘明"});
    CHECK(sorted({"张", "章", "张三", "詹"}, text::pinyinSortKey) ==
          QStringList{"詹", "张", "张三", "章"});
}

TEST_CASE("Pinyin search keys and matching", "[collation]")
{
    const text::PinyinKeys keys = text::pinyinKeys(u"张三");
    CHECK(keys.full == QStringLiteral("zhangsan"));
    CHECK(keys.initials == QStringLiteral("zs"));
    for (const char* query :
         std::initializer_list<const char*>{"zs", "zhangsan", "zhang", "san", "zhangs"})
        CHECK(text::matchesPinyin(keys, QString::fromLatin1(query)));
    CHECK_FALSE(text::matchesPinyin(keys, u"ls"));
    CHECK(text::pinyinKeys(u"曾国藩").full == QStringLiteral("zengguofan"));
    CHECK(text::pinyinKeys(u"单雄信").initials == QStringLiteral("sxx"));
    CHECK(text::pinyinKeys(u"绿").full == QStringLiteral("lv"));
}

TEST_CASE("A picker's search finds any part of a name, its pinyin or its initials", "[collation]")
{
    const QString agency = QStringLiteral("县住房和城乡建设局");
    for (const char* query : {"住房", "城乡建设", "zhufang", "ZF", "zfhcxjsj", " jianshe "})
        CHECK(text::matchesNameOrPinyin(agency, QString::fromUtf8(query)));
    for (const char* query : {"水务", "shuiwu", "zf1", "住房x"})
        CHECK_FALSE(text::matchesNameOrPinyin(agency, QString::fromUtf8(query)));
    CHECK(text::matchesNameOrPinyin(agency, u""));
}

TEST_CASE("Odd names have keys and do not crash", "[collation]")
{
    for (const char* name :
         std::initializer_list<const char*>{"阿依古丽·买买提", "Mary Smith", "张𠀀", "王2", ""}) {
        const QString text = QString::fromUtf8(name);
        INFO(name);
        CHECK((text.isEmpty() || !text::pinyinSortKey(text).isEmpty()));
        CHECK((text.isEmpty() || !text::strokeSortKey(text).isEmpty()));
        for (QChar c : QString(text::pinyinSortKey(text) + text::strokeSortKey(text)))
            CHECK(c.unicode() < 128);
    }
    CHECK(text::pinyinKeys(u"阿依古丽·买买提").initials == QStringLiteral("ayglmmt"));
}

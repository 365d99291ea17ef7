// The translations shipped are whole: every string of the zh_CN file and every plural of the
// English one is translated (`update_translations` marks new ones unfinished); the names an
// office file starts with read in the screen's language.
#include "common/BuiltInNames.h"
#include "common/DocumentText.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QXmlStreamReader>

namespace {
struct Entries {
    int messages = 0;
    QStringList unfinished;
};

Entries read(const QString& name)
{
    QFile file(QStringLiteral(DEPUTYDESK_SOURCE_DIR "/translations/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    Entries entries;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message"))
            ++entries.messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") &&
                 xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
            entries.unfinished << source;
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    return entries;
}
} // namespace

TEST_CASE("Every string is translated into Chinese and every %n string has its English plurals",
          "[i18n]")
{
    for (const QString& name :
         {QStringLiteral("deputydesk_zh_CN.ts"), QStringLiteral("deputydesk_en.ts"),
          QStringLiteral("qtbase_supplement_zh_CN.ts")}) {
        INFO(name.toStdString());
        const Entries entries = read(name);
        CHECK(entries.messages > (name.startsWith(QLatin1String("qtbase")) ? 3 : 40));
        CHECK(entries.unfinished.join(QLatin1Char('\n')).toStdString() == "");
    }
}

TEST_CASE("Built-in names read in the screen's language, and a county's own names stay as typed",
          "[i18n]")
{
    // The tests run in English.
    CHECK(dd::builtInName(QStringLiteral("视察")) == QStringLiteral("Inspection"));
    CHECK(dd::builtInName(QStringLiteral("城建环资")) ==
          QStringLiteral("Urban construction and environment"));
    CHECK(dd::builtInName(QStringLiteral("其他")) == QStringLiteral("Other"));
    CHECK(dd::builtInName(QStringLiteral("乡村振兴专题调研")) ==
          QStringLiteral("乡村振兴专题调研"));
    CHECK(dd::builtInName(QString()).isEmpty());

    // A document follows its own language, whatever the screen's.
    const dd::DocumentText english(QStringLiteral("en"));
    const dd::DocumentText chinese(QStringLiteral("zh_CN"));
    CHECK(dd::builtInName(QStringLiteral("进站接待选民"), english) ==
          QStringLiteral("Station reception"));
    CHECK(dd::builtInName(QStringLiteral("进站接待选民"), chinese) ==
          QStringLiteral("进站接待选民"));
    CHECK(dd::builtInName(QStringLiteral("乡村振兴专题调研"), english) ==
          QStringLiteral("乡村振兴专题调研"));
}

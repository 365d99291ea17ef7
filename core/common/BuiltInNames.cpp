#include "common/BuiltInNames.h"
#include "common/DocumentText.h"

#include <QCoreApplication>
#include <QHash>

namespace dd {

namespace {
// The stored defaults (storage/Schema.cpp) and their English, the source of their translation.
const QHash<QString, const char*>& defaults()
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("出席人代会"), QT_TRANSLATE_NOOP("dd::builtin", "Attending the congress")},
        {QStringLiteral("列席常委会"),
         QT_TRANSLATE_NOOP("dd::builtin", "Attending the standing committee")},
        {QStringLiteral("视察"), QT_TRANSLATE_NOOP("dd::builtin", "Inspection")},
        {QStringLiteral("调研"), QT_TRANSLATE_NOOP("dd::builtin", "Research")},
        {QStringLiteral("执法检查"),
         QT_TRANSLATE_NOOP("dd::builtin", "Law enforcement inspection")},
        {QStringLiteral("学习培训"), QT_TRANSLATE_NOOP("dd::builtin", "Study and training")},
        {QStringLiteral("进站接待选民"), QT_TRANSLATE_NOOP("dd::builtin", "Station reception")},
        {QStringLiteral("走访选民/联系群众"),
         QT_TRANSLATE_NOOP("dd::builtin", "Visiting constituents")},
        {QStringLiteral("反映社情民意"),
         QT_TRANSLATE_NOOP("dd::builtin", "Social-conditions report")},
        {QStringLiteral("向选民述职/报告履职"),
         QT_TRANSLATE_NOOP("dd::builtin", "Report to constituents")},
        {QStringLiteral("代表小组/主题活动"),
         QT_TRANSLATE_NOOP("dd::builtin", "Deputy group activity")},
        {QStringLiteral("民生实事票决"),
         QT_TRANSLATE_NOOP("dd::builtin", "Livelihood projects vote")},
        {QStringLiteral("其他"), QT_TRANSLATE_NOOP("dd::builtin", "Other")},
        {QStringLiteral("财政经济"), QT_TRANSLATE_NOOP("dd::builtin", "Finance and economy")},
        {QStringLiteral("农业农村"),
         QT_TRANSLATE_NOOP("dd::builtin", "Agriculture and rural affairs")},
        {QStringLiteral("城建环资"),
         QT_TRANSLATE_NOOP("dd::builtin", "Urban construction and environment")},
        {QStringLiteral("教科文卫"),
         QT_TRANSLATE_NOOP("dd::builtin", "Education, science, culture and health")},
        {QStringLiteral("内务司法"),
         QT_TRANSLATE_NOOP("dd::builtin", "Internal affairs and justice")},
        {QStringLiteral("社会建设"), QT_TRANSLATE_NOOP("dd::builtin", "Social development")},
    };
    return names;
}
} // namespace

QString builtInName(const QString& stored)
{
    const char* english = defaults().value(stored);
    return english ? QCoreApplication::translate("dd::builtin", english) : stored;
}

QString builtInName(const QString& stored, const DocumentText& text)
{
    const char* english = defaults().value(stored);
    return english && !text.chinese() ? text.translate("dd::builtin", english) : stored;
}

} // namespace dd

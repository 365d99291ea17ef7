#include "registry/Levels.h"

#include <QCoreApplication>

namespace dd::registry {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dd::Registry", text);
}

struct Named {
    const char* code;
    const char* english; // source text for tr()
    QStringList aliases; // Chinese spellings seen in clerks' files
};

const QList<Named>& levels()
{
    static const QList<Named> list = {
        {"national", QT_TRANSLATE_NOOP("dd::Registry", "National"), {"全国", "全国人大", "国家"}},
        {"provincial", QT_TRANSLATE_NOOP("dd::Registry", "Provincial"), {"省", "省级", "省人大"}},
        {"municipal",
         QT_TRANSLATE_NOOP("dd::Registry", "Municipal"),
         {"市", "州", "市级", "市(州)", "市州", "市人大", "市(州)级", "市（州）级"}},
        {"county",
         QT_TRANSLATE_NOOP("dd::Registry", "County"),
         {"县", "县级", "区", "县(市、区)", "县人大", "县区"}},
        {"township",
         QT_TRANSLATE_NOOP("dd::Registry", "Township"),
         {"乡", "镇", "乡镇", "乡级", "乡镇级", "乡(镇)", "街道"}},
    };
    return list;
}

const QList<Named>& statuses()
{
    static const QList<Named> list = {
        {"active", QT_TRANSLATE_NOOP("dd::Registry", "Serving"), {"在任", "正常", "现任"}},
        {"terminated",
         QT_TRANSLATE_NOOP("dd::Registry", "Terminated"),
         {"终止", "终止资格", "终止代表资格"}},
        {"resigned", QT_TRANSLATE_NOOP("dd::Registry", "Resigned"), {"辞职", "辞去代表职务"}},
        {"term_ended", QT_TRANSLATE_NOOP("dd::Registry", "Term ended"), {"届满", "任期届满"}},
    };
    return list;
}

const QList<Named>& compositions()
{
    static const QList<Named> list = {
        {"worker", QT_TRANSLATE_NOOP("dd::Registry", "Worker"), {"工人"}},
        {"farmer", QT_TRANSLATE_NOOP("dd::Registry", "Farmer"), {"农民"}},
        {"professional",
         QT_TRANSLATE_NOOP("dd::Registry", "Professional"),
         {"专业技术人员", "专技人员"}},
        {"official",
         QT_TRANSLATE_NOOP("dd::Registry", "Party or government leader"),
         {"党政领导干部", "党政干部", "领导干部"}},
        {"business", QT_TRANSLATE_NOOP("dd::Registry", "Business leader"), {"企业负责人"}},
        {"military",
         QT_TRANSLATE_NOOP("dd::Registry", "PLA / armed police"),
         {"解放军/武警", "解放军", "武警", "军人"}},
        {"other", QT_TRANSLATE_NOOP("dd::Registry", "Other"), {"其他", "其它"}},
    };
    return list;
}

const QList<Named>& stationKinds()
{
    static const QList<Named> list = {
        {"township",
         QT_TRANSLATE_NOOP("dd::Registry", "Township/street station"),
         {"乡镇(街道)站", "乡镇站", "街道站", "站"}},
        {"community",
         QT_TRANSLATE_NOOP("dd::Registry", "Community/village point"),
         {"社区(村)点", "社区点", "村点", "点", "联络点"}},
        {"district", QT_TRANSLATE_NOOP("dd::Registry", "Electoral district station"), {"选区站"}},
        {"park",
         QT_TRANSLATE_NOOP("dd::Registry", "Park/industry station"),
         {"园区站", "产业站", "园区/产业站"}},
        {"enterprise", QT_TRANSLATE_NOOP("dd::Registry", "Enterprise station"), {"企业站"}},
        {"online", QT_TRANSLATE_NOOP("dd::Registry", "Online station"), {"网上站", "网上联络站"}},
    };
    return list;
}

std::optional<QString> parseNamed(const QList<Named>& list, QStringView text)
{
    const QString wanted = text.trimmed().toString();
    for (const Named& item : list) {
        if (wanted.compare(QLatin1String(item.code), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(item.english), Qt::CaseInsensitive) == 0 ||
            item.aliases.contains(wanted) || wanted == tr(item.english))
            return QString::fromLatin1(item.code);
    }
    return std::nullopt;
}

QString nameOf(const QList<Named>& list, const QString& code)
{
    for (const Named& item : list)
        if (code == QLatin1String(item.code))
            return tr(item.english);
    return code;
}

const char* sourceOf(const QList<Named>& list, const QString& code)
{
    for (const Named& item : list)
        if (code == QLatin1String(item.code))
            return item.english;
    return nullptr;
}

QStringList codesOf(const QList<Named>& list)
{
    QStringList codes;
    for (const Named& item : list)
        codes << QString::fromLatin1(item.code);
    return codes;
}
} // namespace

const QList<Level>& allLevels()
{
    static const QList<Level> list = {Level::National, Level::Provincial, Level::Municipal,
                                      Level::County, Level::Township};
    return list;
}

QString levelCode(Level level)
{
    return QString::fromLatin1(levels().at(int(level)).code);
}
QString levelName(Level level)
{
    return tr(levels().at(int(level)).english);
}

std::optional<Level> parseLevel(QStringView text)
{
    const auto code = parseNamed(levels(), text);
    if (!code)
        return std::nullopt;
    return Level(codesOf(levels()).indexOf(*code));
}

QString statusCode(MembershipStatus status)
{
    return QString::fromLatin1(statuses().at(int(status)).code);
}
QString statusName(MembershipStatus status)
{
    return tr(statuses().at(int(status)).english);
}

std::optional<MembershipStatus> parseStatus(QStringView text)
{
    const auto code = parseNamed(statuses(), text);
    if (!code)
        return std::nullopt;
    return MembershipStatus(codesOf(statuses()).indexOf(*code));
}

QStringList compositionCodes()
{
    return codesOf(compositions());
}
QString compositionName(const QString& code)
{
    return nameOf(compositions(), code);
}
std::optional<QString> parseComposition(QStringView text)
{
    return parseNamed(compositions(), text);
}

QStringList stationKindCodes()
{
    return codesOf(stationKinds());
}
QString stationKindName(const QString& code)
{
    return nameOf(stationKinds(), code);
}
std::optional<QString> parseStationKind(QStringView text)
{
    return parseNamed(stationKinds(), text);
}

const char* levelSource(Level level)
{
    return levels().at(int(level)).english;
}
const char* statusSource(MembershipStatus status)
{
    return statuses().at(int(status)).english;
}
const char* compositionSource(const QString& code)
{
    return sourceOf(compositions(), code);
}
const char* stationKindSource(const QString& code)
{
    return sourceOf(stationKinds(), code);
}

} // namespace dd::registry

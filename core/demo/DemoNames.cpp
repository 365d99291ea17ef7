#include "demo/DemoNames.h"

namespace dd::demo {

namespace {
// Surnames with rough weights from the national census (per mille of the population).
struct WeightedSurname {
    const char* surname;
    int weight;
};
const WeightedSurname kSurnames[] = {
    {"王", 72},  {"李", 72},  {"张", 68}, {"刘", 54}, {"陈", 45}, {"杨", 31},  {"黄", 22},
    {"赵", 22},  {"吴", 20},  {"周", 19}, {"徐", 15}, {"孙", 15}, {"马", 14},  {"朱", 13},
    {"胡", 13},  {"郭", 12},  {"何", 12}, {"高", 11}, {"林", 11}, {"罗", 11},  {"郑", 10},
    {"梁", 10},  {"谢", 8},   {"宋", 8},  {"唐", 8},  {"许", 7},  {"韩", 7},   {"冯", 7},
    {"邓", 7},   {"曹", 7},   {"彭", 6},  {"曾", 6},  {"肖", 6},  {"田", 6},   {"董", 5},
    {"袁", 5},   {"潘", 5},   {"于", 5},  {"蒋", 5},  {"蔡", 5},  {"余", 5},   {"杜", 5},
    {"叶", 4},   {"程", 4},   {"苏", 4},  {"魏", 4},  {"吕", 4},  {"丁", 4},   {"任", 4},
    {"沈", 4},   {"姚", 4},   {"卢", 4},  {"姜", 3},  {"崔", 3},  {"钟", 3},   {"谭", 3},
    {"陆", 3},   {"汪", 3},   {"范", 3},  {"金", 3},  {"石", 3},  {"廖", 3},   {"贾", 3},
    {"夏", 3},   {"韦", 3},   {"付", 3},  {"方", 3},  {"白", 2},  {"邹", 2},   {"孟", 2},
    {"熊", 2},   {"秦", 2},   {"邱", 2},  {"江", 2},  {"尹", 2},  {"薛", 2},   {"闫", 2},
    {"段", 2},   {"雷", 2},   {"侯", 2},  {"龙", 2},  {"史", 2},  {"陶", 2},   {"黎", 2},
    {"贺", 2},   {"顾", 2},   {"毛", 2},  {"郝", 2},  {"龚", 2},  {"邵", 2},   {"万", 2},
    {"钱", 2},   {"严", 1},   {"覃", 1},  {"武", 1},  {"戴", 1},  {"莫", 1},   {"孔", 1},
    {"向", 1},   {"汤", 1},   {"单", 1},  {"区", 1},  {"查", 1},  {"欧阳", 1}, {"司马", 1},
    {"上官", 1}, {"诸葛", 1}, {"解", 1},  {"仇", 1},  {"缪", 1},  {"盖", 1},   {"尉迟", 1},
};

const char* const kMaleChars[] = {
    "伟",   "强",   "军",   "勇",   "杰",   "涛",   "明",   "超",   "刚",   "平",   "辉",
    "鹏",   "华",   "飞",   "斌",   "建国", "国强", "志刚", "永福", "德明", "文",   "武",
    "海",   "波",   "宇",   "浩",   "俊",   "峰",   "磊",   "林",   "成",   "云",   "龙",
    "兴",   "福",   "贵",   "荣",   "昌",   "祥",   "正",   "光",   "家",   "学",   "春",
    "晓东", "建华", "金山", "开元", "绍武", "世杰", "天佑", "中华", "有才", "振兴", "卫东"};
const char* const kFemaleChars[] = {"芳",   "娜",   "敏",   "静",   "丽",   "艳",   "娟",   "霞",
                                    "燕",   "玲",   "桂英", "秀兰", "秀英", "丹",   "萍",   "红",
                                    "梅",   "琳",   "慧",   "婷",   "雪",   "琴",   "莉",   "兰",
                                    "凤",   "洁",   "颖",   "倩",   "佳",   "晓红", "春梅", "海燕",
                                    "丽华", "玉兰", "金花", "美玲", "雅琴", "淑珍", "小燕", "文静"};

const char* const kTownships[] = {
    "城关镇",   "东城街道", "西城街道", "河口镇", "龙泉镇",   "青山乡", "石桥镇",   "白沙乡",
    "马街镇",   "金山镇",   "清水乡",   "新民乡", "太平镇",   "长岭乡", "黄土坡乡", "双河镇",
    "柳树乡",   "凤凰镇",   "高桥镇",   "大坪乡", "松林乡",   "三合镇", "永安镇",   "红旗乡",
    "田坝乡",   "花桥镇",   "木龙乡",   "方山镇", "文昌街道", "毛坪乡", "人和镇",   "大民乡",
    "马鞍山乡", "古城镇",   "水口镇",   "玉泉乡", "安乐乡",   "梅花镇", "桃源乡",   "万寿镇"};

const char* const kVillagePrefixes[] = {
    "王家", "李家", "张家", "新",   "大",   "小",   "上",   "下",   "东",   "西",
    "南",   "北",   "红",   "和平", "幸福", "团结", "胜利", "光明", "青龙", "白马",
    "石门", "黄泥", "杨柳", "桂花", "梨园", "新华", "民主", "五星", "向阳", "前进"};

const char* const kMinorities[] = {"彝族",   "回族", "白族",   "苗族", "壮族",   "土家族",
                                   "哈尼族", "傣族", "布依族", "侗族", "蒙古族", "藏族"};
const char* const kNonCpc[] = {"群众",     "群众",      "群众",         "无党派人士",
                               "民盟盟员", "民建会员",  "九三学社社员", "农工党党员",
                               "民进会员", "致公党党员"};
const char* const kEnterpriseStems[] = {"鑫源", "宏达", "兴旺", "金穗", "绿源", "恒通",
                                        "华丰", "天成", "盛世", "永康", "瑞丰", "云岭"};
const char* const kEnterpriseKinds[] = {"农业开发有限公司", "建材有限公司",    "食品有限公司",
                                        "茶业有限公司",     "物流有限公司",    "矿业有限公司",
                                        "农民专业合作社",   "旅游开发有限公司"};

int totalWeight()
{
    int total = 0;
    for (const auto& entry : kSurnames)
        total += entry.weight;
    return total;
}
} // namespace

QString pickSurname(QRandomGenerator& random)
{
    static const int total = totalWeight();
    int ticket = int(random.bounded(quint32(total)));
    for (const auto& entry : kSurnames) {
        if (ticket < entry.weight)
            return QString::fromUtf8(entry.surname);
        ticket -= entry.weight;
    }
    return QStringLiteral("王");
}

QString pickGivenName(QRandomGenerator& random, bool female)
{
    const auto one = [&] {
        return female
                   ? QString::fromUtf8(kFemaleChars[random.bounded(int(std::size(kFemaleChars)))])
                   : QString::fromUtf8(kMaleChars[random.bounded(int(std::size(kMaleChars)))]);
    };
    QString given = one();
    if (given.size() == 1 && random.bounded(100) < 65)
        given += one().left(1);
    return given;
}

QStringList townshipNames()
{
    QStringList names;
    for (const char* name : kTownships)
        names << QString::fromUtf8(name);
    return names;
}

QString villageName(QRandomGenerator& random, bool community)
{
    const QString stem =
        QString::fromUtf8(kVillagePrefixes[random.bounded(int(std::size(kVillagePrefixes)))]);
    if (community)
        return stem + QStringLiteral("社区");
    static const char* const endings[] = {"村", "湾村", "坪村", "沟村", "营村", "寨村"};
    return stem + QString::fromUtf8(endings[random.bounded(int(std::size(endings)))]);
}

QString pickEthnicMinority(QRandomGenerator& random)
{
    return QString::fromUtf8(kMinorities[random.bounded(int(std::size(kMinorities)))]);
}

QString pickNonCpcParty(QRandomGenerator& random)
{
    return QString::fromUtf8(kNonCpc[random.bounded(int(std::size(kNonCpc)))]);
}

QString pickEducation(QRandomGenerator& random, const QString& composition)
{
    if (composition == QLatin1String("farmer") || composition == QLatin1String("worker")) {
        static const char* const levels[] = {"初中", "高中", "中专", "大专"};
        return QString::fromUtf8(levels[random.bounded(4)]);
    }
    static const char* const levels[] = {"大专", "大学", "大学", "研究生"};
    return QString::fromUtf8(levels[random.bounded(4)]);
}

QString enterpriseName(QRandomGenerator& random)
{
    return QStringLiteral("云岭县") +
           QString::fromUtf8(kEnterpriseStems[random.bounded(int(std::size(kEnterpriseStems)))]) +
           QString::fromUtf8(kEnterpriseKinds[random.bounded(int(std::size(kEnterpriseKinds)))]);
}

QString workUnit(QRandomGenerator& random, const QString& composition, const QString& township,
                 const QString& village)
{
    const auto any = [&](std::initializer_list<const char*> options) {
        const int index = random.bounded(int(options.size()));
        return QString::fromUtf8(*(options.begin() + index));
    };
    if (composition == QLatin1String("farmer"))
        return township + village + any({"村民", "党支部书记", "村委会主任", "种植大户", "养殖户"});
    if (composition == QLatin1String("worker"))
        return enterpriseName(random) + any({"职工", "车间主任", "技术员", "班组长"});
    if (composition == QLatin1String("professional"))
        return any({"县人民医院", "县中医医院", "县第一中学", "县职业中学", "县农业技术推广中心"}) +
               any({"主任医师", "高级教师", "副主任", "工程师", "教师"});
    if (composition == QLatin1String("official"))
        return township + any({"党委书记", "镇长", "人大主席", "党委副书记", "副镇长"});
    if (composition == QLatin1String("business"))
        return enterpriseName(random) + any({"董事长", "总经理", "负责人"});
    if (composition == QLatin1String("military"))
        return any({"县人武部部长", "县人武部政委", "武警县中队中队长"});
    return any({"个体工商户", "县律师事务所律师", "县文化馆馆员", "退休干部", "社区志愿者"});
}

} // namespace dd::demo

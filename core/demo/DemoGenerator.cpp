#include "demo/DemoGenerator.h"

#include "demo/DemoActivities.h"
#include "demo/DemoLoop.h"

#include "common/Clock.h"
#include "demo/DemoNames.h"
#include "registry/DeputyStore.h"
#include "registry/GroupStore.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "registry/TermStore.h"
#include "registry/TownshipStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSet>

namespace dd::demo {

namespace {

struct ScaleShape {
    int townships, stations, national, provincial, municipal, county, township;
};

ScaleShape shapeOf(DemoOptions::Scale scale)
{
    switch (scale) {
    case DemoOptions::Scale::Small:
        return {1, 3, 0, 0, 2, 8, 32};
    case DemoOptions::Scale::County:
        return {15, 60, 2, 8, 40, 250, 1270};
    case DemoOptions::Scale::Large:
        return {40, 300, 3, 15, 100, 450, 4620};
    }
    return {};
}

// Composition shares from domain.md, in percent, summing to 100.
const std::pair<const char*, int> kCompositionShares[] = {
    {"official", 22}, {"worker", 18},  {"farmer", 22}, {"professional", 14},
    {"business", 12}, {"military", 1}, {"other", 11}};

class Generator {
    Q_DECLARE_TR_FUNCTIONS(dd::demo::Generator)

public:
    Generator(QSqlDatabase db, const DemoOptions& options)
        : m_db(std::move(db))
        , m_options(options)
        , m_random(options.seed)
        , m_today(Clock::today())
    {
    }

    Outcome run(DemoSummary* summary);

private:
    QString composition()
    {
        int ticket = m_random.bounded(100);
        for (const auto& [code, share] : kCompositionShares) {
            if (ticket < share)
                return QString::fromLatin1(code);
            ticket -= share;
        }
        return QStringLiteral("other");
    }
    QString uniquePhone()
    {
        static const char* const prefixes[] = {"139", "138", "137", "135", "150", "151", "152",
                                               "158", "187", "182", "133", "153", "189", "177"};
        QString phone;
        do
            phone = QString::fromLatin1(prefixes[m_random.bounded(int(std::size(prefixes)))]) +
                    QStringLiteral("%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'));
        while (m_phones.contains(phone));
        m_phones.insert(phone);
        return phone;
    }
    QString idNumber(const QString& birthMonth, bool female);
    registry::Deputy person(const QString& township, const QString& village);
    Outcome addStations(const QList<registry::Township>& townships);
    Outcome addMember(registry::Deputy deputy, registry::Level level, int term, qint64 townshipId,
                      qint64 stationId, const QDate& start, bool byElection = false);
    // The steps of run(), in the order they draw from the seed.
    Outcome addTerms();
    Outcome addTownships(const ScaleShape& shape);
    Outcome addSessions();
    Outcome addDeputies(const ScaleShape& shape);
    Outcome addLevel(registry::Level level, int count);
    Outcome endSomeMemberships();
    Outcome addGroups();
    // A township by turn and one of its stations at random.
    std::pair<registry::Township, qint64> placeAt(int index);
    // A day within the years the demo covers, and not before `earliest`.
    QDate dateInWindow(const QDate& earliest = {})
    {
        QDate first(m_today.year() - m_options.years + 1, 1, 1);
        if (earliest.isValid() && earliest > first)
            first = earliest;
        const qint64 span = std::max<qint64>(1, first.daysTo(m_today));
        return first.addDays(m_random.bounded(int(span)));
    }

    struct LevelTerm {
        registry::Level level;
        int number;
        QDate start;
    };
    struct Placed {
        registry::Deputy deputy;
        qint64 townshipId;
        qint64 stationId;
    };

    QSqlDatabase m_db;
    DemoOptions m_options;
    QRandomGenerator m_random;
    QDate m_today;
    QSet<QString> m_phones;
    QSet<QString> m_people; // name + birth month: demo persons must not merge by accident
    QHash<qint64, QList<qint64>> m_stationsByTownship;
    QHash<QString, int> m_certificates;
    QList<LevelTerm> m_terms; // the current term of each level, in Level order
    QList<registry::Township> m_townships;
    QList<Placed> m_countyDeputies;
    DemoSummary m_summary;
};

QString Generator::idNumber(const QString& birthMonth, bool female)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    QString id = QStringLiteral("5301%1").arg(20 + m_random.bounded(10), 2, 10, QLatin1Char('0')) +
                 QString(birthMonth).remove(QLatin1Char('-')) +
                 QStringLiteral("%1").arg(1 + m_random.bounded(28), 2, 10, QLatin1Char('0')) +
                 QStringLiteral("%1").arg(m_random.bounded(100), 2, 10, QLatin1Char('0'));
    int sex = m_random.bounded(5) * 2 + (female ? 0 : 1);
    id += QString::number(sex);
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id.at(i).digitValue() * weights[i];
    return id + QLatin1Char(checks[sum % 11]);
}

registry::Deputy Generator::person(const QString& township, const QString& village)
{
    registry::Deputy d;
    const bool female = m_random.bounded(100) < 30;
    d.gender = female ? QStringLiteral("F") : QStringLiteral("M");
    const int age = 28 + m_random.bounded(38);
    do {
        d.name = demo::pickSurname(m_random) + demo::pickGivenName(m_random, female);
        d.birthMonth = QStringLiteral("%1-%2")
                           .arg(m_today.year() - age)
                           .arg(1 + m_random.bounded(12), 2, 10, QLatin1Char('0'));
    } while (m_people.contains(d.name + d.birthMonth));
    m_people.insert(d.name + d.birthMonth);
    d.ethnicity =
        m_random.bounded(100) < 8 ? demo::pickEthnicMinority(m_random) : QStringLiteral("汉族");
    d.party =
        m_random.bounded(100) < 30 ? demo::pickNonCpcParty(m_random) : QStringLiteral("中共党员");
    d.composition = composition();
    d.isCadre =
        d.composition == QLatin1String("official") || d.composition == QLatin1String("military");
    d.education = demo::pickEducation(m_random, d.composition);
    d.workUnit = demo::workUnit(m_random, d.composition, township, village);
    d.phone = uniquePhone();
    if (m_random.bounded(100) < 60)
        d.idNumber = idNumber(d.birthMonth, female);
    d.isReturnedOverseas = m_random.bounded(100) < 2;
    return d;
}

Outcome Generator::addStations(const QList<registry::Township>& townships)
{
    static const char* const rules[] = {"每周三",   "每月8日",    "每月15日",
                                        "单月15日", "每周五上午", "每月第一个周二"};
    registry::StationStore stations(m_db);
    const int total = shapeOf(m_options.scale).stations;
    for (int i = 0; i < total; ++i) {
        registry::Station s;
        const registry::Township& township = townships.at(i % townships.size());
        const bool hub = i < townships.size();
        const bool online = i == total - 1 && total > 3;
        s.townshipId = online ? 0 : township.id;
        if (online) {
            s.kind = QStringLiteral("online");
            s.name = QStringLiteral("云岭县网上代表联络站");
        } else if (hub) {
            s.kind = QStringLiteral("township");
            s.name = township.name + QStringLiteral("人大代表联络站");
        } else if (i % 11 == 5) {
            s.kind = QStringLiteral("enterprise");
            s.name = demo::enterpriseName(m_random) + QStringLiteral("代表联络站");
        } else if (i % 17 == 7) {
            s.kind = QStringLiteral("park");
            s.name = township.name + QStringLiteral("产业园区代表联络站");
        } else {
            const bool community =
                township.kind == QLatin1String("street") || m_random.bounded(4) == 0;
            s.kind = QStringLiteral("community");
            s.name = township.name + demo::villageName(m_random, community) +
                     QStringLiteral("代表联络点");
        }
        if (stations.findByName(s.name).found())
            s.name += QString::number(i);
        s.address = online ? QString() : township.name + QStringLiteral("人民政府院内");
        s.liaisonOfficer =
            demo::pickSurname(m_random) + demo::pickGivenName(m_random, m_random.bounded(2));
        s.phone = m_random.bounded(3) == 0
                      ? QStringLiteral("0874-%1").arg(5200000 + m_random.bounded(800000))
                      : uniquePhone();
        s.starRating = 1 + m_random.bounded(100) / 22;
        s.starRating = std::min(5, s.starRating + (hub ? 1 : 0));
        s.isModel = s.starRating == 5;
        s.isLegislativeContactPoint = hub && i % 5 == 0;
        s.receptionRule = QString::fromUtf8(rules[m_random.bounded(int(std::size(rules)))]);
        const Outcome added = stations.add(s);
        if (!added.ok())
            return added;
        m_stationsByTownship[s.townshipId] << s.id;
        ++m_summary.stations;
    }
    return Outcome::success();
}

Outcome Generator::addMember(registry::Deputy deputy, registry::Level level, int term,
                             qint64 townshipId, qint64 stationId, const QDate& start,
                             bool byElection)
{
    registry::Membership m;
    m.level = level;
    m.termNumber = term;
    m.startDate = start;
    m.byElection = byElection;
    m.townshipId = level >= registry::Level::County ? townshipId : 0;
    const int serial = ++m_certificates[registry::levelCode(level) + QString::number(term)];
    m.certificateNo = QStringLiteral("%1%2").arg(term).arg(serial, 4, 10, QLatin1Char('0'));
    if (level == registry::Level::County || level == registry::Level::Township)
        m.electoralDistrict = QStringLiteral("第%1选区").arg(1 + (serial - 1) % 60);
    else
        m.electoralDistrict = QStringLiteral("云岭县");
    const Outcome added = registry::DeputyStore(m_db).add(deputy, m, stationId);
    if (added.ok())
        ++m_summary.memberships;
    return added;
}

Outcome Generator::run(DemoSummary* summary)
{
    if (registry::DeputyStore(m_db).count() > 0)
        return Outcome::failure(
            Outcome::Kind::NotAllowed,
            tr("The database already holds deputies; demo data go into a new database"));
    const ScaleShape shape = shapeOf(m_options.scale);
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    // The order is part of the seed's promise: the same seed draws the same numbers in turn.
    Outcome outcome = addTerms();
    if (outcome.ok())
        outcome = addTownships(shape);
    if (outcome.ok())
        outcome = addStations(m_townships);
    if (outcome.ok())
        outcome = addSessions();
    if (outcome.ok())
        outcome = addDeputies(shape);
    if (outcome.ok())
        outcome = endSomeMemberships();
    if (outcome.ok())
        outcome = addGroups();
    if (!outcome.ok())
        return outcome;
    if (Outcome committed = transaction->commit(); !committed.ok())
        return committed;
    if (summary)
        *summary = m_summary;
    return Outcome::success();
}

// Terms: the county and township terms began together about five years ago.
Outcome Generator::addTerms()
{
    registry::OfficeSettings settings(m_db);
    registry::TermStore terms(m_db);
    const QDate countyStart(m_today.year() - 5, 12, 20);
    m_terms = {
        {registry::Level::National, 14, countyStart.addMonths(14)},
        {registry::Level::Provincial, 14, countyStart.addMonths(13)},
        {registry::Level::Municipal, 7, countyStart.addMonths(1)},
        {registry::Level::County,
         settings.currentTerm(registry::Level::County) > 1
             ? settings.currentTerm(registry::Level::County)
             : 18,
         countyStart},
        {registry::Level::Township,
         settings.currentTerm(registry::Level::Township) > 1
             ? settings.currentTerm(registry::Level::Township)
             : 19,
         countyStart.addDays(-5)},
    };
    for (const LevelTerm& t : std::as_const(m_terms)) {
        if (t.level == registry::Level::County || t.level == registry::Level::Township) {
            const Outcome previous = terms.ensure(t.level, t.number - 1, t.start.addYears(-5));
            if (!previous.ok())
                return previous;
        }
        Outcome outcome = terms.ensure(t.level, t.number, t.start);
        if (outcome.ok())
            outcome =
                settings.set(registry::OfficeSettings::termKey(t.level), QString::number(t.number));
        if (!outcome.ok())
            return outcome;
    }
    return Outcome::success();
}

Outcome Generator::addTownships(const ScaleShape& shape)
{
    registry::TownshipStore townshipStore(m_db);
    const QStringList names = demo::townshipNames();
    for (int i = 0; i < shape.townships; ++i) {
        const Outcome added = townshipStore.ensure(names.at(i));
        if (!added.ok())
            return added;
        m_townships << *townshipStore.findById(added.id);
    }
    m_summary.townships = int(m_townships.size());
    return Outcome::success();
}

// Sessions: the first at the start of each term, then one a year early in the year.
Outcome Generator::addSessions()
{
    registry::TermStore terms(m_db);
    for (const LevelTerm& t : std::as_const(m_terms)) {
        int number = 1;
        for (QDate opening = t.start; opening <= m_today; ++number) {
            registry::Session session;
            session.level = t.level;
            session.termNumber = t.number;
            session.number = number;
            session.openingDate = opening;
            session.closingDate = opening.addDays(t.level == registry::Level::Township ? 1 : 3);
            if (const Outcome added = terms.addSession(session); !added.ok())
                return added;
            ++m_summary.sessions;
            opening = QDate(opening.year() + 1, t.level == registry::Level::Township ? 2 : 1,
                            8 + m_random.bounded(10));
        }
    }
    return Outcome::success();
}

std::pair<registry::Township, qint64> Generator::placeAt(int index)
{
    const registry::Township& township = m_townships.at(index % m_townships.size());
    const QList<qint64>& local = m_stationsByTownship.value(township.id);
    const qint64 station = local.at(m_random.bounded(int(local.size())));
    return {township, station};
}

Outcome Generator::addLevel(registry::Level level, int count)
{
    const LevelTerm& t = m_terms.at(int(level));
    for (int i = 0; i < count; ++i) {
        const auto [township, station] = placeAt(i);
        registry::Deputy d = person(
            township.name, demo::villageName(m_random, township.kind == QLatin1String("street")));
        const bool reelected =
            (level == registry::Level::County || level == registry::Level::Township) &&
            m_random.bounded(100) < 40;
        if (reelected) {
            const Outcome earlier =
                addMember(d, level, t.number - 1, township.id, 0, t.start.addYears(-5));
            if (!earlier.ok())
                return earlier;
        }
        const Outcome added = addMember(d, level, t.number, township.id, station, t.start);
        if (!added.ok())
            return added;
        d.id = added.id;
        ++m_summary.deputies;
        if (level == registry::Level::County)
            m_countyDeputies.append({d, township.id, station});
    }
    return Outcome::success();
}

// People, level by level; some county deputies also sit in their township's congress.
Outcome Generator::addDeputies(const ScaleShape& shape)
{
    for (registry::Level level : {registry::Level::National, registry::Level::Provincial,
                                  registry::Level::Municipal, registry::Level::County}) {
        const int count = level == registry::Level::National     ? shape.national
                          : level == registry::Level::Provincial ? shape.provincial
                          : level == registry::Level::Municipal  ? shape.municipal
                                                                 : shape.county;
        if (const Outcome added = addLevel(level, count); !added.ok())
            return added;
    }
    // The previous county and township terms end the day before the current ones began.
    registry::TermStore terms(m_db);
    for (registry::Level level : {registry::Level::County, registry::Level::Township}) {
        const LevelTerm& t = m_terms.at(int(level));
        const Outcome ended = terms.endTerm(*terms.find(level, t.number - 1), t.start.addDays(-1));
        if (!ended.ok())
            return ended;
    }
    const LevelTerm& township = m_terms.at(int(registry::Level::Township));
    for (int i = 0; i < m_countyDeputies.size(); i += 5) { // one in five sits at both levels
        const Placed& p = m_countyDeputies.at(i);
        const Outcome added = addMember(p.deputy, registry::Level::Township, township.number,
                                        p.townshipId, 0, township.start);
        if (!added.ok())
            return added;
    }
    return addLevel(registry::Level::Township, shape.township);
}

// A few memberships ended early, and by-elections filled some seats.
Outcome Generator::endSomeMemberships()
{
    registry::DeputyStore deputies(m_db);
    registry::DeputyFilter filter;
    const auto read = deputies.list(filter);
    if (!read)
        return read.failure();
    const QList<registry::DeputyRow>& serving = *read;
    static const char* const reasons[] = {"调离本行政区域", "因工作变动辞去代表职务", "因病去世",
                                          "迁出本选区"};
    for (int i = 7; i < serving.size(); i += 97) {
        const registry::DeputyRow& row = serving.at(i);
        const int which = m_random.bounded(int(std::size(reasons)));
        const registry::MembershipStatus status = which == 1
                                                      ? registry::MembershipStatus::Resigned
                                                      : registry::MembershipStatus::Terminated;
        const QDate ended = dateInWindow(row.membership.startDate.addDays(30));
        const Outcome changed =
            deputies.changeStatus(row.deputy.id, row.membership.level, row.membership.termNumber,
                                  status, ended, QString::fromUtf8(reasons[which]));
        if (!changed.ok())
            return changed;
        if (row.membership.level >= registry::Level::County) {
            const auto [township, station] = placeAt(i);
            const Outcome added =
                addMember(person(township.name, demo::villageName(m_random, false)),
                          row.membership.level, row.membership.termNumber, township.id, station,
                          dateInWindow(ended.addDays(60)), true);
            if (!added.ok())
                return added;
            ++m_summary.deputies;
        }
    }
    return Outcome::success();
}

// Deputy groups: county deputies by township, and a few professional groups.
Outcome Generator::addGroups()
{
    registry::GroupStore groups(m_db);
    const qint64 countyTerm =
        registry::TermStore(m_db)
            .find(registry::Level::County, m_terms.at(int(registry::Level::County)).number)
            ->id;
    QHash<qint64, qint64> groupByTownship;
    for (const registry::Township& township : std::as_const(m_townships)) {
        registry::DeputyGroup group{0,
                                    {},
                                    township.name + QStringLiteral("代表小组"),
                                    QStringLiteral("deputy_group"),
                                    countyTerm,
                                    0};
        if (const Outcome added = groups.add(group); !added.ok())
            return added;
        groupByTownship.insert(township.id, group.id);
    }
    QList<qint64> professional;
    for (const char* name : {"法制专业小组", "财政经济专业小组", "农业农村专业小组"}) {
        registry::DeputyGroup group{
            0, {}, QString::fromUtf8(name), QStringLiteral("professional_group"), countyTerm, 0};
        if (const Outcome added = groups.add(group); !added.ok())
            return added;
        professional << group.id;
    }
    for (int i = 0; i < m_countyDeputies.size(); ++i) {
        const Placed& p = m_countyDeputies.at(i);
        Outcome added = groups.addMember(groupByTownship.value(p.townshipId), p.deputy.id);
        if (added.ok() && i % 4 == 0)
            added = groups.addMember(professional.at(i % professional.size()), p.deputy.id);
        if (!added.ok())
            return added;
    }
    return Outcome::success();
}
} // namespace

std::optional<DemoOptions::Scale> parseScale(QStringView text)
{
    if (text == QLatin1String("small"))
        return DemoOptions::Scale::Small;
    if (text == QLatin1String("county"))
        return DemoOptions::Scale::County;
    if (text == QLatin1String("large"))
        return DemoOptions::Scale::Large;
    return std::nullopt;
}

Outcome generateDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary)
{
    auto transaction =
        storage::WriteTransaction::begin(db); // the registry and the loop, all or nothing
    if (!transaction)
        return transaction.refusal();
    DemoSummary counted;
    Outcome outcome = Generator(db, options).run(&counted);
    if (outcome.ok())
        outcome = demo::generateLoopDemo(db, options, &counted);
    if (outcome.ok())
        outcome = demo::generateActivityDemo(db, options, &counted);
    outcome = transaction->commitWith(outcome);
    if (outcome.ok() && summary)
        *summary = counted;
    return outcome;
}

} // namespace dd::demo

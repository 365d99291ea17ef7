#include "demo/DemoLoop.h"

#include "common/Clock.h"
#include "loop/AgencyStore.h"
#include "loop/LoopStore.h"
#include "registry/DeputyStore.h"
#include "registry/TermStore.h"
#include "storage/WriteTransaction.h"

#include <QRandomGenerator>

namespace dd::demo {

using namespace loop;

namespace {

struct YearlyCounts {
    int concerns, suggestions;
};

YearlyCounts countsOf(DemoOptions::Scale scale)
{
    switch (scale) {
    case DemoOptions::Scale::Small:
        return {150, 20};
    case DemoOptions::Scale::County:
        return {2000, 300};
    case DemoOptions::Scale::Large:
        return {10000, 1500};
    }
    return {};
}

const char* const kDepartments[] = {"县发展和改革局", "县教育体育局",
                                    "县公安局",       "县民政局",
                                    "县财政局",       "县人力资源和社会保障局",
                                    "县自然资源局",   "县住房和城乡建设局",
                                    "县交通运输局",   "县水务局",
                                    "县农业农村局",   "县卫生健康局",
                                    "县文化和旅游局", "县市场监督管理局",
                                    "县应急管理局",   "市生态环境局云岭分局"};

// What citizens raise, by category: a subject and a request; {place} is the village.
struct Topic {
    const char* category;
    const char* subject;
    const char* request;
    int department; // index into kDepartments, -1: the township government
};
const Topic kTopics[] = {
    {"城建环资", "{place}村道路面破损，雨天积水", "尽快修复路面、完善排水", 8},
    {"城建环资", "{place}路灯损坏，夜间出行不便", "维修更换路灯", -1},
    {"城建环资", "{place}生活垃圾清运不及时", "增加清运频次", -1},
    {"城建环资", "{place}饮水管网老化，停水频繁", "改造供水管网", 9},
    {"农业农村", "{place}灌溉水渠淤塞", "清淤疏浚，保障春耕用水", 10},
    {"农业农村", "{place}农产品销售渠道少", "搭建产销对接平台", 10},
    {"农业农村", "{place}高标准农田建设进度慢", "加快项目实施", 10},
    {"教科文卫", "{place}幼儿园学位紧张", "扩建幼儿园", 1},
    {"教科文卫", "{place}卫生室缺少全科医生", "加强村医队伍建设", 11},
    {"教科文卫", "{place}文化广场设施老旧", "更新健身器材", 12},
    {"社会建设", "{place}养老服务设施不足", "建设日间照料中心", 3},
    {"社会建设", "{place}农民工工资拖欠", "督促企业支付工资", 5},
    {"社会建设", "{place}学校周边交通秩序混乱", "增设交通标志和护栏", 2},
    {"财政经济", "{place}个体工商户融资难", "落实小微企业贷款政策", 0},
    {"财政经济", "{place}集市占道经营", "规范市场秩序", 13},
    {"内务司法", "{place}邻里宅基地纠纷多", "加强人民调解", -1},
    {"其他", "{place}河道护栏缺失存在安全隐患", "增设护栏和警示牌", 14},
};

const char* const kPlaces[] = {"上寨", "下坝", "新村", "河湾", "石板", "大营", "小河",
                               "松林", "马鞍", "团结", "光明", "红旗", "桃园", "青山"};

class LoopDemo {
public:
    LoopDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary)
        : m_db(std::move(db))
        , m_options(options)
        , m_random(options.seed ^ 0x5151u)
        , m_store(m_db)
        , m_today(Clock::today())
        , m_summary(summary)
    {
    }
    Outcome run();

private:
    Outcome addAgencies();
    Outcome addSuggestion(const QDate& raised, const Topic& topic, qint64 sessionId,
                          const QDate& sessionClose);
    Outcome addConcern(const QDate& raised, const Topic& topic);
    // Dispatch onwards: reply, evaluation, re-handling, close — as far as time allows.
    void handle(QList<StepRequest>& steps, QDate date, ItemKind kind, qint64 agency,
                bool suggestion);
    // The dispatch (and a return and second dispatch); false when time ran out first.
    bool dispatch(QList<StepRequest>& steps, QDate& date, qint64 agency, bool suggestion);
    // A suggestion's extension asked for before its reply is due; the due date after it.
    QDate maybeExtend(QList<StepRequest>& steps, const QDate& dispatched, const QDate& due);
    StepRequest reply(const QDate& replied, bool suggestion);
    QList<Evaluation> votes(ItemKind kind, bool unhappy);
    // After a satisfied evaluation: perhaps a better answer later, then the close.
    void closeAnswered(QList<StepRequest>& steps, const StepRequest& reply, const QDate& evaluated);
    StepRequest request(StepKind kind, const QDate& date) const;
    QDate later(const QDate& date, int minDays, int maxDays);
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    QSqlDatabase m_db;
    DemoOptions m_options;
    QRandomGenerator m_random;
    LoopStore m_store;
    QDate m_today;
    QList<qint64> m_departments;
    QHash<qint64, qint64> m_townshipGovernment; // township → its government's agency
    QList<registry::DeputyRow> m_deputies;
    QHash<QString, QList<qint64>> m_recentSuggestions; // category → latest suggestions
    QHash<qint64, State> m_suggestionStates;           // as written
    DemoSummary* m_summary;
};

StepRequest LoopDemo::request(StepKind kind, const QDate& date) const
{
    StepRequest r;
    r.kind = kind;
    r.date = date;
    r.actor = QStringLiteral("代表工委");
    return r;
}

QDate LoopDemo::later(const QDate& date, int minDays, int maxDays)
{
    return date.addDays(minDays + int(m_random.bounded(maxDays - minDays + 1)));
}

Outcome LoopDemo::addAgencies()
{
    AgencyStore agencies(m_db);
    for (const char* name : kDepartments) {
        Agency agency;
        agency.name = QString::fromUtf8(name);
        agency.contact = QStringLiteral("办公室");
        if (const Outcome added = agencies.add(agency); !added.ok())
            return added;
        m_departments << agency.id;
    }
    for (const auto& [kind, name] :
         {std::pair{"supervision", "县监察委员会"}, std::pair{"court", "县人民法院"},
          std::pair{"procuratorate", "县人民检察院"}}) {
        Agency agency{0, {}, QString::fromUtf8(name), QString::fromLatin1(kind), {}, {}};
        if (const Outcome added = agencies.add(agency); !added.ok())
            return added;
    }
    QSqlQuery query(m_db);
    if (!storage::sql::run(query, QStringLiteral("SELECT id, name FROM townships ORDER BY id")))
        return storage::sql::storageFailure(query);
    QList<std::pair<qint64, QString>> townships;
    while (query.next())
        townships << std::pair{query.value(0).toLongLong(), query.value(1).toString()};
    for (const auto& [id, name] : townships) {
        Agency agency{0, {}, name + QStringLiteral("人民政府"), QStringLiteral("township"), {}, {}};
        if (const Outcome added = agencies.add(agency); !added.ok())
            return added;
        m_townshipGovernment.insert(id, agency.id);
    }
    return Outcome::success();
}

bool LoopDemo::dispatch(QList<StepRequest>& steps, QDate& date, qint64 agency, bool suggestion)
{
    StepRequest dispatch = request(StepKind::Dispatch, date);
    dispatch.leadAgencyId = agency;
    if (suggestion && chance(25))
        dispatch.coAgencyIds = {m_departments.at(m_random.bounded(m_departments.size()))};
    if (dispatch.coAgencyIds.contains(agency))
        dispatch.coAgencyIds.clear();
    if (suggestion && chance(8)) {
        dispatch.keySupervision = true;
        dispatch.leader = QStringLiteral("县人大常委会副主任");
    }
    if (date > m_today)
        return false;
    steps << dispatch;
    // A few are returned within the limit and dispatched again.
    if (!chance(3))
        return true;
    const QDate back = later(date, 2, 6);
    if (back > m_today)
        return false;
    StepRequest giveBack = request(StepKind::Return, back);
    giveBack.text = QStringLiteral("该事项不属于本单位职责范围");
    steps << giveBack;
    date = later(back, 1, 4);
    if (date > m_today)
        return false;
    dispatch.date = date;
    dispatch.leadAgencyId = m_departments.at(m_random.bounded(m_departments.size()));
    dispatch.coAgencyIds.clear();
    steps << dispatch;
    return true;
}

QDate LoopDemo::maybeExtend(QList<StepRequest>& steps, const QDate& dispatched, const QDate& due)
{
    if (!chance(6))
        return due;
    const QDate asked = due.addDays(-int(m_random.bounded(20)) - 5);
    if (asked > m_today || asked <= dispatched)
        return due;
    StepRequest extend = request(StepKind::Extend, asked);
    extend.dueDate = m_store.deadlines().calendar().addMonths(due, 1);
    extend.text = QStringLiteral("项目审批程序较多，申请延期一个月");
    steps << extend;
    return extend.dueDate;
}

StepRequest LoopDemo::reply(const QDate& replied, bool suggestion)
{
    StepRequest reply = request(StepKind::Reply, replied);
    const int roll = int(m_random.bounded(100));
    reply.resultClass = roll < 55   ? QStringLiteral("A")
                        : roll < 80 ? QStringLiteral("B")
                        : roll < 92 ? QStringLiteral("C")
                                    : QStringLiteral("D");
    reply.faceToFace = suggestion ? chance(80) : chance(40);
    reply.text = reply.resultClass == QLatin1String("A") ? QStringLiteral("已办理完毕")
                 : reply.resultClass == QLatin1String("B")
                     ? QStringLiteral("已启动实施，预计年内完成")
                 : reply.resultClass == QLatin1String("C")
                     ? QStringLiteral("已列入明年计划，逐步解决")
                     : QStringLiteral("受资金和政策限制，暂不具备解决条件，已向代表说明");
    return reply;
}

QList<Evaluation> LoopDemo::votes(ItemKind kind, bool unhappy)
{
    if (kind == ItemKind::Concern && chance(30)) {
        // Several citizens asked by phone: the majority decides.
        QList<Evaluation> votes{Evaluation::Satisfied, Evaluation::Basically,
                                unhappy ? Evaluation::Unsatisfied : Evaluation::Satisfied};
        if (unhappy)
            votes << Evaluation::Unsatisfied;
        return votes;
    }
    return {unhappy ? Evaluation::Unsatisfied
                    : (chance(75) ? Evaluation::Satisfied : Evaluation::Basically)};
}

void LoopDemo::closeAnswered(QList<StepRequest>& steps, const StepRequest& reply,
                             const QDate& evaluated)
{
    // A B or C item answered again later as A.
    if ((reply.resultClass == QLatin1String("B") || reply.resultClass == QLatin1String("C")) &&
        chance(40)) {
        StepRequest followUp = reply;
        followUp.date = later(evaluated, 30, 150);
        followUp.resultClass = QStringLiteral("A");
        followUp.faceToFace = false;
        followUp.text = QStringLiteral("已全部完成");
        if (followUp.date <= m_today)
            steps << followUp;
    }
    const QDate closed = later(evaluated, 1, 20);
    if (closed <= m_today && steps.constLast().date <= closed)
        steps << request(StepKind::Close, closed);
}

void LoopDemo::handle(QList<StepRequest>& steps, QDate date, ItemKind kind, qint64 agency,
                      bool suggestion)
{
    const Deadlines& deadlines = m_store.deadlines();
    if (!dispatch(steps, date, agency, suggestion))
        return;
    QDate due = suggestion ? deadlines.suggestionReplyDue(date) : deadlines.concernReplyDue(date);
    if (suggestion)
        due = maybeExtend(steps, date, due);
    for (int round = 1; round <= 3; ++round) {
        const int span = int(date.daysTo(due));
        // Most reply on time; some late, a few never (overdue now).
        QDate replied = chance(88) ? later(date, span / 4, span) : later(due, 1, 40);
        if (chance(25)) {
            StepRequest supervise =
                request(StepKind::Supervise, later(date, 5, std::max(6, span / 2)));
            supervise.text = chance(50) ? QStringLiteral("电话督办，了解办理进度")
                                        : QStringLiteral("代表实地察看办理情况");
            if (supervise.date < replied && supervise.date <= m_today)
                steps << supervise;
        }
        if (replied > m_today)
            return;
        const StepRequest answer = reply(replied, suggestion);
        steps << answer;
        const QDate evaluated = later(replied, 2, 12);
        if (evaluated > m_today)
            return;
        StepRequest evaluate = request(StepKind::Evaluate, evaluated);
        const bool unhappy = round < 3 && chance(answer.resultClass == QLatin1String("A") ? 3 : 12);
        evaluate.votes = votes(kind, unhappy);
        steps << evaluate;
        if (!unhappy)
            return closeAnswered(steps, answer, evaluated);
        date = evaluated; // 二次办理
        due = deadlines.rehandlingDue(date);
    }
}

Outcome LoopDemo::addSuggestion(const QDate& raised, const Topic& topic, qint64 sessionId,
                                const QDate& sessionClose)
{
    const registry::DeputyRow& lead = m_deputies.at(m_random.bounded(m_deputies.size()));
    Item item;
    item.raisedDate = raised;
    const QString place =
        lead.townshipName.isEmpty() ? QStringLiteral("城关镇") : lead.townshipName;
    item.title = QStringLiteral("关于%1的建议")
                     .arg(QString::fromUtf8(topic.request).section(QChar(u'，'), 0, 0));
    item.content = QString::fromUtf8(topic.subject).replace(QStringLiteral("{place}"), place) +
                   QStringLiteral("，建议") + QString::fromUtf8(topic.request) +
                   QStringLiteral("。");
    item.category = QString::fromUtf8(topic.category);
    item.townshipId = lead.membership.townshipId;
    item.stationId = lead.stationId;
    item.sessionId = sessionId;
    item.deputyIds = {lead.deputy.id};
    for (int i = 0, n = int(m_random.bounded(4)); i < n; ++i) {
        const qint64 other = m_deputies.at(m_random.bounded(m_deputies.size())).deputy.id;
        if (other != lead.deputy.id && !item.cosignerIds.contains(other))
            item.cosignerIds << other;
    }
    QList<StepRequest> steps;
    const QDate dispatched = later(std::max(raised, sessionClose), 2, 12);
    const qint64 agency = topic.department >= 0
                              ? m_departments.at(topic.department)
                              : m_townshipGovernment.value(item.townshipId, m_departments.at(8));
    handle(steps, dispatched, ItemKind::Suggestion, agency, true);
    const Outcome added = m_store.addSuggestion(item, QStringLiteral("代表工委"), steps);
    m_summary->suggestions += added.ok() ? 1 : 0;
    if (added.ok()) {
        m_suggestionStates.insert(item.id, item.state);
        QList<qint64>& recent = m_recentSuggestions[item.category];
        recent << item.id;
        if (recent.size() > 6) // concerns merge into the category's latest suggestions
            recent.removeFirst();
    }
    if (added.ok() && item.replyDate.isValid() && chance(3))
        return m_store.setExcellent(item.id, true, std::min(m_today, QDate(raised.year(), 12, 20)));
    return added;
}

Outcome LoopDemo::addConcern(const QDate& raised, const Topic& topic)
{
    const registry::DeputyRow& deputy = m_deputies.at(m_random.bounded(m_deputies.size()));
    Item item;
    item.raisedDate = raised;
    const QString place = QString::fromUtf8(kPlaces[m_random.bounded(int(std::size(kPlaces)))]);
    item.content = QString::fromUtf8(topic.subject).replace(QStringLiteral("{place}"), place) +
                   QStringLiteral("，希望") + QString::fromUtf8(topic.request) +
                   QStringLiteral("。");
    item.category = QString::fromUtf8(topic.category);
    item.townshipId = deputy.membership.townshipId;
    item.stationId = deputy.stationId;
    item.place = place + (chance(50) ? QStringLiteral("村") : QStringLiteral("社区"));
    const int channel = int(m_random.bounded(100));
    item.channel = channel < 55   ? Channel::Reception
                   : channel < 70 ? Channel::Visit
                   : channel < 82 ? Channel::Phone
                   : channel < 90 ? Channel::Letter
                   : channel < 98 ? Channel::Online
                                  : Channel::Other;
    static const char* const surnames[] = {"王", "李", "张", "刘", "陈",
                                           "杨", "赵", "黄", "周", "吴"};
    static const char* const given[] = {"大爷", "阿姨", "师傅", "女士",
                                        "先生", "建华", "秀英", "志强"};
    item.citizenName = QString::fromUtf8(surnames[m_random.bounded(10)]) +
                       QString::fromUtf8(given[m_random.bounded(8)]);
    item.citizenPhone = QStringLiteral("1%1%2")
                            .arg(3 + m_random.bounded(7))
                            .arg(m_random.bounded(1000000000), 9, 10, QLatin1Char('0'));
    item.deputyIds = {deputy.deputy.id};
    QList<StepRequest> steps;
    const QDate ordered = later(raised, 0, 4);
    if (ordered <= m_today) {
        StepRequest order = request(StepKind::Order, ordered);
        const int roll = int(m_random.bounded(100));
        const QList<qint64> recent = m_recentSuggestions.value(item.category);
        if (roll < 15) {
            order.orderKind = OrderKind::OnSpot;
            order.text = QStringLiteral("代表当场解释了相关政策");
            steps << order;
            const QDate evaluated = later(ordered, 1, 8);
            if (evaluated <= m_today) {
                StepRequest evaluate = request(StepKind::Evaluate, evaluated);
                evaluate.votes = {chance(85) ? Evaluation::Satisfied : Evaluation::Basically};
                steps << evaluate;
                const QDate closed = later(evaluated, 1, 10);
                if (closed <= m_today)
                    steps << request(StepKind::Close, closed);
            }
        } else if (roll < 35 && !recent.isEmpty()) {
            order.orderKind = OrderKind::Merged;
            order.suggestionId = recent.at(m_random.bounded(recent.size()));
            steps << order;
            // Its own citizen rates it once the suggestion has been answered.
            const QDate evaluated = later(ordered, 90, 240);
            if (evaluated <= m_today && chance(70)) {
                StepRequest evaluate = request(StepKind::Evaluate, evaluated);
                evaluate.votes = {chance(85) ? Evaluation::Satisfied : Evaluation::Basically};
                if (const State state = m_suggestionStates.value(order.suggestionId);
                    state == State::Replied || state == State::Evaluated || state == State::Closed)
                    steps << evaluate;
            }
        } else if (roll >= 35 && roll < 38) {
            order.orderKind = OrderKind::Referred;
            order.text = QStringLiteral("涉及上级事权，转报市人大常委会");
            steps << order;
        } else if (roll >= 38 && roll < 41) {
            order.orderKind = OrderKind::Declined;
            order.text = QStringLiteral("该事项已进入司法程序，依法不予受理");
            steps << order;
        } else {
            order.orderKind = OrderKind::PassedOn;
            steps << order;
            const qint64 agency =
                topic.department >= 0 && chance(50)
                    ? m_departments.at(topic.department)
                    : m_townshipGovernment.value(item.townshipId, m_departments.at(8));
            handle(steps, later(ordered, 1, 6), ItemKind::Concern, agency, false);
        }
    }
    const Outcome added = m_store.addConcern(item, QStringLiteral("联络站"), steps);
    m_summary->concerns += added.ok() ? 1 : 0;
    return added;
}

Outcome LoopDemo::run()
{
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    if (const Outcome added = addAgencies(); !added.ok())
        return added;
    auto serving = registry::DeputyStore(m_db).list(registry::DeputyFilter{});
    if (!serving)
        return serving.failure();
    m_deputies = std::move(*serving);
    if (m_deputies.isEmpty())
        return Outcome::success();
    const auto countySessions = registry::TermStore(m_db).sessions(registry::Level::County);
    if (!countySessions)
        return countySessions.failure();
    const QList<registry::Session>& sessions = *countySessions;
    const YearlyCounts counts = countsOf(m_options.scale);
    const int firstYear = m_today.year() - std::max(1, m_options.years) + 1;
    const int topics = int(std::size(kTopics));
    for (int year = firstYear; year <= m_today.year(); ++year) {
        const QDate start(year, 1, 1);
        const int days =
            year == m_today.year() ? int(start.daysTo(m_today)) + 1 : start.daysInYear();
        const double share = double(days) / start.daysInYear();
        // The year's session suggestions first, then the rest spread over the year.
        int suggestions = int(counts.suggestions * share);
        for (const registry::Session& session : sessions) {
            if (session.closingDate.year() != year || session.closingDate > m_today)
                continue;
            for (int i = 0; i < counts.suggestions / 3 && suggestions > 0; ++i, --suggestions)
                if (const Outcome added =
                        addSuggestion(session.openingDate, kTopics[m_random.bounded(topics)],
                                      session.id, session.closingDate);
                    !added.ok())
                    return added;
        }
        const int concerns = int(counts.concerns * share);
        const int total = suggestions + concerns;
        for (int i = 0; i < total; ++i) {
            const QDate raised = start.addDays(int(qint64(i) * days / std::max(1, total)));
            const Topic& topic = kTopics[m_random.bounded(topics)];
            const bool suggestion = int(m_random.bounded(total)) < suggestions;
            const Outcome added =
                suggestion ? addSuggestion(raised, topic, 0, {}) : addConcern(raised, topic);
            if (!added.ok())
                return added;
        }
    }
    return transaction->commitWith(Outcome::success());
}

} // namespace

Outcome generateLoopDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary)
{
    return LoopDemo(std::move(db), options, summary).run();
}

} // namespace dd::demo

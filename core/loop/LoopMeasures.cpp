#include "loop/LoopMeasures.h"

#include "storage/Sql.h"

#include <QSqlQuery>

#include <QHash>
#include <QMap>

namespace dd::loop {

std::optional<GroupBy> parseGroupBy(QStringView text)
{
    const std::pair<const char*, GroupBy> names[] = {{"category", GroupBy::Category},
                                                     {"agency", GroupBy::Agency},
                                                     {"township", GroupBy::Township},
                                                     {"station", GroupBy::Station},
                                                     {"deputy", GroupBy::Deputy}};
    if (text.isEmpty())
        return GroupBy::None;
    for (const auto& [name, by] : names)
        if (text == QLatin1String(name))
            return by;
    return std::nullopt;
}

namespace {

// Deputies per item, only when grouping by deputy (an item counts for each of its deputies).
Result<QHash<qint64, QStringList>> deputiesPerItem(QSqlDatabase db, GroupBy by)
{
    QHash<qint64, QStringList> deputies;
    if (by != GroupBy::Deputy)
        return deputies;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!storage::sql::run(
            query, QStringLiteral("SELECT x.item_id, d.name || ' (' || d.id || ')' "
                                  "FROM item_deputies x JOIN deputies d ON d.id = x.deputy_id")))
        return storage::sql::readFailure(query);
    while (query.next())
        deputies[query.value(0).toLongLong()] << query.value(1).toString();
    return deputies;
}

Result<QHash<qint64, QDate>> firstReplies(QSqlDatabase db)
{
    QHash<qint64, QDate> firstReply;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!storage::sql::run(query, QStringLiteral("SELECT item_id, MIN(step_date) FROM loop_steps "
                                                 "WHERE kind = 'reply' AND withdrawn_at IS NULL "
                                                 "GROUP BY item_id")))
        return storage::sql::readFailure(query);
    while (query.next())
        firstReply.insert(query.value(0).toLongLong(), storage::sql::toDate(query.value(1)));
    return firstReply;
}

// The columns of the items query below.
enum Column {
    Id,
    Category,
    Agency,
    Township,
    Station,
    Dispatched,
    Replied,
    OnTime,
    FaceToFace,
    Evaluation,
    ResultClass,
    State,
    Due,
    OrderKind
};

QStringList groupKeys(const QSqlQuery& row, GroupBy by, const QHash<qint64, QStringList>& deputies)
{
    switch (by) {
    case GroupBy::None:
        return {};
    case GroupBy::Category:
        return {row.value(Category).toString()};
    case GroupBy::Agency:
        return {row.value(Agency).toString()};
    case GroupBy::Township:
        return {row.value(Township).toString()};
    case GroupBy::Station:
        return {row.value(Station).toString()};
    case GroupBy::Deputy:
        return deputies.value(row.value(Id).toLongLong());
    }
    return {};
}

// One dispatched item added to the measures of its groups and of the total.
void countDispatched(Measures& m, const QSqlQuery& row, int replyDays, const QDate& today)
{
    ++m.dispatched;
    if (!row.value(Replied).isNull()) {
        ++m.replied;
        m.repliedOnTime += row.value(OnTime).toBool() ? 1 : 0;
        m.faceToFace += row.value(FaceToFace).toBool() ? 1 : 0;
        m.solved += row.value(ResultClass).toString() == QLatin1String("A") ? 1 : 0;
        m.replyWorkingDays += replyDays;
    }
    const QString evaluation = row.value(Evaluation).toString();
    if (!evaluation.isEmpty()) {
        ++m.evaluated;
        m.satisfied += evaluation != QLatin1String("unsatisfied") ? 1 : 0;
    }
    const QDate due = storage::sql::toDate(row.value(Due));
    if (row.value(State).toString() == QLatin1String("dispatched") && due.isValid() && due < today)
        ++m.overdue;
}

} // namespace

Result<QList<Measures>> computeMeasures(QSqlDatabase db, const QDate& from, const QDate& to,
                                        GroupBy by, const Deadlines& deadlines, const QDate& today)
{
    const auto deputies = deputiesPerItem(db, by);
    if (!deputies)
        return deputies.failure();
    const auto firstReply = firstReplies(db);
    if (!firstReply)
        return firstReply.failure();
    const QString periodDate =
        QStringLiteral("CASE li.kind WHEN 'concern' THEN li.raised_date "
                       "ELSE COALESCE(li.first_dispatch_date, li.raised_date) END");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT li.id, li.category, a.name, t.name, s.name, "
                           "li.first_dispatch_date, li.reply_date, li.replied_on_time, "
                           "li.face_to_face, li.evaluation, li.result_class, li.state, "
                           "li.due_date, li.order_kind "
                           "FROM loop_items li "
                           "LEFT JOIN agencies a ON a.id = li.lead_agency_id "
                           "LEFT JOIN townships t ON t.id = li.township_id "
                           "LEFT JOIN stations s ON s.id = li.station_id "
                           "WHERE %1 BETWEEN ? AND ?")
                .arg(periodDate),
            {storage::sql::dateValue(from), storage::sql::dateValue(to)}))
        return storage::sql::readFailure(query);
    Measures total;
    QMap<QString, Measures> groups;
    while (query.next()) {
        const QStringList keys = groupKeys(query, by, *deputies);
        const auto add = [&](const std::function<void(Measures&)>& count) {
            count(total);
            for (const QString& key : keys) {
                Measures& group = groups[key];
                group.group = key;
                count(group);
            }
        };
        if (query.value(OrderKind).toString() == QLatin1String("on_spot") &&
            query.value(Dispatched).isNull()) {
            add([](Measures& m) { ++m.answeredOnSpot; });
            continue;
        }
        const QDate dispatched = storage::sql::toDate(query.value(Dispatched));
        if (!dispatched.isValid())
            continue; // not (yet) dispatched: merged, referred, declined or waiting
        const QDate firstReplyDate = firstReply->value(query.value(Id).toLongLong());
        const int replyDays =
            !query.value(Replied).isNull() && firstReplyDate.isValid()
                ? deadlines.calendar().workingDaysBetween(dispatched, firstReplyDate)
                : 0;
        add([&](Measures& m) { countDispatched(m, query, replyDays, today); });
    }
    QList<Measures> result{total};
    for (const Measures& group : std::as_const(groups))
        result << group;
    return result;
}

} // namespace dd::loop

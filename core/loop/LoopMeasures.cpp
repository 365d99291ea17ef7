#include "loop/LoopMeasures.h"

#include "storage/Sql.h"

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

QList<Measures> computeMeasures(QSqlDatabase db, const QDate& from, const QDate& to, GroupBy by,
                                const Deadlines& deadlines, const QDate& today)
{
    // Deputies per item, only when grouping by deputy (an item counts for each of its deputies).
    QHash<qint64, QStringList> deputies;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (by == GroupBy::Deputy &&
        storage::sql::run(
            query, QStringLiteral("SELECT x.item_id, d.name || ' (' || d.id || ')' "
                                  "FROM item_deputies x JOIN deputies d ON d.id = x.deputy_id")))
        while (query.next())
            deputies[query.value(0).toLongLong()] << query.value(1).toString();
    QHash<qint64, QDate> firstReply;
    if (storage::sql::run(query, QStringLiteral("SELECT item_id, MIN(step_date) FROM loop_steps "
                                                "WHERE kind = 'reply' GROUP BY item_id")))
        while (query.next())
            firstReply.insert(query.value(0).toLongLong(), storage::sql::toDate(query.value(1)));

    const QString periodDate =
        QStringLiteral("CASE li.kind WHEN 'concern' THEN li.raised_date "
                       "ELSE COALESCE(li.first_dispatch_date, li.raised_date) END");
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
        return {};
    Measures total;
    QMap<QString, Measures> groups;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        QStringList keys;
        switch (by) {
        case GroupBy::None:
            break;
        case GroupBy::Category:
            keys << query.value(1).toString();
            break;
        case GroupBy::Agency:
            keys << query.value(2).toString();
            break;
        case GroupBy::Township:
            keys << query.value(3).toString();
            break;
        case GroupBy::Station:
            keys << query.value(4).toString();
            break;
        case GroupBy::Deputy:
            keys = deputies.value(id);
            break;
        }
        const auto add = [&](const std::function<void(Measures&)>& count) {
            count(total);
            for (const QString& key : std::as_const(keys)) {
                Measures& group = groups[key];
                group.group = key;
                count(group);
            }
        };
        if (query.value(13).toString() == QLatin1String("on_spot") && query.value(5).isNull()) {
            add([](Measures& m) { ++m.answeredOnSpot; });
            continue;
        }
        const QDate dispatched = storage::sql::toDate(query.value(5));
        if (!dispatched.isValid())
            continue; // not (yet) dispatched: merged, referred, declined or waiting
        const bool replied = !query.value(6).isNull();
        const QString evaluation = query.value(9).toString();
        const QDate due = storage::sql::toDate(query.value(12));
        const QDate firstReplyDate = firstReply.value(id);
        const int replyDays =
            replied && firstReplyDate.isValid()
                ? deadlines.calendar().workingDaysBetween(dispatched, firstReplyDate)
                : 0;
        add([&](Measures& m) {
            ++m.dispatched;
            if (replied) {
                ++m.replied;
                m.repliedOnTime += query.value(7).toBool() ? 1 : 0;
                m.faceToFace += query.value(8).toBool() ? 1 : 0;
                m.solved += query.value(10).toString() == QLatin1String("A") ? 1 : 0;
                m.replyWorkingDays += replyDays;
            }
            if (!evaluation.isEmpty()) {
                ++m.evaluated;
                m.satisfied += evaluation != QLatin1String("unsatisfied") ? 1 : 0;
            }
            if (query.value(11).toString() == QLatin1String("dispatched") && due.isValid() &&
                due < today)
                ++m.overdue;
        });
    }
    QList<Measures> result{total};
    for (const Measures& group : std::as_const(groups))
        result << group;
    return result;
}

} // namespace dd::loop

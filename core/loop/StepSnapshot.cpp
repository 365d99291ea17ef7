#include "loop/StepSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::loop {

namespace {

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QDate dateOf(const QJsonObject& object, const char* key)
{
    return QDate::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace

QString handlingSnapshot(const Item& item)
{
    QJsonArray coAgencies;
    for (qint64 id : item.coAgencyIds)
        coAgencies.append(id);
    const QJsonObject object{
        {QStringLiteral("state"), code(item.state)},
        {QStringLiteral("orderKind"),
         item.orderKind ? QJsonValue(code(*item.orderKind)) : QJsonValue()},
        {QStringLiteral("orderDate"), dateJson(item.orderDate)},
        {QStringLiteral("orderNote"), item.orderNote},
        {QStringLiteral("suggestionId"), item.suggestionId},
        {QStringLiteral("round"), item.round},
        {QStringLiteral("leadAgencyId"), item.leadAgencyId},
        {QStringLiteral("coAgencyIds"), coAgencies},
        {QStringLiteral("firstDispatchDate"), dateJson(item.firstDispatchDate)},
        {QStringLiteral("dispatchDate"), dateJson(item.dispatchDate)},
        {QStringLiteral("dueDate"), dateJson(item.dueDate)},
        {QStringLiteral("replyDueDate"), dateJson(item.replyDueDate)},
        {QStringLiteral("extended"), item.extended},
        {QStringLiteral("replyDate"), dateJson(item.replyDate)},
        {QStringLiteral("resultClass"), item.resultClass},
        {QStringLiteral("faceToFace"), item.faceToFace},
        {QStringLiteral("repliedOnTime"),
         item.repliedOnTime ? QJsonValue(*item.repliedOnTime) : QJsonValue()},
        {QStringLiteral("evaluation"),
         item.evaluation ? QJsonValue(code(*item.evaluation)) : QJsonValue()},
        {QStringLiteral("evaluationDate"), dateJson(item.evaluationDate)},
        {QStringLiteral("keySupervision"), item.keySupervision},
        {QStringLiteral("leader"), item.leader},
        {QStringLiteral("excellent"), item.excellent},
        {QStringLiteral("excellentDate"), dateJson(item.excellentDate)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Outcome restoreHandling(Item& item, const QString& snapshot)
{
    const QJsonObject o = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    const auto state = parseState(o.value(QLatin1String("state")).toString());
    if (!state)
        return Outcome::storage(
            QCoreApplication::translate("dd::loop::LoopStore",
                                        "The state the step found %1 in cannot be read")
                .arg(item.serial));
    Item restored = item;
    restored.state = *state;
    const QString orderKind = o.value(QLatin1String("orderKind")).toString();
    restored.orderKind = orderKind.isEmpty() ? std::nullopt : parseOrderKind(orderKind);
    restored.orderDate = dateOf(o, "orderDate");
    restored.orderNote = o.value(QLatin1String("orderNote")).toString();
    restored.suggestionId = o.value(QLatin1String("suggestionId")).toInteger();
    restored.round = o.value(QLatin1String("round")).toInt();
    restored.leadAgencyId = o.value(QLatin1String("leadAgencyId")).toInteger();
    restored.coAgencyIds.clear();
    for (const QJsonValue& id : o.value(QLatin1String("coAgencyIds")).toArray())
        restored.coAgencyIds << id.toInteger();
    restored.firstDispatchDate = dateOf(o, "firstDispatchDate");
    restored.dispatchDate = dateOf(o, "dispatchDate");
    restored.dueDate = dateOf(o, "dueDate");
    restored.replyDueDate = dateOf(o, "replyDueDate");
    restored.extended = o.value(QLatin1String("extended")).toBool();
    restored.replyDate = dateOf(o, "replyDate");
    restored.resultClass = o.value(QLatin1String("resultClass")).toString();
    restored.faceToFace = o.value(QLatin1String("faceToFace")).toBool();
    const QJsonValue onTime = o.value(QLatin1String("repliedOnTime"));
    restored.repliedOnTime = onTime.isBool() ? std::optional<bool>(onTime.toBool()) : std::nullopt;
    restored.evaluation = parseEvaluation(o.value(QLatin1String("evaluation")).toString());
    restored.evaluationDate = dateOf(o, "evaluationDate");
    restored.keySupervision = o.value(QLatin1String("keySupervision")).toBool();
    restored.leader = o.value(QLatin1String("leader")).toString();
    restored.excellent = o.value(QLatin1String("excellent")).toBool();
    restored.excellentDate = dateOf(o, "excellentDate");
    item = restored;
    return Outcome::success(item.id);
}

} // namespace dd::loop

#include "loop/LoopLimits.h"

#include "loop/LoopRecords.h"
#include "storage/SettingsTable.h"

#include <QCoreApplication>

namespace dd::loop {

QList<std::pair<QString, int>> LoopLimits::settingKeys()
{
    const LoopLimits defaults;
    return {{QStringLiteral("limit.order_days"), defaults.orderDays},
            {QStringLiteral("limit.dispatch_days"), defaults.dispatchDays},
            {QStringLiteral("limit.return_days"), defaults.returnDays},
            {QStringLiteral("limit.concern_reply_days"), defaults.concernReplyDays},
            {QStringLiteral("limit.suggestion_reply_months"), defaults.suggestionReplyMonths},
            {QStringLiteral("limit.extension_max_months"), defaults.extensionMaxMonths},
            {QStringLiteral("limit.evaluation_days"), defaults.evaluationDays},
            {QStringLiteral("limit.rehandling_months"), defaults.rehandlingMonths},
            {QStringLiteral("limit.due_soon_days"), defaults.dueSoonDays}};
}

QString LoopLimits::refusal(const QString& key, const QString& value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok && number > 0 && number <= 366)
        return {};
    return QCoreApplication::translate("dd::loop::LoopLimits",
                                       "%1 must be a number of days or months from 1 to 366, "
                                       "not %2")
        .arg(key, value);
}

LoopLimits LoopLimits::load(QSqlDatabase db)
{
    const storage::SettingsTable settings(std::move(db));
    LoopLimits limits;
    int* fields[] = {
        &limits.orderDays,        &limits.dispatchDays,          &limits.returnDays,
        &limits.concernReplyDays, &limits.suggestionReplyMonths, &limits.extensionMaxMonths,
        &limits.evaluationDays,   &limits.rehandlingMonths,      &limits.dueSoonDays};
    const auto keys = settingKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        bool ok = false;
        const int value = settings.value(keys[i].first).toInt(&ok);
        if (ok && value > 0)
            *fields[i] = value;
    }
    return limits;
}

Deadlines::Deadlines(LoopLimits limits, calendar::WorkingCalendar calendar)
    : m_limits(limits)
    , m_calendar(std::move(calendar))
{
}

QDate Deadlines::orderDue(const QDate& point) const
{
    return m_calendar.addWorkingDays(point, m_limits.orderDays);
}

QDate Deadlines::dispatchDue(const QDate& orderOrReturn) const
{
    return m_calendar.addWorkingDays(orderOrReturn, m_limits.dispatchDays);
}

QDate Deadlines::returnLimit(const QDate& dispatch) const
{
    return m_calendar.addWorkingDays(dispatch, m_limits.returnDays);
}

QDate Deadlines::concernReplyDue(const QDate& dispatch) const
{
    return m_calendar.addWorkingDays(dispatch, m_limits.concernReplyDays);
}

QDate Deadlines::suggestionReplyDue(const QDate& from) const
{
    return m_calendar.addMonths(from, m_limits.suggestionReplyMonths);
}

QDate Deadlines::extensionLimit(const QDate& from) const
{
    return m_calendar.addMonths(from, m_limits.extensionMaxMonths);
}

QDate Deadlines::evaluationDue(const QDate& reply) const
{
    return m_calendar.addWorkingDays(reply, m_limits.evaluationDays);
}

QDate Deadlines::rehandlingDue(const QDate& evaluation) const
{
    return m_calendar.addMonths(evaluation, m_limits.rehandlingMonths);
}

bool Deadlines::dueSoon(const QDate& due, const QDate& today) const
{
    return due.isValid() && due >= today &&
           m_calendar.workingDaysBetween(today, due) <= m_limits.dueSoonDays;
}

Urgency urgencyOf(const Item& item, const Deadlines& deadlines, const QDate& today)
{
    const bool waiting = item.state == State::Pointed || item.state == State::AnsweredOnSpot ||
                         item.state == State::AwaitingDispatch || item.state == State::Dispatched ||
                         item.state == State::Replied;
    if (!waiting || !item.dueDate.isValid())
        return Urgency::None;
    if (item.dueDate < today)
        return Urgency::Overdue;
    return deadlines.dueSoon(item.dueDate, today) ? Urgency::DueSoon : Urgency::None;
}

} // namespace dd::loop

#pragma once

#include "calendar/WorkingCalendar.h"

#include <QSqlDatabase>

namespace dd::loop {

// 五环五时: the time limits of the loop (domain.md, "Deadlines"). Defaults; each is an office
// setting (limit.*) a clerk can change without a new build.
struct LoopLimits {
    int orderDays = 3;             // working days from point
    int dispatchDays = 5;          // working days from order (or return)
    int returnDays = 7;            // working days from dispatch
    int concernReplyDays = 15;     // working days from dispatch
    int suggestionReplyMonths = 3; // from dispatch, or the session's close
    int extensionMaxMonths = 6;    // a suggestion's reply limit with every extension
    int evaluationDays = 10;       // working days from reply
    int rehandlingMonths = 1;      // from the unsatisfied evaluation
    int dueSoonDays = 3;           // working days before the due date

    static LoopLimits load(QSqlDatabase db);
    // The setting keys, e.g. limit.order_days, with their defaults.
    static QList<std::pair<QString, int>> settingKeys();
    // Why `value` cannot be the setting `key` (one of settingKeys()); empty when it can.
    static QString refusal(const QString& key, const QString& value);
};

// The due dates the limits give, counted on the office's working-day calendar.
class Deadlines {
public:
    Deadlines(LoopLimits limits, calendar::WorkingCalendar calendar);
    const LoopLimits& limits() const { return m_limits; }
    const calendar::WorkingCalendar& calendar() const { return m_calendar; }

    QDate orderDue(const QDate& point) const;
    QDate dispatchDue(const QDate& orderOrReturn) const;
    QDate returnLimit(const QDate& dispatch) const;
    QDate concernReplyDue(const QDate& dispatch) const;
    QDate suggestionReplyDue(const QDate& from) const;
    QDate extensionLimit(const QDate& from) const;
    QDate evaluationDue(const QDate& reply) const;
    QDate rehandlingDue(const QDate& evaluation) const;
    // Due within the due-soon window (and not overdue) on `today`.
    bool dueSoon(const QDate& due, const QDate& today) const;

private:
    LoopLimits m_limits;
    calendar::WorkingCalendar m_calendar;
};

struct Item;
enum class Urgency { None, DueSoon, Overdue };
// Whether an item still waiting on someone is past its due date or due soon on `today`.
Urgency urgencyOf(const Item& item, const Deadlines& deadlines, const QDate& today);

} // namespace dd::loop

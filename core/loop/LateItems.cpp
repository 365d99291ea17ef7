#include "loop/LateItems.h"

#include <algorithm>

namespace dd::loop {

Result<LateItems> lateItems(const LoopStore& store, const QDate& today)
{
    const Deadlines& deadlines = store.deadlines();
    ItemFilter open;
    open.openOnly = true;
    open.dueBy = deadlines.calendar().addWorkingDays(today, deadlines.limits().dueSoonDays);
    const auto openItems = store.list(open);
    if (!openItems)
        return openItems.failure();
    LateItems late;
    for (const Item& item : *openItems) {
        const Urgency urgency = urgencyOf(item, deadlines, today);
        if (urgency == Urgency::Overdue)
            late.overdue << item;
        else if (urgency == Urgency::DueSoon)
            late.dueSoon << item;
    }
    const auto byDue = [](const Item& a, const Item& b) { return a.dueDate < b.dueDate; };
    std::stable_sort(late.overdue.begin(), late.overdue.end(), byDue);
    std::stable_sort(late.dueSoon.begin(), late.dueSoon.end(), byDue);
    return late;
}

} // namespace dd::loop

#pragma once

#include <QDate>

namespace dd {

// The one "today" of the program: demo data, deadlines and periods all ask here, so tests and
// the CLI's --today can fix the date.
class Clock {
public:
    static QDate today();
    static void setToday(const QDate& date);
    static void reset();
};

} // namespace dd

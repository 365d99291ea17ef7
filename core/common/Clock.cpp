#include "common/Clock.h"

#include <QMutex>

namespace dd {

namespace {
QMutex mutex;
QDate fixedToday;
} // namespace

QDate Clock::today()
{
    QMutexLocker lock(&mutex);
    return fixedToday.isValid() ? fixedToday : QDate::currentDate();
}

void Clock::setToday(const QDate& date)
{
    QMutexLocker lock(&mutex);
    fixedToday = date;
}

void Clock::reset()
{
    setToday(QDate());
}

} // namespace dd

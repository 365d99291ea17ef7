#include "activities/ActivityRecords.h"

#include <QCoreApplication>

namespace dd::activities {

namespace {
const char* const kCodes[] = {"present", "leave", "absent"};
const char* const kNames[] = {QT_TRANSLATE_NOOP("dd::activities", "present"),
                              QT_TRANSLATE_NOOP("dd::activities", "on leave"),
                              QT_TRANSLATE_NOOP("dd::activities", "absent")};
} // namespace

QString code(Attendance attendance)
{
    return QString::fromLatin1(kCodes[std::size_t(attendance)]);
}

std::optional<Attendance> parseAttendance(QStringView text)
{
    const QString value = text.trimmed().toString().toLower();
    for (std::size_t i = 0; i < std::size(kCodes); ++i)
        if (value == QLatin1String(kCodes[i]))
            return Attendance(i);
    if (value == u"出席" || value == u"到会" || value == u"参加")
        return Attendance::Present;
    if (value == u"请假")
        return Attendance::Leave;
    if (value == u"缺席" || value == u"无故缺席")
        return Attendance::Absent;
    return std::nullopt;
}

const char* attendanceSource(Attendance attendance)
{
    return kNames[std::size_t(attendance)];
}

QString attendanceName(Attendance attendance)
{
    return QCoreApplication::translate("dd::activities", attendanceSource(attendance));
}

int Activity::count(Attendance attendance) const
{
    return int(std::count_if(participants.cbegin(), participants.cend(),
                             [&](const Participant& p) { return p.attendance == attendance; }));
}

} // namespace dd::activities

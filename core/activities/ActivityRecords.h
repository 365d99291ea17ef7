#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

// 履职活动 (domain.md, "Activities"): what deputies did between sessions, with who took part.
namespace dd::activities {

enum class Attendance { Present, Leave, Absent }; // 出席 / 请假 / 缺席

QString code(Attendance attendance);
std::optional<Attendance> parseAttendance(QStringView text); // codes or 出席, 请假, 缺席
QString attendanceName(Attendance attendance);
const char* attendanceSource(Attendance attendance); // untranslated, context "dd::activities"

// The reception type's code: a station reception is an activity of this type.
inline constexpr const char* kReceptionType = "reception";
inline constexpr const char* kSessionType = "session";

struct ActivityType {
    qint64 id = 0;
    QString code; // stable for the defaults; a county's own types get "custom-N"
    QString name;
};

struct Participant {
    qint64 deputyId = 0;
    Attendance attendance = Attendance::Present;
    QString reason; // required for leave
    QString deputyName;
};

struct Activity {
    qint64 id = 0;
    QString uuid;
    qint64 typeId = 0;
    QString typeCode;
    QString typeName;
    QDate date;
    QTime start;
    QTime end;
    QString title;
    QString place;
    QString organiser;
    QString notes;
    // A reception's particulars
    qint64 stationId = 0;
    QString stationName;
    int citizensReceived = 0;
    QList<qint64> itemIds; // the concerns recorded there
    qint64 sessionId = 0;  // session attendance
    QList<Participant> participants;

    bool isReception() const { return typeCode == QLatin1String(kReceptionType); }
    int count(Attendance attendance) const;
};

struct ActivityFilter {
    qint64 typeId = 0;
    QString typeCode;
    QDate from;
    QDate to;
    qint64 deputyId = 0; // activities this deputy took part in (any attendance)
    qint64 stationId = 0;
    qint64 townshipId = 0;                // of the station
    std::optional<Attendance> attendance; // with deputyId: only this attendance
};

// A deputy's leave period (请假): activities in it mark the deputy on leave, rosters leave them
// out.
struct Leave {
    qint64 id = 0;
    QString uuid;
    qint64 deputyId = 0;
    QDate from;
    QDate to;
    QString reason;
    QString deputyName;
    bool covers(const QDate& date) const { return date >= from && date <= to; }
};

} // namespace dd::activities

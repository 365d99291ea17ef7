#pragma once

#include "common/Outcome.h"
#include "registry/Levels.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// Plain records of the registry as stored; integer ids are 0 until saved.
namespace dd::registry {

struct Township {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString kind = QStringLiteral("town"); // township | town | street
};

struct Term {
    qint64 id = 0;
    QString uuid;
    Level level = Level::County;
    int number = 0;
    QDate startDate;
    QDate endDate; // null while current
};

struct Session {
    qint64 id = 0;
    QString uuid;
    qint64 termId = 0;
    Level level = Level::County;
    int termNumber = 0;
    int number = 0; // 第N次会议
    QDate openingDate;
    QDate closingDate;
};

struct Membership {
    qint64 id = 0;
    QString uuid;
    qint64 deputyId = 0;
    qint64 termId = 0;
    Level level = Level::County;
    int termNumber = 0;
    QString certificateNo;
    QString electoralDistrict; // 选区 (county, township) or 选举单位 (city and above)
    qint64 townshipId = 0;     // the district's township, when known
    QString delegation;
    MembershipStatus status = MembershipStatus::Active;
    bool isReelected = false;
    bool byElection = false;
    QDate startDate;
    QDate endDate;
};

struct MembershipEvent {
    qint64 id = 0;
    QString kind; // elected | by_election | terminated | resigned | term_ended | reinstated
    QDate date;
    QString reason;
};

struct Deputy {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString gender; // M | F
    QString ethnicity;
    QString birthMonth; // YYYY-MM
    QString party;
    QString education;
    QString workUnit; // 工作单位及职务
    QString phone;
    QString idNumber; // optional; masked wherever it leaves the office
    QString address;
    QString composition; // code, see compositionCodes()
    bool isCadre = false;
    bool isReturnedOverseas = false;
    QString notes;
    QByteArray photo;
};

struct Station {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString kind = QStringLiteral("township");
    qint64 townshipId = 0;
    QString address;
    QString liaisonOfficer;
    QString phone;
    int starRating = 0; // 0 = not rated
    bool isModel = false;
    bool isLegislativeContactPoint = false;
    QString receptionRule; // in words, e.g. 每周三
    QString notes;
};

} // namespace dd::registry

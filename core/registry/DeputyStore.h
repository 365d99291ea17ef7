#pragma once

#include "common/Result.h"
#include "registry/Records.h"
#include "storage/Sql.h"
#include "text/Collation.h"
#include <QCoreApplication>

#include <optional>

namespace dd::registry {

// One line of the roster: a person in one membership (a deputy at two levels has two rows).
struct DeputyRow {
    Deputy deputy; // without the photo
    Membership membership;
    QString townshipName; // from the electoral district, else from the primary station
    qint64 stationId = 0;
    QString stationName;
    QString pinyinKey;
    QString strokeKey;
    text::PinyinKeys pinyin;
};

struct DeputyFilter {
    std::optional<Level> level;
    int termNumber = 0; // 0: the current term of each level
    qint64 townshipId = 0;
    qint64 stationId = 0;
    std::optional<MembershipStatus> status = MembershipStatus::Active; // nullopt: any status
    std::optional<bool> cadre;
    qint64 groupId = 0;
    QString search; // name, unit, phone, pinyin or pinyin initials
};

enum class NameOrder { Pinyin, Strokes };

// True when the row's name, unit or phone contains the text, or its pinyin matches.
bool matchesSearch(const DeputyRow& row, QStringView search);

// Deputies (the person) and their memberships (a level and term, where status lives).
class DeputyStore {
    Q_DECLARE_TR_FUNCTIONS(dd::registry::DeputyStore)

public:
    explicit DeputyStore(QSqlDatabase db);

    // Records a deputy in a term. A person already on record with the same name and birth month
    // gets the new membership instead (marked 连任 when they served the level's previous term).
    Outcome add(Deputy& deputy, Membership& membership, qint64 primaryStationId = 0);
    Outcome update(Deputy& deputy);
    Outcome updateMembership(Membership& membership);
    // Termination or resignation (with date and reason), or reinstatement of an ended membership.
    Outcome changeStatus(qint64 deputyId, Level level, int termNumber, MembershipStatus status,
                         const QDate& date, const QString& reason);

    Lookup<Deputy> get(qint64 id, bool withPhoto = false) const;
    Lookup<Deputy> findByNameAndBirth(const QString& name, const QString& birthMonth) const;
    // The lists: a failed read is a failure, never an empty list.
    Result<QList<Membership>> memberships(qint64 deputyId) const;
    Result<std::optional<Membership>> membershipIn(qint64 deputyId, Level level,
                                                   int termNumber) const;
    Result<QList<MembershipEvent>> events(qint64 membershipId) const;
    // Open station assignments: (station id, station name, primary).
    Result<QList<std::tuple<qint64, QString, bool>>> stations(qint64 deputyId) const;

    Result<QList<DeputyRow>> list(const DeputyFilter& filter,
                                  NameOrder order = NameOrder::Pinyin) const;
    int count() const;

private:
    // The checks of add(): the person, the station and township named, and a term on record
    // (returned in `term`) for the membership.
    Outcome checkNew(const Deputy& deputy, Membership& membership, qint64 primaryStationId,
                     std::optional<Term>* term) const;
    Outcome insertPerson(Deputy& deputy);
    Outcome insertMembership(Membership& membership);
    // Invalid when another membership of the term already has this certificate number.
    Outcome checkCertificateFree(const Membership& membership, qint64 termId) const;
    QSqlDatabase m_db;
};

} // namespace dd::registry

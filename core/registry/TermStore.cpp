#include "registry/TermStore.h"

#include "registry/OfficeSettings.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace dd::registry {

namespace {

const QString kTermColumns = QStringLiteral("id, uuid, level, number, start_date, end_date");

Term readTerm(const QSqlQuery& query)
{
    Term term;
    term.id = query.value(0).toLongLong();
    term.uuid = query.value(1).toString();
    term.level = parseLevel(query.value(2).toString()).value_or(Level::County);
    term.number = query.value(3).toInt();
    term.startDate = storage::sql::toDate(query.value(4));
    term.endDate = storage::sql::toDate(query.value(5));
    return term;
}
} // namespace

TermStore::TermStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Lookup<Term> TermStore::find(Level level, int number) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(query,
                                   QStringLiteral("SELECT ") + kTermColumns +
                                       QStringLiteral(" FROM terms WHERE level = ? AND number = ?"),
                                   {levelCode(level), number}, readTerm);
}

Lookup<Term> TermStore::findById(qint64 id) const
{
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(query,
                                   QStringLiteral("SELECT ") + kTermColumns +
                                       QStringLiteral(" FROM terms WHERE id = ?"),
                                   {id}, readTerm);
}

Result<QList<Term>> TermStore::list() const
{
    QSqlQuery query(m_db);
    if (!storage::sql::run(query, QStringLiteral("SELECT ") + kTermColumns +
                                      QStringLiteral(" FROM terms ORDER BY level, number")))
        return storage::sql::readFailure(query);
    QList<Term> terms;
    while (query.next())
        terms << readTerm(query);
    return terms;
}

Lookup<Term> TermStore::current(Level level) const
{
    if (const int number = OfficeSettings(m_db).currentTerm(level); number > 0)
        if (auto term = find(level, number); term.failed() || term.found())
            return term;
    QSqlQuery query(m_db);
    return storage::sql::lookupRow(
        query,
        QStringLiteral("SELECT ") + kTermColumns +
            QStringLiteral(" FROM terms WHERE level = ? ORDER BY number DESC LIMIT 1"),
        {levelCode(level)}, readTerm);
}

Outcome TermStore::ensure(Level level, int number, const QDate& startDate)
{
    if (number <= 0)
        return Outcome::invalid({{QStringLiteral("term"), tr("must be a positive number")}});
    if (const Lookup<Term> existing = find(level, number); existing.failed() || existing.found())
        return existing.failed() ? existing.failure() : Outcome::success(existing->id);
    if (!startDate.isValid())
        return Outcome::invalid({{QStringLiteral("start_date"), tr("is required for a new term")}});
    return storage::insertRow(
        m_db,
        QStringLiteral("INSERT INTO terms(uuid, level, number, start_date) VALUES(?, ?, ?, ?)"),
        {storage::sql::newUuid(), levelCode(level), number, storage::sql::dateValue(startDate)});
}

Outcome TermStore::addSession(Session& session)
{
    FieldErrors errors;
    if (session.number <= 0)
        errors.append({QStringLiteral("number"), tr("must be a positive number")});
    if (!session.openingDate.isValid() || !session.closingDate.isValid())
        errors.append({QStringLiteral("date"), tr("opening and closing dates are required")});
    else if (session.closingDate < session.openingDate)
        errors.append({QStringLiteral("date"), tr("the session closes before it opens")});
    const Lookup<Term> term =
        session.termId ? findById(session.termId) : find(session.level, session.termNumber);
    if (term.failed())
        return term.failure();
    if (!term.found())
        errors.append({QStringLiteral("term"), tr("term %1 of level %2 is not on record")
                                                   .arg(session.termNumber)
                                                   .arg(levelName(session.level))});
    if (!errors.isEmpty())
        return Outcome::invalid(errors);
    session.termId = term->id;
    const auto others = sessions(term->level);
    if (!others)
        return others.failure();
    for (const Session& other : *others)
        if (other.termId == term->id && other.number == session.number)
            return Outcome::failure(
                Outcome::Kind::Invalid,
                tr("Session %1 of this term is already on record").arg(session.number));
    const Outcome written = storage::insertRow(
        m_db,
        QStringLiteral("INSERT INTO sessions(uuid, term_id, number, opening_date, "
                       "closing_date) VALUES(?, ?, ?, ?, ?)"),
        {storage::sql::newUuid(), session.termId, session.number,
         storage::sql::dateValue(session.openingDate),
         storage::sql::dateValue(session.closingDate)});
    session.id = written.id;
    return written;
}

Result<std::optional<Session>> TermStore::sessionOn(const QDate& date, Level preferred) const
{
    auto all = sessions();
    if (!all)
        return all.failure();
    QList<Session>& sitting = *all;
    sitting.removeIf([&](const Session& s) {
        const QDate closing = s.closingDate.isValid() ? s.closingDate : s.openingDate;
        return !s.openingDate.isValid() || date < s.openingDate || date > closing;
    });
    if (sitting.size() > 1)
        sitting.removeIf([&](const Session& s) { return s.level != preferred; });
    return sitting.size() == 1 ? std::optional(sitting.first()) : std::optional<Session>();
}

Result<QList<Session>> TermStore::sessions(std::optional<Level> level) const
{
    QSqlQuery query(m_db);
    const QString statement = QStringLiteral(
        "SELECT s.id, s.uuid, s.term_id, t.level, t.number, s.number, s.opening_date, "
        "s.closing_date FROM sessions s JOIN terms t ON t.id = s.term_id "
        "WHERE (? IS NULL OR t.level = ?) ORDER BY t.level, t.number, s.number");
    const QVariant levelValue = level ? QVariant(levelCode(*level)) : QVariant();
    if (!storage::sql::run(query, statement, {levelValue, levelValue}))
        return storage::sql::readFailure(query);
    QList<Session> list;
    while (query.next()) {
        Session session;
        session.id = query.value(0).toLongLong();
        session.uuid = query.value(1).toString();
        session.termId = query.value(2).toLongLong();
        session.level = parseLevel(query.value(3).toString()).value_or(Level::County);
        session.termNumber = query.value(4).toInt();
        session.number = query.value(5).toInt();
        session.openingDate = storage::sql::toDate(query.value(6));
        session.closingDate = storage::sql::toDate(query.value(7));
        list << session;
    }
    return list;
}

Outcome TermStore::startTerm(Level level, int number, const QDate& startDate)
{
    if (!startDate.isValid())
        return Outcome::invalid({{QStringLiteral("start_date"), tr("is required")}});
    const Lookup<Term> current = this->current(level);
    if (current.failed())
        return current.failure();
    const std::optional<Term>& previous = current.value();
    if (previous && number != previous->number + 1)
        return Outcome::failure(
            Outcome::Kind::NotAllowed,
            tr("The current term of this level is %1; the next term is %2, not %3")
                .arg(previous->number)
                .arg(previous->number + 1)
                .arg(number));
    if (previous && startDate <= previous->startDate)
        return Outcome::failure(Outcome::Kind::NotAllowed,
                                tr("Term %1 cannot start on %2: term %3 started on %4")
                                    .arg(number)
                                    .arg(startDate.toString(Qt::ISODate))
                                    .arg(previous->number)
                                    .arg(previous->startDate.toString(Qt::ISODate)));
    if (const Lookup<Term> started = find(level, number); started.failed() || started.found())
        return started.failed()
                   ? started.failure()
                   : Outcome::failure(Outcome::Kind::NotAllowed,
                                      tr("Term %1 of this level has already started").arg(number));
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    if (previous) {
        const Outcome ended = endTerm(*previous, startDate.addDays(-1));
        if (!ended.ok())
            return ended;
    }
    const Outcome created = ensure(level, number, startDate);
    if (!created.ok())
        return created;
    const Outcome setting =
        OfficeSettings(m_db).set(OfficeSettings::termKey(level), QString::number(number));
    if (!setting.ok())
        return setting;
    return transaction->commitWith(Outcome::success(created.id));
}

Outcome TermStore::endTerm(const Term& term, const QDate& date)
{
    auto transaction = storage::WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.refusal();
    QSqlQuery query(m_db);
    const QVariant endDate = storage::sql::dateValue(date);
    QList<qint64> serving;
    if (!storage::sql::run(
            query,
            QStringLiteral("SELECT id FROM memberships WHERE term_id = ? AND status = 'active'"),
            {term.id}))
        return storage::sql::storageFailure(query);
    while (query.next())
        serving << query.value(0).toLongLong();
    for (qint64 membershipId : serving)
        if (!storage::sql::run(
                query,
                QStringLiteral(
                    "INSERT INTO membership_events(uuid, membership_id, kind, "
                    "event_date, reason, recorded_at) VALUES(?, ?, 'term_ended', ?, '', ?)"),
                {storage::sql::newUuid(), membershipId, endDate, storage::sql::nowText()}))
            return storage::sql::storageFailure(query);
    if (!storage::sql::run(
            query,
            QStringLiteral("UPDATE memberships SET status = 'term_ended', end_date = ? "
                           "WHERE term_id = ? AND status = 'active'"),
            {endDate, term.id}) ||
        !storage::sql::run(query, QStringLiteral("UPDATE terms SET end_date = ? WHERE id = ?"),
                           {endDate, term.id}))
        return storage::sql::storageFailure(query);
    return transaction->commitWith(Outcome::success(term.id));
}

} // namespace dd::registry

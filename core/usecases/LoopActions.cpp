#include "usecases/LoopActions.h"

#include "loop/AgencyStore.h"
#include "loop/LoopStore.h"
#include "usecases/Operator.h"
#include "writeaccess/Perform.h"

namespace dd::usecase {

using loop::ItemKind;

namespace {
QString serialOf(QSqlDatabase db, qint64 itemId)
{
    const auto item = loop::LoopStore(std::move(db)).find(itemId);
    return item.found() ? item->serial : QString::number(itemId);
}
} // namespace

Outcome recordItem(QSqlDatabase db, ItemKind kind, loop::Item& item, const QString& actor)
{
    const QString recordedBy = actor.isEmpty() ? operatorOf(db) : actor;
    return perform(
        db,
        [&] {
            loop::LoopStore store(db);
            return kind == ItemKind::Concern ? store.addConcern(item, recordedBy)
                                             : store.addSuggestion(item, recordedBy);
        },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(kind == ItemKind::Concern ? QStringLiteral("loop.concern.add")
                                                      : QStringLiteral("loop.suggestion.add"),
                            (kind == ItemKind::Concern
                                 ? words(QT_TRANSLATE_NOOP("dd::log", "Recorded concern %1"))
                                 : words(QT_TRANSLATE_NOOP("dd::log", "Recorded suggestion %1")))
                                .arg(serialOf(db, item.id)),
                            QStringLiteral("item"), item.id);
        });
}

Outcome takeStep(QSqlDatabase db, const QList<qint64>& itemIds, const loop::StepRequest& request)
{
    loop::StepRequest step = request;
    if (step.actor.isEmpty())
        step.actor = operatorOf(db);
    return perform(
        db,
        [&] {
            loop::LoopStore store(db);
            return itemIds.size() == 1 ? store.applyStep(itemIds.first(), step)
                                       : store.applyStepToAll(itemIds, step);
        },
        [&](const LogWords& words, const Outcome&) {
            QStringList serials;
            for (qint64 id : itemIds)
                serials << serialOf(db, id);
            storage::LogEntry entry =
                logEntry(QStringLiteral("loop.step.") + loop::code(step.kind),
                         words(QT_TRANSLATE_NOOP("dd::log", "%1: %2"))
                             .arg(words.of("dd::loop", loop::stepNameSource(step.kind)),
                                  serials.join(QStringLiteral(", "))),
                         QStringLiteral("item"), itemIds.size() == 1 ? itemIds.first() : 0);
            return entry;
        });
}

Outcome withdrawStep(QSqlDatabase db, qint64 itemId, const QString& reason)
{
    const QString actor = operatorOf(db);
    std::optional<loop::Step> withdrawn;
    std::optional<loop::Item> before;
    std::optional<loop::Item> after;
    return perform(
        db,
        [&] {
            loop::LoopStore store(db);
            const auto last = store.lastStep(itemId);
            if (!last)
                return last.failure();
            withdrawn = *last;
            if (const auto found = store.find(itemId); found.found())
                before = *found;
            const Outcome outcome =
                store.withdrawLastStep(itemId, reason, actor, operatorIsAdministrator(db));
            if (const auto found = store.find(itemId); outcome.ok() && found.found())
                after = *found;
            return outcome;
        },
        [&](const LogWords& words, const Outcome&) {
            const QString stepWord =
                withdrawn ? words.of(loop::kLoopContext, loop::stepNameSource(withdrawn->kind))
                          : QString();
            storage::LogEntry entry =
                logEntry(QStringLiteral("loop.withdraw"),
                         words(QT_TRANSLATE_NOOP("dd::log", "Withdrew the %2 of %1"))
                             .arg(after ? after->serial : QString::number(itemId), stepWord),
                         QStringLiteral("item"), itemId);
            if (before && after) {
                compareField(entry.changes, QStringLiteral("state"),
                             words.of(loop::kLoopContext, loop::stateSource(before->state)),
                             words.of(loop::kLoopContext, loop::stateSource(after->state)));
                compareField(entry.changes, QStringLiteral("due_date"),
                             before->dueDate.toString(Qt::ISODate),
                             after->dueDate.toString(Qt::ISODate));
            }
            entry.reason = reason.trimmed();
            return entry;
        });
}

Outcome markExcellent(QSqlDatabase db, qint64 suggestionId, bool excellent, const QDate& date)
{
    return perform(
        db, [&] { return loop::LoopStore(db).setExcellent(suggestionId, excellent, date); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(
                QStringLiteral("loop.excellent"),
                (excellent ? words(QT_TRANSLATE_NOOP("dd::log", "Rated suggestion %1 excellent"))
                           : words(QT_TRANSLATE_NOOP(
                                 "dd::log", "Withdrew the excellent rating of suggestion %1")))
                    .arg(serialOf(db, suggestionId)),
                QStringLiteral("item"), suggestionId);
        });
}

Outcome saveAgency(QSqlDatabase db, loop::Agency& agency)
{
    const bool adding = agency.id <= 0;
    QList<storage::FieldChange> changes;
    return perform(
        db,
        [&] {
            loop::AgencyStore store(db);
            if (adding)
                return store.add(agency);
            const auto before = store.find(agency.id);
            const Outcome saved = store.update(agency);
            const auto after = store.find(agency.id);
            if (saved.ok() && before.found() && after.found()) {
                compareField(changes, QStringLiteral("name"), before->name, after->name);
                compareField(changes, QStringLiteral("kind"), before->kind, after->kind);
                compareField(changes, QStringLiteral("contact"), before->contact, after->contact);
                compareField(changes, QStringLiteral("phone"), before->phone, after->phone);
            }
            return saved;
        },
        [&](const LogWords& words, const Outcome&) {
            return savedEntry(words, adding, QStringLiteral("agency"), agency.id, agency.name,
                              QT_TRANSLATE_NOOP("dd::log", "Added agency %1"),
                              QT_TRANSLATE_NOOP("dd::log", "Changed agency %1: %2"), changes);
        });
}

Outcome addCategory(QSqlDatabase db, const QString& name)
{
    return perform(
        db, [&] { return loop::addCategory(db, name); },
        [&](const LogWords& words, const Outcome&) {
            return logEntry(QStringLiteral("category.add"),
                            words(QT_TRANSLATE_NOOP("dd::log", "Added category %1")).arg(name));
        });
}

} // namespace dd::usecase

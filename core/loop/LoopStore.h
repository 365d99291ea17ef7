#pragma once

#include "common/Result.h"
#include "loop/LoopMachine.h"
#include "loop/LoopRecords.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace dd::loop {

struct ItemFilter {
    std::optional<ItemKind> kind;
    std::optional<State> state;
    bool openOnly = false; // items still waiting on someone (not closed, declined, referred)
    QDate dueBy;           // only items with a step due on or before this date
    qint64 agencyId = 0;
    qint64 townshipId = 0;
    qint64 stationId = 0;
    qint64 deputyId = 0;
    QString category;
    QDate from; // by the item's period date (point date; a suggestion's first dispatch or
    QDate to;   // submission)
};

// Concerns and suggestions in the database: recording them, every step through the one state
// machine, and their history. Each step is one transaction: the item's row, its agencies and the
// step are written together or not at all.
class LoopStore {
    Q_DECLARE_TR_FUNCTIONS(dd::loop::LoopStore)

public:
    explicit LoopStore(QSqlDatabase db);

    // The time limits and the calendar, read once per store.
    const Deadlines& deadlines() const;
    // 点单: a citizen's concern with its receiving deputies (item.deputyIds). `history` are the
    // steps it has already been through (an imported ledger, the demo): each goes through the
    // state machine and the item is written with all of them, or not at all.
    Outcome addConcern(Item& item, const QString& actor = {},
                       const QList<StepRequest>& history = {});
    // A deputy's suggestion: item.deputyIds holds the lead deputy, item.cosignerIds the others.
    Outcome addSuggestion(Item& item, const QString& actor = {},
                          const QList<StepRequest>& history = {});
    // One step; refused steps change nothing. Ordering a concern into a new suggestion creates
    // the suggestion (titled by request.text) from the concern's particulars.
    Outcome applyStep(qint64 itemId, const StepRequest& request);
    // The same step for several items (a batch dispatched to one agency, extensions approved
    // together): all or none; a refusal names the item it stopped at.
    Outcome applyStepToAll(const QList<qint64>& itemIds, const StepRequest& request);
    Outcome setExcellent(qint64 suggestionId, bool excellent, const QDate& date,
                         const QString& actor = {});
    // 撤回: withdraws the item's last step that still counts, with a reason. The item goes back
    // to its handling before that step (state, agencies, due dates); the step stays in the
    // history marked withdrawn by `actor`. Only the operator who recorded the step may withdraw
    // it unless `mayWithdrawOthers` (an administrator). The 点单 itself is not a step to withdraw,
    // nor a decision that made a new suggestion (that suggestion has its own life).
    Outcome withdrawLastStep(qint64 itemId, const QString& reason, const QString& actor,
                             bool mayWithdrawOthers);
    // The step withdrawLastStep() would take back now: none when there is nothing to withdraw.
    Result<std::optional<Step>> lastStep(qint64 itemId) const;

    Lookup<Item> find(qint64 id) const;
    Lookup<Item> findBySerial(const QString& serial) const;
    Result<QList<Item>> list(const ItemFilter& filter = {}) const;
    Result<QList<Step>> steps(qint64 itemId) const;
    Result<QList<StepKind>> allowedSteps(const Item& item) const;

private:
    Outcome insertItem(Item& item, const QString& actor, const QList<StepRequest>& history);
    // The steps of insertItem(): a recorded history replayed in memory on `recorded` (a refused
    // step leaves nothing written), the item's printed serial, its details and its deputies.
    Result<QList<Step>> replayHistory(Item& recorded, const QList<StepRequest>& history) const;
    Outcome assignSerial(Item& item, int* year, int* seq);
    Outcome insertDetails(const Item& item);
    Outcome insertDeputies(const Item& item);
    Outcome saveItem(const Item& item);
    Outcome insertStep(const Step& step);
    // The state of the suggestion a concern became (none without one), and the closing day of a
    // suggestion's session (null without one); a failed read fails.
    Result<std::optional<State>> suggestionStateOf(const Item& item) const;
    Result<QDate> sessionCloseOf(const Item& item) const;
    FieldErrors validateCommon(Item& item) const;
    // The station, township and session named are on record; a concern taken at a station is in
    // the station's township.
    void checkReferences(Item& item, FieldErrors& errors) const;
    // Fills deputies and co-agencies of `items`, selected by `where` over loop_items li.
    Outcome attachPeople(QList<Item>& items, const QString& where,
                         const QVariantList& values) const;

    QSqlDatabase m_db;
    mutable std::optional<Deadlines> m_deadlines;
    mutable std::optional<QStringList> m_categories;
};

} // namespace dd::loop

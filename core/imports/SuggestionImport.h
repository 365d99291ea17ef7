#pragma once

#include "imports/RosterImport.h"
#include "loop/LoopMachine.h"

namespace dd::imports {

struct SuggestionImportOptions {
    bool createMissing = false; // create the agencies and categories the file names
    int year = 0;               // for dates written without a year (3月5日); default: this year
    QString actor;              // recorded as who entered the steps
};

// One ledger row, ready to write: the suggestion and the steps it has been through.
struct PlannedSuggestion {
    int row = 0;
    loop::Item item;
    QList<loop::StepRequest> history;
    QString agencyName;
    QStringList coAgencyNames;
    bool onRecord = false; // its number is already on record with the same title: skipped
};

// A suggestions ledger (代表建议办理台账) kept before DeputyDesk, imported mid-year with its
// history as it stands: each row becomes a suggestion whose dispatch, reply, evaluation and close
// are recorded as imported steps with the ledger's dates, through the loop's state machine.
// All or nothing; the ledger's numbers are kept, and rows already imported are skipped.
class SuggestionImport : public ImportPlan<SuggestionImport, PlannedSuggestion> {
    Q_DECLARE_TR_FUNCTIONS(dd::imports::SuggestionImport)

public:
    SuggestionImport(QSqlDatabase db, SuggestionImportOptions options);
    static const QList<FieldSpec>& fields();

    void plan(const ImportSource& source);

    QStringList missingAgencies() const { return m_missingAgencies; }
    QStringList missingCategories() const { return m_missingCategories; }
    ImportCounts planned() const;
    bool canApply() const;
    Outcome apply(ImportCounts* counts);

private:
    struct Lead {
        qint64 deputyId = 0;
        qint64 townshipId = 0;
        qint64 stationId = 0;
        QString townshipName;
        QString stationName;
        bool atOfficeLevel = false; // a membership at the office's own level
    };
    // The agencies and deputies the rows name; false with a problem when they cannot be read.
    bool loadRecords();
    void planRow(const Row& row, QHash<QString, int>& seen);
    bool planDeputies(const Row& row, PlannedSuggestion& planned);
    // The ledger's dispatch, reply and evaluation as loop steps; each part says what stops the
    // row and returns false when nothing after it can follow.
    void planHistory(const Row& row, PlannedSuggestion& planned);
    bool planDispatch(const Row& row, PlannedSuggestion& planned, const QDate& dispatched,
                      const QDate& due);
    bool planReply(const Row& row, PlannedSuggestion& planned, const QDate& replied);
    void planEvaluation(const Row& row, PlannedSuggestion& planned, const QDate& evaluated);
    const Cell* cellOf(const Row& row, const char* field) const;
    loop::StepRequest importedStep(loop::StepKind kind, const QDate& on) const;
    void checkHistory(const Row& row, const PlannedSuggestion& planned);
    qint64 agencyId(const QString& name);
    static QStringList placesOf(const QList<Lead>& deputies);

    SuggestionImportOptions m_options;
    bool m_planned = false;
    QStringList m_missingAgencies;
    QStringList m_missingCategories;
    QHash<QString, qint64> m_agencies;      // name → id; provisional for missing ones
    QHash<QString, QList<Lead>> m_deputies; // name → the deputies of that name
    QStringList m_categories;
    std::optional<loop::Deadlines> m_deadlines;
};

} // namespace dd::imports

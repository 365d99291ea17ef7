#pragma once

#include "imports/ImportPlan.h"
#include "registry/Records.h"
#include "storage/Sql.h"

#include <QSet>

#include <optional>

namespace dd::imports {

enum class OnDuplicate { Skip, Update };

struct ImportCounts {
    int inserted = 0;
    int updated = 0;
    int skipped = 0;
};

struct RosterImportOptions {
    std::optional<registry::Level> level; // default: the office's level
    int termNumber = 0;                   // default: the level's current term
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    bool createMissing = false; // create stations and townships the file names
};

struct TermMembers; // who is already a deputy of one term

// One row of the file, ready to write.
struct PlannedDeputy {
    int row = 0;
    registry::Deputy deputy;
    registry::Membership membership;
    QString townshipName;
    QString stationName;
    QSet<QString> given;         // fields the file gives a value for
    qint64 existingDeputyId = 0; // already a deputy of the target term
};

// A deputy roster imported into one level and term, all or nothing; a file with 层级/届次
// columns (as the roster export writes, a row per membership) puts each row into its own.
// Duplicates are judged within a term (certificate number, else name and birth month); a person
// found in another term or level is the same person with a new membership (连任 when it is the
// previous term).
class RosterImport : public ImportPlan<RosterImport, PlannedDeputy> {
    Q_DECLARE_TR_FUNCTIONS(dd::imports::RosterImport)

public:
    RosterImport(QSqlDatabase db, RosterImportOptions options);
    static const QList<FieldSpec>& fields();

    // Plans from a sheet and a mapping (the GUI passes the clerk's adjusted mapping).
    void plan(const ImportSource& source);

    const registry::Term& term() const { return m_term; }
    // The file names each row's level or term (层级, 届次): term() is only the default.
    bool rowsNameTheirTerms() const
    {
        return m_source.mapping.column(QStringLiteral("level")) > 0 ||
               m_source.mapping.column(QStringLiteral("term")) > 0;
    }
    QStringList missingTownships() const { return m_missingTownships; }
    QStringList missingStations() const { return m_missingStations; }
    ImportCounts planned() const;
    // No problems, and nothing missing unless creating it was allowed.
    bool canApply() const;

    // Writes the plan in one transaction; on any failure nothing is written.
    Outcome apply(ImportCounts* counts);

private:
    bool resolveTerm();
    // The steps of apply(), inside its transaction.
    Outcome createMissingPlaces();
    // A person on record takes the file's particulars; `before` keeps each as it was, so two rows
    // of one person that disagree are refused.
    Outcome refreshPerson(qint64 id, const PlannedDeputy& row,
                          QHash<qint64, registry::Deputy>& before);
    // A membership on record takes the file's certificate, district, delegation and township,
    // and the deputy the station the file names.
    Outcome updateMembership(const PlannedDeputy& row, qint64 stationId);
    std::optional<registry::Term> rowTerm(const Row& row);
    const TermMembers& membersOf(qint64 termId);
    void planRow(const Row& row, QHash<QString, int>& seen);

    RosterImportOptions m_options;
    registry::Term m_term;
    QStringList m_missingTownships;
    QStringList m_missingStations;
    struct TermIndex;
    std::shared_ptr<TermIndex> m_index;
};

} // namespace dd::imports

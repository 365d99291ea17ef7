#pragma once

#include "imports/RosterImport.h"
#include "imports/StationImport.h"
#include "imports/SuggestionImport.h"

#include <type_traits>

namespace dd::usecase {

// One interface over the roster, station and suggestions-ledger imports, for the import dialog
// and the CLI: read the file, plan it (problems and what is missing), then apply it through the
// use-case layer, all rows or none.
class ImportRun {
public:
    explicit ImportRun(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    virtual ~ImportRun() = default;
    virtual const QList<imports::FieldSpec>& fields() const = 0;
    virtual bool read(const QString& path) = 0;
    virtual void plan(const imports::ImportSource& source) = 0;
    virtual const imports::ImportSource& source() const = 0;
    virtual const QList<imports::ImportProblem>& problems() const = 0;
    virtual int rowCount() const = 0;
    virtual QStringList missingTownships() const { return {}; }
    virtual QStringList missingStations() const { return {}; }
    virtual QStringList missingAgencies() const { return {}; }
    virtual QStringList missingCategories() const { return {}; }
    virtual imports::ImportCounts planned() const = 0;
    virtual bool canApply() const = 0;
    // Backs the file up, then writes the planned rows in one transaction; `counts` says what was
    // added and updated.
    Outcome apply(imports::ImportCounts* counts);

private:
    virtual Outcome write(imports::ImportCounts* counts) = 0;
    // What is imported, for the operator log (a source text of context "dd::log").
    virtual const char* what() const = 0;
    QSqlDatabase m_db;
};

template <typename Import> class ImportRunOf : public ImportRun {
public:
    template <typename Options>
    ImportRunOf(QSqlDatabase db, Options options)
        : ImportRun(db)
        , m_import(std::move(db), options)
    {
    }
    const Import& import() const { return m_import; }
    const QList<imports::FieldSpec>& fields() const override { return Import::fields(); }
    bool read(const QString& path) override { return m_import.read(path); }
    void plan(const imports::ImportSource& source) override { m_import.plan(source); }
    const imports::ImportSource& source() const override { return m_import.source(); }
    const QList<imports::ImportProblem>& problems() const override { return m_import.problems(); }
    int rowCount() const override { return int(m_import.rows().size()); }
    QStringList missingTownships() const override
    {
        if constexpr (ledger)
            return {};
        else
            return m_import.missingTownships();
    }
    QStringList missingStations() const override
    {
        if constexpr (std::is_same_v<Import, imports::RosterImport>)
            return m_import.missingStations();
        else
            return {};
    }
    QStringList missingAgencies() const override
    {
        if constexpr (ledger)
            return m_import.missingAgencies();
        else
            return {};
    }
    QStringList missingCategories() const override
    {
        if constexpr (ledger)
            return m_import.missingCategories();
        else
            return {};
    }
    imports::ImportCounts planned() const override { return m_import.planned(); }
    bool canApply() const override { return m_import.canApply(); }

private:
    Outcome write(imports::ImportCounts* counts) override { return m_import.apply(counts); }
    const char* what() const override
    {
        if constexpr (ledger)
            return QT_TRANSLATE_NOOP("dd::log", "Imported the suggestions ledger %1: %2 added, "
                                                "%3 updated");
        else if constexpr (std::is_same_v<Import, imports::RosterImport>)
            return QT_TRANSLATE_NOOP("dd::log", "Imported the roster %1: %2 added, %3 updated");
        else
            return QT_TRANSLATE_NOOP("dd::log", "Imported the stations %1: %2 added, %3 updated");
    }
    static constexpr bool ledger = std::is_same_v<Import, imports::SuggestionImport>;
    Import m_import;
};

using RosterImportRun = ImportRunOf<imports::RosterImport>;
using StationImportRun = ImportRunOf<imports::StationImport>;
using SuggestionImportRun = ImportRunOf<imports::SuggestionImport>;

} // namespace dd::usecase

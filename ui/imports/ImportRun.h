#pragma once

#include "imports/RosterImport.h"
#include "imports/StationImport.h"
#include "imports/SuggestionImport.h"

namespace dd::ui {

// One interface over the roster, station and suggestions-ledger imports, for the import dialog.
class ImportRun {
public:
    virtual ~ImportRun() = default;
    virtual const QList<imports::FieldSpec>& fields() const = 0;
    virtual bool read(const QString& path) = 0;
    virtual void plan(const imports::ImportSource& source) = 0;
    virtual const imports::ImportSource& source() const = 0;
    virtual const QList<imports::ImportProblem>& problems() const = 0;
    virtual QStringList missingTownships() const = 0;
    virtual QStringList missingStations() const = 0;
    virtual QStringList missingAgencies() const = 0;
    virtual QStringList missingCategories() const = 0;
    virtual imports::ImportCounts planned() const = 0;
    virtual bool canApply() const = 0;
    virtual Outcome apply(imports::ImportCounts* counts) = 0;
};

template <typename Import> class ImportRunOf : public ImportRun {
public:
    template <typename Options>
    ImportRunOf(QSqlDatabase db, Options options)
        : m_import(std::move(db), options)
    {
    }
    const QList<imports::FieldSpec>& fields() const override { return Import::fields(); }
    bool read(const QString& path) override { return m_import.read(path); }
    void plan(const imports::ImportSource& source) override { m_import.plan(source); }
    const imports::ImportSource& source() const override { return m_import.source(); }
    const QList<imports::ImportProblem>& problems() const override { return m_import.problems(); }
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
    Outcome apply(imports::ImportCounts* counts) override { return m_import.apply(counts); }

private:
    static constexpr bool ledger = std::is_same_v<Import, imports::SuggestionImport>;
    Import m_import;
};

} // namespace dd::ui

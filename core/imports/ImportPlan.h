#pragma once

#include "common/Result.h"
#include "imports/ImportSource.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace dd::imports {

// What the roster, station and suggestion imports share: the file's rows read under the
// import's fields (`Import::fields()`, rows keyed on `keyField`), the problems found and the
// planned rows. `Import` plans them (`plan(source)`) and writes them all or nothing.
template <typename Import, typename PlannedRow> class ImportPlan {
public:
    // Reads the file and plans the import; false when it cannot be used at all (see problems()).
    bool read(const QString& path)
    {
        m_problems.clear();
        m_rows.clear();
        const auto source =
            ImportSourceFinder::read(path, Import::fields(), m_keyField, &m_problems);
        if (source)
            static_cast<Import*>(this)->plan(*source);
        return source.has_value();
    }

    const ImportSource& source() const { return m_source; }
    const QList<ImportProblem>& problems() const { return m_problems; }
    const QList<PlannedRow>& rows() const { return m_rows; }

protected:
    ImportPlan(QSqlDatabase db, QString keyField)
        : m_db(std::move(db))
        , m_keyField(std::move(keyField))
    {
    }

    void problem(int row, const QString& field, const QString& message)
    {
        m_problems.append(problemAt(m_source.mapping, row, field, message));
    }
    // What apply() answers when the plan has problems.
    static Outcome hasProblems()
    {
        return Outcome::failure(
            Outcome::Kind::Invalid,
            QCoreApplication::translate("dd::imports::ImportPlan",
                                        "The file has problems; nothing was imported."));
    }

    QSqlDatabase m_db;
    ImportSource m_source;
    QList<ImportProblem> m_problems;
    QList<PlannedRow> m_rows;

private:
    QString m_keyField;
};

} // namespace dd::imports

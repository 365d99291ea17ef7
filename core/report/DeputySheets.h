#pragma once

#include "common/DocumentText.h"
#include "common/Result.h"
#include "loop/LoopRecords.h"
#include "report/SheetPrinter.h"
#include "scoring/ScoreEngine.h"

#include <QCoreApplication>

// 季度代表履职情况表: one deputy's quarter on one A4 page (more when the record is long): the
// particulars, activities by type against the yearly minimums, suggestions and concerns with
// their step and result, the score breakdown, ranks and provisional grade, remarks and the
// signature lines, in the document language.
namespace dd::report {

// The sheets of a period for a selection, gathered one at a time so that a county's 5,000 pages
// need no more memory than one: the scores and the year's items are read once, each deputy's
// particulars and photo when their sheet is drawn.
class QuarterlySheets : public SheetSource {
    Q_DECLARE_TR_FUNCTIONS(dd::report::QuarterlySheets)

public:
    // Fails for a term or a selection nobody served in.
    static Result<std::unique_ptr<QuarterlySheets>> create(QSqlDatabase db, const Period& period,
                                                           const scoring::Selection& selection,
                                                           scoring::ScoreOrder order);
    int count() const override;
    Result<SheetDocument> sheet(int index) const override;
    QString title() const override;
    std::unique_ptr<QTextDocument> tail() const override;

private:
    QuarterlySheets(QSqlDatabase db, const Period& period);
    const scoring::ScoringRules& rulesFor(registry::Level level) const;
    std::unique_ptr<QTextDocument> build(const scoring::DeputyScore& score,
                                         const registry::Deputy& deputy,
                                         const registry::Membership& membership,
                                         const QImage& photo) const;

    QSqlDatabase m_db;
    Period m_period;
    QString m_congress;
    std::unique_ptr<DocumentText> m_text;
    QList<scoring::DeputyScore> m_scores;
    QHash<qint64, QList<loop::Item>> m_items;  // the year's, by deputy
    QHash<int, int> m_levelSizes;              // deputies scored at each level, county-wide
    QHash<int, scoring::ScoringRules> m_rules; // by level, read by create()
};

} // namespace dd::report

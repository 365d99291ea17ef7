#pragma once

#include "common/DocumentText.h"
#include "common/Result.h"
#include "registry/Records.h"
#include "report/SheetPrinter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace dd::report {

// 一人一档: one deputy's whole term at one level, printable like the quarterly sheets: the
// particulars and memberships, the status history, the scores year by year, every activity, and
// every concern and suggestion with its outcome.
class DeputyArchive : public SheetSource {
    Q_DECLARE_TR_FUNCTIONS(dd::report::DeputyArchive)

public:
    // `level` nullopt: the office's own level if the deputy sits there, else their first level
    // on record; `termNumber` 0: their latest term at the level. Fails when the deputy did not
    // serve at that level (and term).
    static Result<std::unique_ptr<DeputyArchive>>
    create(QSqlDatabase db, qint64 deputyId, std::optional<registry::Level> level, int termNumber);
    int count() const override { return 1; }
    Result<SheetDocument> sheet(int index) const override;
    QString title() const override;

private:
    DeputyArchive(QSqlDatabase db, registry::Deputy deputy, registry::Membership membership);
    Result<std::unique_ptr<QTextDocument>> build(const QImage& photo) const;
    Outcome scores(class SheetBuilder& out) const;

    QSqlDatabase m_db;
    registry::Deputy m_deputy;
    registry::Membership m_membership;
    QString m_congress;
    std::unique_ptr<DocumentText> m_text;
};

} // namespace dd::report

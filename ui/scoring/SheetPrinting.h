#pragma once

#include "common/Period.h"
#include "report/SheetPrinter.h"
#include "scoring/ScoreEngine.h"

#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

class QPrinter;
class QWidget;

namespace dd::ui {

// What a batch of sheets is: a period's quarterly sheets for a selection, or one deputy's
// archive. Made into a source on whichever connection the printing thread has.
struct SheetJob {
    enum class Kind { Quarterly, Archive };
    Kind kind = Kind::Quarterly;
    Period period;
    scoring::Selection selection;
    scoring::ScoreOrder order = scoring::ScoreOrder::Strokes;
    qint64 deputyId = 0;                  // the archive's
    std::optional<registry::Level> level; // the archive's; nullopt: the office's own or the first
    Result<std::unique_ptr<report::SheetSource>> source(QSqlDatabase db) const;
    report::SheetPrinter printer(QSqlDatabase db) const;
};

// Runs a batch in a worker thread with its own database connection, so the window stays
// responsive: to a PDF file (written whole or not at all) or to a printer. `progress` is called
// in the GUI thread; cancel() stops after the sheet being drawn.
class SheetBatch : public QObject {
    Q_OBJECT
public:
    SheetBatch(QSqlDatabase db, SheetJob job, QObject* parent = nullptr);
    ~SheetBatch() override;
    // Waits (running the event loop) until the batch is done. Exactly one of `pdfPath` or
    // `printer` is given.
    // A cancelled batch is a result (cancelled set), not a failure.
    Result<report::PrintResult> run(const QString& pdfPath, QPrinter* printer);
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progress(int done, int total);

private:
    QString m_connection; // the main connection's name, cloned in the worker
    SheetJob m_job;
    std::atomic<bool> m_cancel = false;
};

// The common case: a preview when the job is small (one deputy, or at most 50 pages), else the
// choice of printer or PDF and a batch with a progress bar and cancel.
void printSheets(QWidget* parent, QSqlDatabase db, const SheetJob& job);

} // namespace dd::ui

#include "SheetPrinting.h"

#include "common/DocumentText.h"
#include "registry/OfficeSettings.h"
#include "report/DeputyArchive.h"
#include "report/DeputySheets.h"
#include "ui/widgets/ExportActions.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/ScreenFit.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlError>
#include <QThread>

namespace dd::ui {

namespace {

constexpr int kPreviewPages = 50; // the preview keeps every page in memory

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dd::ui", text, disambiguation, n);
}

} // namespace

Result<std::unique_ptr<report::SheetSource>> SheetJob::source(QSqlDatabase db) const
{
    const auto made = [](auto created) -> Result<std::unique_ptr<report::SheetSource>> {
        if (!created)
            return created.failure();
        return std::unique_ptr<report::SheetSource>(std::move(*created));
    };
    if (kind == Kind::Archive)
        return made(report::DeputyArchive::create(db, deputyId, level, 0));
    return made(report::QuarterlySheets::create(db, period, selection, order));
}

report::SheetPrinter SheetJob::printer(QSqlDatabase db) const
{
    return report::SheetPrinter::inLanguage(
        DocumentText(registry::OfficeSettings(db).documentLanguage()));
}

SheetBatch::SheetBatch(QSqlDatabase db, SheetJob job, QObject* parent)
    : QObject(parent)
    , m_connection(db.connectionName())
    , m_job(std::move(job))
{
}

SheetBatch::~SheetBatch() = default;

Result<report::PrintResult> SheetBatch::run(const QString& pdfPath, QPrinter* printer)
{
    Result<report::PrintResult> result = Outcome::storage(QString());
    m_cancel = false;
    QThread* worker = QThread::create([&] {
        // A connection of the worker's own: a connection serves the thread that made it.
        const QString name = QStringLiteral("%1-sheets-%2")
                                 .arg(m_connection)
                                 .arg(quintptr(QThread::currentThreadId()));
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connection, name);
            if (!db.open()) {
                result = Outcome::storage(db.lastError().text());
            } else if (const auto source = m_job.source(db); !source) {
                result = source.failure();
            } else {
                const report::SheetPrinter sheets = m_job.printer(db);
                const auto step = [this](int done, int total) {
                    Q_EMIT progress(done, total);
                    return !m_cancel.load();
                };
                if (!printer) {
                    result = sheets.writePdf(**source, pdfPath, step);
                } else if (const report::PrintResult printed =
                               sheets.print(**source, printer, step);
                           !printed.failure.isEmpty()) {
                    result = Outcome::storage(printed.failure);
                } else if (printed.pages == 0 && !printed.cancelled) {
                    result = Outcome::storage(tr("The printer could not be used."));
                } else {
                    result = printed;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    delete worker;
    return result;
}

namespace {

usecase::Disclosure disclosureOf(const SheetJob& job, int count, const QString& path)
{
    return {job.kind == SheetJob::Kind::Archive ? usecase::Disclosure::Document::Archive
                                                : usecase::Disclosure::Document::Sheets,
            count, path};
}

void preview(QWidget* parent, QSqlDatabase db, const SheetJob& job,
             const report::SheetSource& source)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::SheetPrinter::pageLayout());
    printer.setDocName(source.title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(source.title()));
    resizeWithinScreen(&dialog, QSize(1000, 760));
    const report::SheetPrinter sheets = job.printer(db);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        if (const auto printed = sheets.print(source, target); !printed.failure.isEmpty())
            warnReadFailure(&dialog, printed.failure);
    });
    if (dialog.exec() == QDialog::Accepted) // closed by its print button
        recordDisclosure(parent, db, disclosureOf(job, source.count(), {}));
}

void batch(QWidget* parent, QSqlDatabase db, const SheetJob& job, int count, const QString& title)
{
    QMessageBox ask(QMessageBox::Question, tr("Print sheets"),
                    tr("%n sheet(s) are too many to preview: print them, or save them as one "
                       "PDF file?",
                       nullptr, count),
                    QMessageBox::Cancel, parent);
    QPushButton* pdf = ask.addButton(tr("Save as PDF…"), QMessageBox::AcceptRole);
    QPushButton* print = ask.addButton(tr("Print…"), QMessageBox::AcceptRole);
    ask.exec();
    QString path;
    std::unique_ptr<QPrinter> printer;
    if (ask.clickedButton() == pdf) {
        path = askSavePath(parent, tr("Save the sheets as PDF"), title + QStringLiteral(".pdf"),
                           tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
    } else if (ask.clickedButton() == print) {
        printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setPageLayout(report::SheetPrinter::pageLayout());
        printer->setDocName(title);
        QPrintDialog choose(printer.get(), parent);
        if (choose.exec() != QDialog::Accepted)
            return;
    } else {
        return;
    }
    QProgressDialog progress(tr("Drawing the sheets…"), tr("Cancel"), 0, count, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    SheetBatch run(db, job);
    QObject::connect(&run, &SheetBatch::progress, &progress, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(tr("Drawing the sheets: %1 of %2").arg(done).arg(total));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &run, &SheetBatch::cancel);
    const auto result = run.run(path, printer.get());
    progress.reset();
    if (result && !result->cancelled)
        recordDisclosure(parent, db, disclosureOf(job, result->documents, path));
    if (!result)
        QMessageBox::warning(parent, tr("Print sheets"), result.error());
    else if (result->cancelled)
        QMessageBox::information(parent, tr("Print sheets"),
                                 path.isEmpty() ? tr("Cancelled.")
                                                : tr("Cancelled: no file was written."));
    else if (!path.isEmpty())
        QMessageBox::information(
            parent, tr("Print sheets"),
            tr("%1 pages written to %2").arg(result->pages).arg(QDir::toNativeSeparators(path)));
}

} // namespace

void printSheets(QWidget* parent, QSqlDatabase db, const SheetJob& job)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto source = job.source(db);
    const int count = source ? (*source)->count() : 0;
    // A first sheet that cannot be made stops here, before a blank preview.
    if (source && count > 0)
        if (const auto first = (*source)->sheet(0); !first) {
            QApplication::restoreOverrideCursor();
            QMessageBox::warning(parent, tr("Print sheets"), first.error());
            return;
        }
    // One deputy, or few enough to lay out now: the preview; else a batch.
    const bool small =
        source && (count == 1 || (count <= kPreviewPages &&
                                  job.printer(db).pageCount(**source) <= kPreviewPages));
    QApplication::restoreOverrideCursor();
    if (!source) {
        QMessageBox::warning(parent, tr("Print sheets"), source.error());
        return;
    }
    if (small)
        preview(parent, db, job, **source);
    else
        batch(parent, db, job, count, (*source)->title());
}

} // namespace dd::ui

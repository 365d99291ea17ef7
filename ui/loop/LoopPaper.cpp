#include "LoopPaper.h"

#include "common/Clock.h"
#include "common/DocumentText.h"
#include "exports/LoopExports.h"
#include "loop/AgencyStore.h"
#include "registry/OfficeSettings.h"
#include "report/LoopForms.h"
#include "report/TableReport.h"
#include "ui/widgets/ExportActions.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/ScreenFit.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace dd::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dd::ui", text);
}

// True when it was printed (the preview closed by its print button).
bool preview(QWidget* parent, const QString& html, const QString& title)
{
    QTextDocument document;
    report::prepareDocument(document, html);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print() adds its own 2 cm margin inside the printer's.
    printer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(title));
    resizeWithinScreen(&dialog, QSize(900, 720));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* target) { report::printDocument(document, target); });
    return dialog.exec() == QDialog::Accepted;
}

report::LoopFormFrame frameOf(const registry::OfficeSettings& settings)
{
    return {settings.congressName(), Clock::today()};
}

} // namespace

void previewDispatchNotices(QWidget* parent, QSqlDatabase db, const QList<loop::Item>& items)
{
    if (report::dispatchNoticeCount(items) == 0) {
        QMessageBox::information(parent, tr("Dispatch notices"),
                                 tr("None of these items is with an agency now: a notice lists "
                                    "the dispatched items of each agency."));
        return;
    }
    QHash<qint64, QString> names;
    for (const loop::Agency& agency : listOrWarn(loop::AgencyStore(db).list(), parent))
        names.insert(agency.id, agency.name);
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    if (preview(parent, report::dispatchNoticesHtml(items, names, frameOf(settings), text),
                tr("Dispatch notices")))
        recordDisclosure(parent, db,
                         {usecase::Disclosure::Document::List,
                          int(items.size()),
                          {},
                          false,
                          tr("Dispatch notices")});
}

void previewFeedbackForms(QWidget* parent, QSqlDatabase db, const QList<loop::Item>& items)
{
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    const QString html = report::feedbackFormsHtml(items, frameOf(settings), text);
    if (html.isEmpty()) {
        QMessageBox::information(parent, tr("Feedback forms"),
                                 tr("A feedback form goes with a reply: none of these items has "
                                    "been replied to."));
        return;
    }
    if (preview(parent, html, tr("Feedback forms")))
        recordDisclosure(parent, db,
                         {usecase::Disclosure::Document::List,
                          int(items.size()),
                          {},
                          false,
                          tr("Feedback forms")});
}

void previewPublicNotice(QWidget* parent, QSqlDatabase db, const QList<loop::Item>& items)
{
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    const xlsx::Sheet sheet =
        exports::noticeSheet(items, {settings.congressName(), QString(), Clock::today()}, text);
    if (sheet.rows.isEmpty()) {
        QMessageBox::information(parent, tr("Public notice"),
                                 tr("A public notice lists evaluated and closed items: none of "
                                    "these is."));
        return;
    }
    report::TableReport notice;
    notice.title = sheet.title;
    notice.dateLine = sheet.dateLine;
    notice.serialHeader = sheet.serialHeader;
    notice.pageNumberFormat = text.text(QT_TRANSLATE_NOOP("dd::documents", "Page %1 of %2"));
    notice.orientation = report::TableReport::Orientation::Portrait;
    notice.columnWeights = {13, 16, 30, 20, 10, 11};
    for (const xlsx::Column& column : sheet.columns)
        notice.headers << column.header;
    for (const QVariantList& row : sheet.rows) {
        QStringList cells;
        for (const QVariant& value : row)
            cells << value.toString();
        notice.rows << cells;
    }
    report::TableRenderer renderer(notice);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(renderer.pageLayout());
    printer.setDocName(notice.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(tr("Public notice")));
    resizeWithinScreen(&dialog, QSize(900, 720));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&renderer](QPrinter* target) { renderer.render(target); });
    if (dialog.exec() == QDialog::Accepted)
        recordDisclosure(
            parent, db, {usecase::Disclosure::Document::Notice, int(notice.rows.size()), {}, true});
}

} // namespace dd::ui

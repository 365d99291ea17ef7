#include "ListPrinter.h"

#include "ExportActions.h"
#include "ScreenFit.h"
#include "common/Clock.h"
#include "common/DocumentText.h"
#include "registry/OfficeSettings.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableView>

namespace dd::ui {

report::TableReport reportFromView(const QTableView* view, const QString& title, QSqlDatabase db)
{
    // A printed list is a print of the screen: its headers and cells are in the screen's
    // language, so its title, date line and page numbers follow that language too.
    const registry::OfficeSettings settings(db);
    const DocumentText text(QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                     : QStringLiteral("en"));
    report::TableReport report;
    report.title = settings.congressName() + QLatin1Char(' ') + title;
    report.dateLine = text.date(Clock::today());
    report.serialHeader = text.text(QT_TRANSLATE_NOOP("dd::documents", "No."));
    report.pageNumberFormat = text.text(QT_TRANSLATE_NOOP("dd::documents", "Page %1 of %2"));
    const QAbstractItemModel* model = view->model();
    const QHeaderView* header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns << logical;
            report.headers << model->headerData(logical, Qt::Horizontal).toString();
        }
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << model->index(row, column).data().toString();
        report.rows << cells;
    }
    return report;
}

bool previewReport(QWidget* parent, const report::TableReport& report)
{
    report::TableRenderer renderer(report);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(renderer.pageLayout());
    printer.setDocName(report.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(
        QCoreApplication::translate("dd::ui", "Print preview — %1").arg(report.title));
    resizeWithinScreen(&preview, QSize(1000, 720));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&renderer](QPrinter* target) { renderer.render(target); });
    return preview.exec() == QDialog::Accepted; // closed by its print button
}

void previewList(QWidget* parent, const QTableView* view, const QString& title, QSqlDatabase db)
{
    const report::TableReport report = reportFromView(view, title, db);
    if (previewReport(parent, report))
        recordDisclosure(
            parent, db,
            {usecase::Disclosure::Document::List, int(report.rows.size()), {}, false, title});
}

} // namespace dd::ui

#include "ExportActions.h"

#include "ListPrinter.h"
#include "common/Clock.h"
#include "common/Period.h"
#include "exports/LoopExports.h"
#include "exports/RegistryExports.h"
#include "exports/ScoreExports.h"
#include "registry/OfficeSettings.h"
#include "usecases/ExportActions.h"
#include "xlsx/WorkbookWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace dd::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dd::ui", text);
}

void save(QWidget* parent, QSqlDatabase db, const xlsx::Sheet& sheet, int rowCount,
          usecase::Disclosure disclosure)
{
    const QString path =
        askSavePath(parent, tr("Export workbook"), sheet.name + QStringLiteral(".xlsx"),
                    tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (const Outcome written = xlsx::writeWorkbook(path, {sheet}); !written.ok()) {
        QMessageBox::warning(parent, tr("Export failed"), written.text());
        return;
    }
    disclosure.records = rowCount;
    disclosure.path = path;
    recordDisclosure(parent, db, disclosure);
    QMessageBox::information(
        parent, tr("Exported"),
        tr("%1 rows written to %2").arg(rowCount).arg(QDir::toNativeSeparators(path)));
}
} // namespace

void recordDisclosure(QWidget* parent, QSqlDatabase db, const usecase::Disclosure& disclosure)
{
    if (const Outcome recorded = usecase::recordDisclosure(db, disclosure); !recorded.ok())
        QMessageBox::warning(parent, tr("Not recorded in the operator log"),
                             tr("The file was written, but the operator log could not record "
                                "it: %1")
                                 .arg(recorded.text()));
}

QString askSavePath(QWidget* parent, const QString& caption, const QString& fileName,
                    const QString& filter)
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("export/folder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path =
        QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(fileName), filter);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    return path;
}

void exportRosterWorkbook(QWidget* parent, QSqlDatabase db, const QList<registry::DeputyRow>& rows)
{
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    // Documents list deputies by surname strokes, the order of official name lists.
    QList<registry::DeputyRow> ordered = rows;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const registry::DeputyRow& a, const registry::DeputyRow& b) {
                         return a.strokeKey < b.strokeKey;
                     });
    save(parent, db, exports::rosterSheet(ordered, settings.congressName(), text, Clock::today()),
         int(rows.size()), {usecase::Disclosure::Document::Roster});
}

void exportStationsWorkbook(QWidget* parent, QSqlDatabase db,
                            const QList<registry::StationRow>& rows)
{
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    save(parent, db, exports::stationsSheet(rows, settings.congressName(), text, Clock::today()),
         int(rows.size()), {usecase::Disclosure::Document::Stations});
}

void exportLedgerWorkbook(QWidget* parent, QSqlDatabase db, loop::ItemKind kind,
                          const QList<loop::Item>& items)
{
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    const exports::LoopSheetFrame frame{settings.congressName(), QString(), Clock::today()};
    save(parent, db,
         kind == loop::ItemKind::Concern ? exports::concernsSheet(items, frame, text)
                                         : exports::suggestionsSheet(items, frame, text),
         int(items.size()),
         {kind == loop::ItemKind::Concern ? usecase::Disclosure::Document::ConcernLedger
                                          : usecase::Disclosure::Document::SuggestionLedger});
}

void exportScoresWorkbook(QWidget* parent, QSqlDatabase db,
                          const QList<scoring::DeputyScore>& scores, const QString& periodCode)
{
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    const auto period = Period::parse(periodCode);
    save(parent, db,
         exports::scoresSheet(scores,
                              {settings.congressName(),
                               period ? period->label(text.chinese()) : periodCode, Clock::today()},
                              text),
         int(scores.size()), {usecase::Disclosure::Document::Scores});
}

void exportGapsWorkbook(QWidget* parent, QSqlDatabase db, const QList<scoring::Gap>& gaps,
                        const QDate& date)
{
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    save(parent, db,
         exports::gapsSheet(gaps, {settings.congressName(), text.date(date), Clock::today()}, text),
         int(gaps.size()), {usecase::Disclosure::Document::Gaps});
}

void exportViewWorkbook(QWidget* parent, const QTableView* view, const QString& title,
                        QSqlDatabase db)
{
    // The print of the screen, as a workbook: the same columns, rows, title and date line.
    const report::TableReport report = reportFromView(view, title, db);
    xlsx::Sheet sheet;
    sheet.name = title;
    sheet.title = report.title;
    sheet.dateLine = report.dateLine;
    sheet.serialHeader = report.serialHeader;
    for (const QString& header : report.headers)
        sheet.columns.append({header});
    for (const QStringList& row : report.rows)
        sheet.rows.append(QVariantList(row.cbegin(), row.cend()));
    usecase::Disclosure disclosure{usecase::Disclosure::Document::List};
    disclosure.title = title;
    save(parent, db, sheet, int(report.rows.size()), disclosure);
}

} // namespace dd::ui

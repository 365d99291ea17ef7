#include "report/DutyRosterDocument.h"

#include "common/Clock.h"
#include "common/DocumentText.h"
#include "registry/OfficeSettings.h"
#include "registry/StationStore.h"
#include "xlsx/WorkbookWriter.h"

#include <QLocale>

namespace dd::report {

using namespace activities;

TableReport dutyRosterReport(QSqlDatabase db, const Roster& roster, const QString& periodLabel)
{
    const registry::OfficeSettings settings(db);
    const DocumentText text(settings.documentLanguage());
    const QLocale locale(text.chinese() ? QLocale::Chinese : QLocale::English);
    const auto station = registry::StationStore(db).get(roster.stationId);
    TableReport report;
    report.title = settings.congressName() + QLatin1Char(' ') +
                   (station.found() ? station->name : QString()) + QLatin1Char(' ') + periodLabel +
                   (text.chinese() ? QString() : QStringLiteral(" ")) +
                   text.text(QT_TRANSLATE_NOOP("dd::documents", "Duty Roster"));
    report.dateLine = text.date(Clock::today());
    report.headers = {text.text(QT_TRANSLATE_NOOP("dd::documents", "Date")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Weekday")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Deputies on duty"))};
    for (const RosterDay& day : roster.days) {
        QStringList names;
        for (qint64 id : day.deputyIds)
            names << roster.names.value(id);
        report.rows << QStringList{text.date(day.date), locale.dayName(day.date.dayOfWeek()),
                                   names.join(QStringLiteral("、"))};
    }
    report.serialHeader = text.text(QT_TRANSLATE_NOOP("dd::documents", "No."));
    report.pageNumberFormat = text.text(QT_TRANSLATE_NOOP("dd::documents", "Page %1 of %2"));
    report.orientation = TableReport::Orientation::Portrait;
    report.columnWeights = {30, 15, 55};
    return report;
}

Outcome writeDutyRoster(QSqlDatabase db, const Roster& roster, const QString& periodLabel,
                        const QString& path)
{
    const TableReport report = dutyRosterReport(db, roster, periodLabel);
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return writePdf(report, path);
    const DocumentText text(registry::OfficeSettings(db).documentLanguage());
    xlsx::Sheet sheet;
    sheet.name = text.text(QT_TRANSLATE_NOOP("dd::documents", "Duty Roster"));
    sheet.title = report.title;
    sheet.dateLine = report.dateLine;
    sheet.serialHeader = report.serialHeader;
    sheet.pageFooter = text.text(QT_TRANSLATE_NOOP("dd::documents", "Page &P of &N"));
    for (const QString& header : report.headers)
        sheet.columns.append({header});
    for (const QStringList& row : report.rows)
        sheet.rows.append(QVariantList(row.cbegin(), row.cend()));
    return xlsx::writeWorkbook(path, {sheet});
}

} // namespace dd::report

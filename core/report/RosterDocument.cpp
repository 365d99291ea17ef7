#include "report/RosterDocument.h"

namespace dd::report {

TableReport rosterDocument(const QList<registry::DeputyRow>& rows, const QString& congressName,
                           const dd::DocumentText& text, const QDate& today)
{
    TableReport report;
    report.title = congressName + QLatin1Char(' ') +
                   text.text(QT_TRANSLATE_NOOP("dd::documents", "Roster of Deputies"));
    report.dateLine = text.date(today);
    report.serialHeader = text.text(QT_TRANSLATE_NOOP("dd::documents", "No."));
    report.pageNumberFormat = text.text(QT_TRANSLATE_NOOP("dd::documents", "Page %1 of %2"));
    report.headers = {text.text(QT_TRANSLATE_NOOP("dd::documents", "Name")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Gender")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Ethnicity")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Born")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Party")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Level")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Certificate no.")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Township")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Work unit and position")),
                      text.text(QT_TRANSLATE_NOOP("dd::documents", "Phone"))};
    report.columnWeights = {7, 4, 6, 7, 9, 7, 7, 9, 30, 11};
    const QString female = text.text(QT_TRANSLATE_NOOP("dd::documents", "Female"));
    const QString male = text.text(QT_TRANSLATE_NOOP("dd::documents", "Male"));
    for (const registry::DeputyRow& row : rows) {
        const QString born =
            text.chinese()
                ? QString(row.deputy.birthMonth).replace(QLatin1Char('-'), QLatin1Char('.'))
                : row.deputy.birthMonth;
        report.rows << QStringList{
            row.deputy.name,
            row.deputy.gender == QLatin1String("F") ? female : male,
            row.deputy.ethnicity,
            born,
            row.deputy.party,
            text.translate(registry::kRegistryContext, registry::levelSource(row.membership.level)),
            row.membership.certificateNo,
            row.townshipName,
            row.deputy.workUnit,
            row.deputy.phone};
    }
    return report;
}

} // namespace dd::report

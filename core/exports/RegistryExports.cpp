#include "exports/RegistryExports.h"

namespace dd::exports {

namespace {
QString levelText(const DocumentText& text, registry::Level level)
{
    return text.translate(registry::kRegistryContext, registry::levelSource(level));
}

void frame(xlsx::Sheet& sheet, const DocumentText& text, const QString& congressName,
           const char* title, const QDate& today)
{
    sheet.name = text.text(title);
    sheet.title = congressName + QLatin1Char(' ') + sheet.name;
    sheet.dateLine = text.date(today);
    sheet.serialHeader = text.text(QT_TRANSLATE_NOOP("dd::documents", "No."));
    sheet.pageFooter = text.text(QT_TRANSLATE_NOOP("dd::documents", "Page &P of &N"));
}
} // namespace

xlsx::Sheet rosterSheet(const QList<registry::DeputyRow>& rows, const QString& congressName,
                        const DocumentText& text, const QDate& today)
{
    using xlsx::CellType;
    xlsx::Sheet sheet;
    frame(sheet, text, congressName, QT_TRANSLATE_NOOP("dd::documents", "Roster of Deputies"),
          today);
    const auto header = [&](const char* source, CellType type = CellType::Text) {
        sheet.columns.append({text.text(source), type});
    };
    header(QT_TRANSLATE_NOOP("dd::documents", "Name"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Gender"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Ethnicity"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Born"), CellType::Month);
    header(QT_TRANSLATE_NOOP("dd::documents", "Party"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Education"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Level"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Term"), CellType::Number);
    header(QT_TRANSLATE_NOOP("dd::documents", "Certificate no."));
    header(QT_TRANSLATE_NOOP("dd::documents", "Electoral district"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Township"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Primary station"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Work unit and position"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Phone"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Composition"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Cadre deputy"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Re-elected"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Status"));
    const QString female = text.text(QT_TRANSLATE_NOOP("dd::documents", "Female"));
    const QString male = text.text(QT_TRANSLATE_NOOP("dd::documents", "Male"));
    const QString yes = text.text(QT_TRANSLATE_NOOP("dd::documents", "Yes"));
    for (const registry::DeputyRow& row : rows) {
        const QString composition = text.translate(
            registry::kRegistryContext, registry::compositionSource(row.deputy.composition));
        const QDate born =
            QDate::fromString(row.deputy.birthMonth + QStringLiteral("-01"), Qt::ISODate);
        sheet.rows.append(QVariantList{
            row.deputy.name, row.deputy.gender == QLatin1String("F") ? female : male,
            row.deputy.ethnicity, born.isValid() ? QVariant(born) : QVariant(row.deputy.birthMonth),
            row.deputy.party, row.deputy.education, levelText(text, row.membership.level),
            row.membership.termNumber, row.membership.certificateNo,
            row.membership.electoralDistrict, row.townshipName, row.stationName,
            row.deputy.workUnit, row.deputy.phone, composition,
            row.deputy.isCadre ? yes : QString(), row.membership.isReelected ? yes : QString(),
            text.translate(registry::kRegistryContext,
                           registry::statusSource(row.membership.status))});
    }
    return sheet;
}

xlsx::Sheet stationsSheet(const QList<registry::StationRow>& rows, const QString& congressName,
                          const DocumentText& text, const QDate& today)
{
    using xlsx::CellType;
    xlsx::Sheet sheet;
    frame(sheet, text, congressName, QT_TRANSLATE_NOOP("dd::documents", "List of Liaison Stations"),
          today);
    const auto header = [&](const char* source, CellType type = CellType::Text) {
        sheet.columns.append({text.text(source), type});
    };
    header(QT_TRANSLATE_NOOP("dd::documents", "Station"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Kind"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Township"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Address"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Liaison officer"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Phone"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Stars"), CellType::Number);
    header(QT_TRANSLATE_NOOP("dd::documents", "Model station"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Reception day"));
    for (registry::Level level : registry::allLevels())
        sheet.columns.append({text.text(QT_TRANSLATE_NOOP("dd::documents", "%1 deputies"))
                                  .arg(levelText(text, level)),
                              CellType::Number});
    header(QT_TRANSLATE_NOOP("dd::documents", "Deputies in all"), CellType::Number);
    const QString yes = text.text(QT_TRANSLATE_NOOP("dd::documents", "Yes"));
    for (const registry::StationRow& row : rows) {
        const registry::Station& s = row.station;
        const QString kind =
            text.translate(registry::kRegistryContext, registry::stationKindSource(s.kind));
        QVariantList values{s.name,
                            kind,
                            row.townshipName,
                            s.address,
                            s.liaisonOfficer,
                            s.phone,
                            s.starRating > 0 ? QVariant(s.starRating) : QVariant(),
                            s.isModel ? yes : QString(),
                            s.receptionRule};
        for (registry::Level level : registry::allLevels())
            values << row.deputiesByLevel.value(level);
        values << row.deputyCount;
        sheet.rows.append(values);
    }
    return sheet;
}

} // namespace dd::exports

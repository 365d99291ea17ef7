#include "registry/Validation.h"

#include "common/Clock.h"
#include "common/TextNormalize.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd::registry {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("dd::registry", text, disambiguation);
}

void require(FieldErrors& errors, const QString& field, const QString& value)
{
    if (value.isEmpty())
        errors.append({field, tr("is required")});
}

} // namespace

void checkPhone(FieldErrors& errors, const QString& field, const QString& phone)
{
    if (!phone.isEmpty() && !isMobile(phone) && !isLandline(phone))
        errors.append({field, tr("%1 is neither an 11-digit mobile number nor a landline with "
                                 "area code such as 0871-1234567")
                                  .arg(phone)});
}

QString parseBirthMonth(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*(?:月)?\s*$)"));
    const auto match = pattern.match(toHalfWidth(text));
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12 || year < 1900)
        return {};
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

QDate parseLooseDate(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*(?:日)?\s*$)"));
    const auto match = pattern.match(toHalfWidth(text));
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

void normalize(Deputy& deputy)
{
    deputy.name = normalizePersonName(deputy.name);
    deputy.gender = normalizeText(deputy.gender);
    if (deputy.gender == QStringLiteral("男") ||
        deputy.gender.compare(QLatin1String("m"), Qt::CaseInsensitive) == 0)
        deputy.gender = QStringLiteral("M");
    else if (deputy.gender == QStringLiteral("女") ||
             deputy.gender.compare(QLatin1String("f"), Qt::CaseInsensitive) == 0)
        deputy.gender = QStringLiteral("F");
    if (const QString month = parseBirthMonth(deputy.birthMonth); !month.isEmpty())
        deputy.birthMonth = month;
    else
        deputy.birthMonth = normalizeText(deputy.birthMonth);
    deputy.ethnicity = normalizeText(deputy.ethnicity);
    deputy.party = normalizeText(deputy.party);
    deputy.education = normalizeText(deputy.education);
    deputy.workUnit = normalizeText(deputy.workUnit);
    deputy.phone = normalizePhone(deputy.phone);
    deputy.idNumber = normalizeIdNumber(deputy.idNumber);
    deputy.address = normalizeText(deputy.address);
    if (const auto code = parseComposition(deputy.composition))
        deputy.composition = *code;
    deputy.notes = deputy.notes.trimmed();
}

FieldErrors validate(const Deputy& deputy)
{
    FieldErrors errors;
    require(errors, QStringLiteral("name"), deputy.name);
    if (deputy.gender != QLatin1String("M") && deputy.gender != QLatin1String("F"))
        errors.append({QStringLiteral("gender"), tr("must be 男 or 女 (M or F)")});
    if (!deputy.birthMonth.isEmpty()) {
        const QString month = parseBirthMonth(deputy.birthMonth);
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid())
            errors.append({QStringLiteral("birth_month"),
                           tr("%1 is not a month such as 1975-03").arg(deputy.birthMonth)});
        else if (first > Clock::today() || first.addYears(18) > Clock::today())
            errors.append({QStringLiteral("birth_month"),
                           tr("%1 would make the deputy younger than 18").arg(month)});
    }
    checkPhone(errors, QStringLiteral("phone"), deputy.phone);
    if (!deputy.idNumber.isEmpty() && !isValidIdNumber(deputy.idNumber))
        errors.append({QStringLiteral("id_number"),
                       tr("%1 is not a valid 18-character ID number").arg(deputy.idNumber)});
    if (!deputy.composition.isEmpty() && !compositionCodes().contains(deputy.composition))
        errors.append(
            {QStringLiteral("composition"),
             tr("%1 is not one of: %2")
                 .arg(deputy.composition, compositionCodes().join(QStringLiteral(", ")))});
    return errors;
}

void normalize(Membership& membership)
{
    membership.certificateNo =
        toHalfWidth(membership.certificateNo).simplified().remove(QLatin1Char(' '));
    membership.electoralDistrict = normalizeText(membership.electoralDistrict);
    membership.delegation = normalizeText(membership.delegation);
}

FieldErrors validate(const Membership& membership)
{
    FieldErrors errors;
    if (membership.termNumber <= 0 && membership.termId <= 0)
        errors.append({QStringLiteral("term"), tr("is required")});
    if (!membership.startDate.isValid())
        errors.append({QStringLiteral("start_date"), tr("is required")});
    if (membership.endDate.isValid() && membership.endDate < membership.startDate)
        errors.append({QStringLiteral("start_date"), tr("comes after the end date")});
    return errors;
}

void normalize(Station& station)
{
    station.name = normalizeText(station.name);
    station.address = normalizeText(station.address);
    station.liaisonOfficer = normalizePersonName(station.liaisonOfficer);
    station.phone = normalizePhone(station.phone);
    station.receptionRule = normalizeText(station.receptionRule);
    if (const auto code = parseStationKind(station.kind))
        station.kind = *code;
}

FieldErrors validate(const Station& station)
{
    FieldErrors errors;
    require(errors, QStringLiteral("name"), station.name);
    if (!stationKindCodes().contains(station.kind))
        errors.append({QStringLiteral("kind"),
                       tr("%1 is not one of: %2")
                           .arg(station.kind, stationKindCodes().join(QStringLiteral(", ")))});
    if (station.starRating < 0 || station.starRating > 5)
        errors.append({QStringLiteral("star_rating"), tr("must be between 1 and 5 stars")});
    checkPhone(errors, QStringLiteral("phone"), station.phone);
    return errors;
}

} // namespace dd::registry

#include "registry/OfficeSetup.h"

#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "registry/OfficeSettings.h"
#include "registry/TermStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace dd::registry {

Outcome initializeOffice(QSqlDatabase db, const OfficeProfile& profile)
{
    if (profile.level != Level::County && profile.level != Level::Township)
        return Outcome::failure(
            Outcome::Kind::Invalid,
            QCoreApplication::translate("dd::Settings",
                                        "office_level must be county or township, not %1")
                .arg(levelCode(profile.level)));
    auto transaction = storage::WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    OfficeSettings settings(db);
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("congress_name"), profile.congressName},
          std::pair{QStringLiteral("office_level"), levelCode(profile.level)},
          std::pair{QStringLiteral("document_language"), settings.documentLanguage()}}) {
        const Outcome set = settings.set(key, value);
        if (!set.ok())
            return set;
    }
    if (profile.termNumber > 0) {
        const QDate start = profile.termStart.isValid() ? profile.termStart : Clock::today();
        const Outcome term = TermStore(db).ensure(profile.level, profile.termNumber, start);
        if (!term.ok())
            return term;
        const Outcome set = settings.set(OfficeSettings::termKey(profile.level),
                                         QString::number(profile.termNumber));
        if (!set.ok())
            return set;
    }
    const Outcome calendar =
        calendar::CalendarStore(db).replaceYears(calendar::WorkingCalendar::builtIn().days());
    if (!calendar.ok())
        return calendar;
    return transaction->commitWith(Outcome::success());
}

} // namespace dd::registry

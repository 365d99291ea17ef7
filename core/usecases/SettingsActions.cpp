#include "usecases/SettingsActions.h"

#include "registry/OfficeSettings.h"
#include "storage/WriteTransaction.h"

namespace dd::usecase {

Outcome changeSettings(QSqlDatabase db, const QList<std::pair<QString, QString>>& values)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.refusal();
    OfficeSettings settings(db);
    for (const auto& [key, value] : values) {
        const Outcome outcome = settings.set(key, value);
        if (outcome.kind == Outcome::Kind::Invalid)
            return Outcome::invalid({{key, outcome.text()}});
        if (!outcome.ok())
            return outcome;
    }
    return transaction->commitWith(Outcome::success());
}

} // namespace dd::usecase

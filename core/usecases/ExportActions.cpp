#include "usecases/ExportActions.h"

#include "storage/WriteTransaction.h"
#include "writeaccess/Perform.h"

#include <QDir>

namespace dd::usecase {

namespace {
struct DocumentWords {
    const char* code;
    const char* name; // context "dd::log"
};

DocumentWords wordsFor(Disclosure::Document document)
{
    using D = Disclosure::Document;
    switch (document) {
    case D::Roster:
        return {"roster", QT_TRANSLATE_NOOP("dd::log", "the deputy roster")};
    case D::Stations:
        return {"stations", QT_TRANSLATE_NOOP("dd::log", "the stations list")};
    case D::ConcernLedger:
        return {"concerns", QT_TRANSLATE_NOOP("dd::log", "the concerns ledger")};
    case D::SuggestionLedger:
        return {"suggestions", QT_TRANSLATE_NOOP("dd::log", "the suggestions ledger")};
    case D::Notice:
        return {"notice", QT_TRANSLATE_NOOP("dd::log", "the public notice of results")};
    case D::Scores:
        return {"scores", QT_TRANSLATE_NOOP("dd::log", "the score summary")};
    case D::Gaps:
        return {"gaps", QT_TRANSLATE_NOOP("dd::log", "the report of deputies behind")};
    case D::Sheets:
        return {"sheets", QT_TRANSLATE_NOOP("dd::log", "the performance sheets")};
    case D::Archive:
        return {"archive", QT_TRANSLATE_NOOP("dd::log", "a deputy's archive")};
    case D::OfficeCopy:
        return {"copy", QT_TRANSLATE_NOOP("dd::log", "a copy of the office file")};
    case D::List:
        break;
    }
    return {"list", QT_TRANSLATE_NOOP("dd::log", "the list %1")};
}
} // namespace

Outcome recordDisclosure(QSqlDatabase db, const Disclosure& disclosure)
{
    if (!storage::WriteTransaction::isGuarded(db))
        return Outcome::success();
    const DocumentWords document = wordsFor(disclosure.document);
    const bool printed = disclosure.path.isEmpty();
    return perform(
        db, [] { return Outcome::success(); },
        [&](const LogWords& words, const Outcome&) {
            QString what = words(document.name);
            if (disclosure.document == Disclosure::Document::List)
                what = what.arg(disclosure.title);
            QString summary =
                printed ? words(QT_TRANSLATE_NOOP("dd::log", "Printed %1 (%2 records)"))
                              .arg(what)
                              .arg(disclosure.records)
                        : words(QT_TRANSLATE_NOOP("dd::log", "Exported %1 (%2 records) to %3"))
                              .arg(what)
                              .arg(disclosure.records)
                              .arg(QDir::toNativeSeparators(disclosure.path));
            if (disclosure.masked)
                summary += words(QT_TRANSLATE_NOOP("dd::log", ", personal data masked"));
            return logEntry((printed ? QStringLiteral("print.") : QStringLiteral("export.")) +
                                QLatin1String(document.code),
                            summary);
        });
}

} // namespace dd::usecase

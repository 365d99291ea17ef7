#pragma once

#include "common/Outcome.h"

#include <QSqlDatabase>

namespace dd::usecase {

// What left the office with personal data in it: each export, print or copy is recorded in the
// operator log (PIPL), after it was written.
struct Disclosure {
    enum class Document {
        Roster,
        Stations,
        ConcernLedger,
        SuggestionLedger,
        Notice,
        Scores,
        Gaps,
        Sheets,
        Archive,
        OfficeCopy,
        List, // any list as shown on screen; `title` names it
    };
    Disclosure(Document document = Document::List, int records = 0, QString path = {},
               bool masked = false, QString title = {})
        : document(document)
        , records(records)
        , path(std::move(path))
        , masked(masked)
        , title(std::move(title))
    {
    }
    Document document;
    int records;
    QString path; // the file written; empty when printed
    bool masked;
    QString title;
};

// One log entry for the disclosure. A file opened read-only (a backup looked at, a second
// window) cannot be written, so nothing is recorded there.
Outcome recordDisclosure(QSqlDatabase db, const Disclosure& disclosure);

} // namespace dd::usecase

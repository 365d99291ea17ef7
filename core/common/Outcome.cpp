#include "common/Outcome.h"

#include <QCoreApplication>
#include <QHash>

namespace dd {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("dd", text, disambiguation);
}
} // namespace

QString Outcome::text() const
{
    if (!errors.isEmpty())
        return describe(errors);
    return message;
}

const char* fieldLabelSource(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {"name", QT_TRANSLATE_NOOP("dd", "Name")},
        {"gender", QT_TRANSLATE_NOOP("dd", "Gender")},
        {"birth_month", QT_TRANSLATE_NOOP("dd", "Birth month")},
        {"phone", QT_TRANSLATE_NOOP("dd", "Phone")},
        {"id_number", QT_TRANSLATE_NOOP("dd", "ID number")},
        {"composition", QT_TRANSLATE_NOOP("dd", "Composition")},
        {"certificate_no", QT_TRANSLATE_NOOP("dd", "Certificate number")},
        {"start_date", QT_TRANSLATE_NOOP("dd", "Start date")},
        {"term", QT_TRANSLATE_NOOP("dd", "Term")},
        {"kind", QT_TRANSLATE_NOOP("dd", "Kind")},
        {"star_rating", QT_TRANSLATE_NOOP("dd", "Star rating")},
        {"township", QT_TRANSLATE_NOOP("dd", "Township")},
        {"station", QT_TRANSLATE_NOOP("dd", "Station")},
        {"session", QT_TRANSLATE_NOOP("dd", "Session")},
        {"date", QT_TRANSLATE_NOOP("dd", "Date")},
        {"reason", QT_TRANSLATE_NOOP("dd", "Reason")},
        {"ethnicity", QT_TRANSLATE_NOOP("dd", "Ethnicity")},
        {"party", QT_TRANSLATE_NOOP("dd", "Party")},
        {"education", QT_TRANSLATE_NOOP("dd", "Education")},
        {"work_unit", QT_TRANSLATE_NOOP("dd", "Work unit and position")},
        {"address", QT_TRANSLATE_NOOP("dd", "Address")},
        {"cadre", QT_TRANSLATE_NOOP("dd", "Cadre deputy")},
        {"electoral_district", QT_TRANSLATE_NOOP("dd", "Electoral district")},
        {"delegation", QT_TRANSLATE_NOOP("dd", "Delegation")},
        {"notes", QT_TRANSLATE_NOOP("dd", "Notes")},
        {"serial", QT_TRANSLATE_NOOP("dd", "Serial number")},
        {"liaison_officer", QT_TRANSLATE_NOOP("dd", "Liaison officer")},
        {"reception_rule", QT_TRANSLATE_NOOP("dd", "Reception days")},
        {"model", QT_TRANSLATE_NOOP("dd", "Model station")},
        {"level", QT_TRANSLATE_NOOP("dd", "Level")},
        {"status", QT_TRANSLATE_NOOP("dd", "Status")},
        {"title", QT_TRANSLATE_NOOP("dd", "Title")},
        {"lead", QT_TRANSLATE_NOOP("dd", "Lead deputy")},
        {"cosigners", QT_TRANSLATE_NOOP("dd", "Co-signers")},
        {"category", QT_TRANSLATE_NOOP("dd", "Category")},
        {"submitted", QT_TRANSLATE_NOOP("dd", "Submitted on")},
        {"agency", QT_TRANSLATE_NOOP("dd", "Lead agency")},
        {"dispatch_date", QT_TRANSLATE_NOOP("dd", "Dispatched on")},
        {"due_date", QT_TRANSLATE_NOOP("dd", "Due date")},
        {"reply_date", QT_TRANSLATE_NOOP("dd", "Replied on")},
        {"result_class", QT_TRANSLATE_NOOP("dd", "Result class")},
        {"evaluation", QT_TRANSLATE_NOOP("dd", "Evaluation")},
        {"evaluation_date", QT_TRANSLATE_NOOP("dd", "Evaluated on")},
        {"step", QT_TRANSLATE_NOOP("dd", "Step")},
        {"state", QT_TRANSLATE_NOOP("dd", "State")},
        {"why", QT_TRANSLATE_NOOP("dd", "Why")},
        {"from", QT_TRANSLATE_NOOP("dd", "From")},
        {"to", QT_TRANSLATE_NOOP("dd", "To")},
        {"contact", QT_TRANSLATE_NOOP("dd", "Contact person")},
        {"place", QT_TRANSLATE_NOOP("dd", "Place")},
        {"organiser", QT_TRANSLATE_NOOP("dd", "Organiser")},
        {"returned_overseas", QT_TRANSLATE_NOOP("dd", "Returned overseas Chinese")},
        {"photo", QT_TRANSLATE_NOOP("dd", "Photo")},
        {"start_time", QT_TRANSLATE_NOOP("dd", "Start time")},
        {"end_time", QT_TRANSLATE_NOOP("dd", "End time")},
        {"citizens_received", QT_TRANSLATE_NOOP("dd", "Citizens received")},
        {"participants", QT_TRANSLATE_NOOP("dd", "Participants")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? nullptr : it.value();
}

QString fieldLabel(const QString& field)
{
    const char* source = fieldLabelSource(field);
    return source ? tr(source) : field;
}

QString describe(const FieldErrors& errors)
{
    QStringList parts;
    for (const FieldError& error : errors)
        parts << tr("%1: %2", "field label: message").arg(fieldLabel(error.field), error.message);
    return parts.join(tr("; ", "between field messages"));
}

} // namespace dd

#include "LoopOutput.h"

#include "common/TextNormalize.h"

namespace dd::cli {

using namespace loop;

std::optional<Item> findItem(const LoopStore& store, const QString& text,
                             std::optional<ItemKind> kind)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    const Lookup<Item> item = isNumber ? store.find(id) : store.findBySerial(text);
    if (item.failed()) {
        printError(item.error());
        return std::nullopt;
    }
    if (!item.found() || (kind && item->kind != *kind)) {
        printError(!kind ? tr("No item %1").arg(text)
                         : tr("No %1 %2")
                               .arg(kind == ItemKind::Suggestion ? tr("suggestion") : tr("concern"),
                                    text));
        return std::nullopt;
    }
    return item.value();
}

QString urgency(const Item& item, const Deadlines& deadlines, const QDate& today)
{
    switch (urgencyOf(item, deadlines, today)) {
    case Urgency::Overdue:
        return QStringLiteral("overdue");
    case Urgency::DueSoon:
        return QStringLiteral("due_soon");
    case Urgency::None:
        break;
    }
    return {};
}

Listing itemListing(const QList<Item>& items, Format format, const Deadlines& deadlines,
                    const QDate& today)
{
    const bool codes = format == Format::Json;
    Listing listing{{"id",
                     "uuid",
                     "serial",
                     "kind",
                     "state",
                     "title",
                     "category",
                     "township",
                     "station",
                     "deputies",
                     "raised_date",
                     "lead_agency",
                     "dispatch_date",
                     "due_date",
                     "urgency",
                     "reply_date",
                     "result_class",
                     "face_to_face",
                     "evaluation",
                     "round",
                     "key_supervision",
                     "excellent"},
                    {tr("ID"),
                     tr("UUID"),
                     tr("No."),
                     tr("Kind"),
                     tr("Step"),
                     tr("Title"),
                     tr("Category"),
                     tr("Township"),
                     tr("Station"),
                     tr("Deputies"),
                     tr("Raised on"),
                     tr("Lead agency"),
                     tr("Dispatched on"),
                     tr("Due"),
                     tr("Urgency"),
                     tr("Replied on"),
                     tr("Class"),
                     tr("Face to face"),
                     tr("Evaluation"),
                     tr("Round"),
                     tr("Key supervision"),
                     tr("Excellent")}};
    const auto date = [](const QDate& d) {
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    };
    for (const Item& item : items) {
        const QString urgent = urgency(item, deadlines, today);
        listing.rows << QVariantList{
            item.id,
            item.uuid,
            item.serial,
            codes ? code(item.kind)
                  : (item.kind == ItemKind::Suggestion ? tr("suggestion") : tr("concern")),
            codes ? code(item.state) : stateName(item.state),
            item.title,
            item.category,
            item.townshipName,
            item.stationName,
            item.deputyNames.join(codes ? QStringLiteral(",") : QStringLiteral("、")),
            date(item.raisedDate),
            item.leadAgencyName,
            date(item.dispatchDate),
            date(item.dueDate),
            codes ? urgent
                  : (urgent == QLatin1String("overdue")    ? tr("overdue")
                     : urgent == QLatin1String("due_soon") ? tr("due soon")
                                                           : QString()),
            date(item.replyDate),
            item.resultClass,
            item.replyDate.isValid() ? QVariant(item.faceToFace) : QVariant(),
            item.evaluation
                ? QVariant(codes ? code(*item.evaluation) : evaluationName(*item.evaluation))
                : QVariant(),
            item.round,
            item.keySupervision,
            item.excellent};
    }
    if (format == Format::Table) {
        Listing narrow;
        const QList<int> shown{0, 2, 4, 5, 9, 11, 13, 14, 16, 18};
        for (int c : shown) {
            narrow.keys << listing.keys.at(c);
            narrow.headers << listing.headers.at(c);
        }
        for (const QVariantList& row : std::as_const(listing.rows)) {
            QVariantList cells;
            for (int c : shown)
                cells << row.at(c);
            cells[3] = row.at(5).toString().left(20);
            narrow.rows << cells;
        }
        return narrow;
    }
    return listing;
}

} // namespace dd::cli

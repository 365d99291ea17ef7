// forms …: the loop's paper as PDF, the same documents the GUI previews.
#include "LoopOutput.h"

#include "common/Clock.h"
#include "common/DocumentText.h"
#include "loop/AgencyStore.h"
#include "registry/OfficeSettings.h"
#include "report/LoopForms.h"

#include <QDir>

namespace dd::cli {

using namespace loop;

int runForms(Context& context, const QStringList& args)
{
    const QString what = args.value(0);
    const bool notices = what == QLatin1String("dispatch-notices");
    if (!notices && what != QLatin1String("feedback"))
        return usageError(tr("forms takes dispatch-notices or feedback"));
    CommandLine line(QStringLiteral("forms ") + what,
                     tr("Print the loop's forms to PDF in the document language: "
                        "dispatch-notices (交办通知单, one per agency holding dispatched items) or "
                        "feedback ITEM… (代表意见征询表 / 群众意见回访表 for replied items)."));
    line.addPositional(QStringLiteral("item"), tr("feedback: the items' IDs or numbers."),
                       QStringLiteral("[ITEM…]"));
    line.addOptions({
        {"agency", tr("dispatch-notices: only this agency (ID or name)."), "AGENCY"},
        {"out", tr("The PDF file to write."), "FILE"},
    });
    line.requireOut();
    int exit = Success;
    if (!line.parse(args.mid(1), &exit))
        return exit;
    const QString out = line.value(QStringLiteral("out"));
    if (!notices && line.positional().isEmpty())
        return usageError(tr("forms feedback takes the items' IDs or numbers"));
    storage::Database* db = context.open();
    if (!db)
        return context.exitCode();
    const QSqlDatabase connection = db->connection();
    LoopStore store(connection);
    QList<Item> items;
    QHash<qint64, QString> names;
    const auto agencies = AgencyStore(connection).list();
    if (!agencies)
        return report(agencies.failure());
    for (const Agency& agency : *agencies)
        names.insert(agency.id, agency.name);
    if (notices) {
        ItemFilter dispatched;
        dispatched.state = State::Dispatched;
        if (line.isSet(QStringLiteral("agency"))) {
            const QString given = line.value(QStringLiteral("agency"));
            const auto agency = AgencyStore(connection).findByName(given);
            if (agency.failed())
                return report(agency.failure());
            dispatched.agencyId = agency.found() ? agency->id : given.toLongLong();
            if (!names.contains(dispatched.agencyId))
                return usageError(tr("--agency: no agency %1 (see 'agency list')").arg(given));
        }
        auto listed = store.list(dispatched);
        if (!listed)
            return report(listed.failure());
        items = std::move(*listed);
    } else {
        for (const QString& given : line.positional()) {
            const auto item = findItem(store, given, std::nullopt);
            if (!item)
                return BadInput;
            items << *item;
        }
    }
    const registry::OfficeSettings settings(connection);
    const DocumentText text(settings.documentLanguage());
    const report::LoopFormFrame frame{settings.congressName(), Clock::today()};
    const QString html = notices ? report::dispatchNoticesHtml(items, names, frame, text)
                                 : report::feedbackFormsHtml(items, frame, text);
    if (html.isEmpty()) {
        printError(notices ? tr("No item is with an agency now: there is no notice to print.")
                           : tr("None of these items has been replied to: a feedback form goes "
                                "with a reply."));
        return BadInput;
    }
    if (const Outcome written = report::writeHtmlPdf(html, QString(), out); !written.ok()) {
        printError(written.text());
        return Failure;
    }
    print((notices ? tr("%n dispatch notice(s) written to %1", nullptr,
                        report::dispatchNoticeCount(items))
                   : tr("%n feedback form(s) written to %1", nullptr, int(items.size())))
              .arg(QDir::toNativeSeparators(out)) +
          QLatin1Char('\n'));
    return Success;
}

} // namespace dd::cli

#include "report/LoopForms.h"

#include "report/DocumentFonts.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace dd::report {

using namespace loop;

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate& date, const DocumentText& text)
{
    return date.isValid() ? text.date(date) : QString();
}

QString heading(const QString& congress, const QString& title, bool newPage)
{
    return QStringLiteral("<p align='center' style='%1font-size:15pt'>%2</p>"
                          "<h2 align='center' style='font-size:18pt'>%3</h2>")
        .arg(newPage ? QStringLiteral("page-break-before:always;") : QString(), esc(congress),
             esc(title));
}

QString cell(const QString& value, const QString& attributes = {})
{
    return QStringLiteral("<td %1>%2</td>").arg(attributes, esc(value));
}

bool withAgency(const Item& item)
{
    return item.leadAgencyId > 0 && item.state == State::Dispatched;
}

} // namespace

int dispatchNoticeCount(const QList<Item>& items)
{
    QSet<qint64> agencies;
    for (const Item& item : items)
        if (withAgency(item)) {
            agencies.insert(item.leadAgencyId);
            for (qint64 id : item.coAgencyIds)
                agencies.insert(id);
        }
    return int(agencies.size());
}

QString dispatchNoticesHtml(const QList<Item>& items, const QHash<qint64, QString>& agencyNames,
                            const LoopFormFrame& frame, const DocumentText& text)
{
    // Each agency's items, lead ones first; agencies in the order of their names.
    QMap<QString, QList<std::pair<Item, bool>>> byAgency;
    for (const Item& item : items) {
        if (!withAgency(item))
            continue;
        byAgency[item.leadAgencyName].append({item, true});
        for (qint64 id : item.coAgencyIds)
            if (const QString name = agencyNames.value(id); !name.isEmpty())
                byAgency[name].append({item, false});
    }
    const auto t = [&](const char* source) { return esc(text.text(source)); };
    QString html;
    bool first = true;
    for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it) {
        QList<std::pair<Item, bool>> rows = it.value();
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        html += heading(frame.congressName,
                        text.text(QT_TRANSLATE_NOOP("dd::documents", "Dispatch Notice")), !first);
        first = false;
        html +=
            QStringLiteral("<p style='font-size:14pt;margin-top:12px'><b>%1</b>%2</p>")
                .arg(esc(it.key()), text.chinese() ? QStringLiteral("：") : QStringLiteral(":"));
        html +=
            QStringLiteral("<p style='font-size:13pt;line-height:150%'>%1</p>")
                .arg(esc(
                    text.text(QT_TRANSLATE_NOOP(
                                  "dd::documents",
                                  "The following %1 item(s) are dispatched to your unit. Please "
                                  "reply in writing by the due date, meet the deputy or citizen "
                                  "face to face where possible, and return this notice signed "
                                  "within seven working days if an item is not yours to handle."))
                        .arg(rows.size())));
        html += QStringLiteral("<p></p><table border='1' cellspacing='0' cellpadding='5' "
                               "width='100%' style='border-collapse:collapse;font-size:12pt'><tr>");
        // Widths fixed in percent: the title gets the room, whatever the language.
        const std::pair<const char*, int> headers[] = {
            {QT_TRANSLATE_NOOP("dd::documents", "No."), 7},
            {QT_TRANSLATE_NOOP("dd::documents", "Item no."), 14},
            {QT_TRANSLATE_NOOP("dd::documents", "Title"), 25},
            {QT_TRANSLATE_NOOP("dd::documents", "Raised by"), 16},
            {QT_TRANSLATE_NOOP("dd::documents", "Dispatched on"), 14},
            {QT_TRANSLATE_NOOP("dd::documents", "Due date"), 14},
            {QT_TRANSLATE_NOOP("dd::documents", "Handling"), 10}};
        for (const auto& [header, percent] : headers)
            html += QStringLiteral("<th width='%1%'>%2</th>").arg(percent).arg(t(header));
        html += QStringLiteral("</tr>");
        int number = 0;
        for (const auto& [item, lead] : rows) {
            html += QStringLiteral("<tr>") +
                    cell(QString::number(++number), QStringLiteral("align='center'")) +
                    cell(item.serial, QStringLiteral("style='white-space:nowrap'")) +
                    cell(item.kind == ItemKind::Suggestion ? item.title
                                                           : item.content.simplified().left(80)) +
                    cell(item.deputyNames.join(QStringLiteral("、"))) +
                    cell(dateText(item.dispatchDate, text)) + cell(dateText(item.dueDate, text)) +
                    cell(lead ? text.text(QT_TRANSLATE_NOOP("dd::documents", "Lead"))
                              : text.text(QT_TRANSLATE_NOOP("dd::documents", "Co-handling"))) +
                    QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        html +=
            QStringLiteral("<p style='font-size:12pt;margin-top:28px'>%1</p>"
                           "<p style='font-size:12pt;margin-top:18px'>%2</p>"
                           "<p align='right' style='font-size:12pt;margin-top:36px'>%3<br/>%4</p>")
                .arg(t(QT_TRANSLATE_NOOP("dd::documents",
                                         "Contact: ____________  Phone: ____________")),
                     t(QT_TRANSLATE_NOOP("dd::documents",
                                         "Received by (agency): ____________  Date: "
                                         "____________")),
                     esc(frame.congressName) + QStringLiteral(" ") +
                         t(QT_TRANSLATE_NOOP("dd::documents", "(seal)")),
                     esc(dateText(frame.today, text)));
    }
    return html;
}

QString feedbackFormsHtml(const QList<Item>& items, const LoopFormFrame& frame,
                          const DocumentText& text)
{
    const auto t = [&](const char* source) { return esc(text.text(source)); };
    QString html;
    bool first = true;
    for (const Item& item : items) {
        if (!item.replyDate.isValid())
            continue;
        const bool suggestion = item.kind == ItemKind::Suggestion;
        html += heading(
            frame.congressName,
            suggestion ? text.text(QT_TRANSLATE_NOOP("dd::documents", "Deputy's Feedback Form"))
                       : text.text(QT_TRANSLATE_NOOP("dd::documents", "Citizen's Evaluation Form")),
            !first);
        first = false;
        const auto line = [&](const char* label, const QString& value) {
            return QStringLiteral("<tr><td width='22%'><b>%1</b></td><td>%2</td></tr>")
                .arg(t(label), esc(value));
        };
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='6' width='100%' "
                               "style='border-collapse:collapse;font-size:11pt'>");
        html += line(QT_TRANSLATE_NOOP("dd::documents", "Item no."), item.serial);
        html += line(suggestion ? QT_TRANSLATE_NOOP("dd::documents", "Title")
                                : QT_TRANSLATE_NOOP("dd::documents", "Content"),
                     suggestion ? item.title : item.content.simplified());
        html += line(suggestion ? QT_TRANSLATE_NOOP("dd::documents", "Lead deputy and co-signers")
                                : QT_TRANSLATE_NOOP("dd::documents", "Citizen"),
                     suggestion ? item.deputyNames.join(QStringLiteral("、")) : item.citizenName);
        html += line(QT_TRANSLATE_NOOP("dd::documents", "Lead agency"), item.leadAgencyName);
        html +=
            line(QT_TRANSLATE_NOOP("dd::documents", "Replied on"), dateText(item.replyDate, text));
        html += line(QT_TRANSLATE_NOOP("dd::documents", "Result class"),
                     text.translate(kLoopContext, resultClassSource(item.resultClass)));
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p style='font-size:12pt;margin-top:18px'><b>%1</b></p>")
                    .arg(t(QT_TRANSLATE_NOOP("dd::documents", "Your evaluation (tick one):")));
        html +=
            QStringLiteral("<p style='font-size:13pt'>□ %1&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;□ "
                           "%2&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;□ %3</p>")
                .arg(esc(text.translate(kLoopContext, evaluationSource(Evaluation::Satisfied))),
                     esc(text.translate(kLoopContext, evaluationSource(Evaluation::Basically))),
                     esc(text.translate(kLoopContext, evaluationSource(Evaluation::Unsatisfied))));
        html += QStringLiteral(
                    "<p style='font-size:12pt'>□ %1&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;□ %2</p>")
                    .arg(t(QT_TRANSLATE_NOOP("dd::documents", "Met face to face")),
                         t(QT_TRANSLATE_NOOP("dd::documents", "Not met")));
        html += QStringLiteral("<p style='font-size:12pt;margin-top:12px'>%1</p>")
                    .arg(t(QT_TRANSLATE_NOOP("dd::documents", "Comments:")));
        for (int line = 0; line < 9; ++line) // room for the answer by hand
            html += QStringLiteral("<p>&nbsp;</p>");
        html +=
            QStringLiteral("<p align='right' style='font-size:12pt'>%1</p>")
                .arg(suggestion
                         ? t(QT_TRANSLATE_NOOP("dd::documents", "Deputy (signature): ____________  "
                                                                "Date: ____________"))
                         : t(QT_TRANSLATE_NOOP("dd::documents",
                                               "Visited by: ____________  By phone / "
                                               "visit  Date: ____________")));
    }
    return html;
}

void prepareDocument(QTextDocument& document, const QString& html)
{
    QFont font(documentFontFamily());
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setHtml(html);
}

void printDocument(QTextDocument& document, QPagedPaintDevice* device)
{
    document.print(device);
}

Outcome writeHtmlPdf(const QString& html, const QString& title, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Outcome::badInput(
            QCoreApplication::translate("dd::report::TableRenderer",
                                        "%1 is a folder; please give a file name")
                .arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::storage(
            QCoreApplication::translate("dd::report::TableRenderer", "Cannot write %1: %2")
                .arg(shown, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() adds its own 2 cm margin inside the printer's.
        writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("DeputyDesk"));
        QTextDocument document;
        prepareDocument(document, html);
        printDocument(document, &writer);
    }
    if (!file.commit())
        return Outcome::storage(
            QCoreApplication::translate("dd::report::TableRenderer", "Cannot write %1: %2")
                .arg(shown, file.errorString()));
    return Outcome::success();
}

} // namespace dd::report

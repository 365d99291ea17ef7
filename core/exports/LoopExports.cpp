#include "exports/LoopExports.h"

#include "common/BuiltInNames.h"
#include "common/Masking.h"

namespace dd::exports {

using namespace loop;
using xlsx::CellType;

namespace {

QVariant dateCell(const QDate& date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

QString evaluationText(const Item& item, const DocumentText& text)
{
    return item.evaluation ? text.translate(kLoopContext, evaluationSource(*item.evaluation))
                           : QString();
}

QString yesNo(bool value, const DocumentText& text)
{
    return value ? text.text(QT_TRANSLATE_NOOP("dd::documents", "Yes"))
                 : text.text(QT_TRANSLATE_NOOP("dd::documents", "No"));
}

} // namespace

void frameSheet(xlsx::Sheet& sheet, const DocumentText& text, const LoopSheetFrame& frame,
                const char* title)
{
    sheet.name = text.text(title);
    sheet.title = frame.congressName + QLatin1Char(' ') + frame.periodLabel + sheet.name;
    sheet.dateLine = text.date(frame.today);
    sheet.serialHeader = text.text(QT_TRANSLATE_NOOP("dd::documents", "No."));
    sheet.pageFooter = text.text(QT_TRANSLATE_NOOP("dd::documents", "Page &P of &N"));
}

xlsx::Sheet concernsSheet(const QList<Item>& items, const LoopSheetFrame& frame,
                          const DocumentText& text)
{
    xlsx::Sheet sheet;
    frameSheet(sheet, text, frame,
               QT_TRANSLATE_NOOP("dd::documents", "Ledger of Citizens' Concerns"));
    const auto header = [&](const char* source, CellType type = CellType::Text) {
        sheet.columns.append({text.text(source), type});
    };
    header(QT_TRANSLATE_NOOP("dd::documents", "Item no."));
    header(QT_TRANSLATE_NOOP("dd::documents", "Date raised"), CellType::Date);
    header(QT_TRANSLATE_NOOP("dd::documents", "Channel"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Citizen"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Phone"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Township"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Place"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Category"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Content"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Receiving deputies"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Decision"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Lead agency"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Due date"), CellType::Date);
    header(QT_TRANSLATE_NOOP("dd::documents", "Replied on"), CellType::Date);
    header(QT_TRANSLATE_NOOP("dd::documents", "Result class"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Evaluation"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Step"));
    for (const Item& item : items)
        sheet.rows.append(QVariantList{
            item.serial, dateCell(item.raisedDate),
            text.translate(kLoopContext, channelSource(item.channel)), item.citizenName,
            item.citizenPhone, item.townshipName, item.place, builtInName(item.category, text),
            item.content, item.deputyNames.join(QStringLiteral("、")),
            item.orderKind ? text.translate(kLoopContext, orderKindSource(*item.orderKind))
                           : QString(),
            item.leadAgencyName, dateCell(item.replyDueDate), dateCell(item.replyDate),
            item.resultClass, evaluationText(item, text),
            text.translate(kLoopContext, stateSource(item.state))});
    return sheet;
}

xlsx::Sheet suggestionsSheet(const QList<Item>& items, const LoopSheetFrame& frame,
                             const DocumentText& text)
{
    xlsx::Sheet sheet;
    frameSheet(sheet, text, frame,
               QT_TRANSLATE_NOOP("dd::documents", "Ledger of Deputies' Suggestions"));
    const auto header = [&](const char* source, CellType type = CellType::Text) {
        sheet.columns.append({text.text(source), type});
    };
    header(QT_TRANSLATE_NOOP("dd::documents", "Item no."));
    header(QT_TRANSLATE_NOOP("dd::documents", "Title"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Lead deputy and co-signers"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Township"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Category"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Lead agency"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Dispatched on"), CellType::Date);
    header(QT_TRANSLATE_NOOP("dd::documents", "Due date"), CellType::Date);
    header(QT_TRANSLATE_NOOP("dd::documents", "Replied on"), CellType::Date);
    header(QT_TRANSLATE_NOOP("dd::documents", "Result class"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Face to face"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Evaluation"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Round"), CellType::Number);
    header(QT_TRANSLATE_NOOP("dd::documents", "Key supervision"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Step"));
    for (const Item& item : items)
        sheet.rows.append(QVariantList{
            item.serial, item.title, item.deputyNames.join(QStringLiteral("、")), item.townshipName,
            builtInName(item.category, text), item.leadAgencyName, dateCell(item.firstDispatchDate),
            dateCell(item.replyDueDate), dateCell(item.replyDate), item.resultClass,
            item.replyDate.isValid() ? yesNo(item.faceToFace, text) : QString(),
            evaluationText(item, text), item.round, item.keySupervision ? item.leader : QString(),
            text.translate(kLoopContext, stateSource(item.state))});
    return sheet;
}

xlsx::Sheet statsSheet(const QList<Measures>& measures, const QString& groupHeader,
                       const LoopSheetFrame& frame, const DocumentText& text)
{
    xlsx::Sheet sheet;
    frameSheet(sheet, text, frame, QT_TRANSLATE_NOOP("dd::documents", "Handling Statistics"));
    const auto header = [&](const char* source, CellType type = CellType::Number) {
        sheet.columns.append({text.text(source), type});
    };
    sheet.columns.append({groupHeader, CellType::Text});
    header(QT_TRANSLATE_NOOP("dd::documents", "Dispatched"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Replied"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Reply rate %"));
    header(QT_TRANSLATE_NOOP("dd::documents", "On-time rate %"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Face-to-face rate %"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Satisfaction rate %"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Solved rate %"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Overdue"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Avg. working days to reply"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Answered on the spot"));
    // A rate with nothing to rate is "—", not 0.
    const auto none = QVariant(QStringLiteral("—"));
    const auto percent = [&](std::optional<double> rate) {
        return rate ? QVariant(std::round(*rate * 1000.0) / 10.0) : none;
    };
    const auto days = [&](std::optional<double> value) {
        return value ? QVariant(std::round(*value * 10.0) / 10.0) : none;
    };
    for (qsizetype i = 0; i < measures.size(); ++i) {
        const Measures& m = measures.at(i);
        sheet.rows.append(QVariantList{
            i == 0 ? text.text(QT_TRANSLATE_NOOP("dd::documents", "Total")) : m.group, m.dispatched,
            m.replied, percent(m.replyRate()), percent(m.onTimeRate()), percent(m.faceToFaceRate()),
            percent(m.satisfactionRate()), percent(m.solvedRate()), m.overdue,
            days(m.averageReplyDays()), m.answeredOnSpot});
    }
    return sheet;
}

xlsx::Sheet noticeSheet(const QList<Item>& items, const LoopSheetFrame& frame,
                        const DocumentText& text)
{
    xlsx::Sheet sheet;
    frameSheet(sheet, text, frame, QT_TRANSLATE_NOOP("dd::documents", "Handling Results Notice"));
    const auto header = [&](const char* source) { sheet.columns.append({text.text(source)}); };
    header(QT_TRANSLATE_NOOP("dd::documents", "Item no."));
    header(QT_TRANSLATE_NOOP("dd::documents", "Raised by"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Content"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Lead agency"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Result class"));
    header(QT_TRANSLATE_NOOP("dd::documents", "Evaluation"));
    for (const Item& item : items) {
        if (item.state != State::Closed && item.state != State::Evaluated)
            continue;
        // A concern is published under its citizen's masked name, a suggestion under its
        // deputies' names (public office, not personal data); free text loses any number.
        const QString raisedBy = item.kind == ItemKind::Concern
                                     ? maskName(item.citizenName)
                                     : item.deputyNames.join(QStringLiteral("、"));
        const QString content = item.kind == ItemKind::Concern ? item.content : item.title;
        sheet.rows.append(QVariantList{item.serial, raisedBy, maskFreeText(content),
                                       item.leadAgencyName, item.resultClass,
                                       evaluationText(item, text)});
    }
    return sheet;
}

} // namespace dd::exports

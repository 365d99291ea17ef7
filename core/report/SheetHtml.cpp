#include "report/SheetHtml.h"

#include "common/Period.h"
#include "exports/ScoreExports.h"

namespace dd::report {

using namespace scoring;

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

const char* const kTable = "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
                           "style='border-collapse:collapse;margin-top:4px'>";

} // namespace

SheetHtml::SheetHtml(const DocumentText& text)
    : m_text(text)
{
}

QString SheetHtml::t(const char* source) const
{
    return esc(m_text.text(source));
}

void SheetHtml::title(const QString& text)
{
    m_html += QStringLiteral("<p align='center' style='font-size:16pt;font-weight:bold;"
                             "margin-bottom:2px'>%1</p>")
                  .arg(esc(text));
}

void SheetHtml::dateLine(const QString& text)
{
    m_html += QStringLiteral("<p align='right' style='font-size:9pt;margin-top:0'>%1%2</p>")
                  .arg(t(QT_TRANSLATE_NOOP("dd::documents", "Printed on ")), esc(text));
}

void SheetHtml::heading(const QString& text)
{
    m_html += QStringLiteral("<p style='font-size:12pt;font-weight:bold;margin-top:8px;"
                             "margin-bottom:0'>%1</p>")
                  .arg(esc(text));
}

void SheetHtml::paragraph(const QString& text)
{
    m_html += QStringLiteral("<p>%1</p>").arg(esc(text));
}

void SheetHtml::particulars(const Deputy& deputy, const Membership& membership,
                            const QString& stations, bool photo)
{
    const auto label = [&](const char* source) {
        return QStringLiteral("<td width='14%' style='background-color:#eeeeee'>%1</td>")
            .arg(t(source));
    };
    const auto value = [](const QString& v, int span = 1) {
        return QStringLiteral("<td colspan='%1'>%2</td>").arg(span).arg(esc(v));
    };
    const QString levelTerm =
        m_text.chinese() ? m_text.translate(kRegistryContext, levelSource(membership.level)) +
                               QStringLiteral("第%1届").arg(chineseNumber(membership.termNumber))
                         : m_text.translate(kRegistryContext, levelSource(membership.level)) +
                               QStringLiteral(", term %1").arg(membership.termNumber);
    m_html += QLatin1String(kTable);
    m_html += QStringLiteral("<tr>") + label(QT_TRANSLATE_NOOP("dd::documents", "Name")) +
              QStringLiteral("<td width='22%'><b>%1</b></td>").arg(esc(deputy.name)) +
              label(QT_TRANSLATE_NOOP("dd::documents", "Gender")) +
              value(deputy.gender == QLatin1String("F")
                        ? m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Female"))
                        : m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Male"))) +
              QStringLiteral("<td rowspan='4' width='18%' align='center' valign='middle'>%1</td>")
                  .arg(photo ? QStringLiteral("<img src='photo' width='80' height='107'>")
                             : t(QT_TRANSLATE_NOOP("dd::documents", "(photo)"))) +
              QStringLiteral("</tr><tr>") +
              label(QT_TRANSLATE_NOOP("dd::documents", "Level and term")) + value(levelTerm) +
              label(QT_TRANSLATE_NOOP("dd::documents", "Certificate no.")) +
              value(membership.certificateNo) + QStringLiteral("</tr><tr>") +
              label(QT_TRANSLATE_NOOP("dd::documents", "Station")) + value(stations) +
              label(QT_TRANSLATE_NOOP("dd::documents", "Electoral district")) +
              value(membership.electoralDistrict) + QStringLiteral("</tr><tr>") +
              label(QT_TRANSLATE_NOOP("dd::documents", "Unit and post")) +
              value(deputy.workUnit, 3) + QStringLiteral("</tr></table>");
}

void SheetHtml::table(const QList<SheetColumn>& columns, const QList<QStringList>& rows,
                      const QString& emptyText)
{
    if (rows.isEmpty()) {
        m_html += QStringLiteral("<p style='margin-top:2px'>%1</p>").arg(esc(emptyText));
        return;
    }
    m_html += QLatin1String(kTable) + QStringLiteral("<thead><tr>");
    for (const SheetColumn& column : columns)
        m_html += QStringLiteral("<th width='%1%' style='background-color:#eeeeee'>%2</th>")
                      .arg(column.percent)
                      .arg(esc(column.header));
    m_html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        m_html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            m_html += QStringLiteral("<td%1>%2</td>")
                          .arg(columns.value(c).percent <= 12 ? QStringLiteral(" align='center'")
                                                              : QString(),
                               esc(row.at(c)));
        m_html += QStringLiteral("</tr>");
    }
    m_html += QStringLiteral("</table>");
}

void SheetHtml::items(const QList<loop::Item>& items, qint64 deputyId)
{
    QList<QStringList> rows;
    for (const loop::Item& item : items) {
        const bool suggestion = item.kind == loop::ItemKind::Suggestion;
        const QString role = !suggestion
                                 ? m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Received"))
                             : item.deputyIds.value(0) == deputyId
                                 ? m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Led"))
                                 : m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Co-signed"));
        const char* result = loop::resultClassSource(item.resultClass);
        rows << QStringList{
            item.serial,
            suggestion ? item.title : item.content.simplified().left(60),
            role,
            m_text.translate(loop::kLoopContext, loop::stateSource(item.state)),
            result ? item.resultClass : QString(),
            item.evaluation
                ? m_text.translate(loop::kLoopContext, loop::evaluationSource(*item.evaluation))
                : QString()};
    }
    table({{m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Item no.")), 16},
           {m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Title or content")), 40},
           {m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Role")), 10},
           {m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Step")), 12},
           {m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Result")), 8},
           {m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Evaluation")), 14}},
          rows, m_text.text(QT_TRANSLATE_NOOP("dd::documents", "None this year")));
}

void SheetHtml::score(const DeputyScore& s, int levelSize, int selectionSize)
{
    const QString grade =
        exports::scoringName(s.grade, m_text) +
        (s.provisional ? m_text.text(QT_TRANSLATE_NOOP("dd::documents", " (provisional)"))
                       : QString());
    const auto cell = [](const QString& label, const QString& value) {
        return QStringLiteral("<td width='16%' style='background-color:#eeeeee'>%1</td>"
                              "<td width='17%'><b>%2</b></td>")
            .arg(esc(label), esc(value));
    };
    m_html +=
        QLatin1String(kTable) + QStringLiteral("<tr>") +
        cell(m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Base score")), number(s.base)) +
        cell(m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Points this period")),
             number(s.periodPoints)) +
        cell(m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Deducted this year")),
             number(s.yearDeductions)) +
        QStringLiteral("</tr><tr>") +
        cell(m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Total to date")), number(s.total)) +
        cell(m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Rank")),
             QStringLiteral("%1 / %2").arg(s.rank).arg(selectionSize)) +
        cell(m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Rank in level")),
             QStringLiteral("%1 / %2").arg(s.levelRank).arg(levelSize)) +
        QStringLiteral("</tr><tr>") +
        cell(m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Grade")), grade) +
        QStringLiteral("<td colspan='4'>%1</td></tr></table>")
            .arg(esc(exports::minimumsText(s, m_text)));
}

void SheetHtml::remarks(const DeputyScore& s)
{
    QStringList notes;
    for (const MinimumProgress& m : s.minimums)
        if (m.behind() || (!s.provisional && !m.met()))
            notes << m_text
                         .text(QT_TRANSLATE_NOOP("dd::documents",
                                                 "%1: %2 of %3 done, %4 expected by now"))
                         .arg(exports::scoringName(m.name, m_text))
                         .arg(m.done)
                         .arg(m.required)
                         .arg(m.expected);
    if (s.gradeCapped)
        notes << m_text.text(QT_TRANSLATE_NOOP(
            "dd::documents",
            "The grade is capped by an unexcused absence from a congress session"));
    if (s.alert)
        notes << m_text
                     .text(QT_TRANSLATE_NOOP("dd::documents",
                                             "%1 unexcused session absences this term: see the "
                                             "Deputies Law on the end of the status"))
                     .arg(s.sessionAbsencesTerm);
    m_html +=
        QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%' "
                       "style='border-collapse:collapse;margin-top:8px'><tr>"
                       "<td width='12%' style='background-color:#eeeeee'>%1</td>"
                       "<td height='40'>%2</td></tr></table>")
            .arg(t(QT_TRANSLATE_NOOP("dd::documents", "Remarks")),
                 esc(notes.join(m_text.chinese() ? QStringLiteral("；") : QStringLiteral("; "))));
}

void SheetHtml::signatures()
{
    const QString date = t(QT_TRANSLATE_NOOP("dd::documents", "Date: ________"));
    m_html += QStringLiteral("<table width='100%' cellpadding='4' style='margin-top:18px'><tr>");
    for (const char* who :
         {QT_TRANSLATE_NOOP("dd::documents", "Deputy (signature):"),
          QT_TRANSLATE_NOOP("dd::documents", "Liaison station (seal):"),
          QT_TRANSLATE_NOOP("dd::documents", "Deputies' affairs committee (seal):")})
        m_html += QStringLiteral("<td width='33%'>%1<br><br>________________<br>%2</td>")
                      .arg(t(who), date);
    m_html += QStringLiteral("</tr></table>");
}

} // namespace dd::report

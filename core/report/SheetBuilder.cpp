#include "report/SheetBuilder.h"

#include "common/Period.h"
#include "exports/ScoreExports.h"
#include "report/SheetPrinter.h"

#include <QTextDocument>
#include <QTextTable>

namespace dd::report {

using namespace scoring;

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

const QColor kLabel(0xee, 0xee, 0xee);

} // namespace

SheetBuilder::SheetBuilder(const DocumentText& text)
    : m_text(text)
    , m_document(SheetPrinter::newDocument())
    , m_edit(m_document.get())
{
    // One edit: the document is laid out once, when it is taken, not after every insertion.
    m_document->setUndoRedoEnabled(false);
    m_edit.beginEditBlock();
}

SheetBuilder::~SheetBuilder() = default;

std::unique_ptr<QTextDocument> SheetBuilder::take()
{
    m_edit.endEditBlock();
    return std::move(m_document);
}

QString SheetBuilder::t(const char* source) const
{
    return m_text.text(source);
}

// A new paragraph at the end (the empty block after a table, or the document's first, is used).
QTextCursor SheetBuilder::paragraph(Qt::Alignment alignment, double points, bool bold,
                                    double topMargin)
{
    QTextCursor cursor = m_document->rootFrame()->lastCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(alignment);
    block.setTopMargin(topMargin);
    QTextCharFormat chars;
    chars.setFontPointSize(points);
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (m_empty || cursor.block().text().isEmpty()) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
    } else {
        cursor.insertBlock(block, chars);
    }
    cursor.setCharFormat(chars);
    m_empty = false;
    return cursor;
}

QTextTable* SheetBuilder::newTable(int rows, const QList<int>& percents, bool borders,
                                   int headerRows)
{
    QTextCursor cursor = m_document->rootFrame()->lastCursorPosition();
    QTextTableFormat format;
    format.setBorder(borders ? 0.5 : 0);
    format.setBorderStyle(borders ? QTextFrameFormat::BorderStyle_Solid
                                  : QTextFrameFormat::BorderStyle_None);
    format.setBorderBrush(Qt::black);
    format.setBorderCollapse(false); // collapsing costs a third of the layout time
    format.setCellSpacing(0);
    format.setCellPadding(3);
    format.setTopMargin(4);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int percent : percents)
        widths << QTextLength(QTextLength::PercentageLength, percent);
    format.setColumnWidthConstraints(widths);
    format.setHeaderRowCount(headerRows);
    m_empty = false;
    return cursor.insertTable(rows, int(percents.size()), format);
}

void SheetBuilder::put(QTextTable* table, int row, int column, const QString& text, bool label,
                       bool bold, Qt::Alignment alignment)
{
    QTextTableCell cell = table->cellAt(row, column);
    if (label) {
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setBackground(kLabel);
        cell.setFormat(format);
    }
    QTextCursor cursor = cell.firstCursorPosition();
    QTextBlockFormat block = cursor.blockFormat();
    block.setAlignment(alignment);
    cursor.setBlockFormat(block);
    QTextCharFormat chars;
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    cursor.insertText(text, chars);
}

void SheetBuilder::title(const QString& text)
{
    paragraph(Qt::AlignHCenter, 16, true, 0).insertText(text);
}

void SheetBuilder::dateLine(const QString& text)
{
    paragraph(Qt::AlignRight, 9, false, 0)
        .insertText(t(QT_TRANSLATE_NOOP("dd::documents", "Printed on ")) + text);
}

void SheetBuilder::heading(const QString& text)
{
    paragraph(Qt::AlignLeft, 12, true, 8).insertText(text);
}

void SheetBuilder::particulars(const registry::Deputy& deputy,
                               const registry::Membership& membership, const QString& stations,
                               const QImage& photo)
{
    const QString levelTerm =
        m_text.chinese() ? m_text.translate(registry::kRegistryContext,
                                            registry::levelSource(membership.level)) +
                               QStringLiteral("第%1届").arg(chineseNumber(membership.termNumber))
                         : m_text.translate(registry::kRegistryContext,
                                            registry::levelSource(membership.level)) +
                               QStringLiteral(", term %1").arg(membership.termNumber);
    QTextTable* table = newTable(4, {14, 22, 14, 32, 18}, true, 0);
    const auto line = [&](int row, const char* first, const QString& firstValue, const char* second,
                          const QString& secondValue, bool bold = false) {
        put(table, row, 0, t(first), true);
        put(table, row, 1, firstValue, false, bold);
        if (second) {
            put(table, row, 2, t(second), true);
            put(table, row, 3, secondValue);
        }
    };
    line(0, QT_TRANSLATE_NOOP("dd::documents", "Name"), deputy.name,
         QT_TRANSLATE_NOOP("dd::documents", "Gender"),
         deputy.gender == QLatin1String("F") ? t(QT_TRANSLATE_NOOP("dd::documents", "Female"))
                                             : t(QT_TRANSLATE_NOOP("dd::documents", "Male")),
         true);
    line(1, QT_TRANSLATE_NOOP("dd::documents", "Level and term"), levelTerm,
         QT_TRANSLATE_NOOP("dd::documents", "Certificate no."), membership.certificateNo);
    line(2, QT_TRANSLATE_NOOP("dd::documents", "Station"), stations,
         QT_TRANSLATE_NOOP("dd::documents", "Electoral district"), membership.electoralDistrict);
    line(3, QT_TRANSLATE_NOOP("dd::documents", "Unit and post"), deputy.workUnit, nullptr, {});
    table->mergeCells(3, 1, 1, 3);
    table->mergeCells(0, 4, 4, 1);
    QTextTableCell photoCell = table->cellAt(0, 4);
    QTextTableCellFormat middle = photoCell.format().toTableCellFormat();
    middle.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    photoCell.setFormat(middle);
    QTextCursor cursor = photoCell.firstCursorPosition();
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    cursor.setBlockFormat(centred);
    if (photo.isNull()) {
        cursor.insertText(t(QT_TRANSLATE_NOOP("dd::documents", "(photo)")));
    } else {
        m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("photo")), photo);
        QTextImageFormat image;
        image.setName(QStringLiteral("photo"));
        image.setWidth(80); // 21 mm by 28 mm, a one-inch photo
        image.setHeight(107);
        cursor.insertImage(image);
    }
}

void SheetBuilder::table(const QList<SheetColumn>& columns, const QList<QStringList>& rows,
                         const QString& emptyText)
{
    if (rows.isEmpty()) {
        paragraph(Qt::AlignLeft, 10, false, 2).insertText(emptyText);
        return;
    }
    QList<int> percents;
    for (const SheetColumn& column : columns)
        percents << column.percent;
    QTextTable* table = newTable(int(rows.size()) + 1, percents, true, 1);
    for (int c = 0; c < columns.size(); ++c)
        put(table, 0, c, columns.at(c).header, true, true, Qt::AlignHCenter);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < columns.size(); ++c)
            put(table, r + 1, c, rows.at(r).at(c), false, false,
                columns.at(c).percent <= 12 ? Qt::AlignHCenter : Qt::AlignLeft);
}

void SheetBuilder::items(const QList<loop::Item>& items, qint64 deputyId)
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

void SheetBuilder::score(const DeputyScore& s, int levelSize, int selectionSize)
{
    const QString grade =
        exports::scoringName(s.grade, m_text) +
        (s.provisional ? t(QT_TRANSLATE_NOOP("dd::documents", " (provisional)")) : QString());
    QTextTable* table = newTable(3, {16, 17, 16, 17, 16, 18}, true, 0);
    const auto pair = [&](int row, int column, const char* label, const QString& value) {
        put(table, row, column, t(label), true);
        put(table, row, column + 1, value, false, true);
    };
    pair(0, 0, QT_TRANSLATE_NOOP("dd::documents", "Base score"), number(s.base));
    pair(0, 2, QT_TRANSLATE_NOOP("dd::documents", "Points this period"), number(s.periodPoints));
    pair(0, 4, QT_TRANSLATE_NOOP("dd::documents", "Deducted for missed minimums"),
         number(s.yearDeductions));
    // Ranks go by the total before the cap: a capped total says what it was.
    pair(1, 0, QT_TRANSLATE_NOOP("dd::documents", "Total to date"),
         s.capCut > 0 ? t(QT_TRANSLATE_NOOP("dd::documents", "%1 (%2 before the cap)"))
                            .arg(number(s.total), number(s.uncappedTotal()))
                      : number(s.total));
    pair(1, 2, QT_TRANSLATE_NOOP("dd::documents", "Rank"),
         QStringLiteral("%1 / %2").arg(s.rank).arg(selectionSize));
    pair(1, 4, QT_TRANSLATE_NOOP("dd::documents", "Rank in level"),
         QStringLiteral("%1 / %2").arg(s.levelRank).arg(levelSize));
    pair(2, 0, QT_TRANSLATE_NOOP("dd::documents", "Grade"), grade);
    table->mergeCells(2, 2, 1, 4);
    put(table, 2, 2, exports::minimumsText(s, m_text));
}

void SheetBuilder::remarks(const DeputyScore& s)
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
    QTextTable* table = newTable(1, {12, 88}, true, 0);
    put(table, 0, 0, m_text.text(QT_TRANSLATE_NOOP("dd::documents", "Remarks")), true);
    put(table, 0, 1,
        notes.join(m_text.chinese() ? QStringLiteral("；") : QStringLiteral("; ")) +
            QStringLiteral("\n"));
}

void SheetBuilder::signatures()
{
    QTextTable* table = newTable(1, {33, 33, 34}, false, 0);
    QTextTableFormat format = table->format();
    format.setTopMargin(18);
    table->setFormat(format);
    const QString date = t(QT_TRANSLATE_NOOP("dd::documents", "Date: ________"));
    int column = 0;
    for (const char* who :
         {QT_TRANSLATE_NOOP("dd::documents", "Deputy (signature):"),
          QT_TRANSLATE_NOOP("dd::documents", "Liaison station (seal):"),
          QT_TRANSLATE_NOOP("dd::documents", "Deputies' affairs committee (seal):")})
        put(table, 0, column++, t(who) + QStringLiteral("\n\n________________\n") + date);
}

} // namespace dd::report

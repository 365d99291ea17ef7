#pragma once

#include "common/DocumentText.h"
#include "loop/LoopRecords.h"
#include "registry/Records.h"
#include "scoring/ScoreEngine.h"

#include <QImage>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

class QTextTable;

// The parts the deputy's printed documents (the quarterly sheet, the archive) are made of, built
// straight into a QTextDocument (no HTML to parse: a county's 5,000 sheets are drawn in one go),
// one style, one set of fonts and table rules, in the document language.
namespace dd::report {

struct SheetColumn {
    QString header;
    int percent = 0; // of the page's width; 12 or less: a narrow column, centred
};

class SheetBuilder {
public:
    explicit SheetBuilder(const DocumentText& text);
    ~SheetBuilder();

    void title(const QString& text);
    void dateLine(const QString& text);
    void heading(const QString& text);
    // Name, gender, level and term, certificate number, station, district, unit and post, and
    // the photo when there is one.
    void particulars(const registry::Deputy& deputy, const registry::Membership& membership,
                     const QString& stations, const QImage& photo);
    // A bordered table whose header row repeats on every page it continues on.
    void table(const QList<SheetColumn>& columns, const QList<QStringList>& rows,
               const QString& emptyText);
    // The deputy's concerns and suggestions: number, title, role, step, result, evaluation.
    void items(const QList<loop::Item>& items, qint64 deputyId);
    // The base, the period's points, deductions, total, ranks, grade and minimums.
    void score(const scoring::DeputyScore& score, int levelSize, int selectionSize);
    // Minimums behind, a grade capped, the Deputies-Law alert.
    void remarks(const scoring::DeputyScore& score);
    // 代表本人 / 联络站 / 代表工委 with lines to sign and date.
    void signatures();

    std::unique_ptr<QTextDocument> take();

private:
    QString t(const char* source) const;
    QTextCursor paragraph(Qt::Alignment alignment, double points, bool bold, double topMargin);
    QTextTable* newTable(int rows, const QList<int>& percents, bool borders, int headerRows);
    void put(QTextTable* table, int row, int column, const QString& text, bool label = false,
             bool bold = false, Qt::Alignment alignment = Qt::AlignLeft);

    const DocumentText& m_text;
    std::unique_ptr<QTextDocument> m_document;
    QTextCursor m_edit;  // holds the edit block open while building
    bool m_empty = true; // the document's first block is still unused
};

} // namespace dd::report

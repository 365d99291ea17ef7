#pragma once

#include "common/DocumentText.h"
#include "loop/LoopRecords.h"
#include "registry/Records.h"
#include "scoring/ScoreEngine.h"

// The parts the deputy's printed documents (the quarterly sheet, the archive) are made of, as
// HTML for QTextDocument: one style, one set of fonts and table rules, in the document language.
namespace dd::report {

struct SheetColumn {
    QString header;
    int percent = 0; // of the page's width
};

class SheetHtml {
public:
    explicit SheetHtml(const DocumentText& text);

    void title(const QString& text);
    void dateLine(const QString& text);
    void heading(const QString& text);
    void paragraph(const QString& text);
    // HTML made by another SheetHtml.
    void raw(const QString& html) { m_html += html; }
    // Name, gender, birth month, level and term, certificate number, station, district, unit and
    // post, and the photo (the image resource "photo", when `photo`).
    void particulars(const Deputy& deputy, const Membership& membership, const QString& stations,
                     bool photo);
    // A bordered table whose header row repeats on every page it continues on.
    void table(const QList<SheetColumn>& columns, const QList<QStringList>& rows,
               const QString& emptyText);
    // The deputy's concerns and suggestions: number, title, role, step, result, evaluation.
    void items(const QList<loop::Item>& items, qint64 deputyId);
    // Each item's points in the period and the year, the base, deductions, total, ranks, grade.
    void score(const scoring::DeputyScore& score, int levelSize, int selectionSize);
    // Minimums behind, a grade capped, the Deputies-Law alert.
    void remarks(const scoring::DeputyScore& score);
    // 代表本人 / 联络站 / 代表工委 with lines to sign and date.
    void signatures();

    QString html() const { return m_html; }

private:
    QString t(const char* source) const;
    const DocumentText& m_text;
    QString m_html;
};

} // namespace dd::report

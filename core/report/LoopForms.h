#pragma once

#include "common/DocumentText.h"
#include "common/Result.h"
#include "loop/LoopRecords.h"

#include <QCoreApplication>
#include <QHash>

class QPagedPaintDevice;
class QTextDocument;

// The loop's paper, as HTML laid out by QTextDocument: one 交办通知单 (dispatch notice) per
// agency, and the 代表意见征询表 / 群众意见回访表 a deputy or citizen fills in after a reply,
// each page carrying the item's number so the answer is typed back by searching for it.
namespace dd::report {

struct LoopFormFrame {
    QString congressName;
    QDate today;
};

// A notice for every agency that holds dispatched items among `items` (as lead or co-agency),
// each starting on a new page. Items not with an agency now are left out.
// `agencyNames` names the co-agencies (item lists carry the lead agency's name only).
QString dispatchNoticesHtml(const QList<loop::Item>& items,
                            const QHash<qint64, QString>& agencyNames, const LoopFormFrame& frame,
                            const DocumentText& text);
// One feedback form per replied item: a deputy's for suggestions, a citizen's for concerns.
QString feedbackFormsHtml(const QList<loop::Item>& items, const LoopFormFrame& frame,
                          const DocumentText& text);
// How many notices dispatchNoticesHtml() would print.
int dispatchNoticeCount(const QList<loop::Item>& items);

// An A4 document in the document font, ready to print or preview.
void prepareDocument(QTextDocument& document, const QString& html);
// Paints the document onto a printer or PDF writer, page by page.
void printDocument(QTextDocument& document, QPagedPaintDevice* device);
// Writes the HTML as an A4 PDF through a temporary file; the old file survives any failure.
Outcome writeHtmlPdf(const QString& html, const QString& title, const QString& path);

} // namespace dd::report

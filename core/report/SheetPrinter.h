#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace dd {
class DocumentText;
}

namespace dd::report {

// One document of a batch (a deputy's sheet or archive): its body (made by SheetBuilder) and
// the title repeated above its continuation pages with 续.
struct SheetDocument {
    std::unique_ptr<QTextDocument> body;
    QString runningTitle;
};

// Hands out a batch's documents one at a time, so that printing thousands keeps one in memory.
// Documents are made in the thread that prints them.
class SheetSource {
public:
    virtual ~SheetSource() = default;
    virtual int count() const = 0;
    // A document whose records cannot be read is a failure: the batch stops there.
    virtual Result<SheetDocument> sheet(int index) const = 0;
    virtual QString title() const = 0; // the PDF's title
    // What follows every body kept together (the signature lines), on the last page if it
    // fits there whole, else on a page of its own; null for nothing.
    virtual std::unique_ptr<QTextDocument> tail() const { return nullptr; }
};

// Called after each document with (documents done, total); returning false cancels.
using SheetProgress = std::function<bool(int, int)>;

struct PrintResult {
    int documents = 0;
    int pages = 0;
    bool cancelled = false;
    QString failure; // why a document could not be made; the batch stopped there
};

// Paints documents on A4 with the same margins and fonts on every page: each starts on a new
// page; a long one goes on under a band with its running title marked 续; every page is
// numbered within its document. The painting may run in a worker thread (QPainter on a printer
// or PDF writer), as long as the source reads its own database connection there.
class SheetPrinter {
    Q_DECLARE_TR_FUNCTIONS(dd::report::SheetPrinter)

public:
    explicit SheetPrinter(QString pageNumberFormat = QStringLiteral("第 %1 页 共 %2 页"),
                          QString continued = QStringLiteral("（续）"));
    // Page numbers and 续 in the document language.
    static SheetPrinter inLanguage(const DocumentText& text);
    // `first` .. `last` (inclusive; -1: to the end) of the source's documents.
    PrintResult print(const SheetSource& source, QPagedPaintDevice* device,
                      const SheetProgress& progress = {}, int first = 0, int last = -1) const;
    // Through a temporary file renamed over `path` only when every page was written: a failed
    // or cancelled batch leaves no half-written file (and an older file as it was).
    Result<PrintResult> writePdf(const SheetSource& source, const QString& path,
                                 const SheetProgress& progress = {}) const;
    // An empty document set up as every sheet's body is: laid out at 96 dots per inch whatever
    // it is painted on (then scaled), in the document font.
    static std::unique_ptr<QTextDocument> newDocument();
    // A4 portrait with the margins every sheet has; a printer is set to it before print().
    static QPageLayout pageLayout();
    // How many pages the source's documents take.
    int pageCount(const SheetSource& source, int first = 0, int last = -1) const;

private:
    QString m_pageNumberFormat;
    QString m_continued;
};

} // namespace dd::report

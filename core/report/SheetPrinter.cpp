#include "report/SheetPrinter.h"

#include "common/DocumentText.h"
#include "report/DocumentFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

namespace dd::report {

namespace {

constexpr double kBandMm = 9;          // the running title above, the page number below
constexpr double kPdfResolution = 300; // dots per inch of the PDF's coordinates

// Where a page's parts go, in the painter's coordinates (the printable area's top left is 0,0).
struct Geometry {
    QRectF header;
    QRectF body;
    QRectF footer;
};

Geometry geometry(QPagedPaintDevice* device)
{
    const double dpi = device->logicalDpiY();
    const QRectF area(QPointF(0, 0), device->pageLayout().paintRectPixels(int(dpi)).size());
    const double band = kBandMm / 25.4 * dpi;
    return {QRectF(area.left(), area.top(), area.width(), band), area.adjusted(0, band, 0, -band),
            QRectF(area.left(), area.bottom() - band, area.width(), band)};
}

constexpr double kLayoutDpi = 96;

// Documents are laid out at 96 dots per inch whatever they are painted on (HTML's pixels, cell
// padding and image sizes then mean the same on every printer) and scaled when painted.
QPaintDevice* layoutDevice()
{
    thread_local QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(int(kLayoutDpi / 0.0254 + 0.5));
        image.setDotsPerMeterY(int(kLayoutDpi / 0.0254 + 0.5));
        return image;
    }();
    return &device;
}

// A document laid out in pages the size of the body (in layout units), and where the batch's
// tail goes: on the last page below the body when it fits there whole, else at the top of a
// page of its own.
class Layout {
public:
    Layout(const QSizeF& body, std::unique_ptr<QTextDocument> tail)
        : m_body(body)
        , m_tail(std::move(tail))
    {
        if (m_tail)
            m_tail->setTextWidth(body.width());
    }

    void layOut(QTextDocument* document)
    {
        m_document = document;
        m_document->setPageSize(m_body);
        m_pages = m_document->pageCount();
        if (!m_tail)
            return;
        const double used =
            m_document->documentLayout()->blockBoundingRect(m_document->lastBlock()).bottom() -
            (m_pages - 1) * m_body.height();
        if (used + m_tail->size().height() <= m_body.height()) {
            m_tailTop = used;
        } else {
            m_tailTop = 0;
            ++m_pages;
        }
    }

    int pages() const { return m_pages; }

    // Paints page `page` of the document in layout units, the body's top left at 0,0.
    void paint(QPainter& painter, int page) const
    {
        const int documentPages = m_document->pageCount();
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        if (page < documentPages) {
            painter.save();
            painter.translate(0, -page * m_body.height());
            context.clip = QRectF(0, page * m_body.height(), m_body.width(), m_body.height());
            m_document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
        if (m_tail && page == m_pages - 1) {
            painter.save();
            painter.translate(0, m_tailTop);
            context.clip = QRectF(QPointF(0, 0), m_tail->size());
            m_tail->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }

private:
    QSizeF m_body;
    QTextDocument* m_document = nullptr;
    std::unique_ptr<QTextDocument> m_tail;
    double m_tailTop = 0;
    int m_pages = 0;
};

} // namespace

SheetPrinter::SheetPrinter(QString pageNumberFormat, QString continued)
    : m_pageNumberFormat(std::move(pageNumberFormat))
    , m_continued(std::move(continued))
{
}

std::unique_ptr<QTextDocument> SheetPrinter::newDocument()
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(layoutDevice());
    QFont font(documentFontFamily());
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    return document;
}

SheetPrinter SheetPrinter::inLanguage(const DocumentText& text)
{
    return SheetPrinter(text.text(QT_TRANSLATE_NOOP("dd::documents", "Page %1 of %2")),
                        text.text(QT_TRANSLATE_NOOP("dd::documents", " (continued)")));
}

PrintResult SheetPrinter::print(const SheetSource& source, QPagedPaintDevice* device,
                                const SheetProgress& progress, int first, int last) const
{
    PrintResult result;
    last = last < 0 ? source.count() - 1 : std::min(last, source.count() - 1);
    QPainter painter;
    if (first > last || !painter.begin(device))
        return result;
    const Geometry g = geometry(device);
    const double scale = device->logicalDpiY() / kLayoutDpi;
    const QSizeF body = g.body.size() / scale;
    QFont band(documentFontFamily());
    band.setPointSizeF(9);
    Layout layout(body, source.tail());
    for (int index = first; index <= last; ++index) {
        const Result<SheetDocument> made = source.sheet(index);
        if (!made) {
            result.failure = made.error();
            break;
        }
        const SheetDocument& sheet = *made;
        layout.layOut(sheet.body.get());
        const int pages = layout.pages();
        for (int page = 0; page < pages; ++page) {
            if (result.pages > 0)
                device->newPage();
            painter.save();
            painter.setClipRect(g.body);
            painter.translate(g.body.topLeft());
            painter.scale(scale, scale);
            layout.paint(painter, page);
            painter.restore();
            painter.setFont(band);
            painter.setPen(Qt::black);
            if (page > 0) {
                painter.drawText(g.header, Qt::AlignHCenter | Qt::AlignTop,
                                 sheet.runningTitle + m_continued);
                painter.drawLine(QLineF(g.header.left(), g.header.bottom() - g.header.height() / 3,
                                        g.header.right(),
                                        g.header.bottom() - g.header.height() / 3));
            }
            painter.drawText(g.footer, Qt::AlignHCenter | Qt::AlignBottom,
                             m_pageNumberFormat.arg(page + 1).arg(pages));
            ++result.pages;
        }
        ++result.documents;
        if (progress && !progress(result.documents, last - first + 1)) {
            result.cancelled = true;
            break;
        }
    }
    painter.end();
    return result;
}

QPageLayout SheetPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 12, 18, 10),
                       QPageLayout::Millimeter);
}

int SheetPrinter::pageCount(const SheetSource& source, int first, int last) const
{
    QBuffer nowhere;
    nowhere.open(QIODevice::WriteOnly);
    QPdfWriter writer(&nowhere);
    writer.setResolution(int(kPdfResolution));
    writer.setPageLayout(pageLayout());
    const QSizeF body = geometry(&writer).body.size() / (writer.logicalDpiY() / kLayoutDpi);
    last = last < 0 ? source.count() - 1 : std::min(last, source.count() - 1);
    int pages = 0;
    Layout layout(body, source.tail());
    for (int index = first; index <= last; ++index) {
        const Result<SheetDocument> sheet = source.sheet(index);
        if (!sheet)
            break; // the print itself says why
        layout.layOut(sheet->body.get());
        pages += layout.pages();
    }
    return pages;
}

Result<PrintResult> SheetPrinter::writePdf(const SheetSource& source, const QString& path,
                                           const SheetProgress& progress) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (source.count() == 0)
        return Outcome::badInput(tr("Nobody to print: the selection is empty"));
    if (QFileInfo(path).isDir())
        return Outcome::badInput(tr("%1 is a folder; please give a file name").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::storage(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    PrintResult result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(kPdfResolution));
        writer.setPageLayout(pageLayout());
        writer.setTitle(source.title());
        writer.setCreator(QStringLiteral("DeputyDesk"));
        result = print(source, &writer, progress);
    }
    if (result.cancelled) {
        file.cancelWriting();
        return result;
    }
    if (!result.failure.isEmpty()) {
        file.cancelWriting();
        return Outcome::storage(tr("Cannot write %1: %2").arg(shown, result.failure));
    }
    if (result.pages == 0) {
        file.cancelWriting();
        return Outcome::storage(tr("Cannot write %1: the pages could not be drawn").arg(shown));
    }
    if (!file.commit())
        return Outcome::storage(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return result;
}

} // namespace dd::report

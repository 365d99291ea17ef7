#include "report/TableReport.h"

#include "report/DocumentFonts.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

namespace dd::report {

namespace {
constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system
constexpr qreal kTablePoints = 9.5;
constexpr int kMeasuredRows = 400; // enough rows to judge column widths on long lists
constexpr int kTextFlags = Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignVCenter;

QFont documentFont(qreal points, bool bold = false)
{
    QFont font(documentFontFamily());
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

int millimetres(const QPaintDevice* device, qreal mm)
{
    return qRound(mm / 25.4 * device->logicalDpiY());
}
} // namespace

TableRenderer::TableRenderer(const TableReport& report)
    : m_report(report)
{
}

QPageLayout TableRenderer::pageLayout() const
{
    bool landscape = m_report.orientation == TableReport::Orientation::Landscape;
    if (m_report.orientation == TableReport::Orientation::Auto)
        landscape = m_report.headers.size() + 1 > 7;
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
}

void TableRenderer::layOut(QPainter& painter, const QRect& page)
{
    const int padding = millimetres(painter.device(), 1.2);
    const int columns = int(m_report.headers.size()) + 1;
    painter.setFont(documentFont(kTablePoints));
    const QFontMetrics metrics(painter.font(), painter.device());
    const QFontMetrics bold(documentFont(kTablePoints, true), painter.device());

    // Natural widths from the header and the first rows; the serial column fits its numbers.
    QList<int> natural(columns, 0);
    natural[0] = std::max(bold.horizontalAdvance(m_report.serialHeader),
                          metrics.horizontalAdvance(QString::number(m_report.rows.size()))) +
                 2 * padding;
    for (int c = 1; c < columns; ++c) {
        int width = bold.horizontalAdvance(m_report.headers.at(c - 1));
        for (int r = 0; r < std::min<int>(int(m_report.rows.size()), kMeasuredRows); ++r)
            width = std::max(width, metrics.horizontalAdvance(m_report.rows.at(r).value(c - 1)));
        natural[c] = width + 2 * padding;
        if (m_report.columnWeights.size() == columns - 1)
            natural[c] = std::max(1, m_report.columnWeights.at(c - 1)) * page.width() / 100;
    }
    const int available = page.width() - natural[0];
    const int cap = available * 2 / 5; // one long column must not starve the others
    for (int c = 1; c < columns; ++c)
        natural[c] = std::min(natural[c], cap);
    const int total = std::accumulate(natural.begin() + 1, natural.end(), 0);
    m_columnWidths = natural;
    for (int c = 1; c < columns; ++c)
        m_columnWidths[c] =
            total > 0 ? int(qint64(natural[c]) * available / total) : available / (columns - 1);

    const auto rowHeight = [&](const QStringList& cells, const QFontMetrics& fm) {
        int height = fm.height();
        for (int c = 1; c < columns; ++c) {
            const QString text = cells.value(c - 1);
            if (text.isEmpty() || fm.horizontalAdvance(text) <= m_columnWidths[c] - 2 * padding)
                continue;
            const QRect bounds(0, 0, m_columnWidths[c] - 2 * padding, 100000);
            height = std::max(height, fm.boundingRect(bounds, kTextFlags, text).height());
        }
        return height + 2 * padding;
    };
    m_headerHeight = rowHeight(m_report.headers, bold);
    const QFontMetrics titleMetrics(documentFont(16, true), painter.device());
    const QFontMetrics smallMetrics(documentFont(10), painter.device());
    m_titleHeight =
        titleMetrics.height() + smallMetrics.height() + millimetres(painter.device(), 4);

    const int footer = smallMetrics.height() + millimetres(painter.device(), 2);
    const int maxRow = page.height() - footer - m_headerHeight - m_titleHeight;
    m_rowHeights.clear();
    m_firstRowOfPage = {0};
    int y = page.top() + m_titleHeight + m_headerHeight;
    for (const QStringList& row : m_report.rows) {
        const int height = std::min(rowHeight(row, metrics), maxRow);
        if (y + height > page.bottom() - footer &&
            y > page.top() + m_headerHeight + (m_firstRowOfPage.size() == 1 ? m_titleHeight : 0)) {
            m_firstRowOfPage << int(m_rowHeights.size());
            y = page.top() + m_headerHeight;
        }
        m_rowHeights << height;
        y += height;
    }
}

int TableRenderer::pageCount(QPagedPaintDevice* device)
{
    device->setPageLayout(pageLayout());
    QPainter painter(device);
    layOut(painter, painter.viewport());
    painter.end();
    return int(m_firstRowOfPage.size());
}

void TableRenderer::paintPage(QPainter& painter, const QRect& page, int pageIndex)
{
    const int padding = millimetres(painter.device(), 1.2);
    int y = page.top();
    if (pageIndex == 0) {
        painter.setFont(documentFont(16, true));
        const int titleHeight = QFontMetrics(painter.font(), painter.device()).height();
        painter.drawText(QRect(page.left(), y, page.width(), titleHeight), Qt::AlignCenter,
                         m_report.title);
        y += titleHeight + millimetres(painter.device(), 1);
        painter.setFont(documentFont(10));
        const int lineHeight = QFontMetrics(painter.font(), painter.device()).height();
        painter.drawText(QRect(page.left(), y, page.width(), lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, m_report.dateLine);
        y = page.top() + m_titleHeight;
    }
    QPen grid(Qt::black);
    grid.setWidthF(millimetres(painter.device(), 0.2));
    const auto paintRow = [&](const QStringList& cells, const QString& serial, int height,
                              bool header) {
        int x = page.left();
        for (int c = 0; c < m_columnWidths.size(); ++c) {
            const QRect cell(x, y, m_columnWidths[c], height);
            if (header)
                painter.fillRect(cell, QColor(0xE6, 0xE6, 0xE6));
            painter.setPen(grid);
            painter.drawRect(cell);
            painter.setPen(Qt::black);
            const QString text = c == 0 ? serial : cells.value(c - 1);
            const int flags =
                header || c == 0 ? int(Qt::AlignCenter | Qt::TextWrapAnywhere) : kTextFlags;
            painter.drawText(cell.adjusted(padding, padding, -padding, -padding), flags, text);
            x += m_columnWidths[c];
        }
        y += height;
    };
    painter.setFont(documentFont(kTablePoints, true));
    paintRow(m_report.headers, m_report.serialHeader, m_headerHeight, true);
    painter.setFont(documentFont(kTablePoints));
    const int first = m_firstRowOfPage.at(pageIndex);
    const int last = pageIndex + 1 < m_firstRowOfPage.size() ? m_firstRowOfPage.at(pageIndex + 1)
                                                             : int(m_report.rows.size());
    for (int r = first; r < last; ++r)
        paintRow(m_report.rows.at(r), QString::number(r + 1), m_rowHeights.at(r), false);

    painter.setFont(documentFont(10));
    const int footerHeight = QFontMetrics(painter.font(), painter.device()).height();
    painter.drawText(QRect(page.left(), page.bottom() - footerHeight, page.width(), footerHeight),
                     Qt::AlignCenter,
                     m_report.pageNumberFormat.arg(pageIndex + 1).arg(m_firstRowOfPage.size()));
}

void TableRenderer::render(QPagedPaintDevice* device)
{
    device->setPageLayout(pageLayout());
    QPainter painter(device);
    const QRect page = painter.viewport();
    layOut(painter, page);
    for (int p = 0; p < m_firstRowOfPage.size(); ++p) {
        if (p > 0)
            device->newPage();
        paintPage(painter, page, p);
    }
}

Outcome writePdf(const TableReport& report, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Outcome::badInput(
            TableRenderer::tr("%1 is a folder; please give a file name").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::storage(
            TableRenderer::tr("Cannot write %1: %2").arg(shown, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("DeputyDesk"));
        TableRenderer(report).render(&writer);
    }
    if (!file.commit())
        return Outcome::storage(
            TableRenderer::tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return Outcome::success();
}

} // namespace dd::report

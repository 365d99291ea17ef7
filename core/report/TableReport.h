#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace dd::report {

// A printed list as superiors expect it: title, date line, 序号 column, header row repeated on
// every page, page numbers, A4 (landscape when wide).
struct TableReport {
    enum class Orientation { Auto, Portrait, Landscape };
    QString title;
    QString dateLine;
    QStringList headers; // without the serial column; the renderer adds it
    QList<QStringList> rows;
    QString serialHeader = QStringLiteral("序号");
    QList<int> columnWeights; // optional relative widths; else measured from the content
    Orientation orientation = Orientation::Auto;
    QString pageNumberFormat = QStringLiteral("第 %1 页 共 %2 页");
};

// Lays rows out into pages (no row is cut across pages) and paints them.
class TableRenderer {
    Q_DECLARE_TR_FUNCTIONS(dd::report::TableRenderer)

public:
    explicit TableRenderer(const TableReport& report);
    QPageLayout pageLayout() const;
    int pageCount(QPagedPaintDevice* device);
    void render(QPagedPaintDevice* device);

private:
    void layOut(QPainter& painter, const QRect& page);
    void paintPage(QPainter& painter, const QRect& page, int pageIndex);

    const TableReport& m_report;
    QList<int> m_columnWidths;
    QList<int> m_rowHeights;
    QList<int> m_firstRowOfPage;
    int m_headerHeight = 0;
    int m_titleHeight = 0;
};

// Writes the report as a PDF through a temporary file; the old file survives any failure.
Outcome writePdf(const TableReport& report, const QString& path);

} // namespace dd::report

#pragma once

#include <QLayout>
#include <QList>

namespace dd::ui {

// Lays its widgets out in a row and wraps them onto further rows when the row is too narrow, so
// a list's filters fit a 1024-pixel screen without cutting any of them. In each row the widgets
// that grow horizontally (search fields) share the room left over.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect& rect) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;

private:
    int arrange(const QRect& rect, bool place) const;

    QList<QLayoutItem*> m_items;
};

// A filter's label and its box kept together on one row of a FlowLayout.
QWidget* labelledFilter(const QString& label, QWidget* field, QWidget* parent);

} // namespace dd::ui

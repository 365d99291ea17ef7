#pragma once

#include <QTableView>

namespace dd::ui {

// The table every list uses: whole-row selection, sorting by core's keys, a column chooser on
// the header's context menu, and the chosen columns and widths remembered per list.
class ListView : public QTableView {
    Q_OBJECT
public:
    ListView(const QString& settingsKey, QWidget* parent = nullptr);
    ~ListView() override;
    // Restores the remembered columns once the model is set; `hidden` are hidden by default.
    void restoreColumns(const QList<int>& hiddenByDefault = {});
    // Source-model rows in the order and with the filter shown.
    QList<int> visibleSourceRows() const;
    // Makes the source model's row current and scrolls to it; false when the filter hides it.
    bool selectSourceRow(int sourceRow);
    // The widest a column is fitted to its contents (the clerk may widen it further).
    void setMaximumFittedWidth(int pixels) { m_maximumFitted = pixels; }

private:
    void chooseColumns(const QPoint& position);
    QString m_settingsKey;
    bool m_widthsKnown = false; // restored, or fitted to real rows: worth remembering
    int m_maximumFitted = 360;
};

} // namespace dd::ui

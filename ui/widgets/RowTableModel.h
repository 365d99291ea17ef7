#pragma once

#include <QAbstractTableModel>

namespace dd::ui {

// A table of records core has read, one record per row; `Columns` holds the enum Column that
// ends in ColumnCount. A page's model derives from it and says what each cell shows; sort keys
// go in SortKeyRole.
template <typename Row, typename Columns>
class RowTableModel : public QAbstractTableModel, public Columns {
public:
    static constexpr int SortKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        rowsLoaded();
        endResetModel();
    }
    const Row& row(int index) const { return m_rows.at(index); }
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(Columns::ColumnCount);
    }

protected:
    // Works out what is costly to compute per cell (sort keys), once per load.
    virtual void rowsLoaded() {}

    QList<Row> m_rows;
};

} // namespace dd::ui

#pragma once

#include "registry/StationStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace dd::ui {

// The stations on screen, with the stationed deputies counted by level.
class StationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Kind,
        Township,
        Stars,
        Model,
        ReceptionRule,
        LiaisonOfficer,
        Phone,
        County,
        TownshipLevel,
        Deputies,
        Address,
        ColumnCount
    };
    static constexpr int SortKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<registry::StationRow> rows);
    const registry::StationRow& row(int index) const { return m_rows.at(index); }
    const QList<registry::StationRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<registry::StationRow> m_rows;
    QStringList m_nameKeys; // pinyin sort keys, computed once per load
    QStringList m_townshipKeys;
};

// Search stations by name, township, address or liaison officer (text or pinyin).
class StationFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
};

} // namespace dd::ui

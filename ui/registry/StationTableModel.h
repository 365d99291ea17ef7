#pragma once

#include "registry/StationStore.h"
#include "ui/widgets/RowTableModel.h"

#include <QSortFilterProxyModel>

namespace dd::ui {

struct StationColumns {
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
};

// The stations on screen, with the stationed deputies counted by level.
class StationTableModel : public RowTableModel<registry::StationRow, StationColumns> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rowsLoaded() override;

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

#pragma once

#include "registry/DeputyStore.h"
#include "ui/widgets/RowTableModel.h"

#include <QSortFilterProxyModel>

namespace dd::ui {

struct DeputyColumns {
    enum Column {
        Name,
        Gender,
        BirthMonth,
        Level,
        Term,
        Township,
        Station,
        WorkUnit,
        Phone,
        Status,
        Ethnicity,
        Party,
        Education,
        Composition,
        Cadre,
        CertificateNo,
        ElectoralDistrict,
        ColumnCount
    };
};

// The roster on screen: rows computed by core, sorted by core's pinyin keys.
class DeputyTableModel : public RowTableModel<registry::DeputyRow, DeputyColumns> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

// Search by name, unit, phone, pinyin or initials, with the same rule as the CLI.
class DeputyFilterProxy : public QSortFilterProxyModel {
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

#pragma once

#include "registry/DeputyStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace dd::ui {

// The roster on screen: rows computed by core, sorted by core's pinyin keys.
class DeputyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
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
    static constexpr int SortKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<registry::DeputyRow> rows);
    const registry::DeputyRow& row(int index) const { return m_rows.at(index); }
    const QList<registry::DeputyRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<registry::DeputyRow> m_rows;
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

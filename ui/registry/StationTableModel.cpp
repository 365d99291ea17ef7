#include "StationTableModel.h"

#include "text/Collation.h"

#include <algorithm>

namespace dd::ui {

void StationTableModel::rowsLoaded()
{
    m_nameKeys.clear();
    m_townshipKeys.clear();
    for (const registry::StationRow& row : std::as_const(m_rows)) {
        m_nameKeys << text::pinyinSortKey(row.station.name);
        m_townshipKeys << text::pinyinSortKey(row.townshipName);
    }
}

QVariant StationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const registry::StationRow& r = m_rows.at(index.row());
    if (role == SortKeyRole) {
        switch (index.column()) {
        case Name:
            return m_nameKeys.at(index.row());
        case Township:
            return m_townshipKeys.at(index.row());
        case Stars:
            return r.station.starRating;
        default: // the counts sort by the numbers shown
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= County && index.column() <= Deputies)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.station.name;
    case Kind:
        return registry::stationKindName(r.station.kind);
    case Township:
        return r.townshipName;
    case Stars:
        return QString(r.station.starRating, QChar(0x2605));
    case Model:
        return r.station.isModel ? tr("Yes") : QString();
    case ReceptionRule:
        return r.station.receptionRule;
    case LiaisonOfficer:
        return r.station.liaisonOfficer;
    case Phone:
        return r.station.phone;
    case County:
        return r.deputiesByLevel.value(registry::Level::County);
    case TownshipLevel:
        return r.deputiesByLevel.value(registry::Level::Township);
    case Deputies:
        return r.deputyCount;
    case Address:
        return r.station.address;
    default:
        return {};
    }
}

QVariant StationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Station name");
    case Kind:
        return tr("Kind");
    case Township:
        return tr("Township");
    case Stars:
        return tr("Stars");
    case Model:
        return tr("Model station");
    case ReceptionRule:
        return tr("Reception day");
    case LiaisonOfficer:
        return tr("Liaison officer");
    case Phone:
        return tr("Phone");
    case County:
        return tr("County deputies");
    case TownshipLevel:
        return tr("Township deputies");
    case Deputies:
        return tr("Deputies in all");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

void StationFilterProxy::setSearch(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool StationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (m_search.isEmpty())
        return true;
    const registry::StationRow& row =
        static_cast<const StationTableModel*>(sourceModel())->row(sourceRow);
    for (const QString& text :
         {row.station.name, row.townshipName, row.station.address, row.station.liaisonOfficer})
        if (text::matchesNameOrPinyin(text, m_search))
            return true;
    return false;
}

} // namespace dd::ui

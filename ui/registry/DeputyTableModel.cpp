#include "DeputyTableModel.h"

namespace dd::ui {

QVariant DeputyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const registry::DeputyRow& r = m_rows.at(index.row());
    if (role == SortKeyRole) {
        switch (index.column()) {
        case Name:
            return r.pinyinKey;
        case Level:
            return int(r.membership.level);
        case Term:
            return r.membership.termNumber;
        case Status:
            return int(r.membership.status);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.deputy.name;
    case Gender:
        return r.deputy.gender == QLatin1String("F") ? tr("Female") : tr("Male");
    case BirthMonth:
        return r.deputy.birthMonth;
    case Level:
        return registry::levelName(r.membership.level);
    case Term:
        return r.membership.termNumber;
    case Township:
        return r.townshipName;
    case Station:
        return r.stationName;
    case WorkUnit:
        return r.deputy.workUnit;
    case Phone:
        return r.deputy.phone;
    case Status:
        return registry::statusName(r.membership.status);
    case Ethnicity:
        return r.deputy.ethnicity;
    case Party:
        return r.deputy.party;
    case Education:
        return r.deputy.education;
    case Composition:
        return registry::compositionName(r.deputy.composition);
    case Cadre:
        return r.deputy.isCadre ? tr("Yes") : QString();
    case CertificateNo:
        return r.membership.certificateNo;
    case ElectoralDistrict:
        return r.membership.electoralDistrict;
    default:
        return {};
    }
}

QVariant DeputyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case BirthMonth:
        return tr("Birth month");
    case Level:
        return tr("Level");
    case Term:
        return tr("Term");
    case Township:
        return tr("Township");
    case Station:
        return tr("Station");
    case WorkUnit:
        return tr("Work unit and position");
    case Phone:
        return tr("Phone");
    case Status:
        return tr("Status");
    case Ethnicity:
        return tr("Ethnicity");
    case Party:
        return tr("Party");
    case Education:
        return tr("Education");
    case Composition:
        return tr("Composition");
    case Cadre:
        return tr("Cadre deputy");
    case CertificateNo:
        return tr("Certificate no.");
    case ElectoralDistrict:
        return tr("Electoral district");
    default:
        return {};
    }
}

void DeputyFilterProxy::setSearch(const QString& text)
{
    m_search = text;
    invalidateFilter();
}

bool DeputyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const DeputyTableModel*>(sourceModel());
    return registry::matchesSearch(model->row(sourceRow), m_search);
}

} // namespace dd::ui

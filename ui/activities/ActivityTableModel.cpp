#include "ActivityTableModel.h"

#include "activities/ActivityRecords.h"
#include "common/BuiltInNames.h"

namespace dd::ui {

using namespace activities;

void ActivityTableModel::setActivities(QList<Activity> list,
                                       const QHash<qint64, qint64>& townshipOf,
                                       const QHash<qint64, qint64>& stationTownship)
{
    beginResetModel();
    m_activities = std::move(list);
    m_counts.clear();
    m_searchText.clear();
    m_townships.clear();
    m_rowOf.clear();
    m_counts.reserve(m_activities.size());
    m_searchText.reserve(m_activities.size());
    m_townships.reserve(m_activities.size());
    for (int row = 0; row < m_activities.size(); ++row) {
        const Activity& a = m_activities.at(row);
        m_rowOf.insert(a.id, row);
        Counts counts;
        QStringList text{a.title,       a.place,    a.organiser,
                         a.stationName, a.typeName, builtInName(a.typeName)};
        QList<qint64> townships;
        if (const qint64 t = stationTownship.value(a.stationId); t > 0)
            townships << t;
        for (const Participant& p : a.participants) {
            (p.attendance == Attendance::Present ? counts.present
             : p.attendance == Attendance::Leave ? counts.leave
                                                 : counts.absent)++;
            text << p.deputyName;
            if (const qint64 t = townshipOf.value(p.deputyId); t > 0)
                townships << t;
        }
        std::sort(townships.begin(), townships.end());
        townships.erase(std::unique(townships.begin(), townships.end()), townships.end());
        m_counts << counts;
        m_searchText << text.join(QLatin1Char('\n')).toLower();
        m_townships << townships;
    }
    endResetModel();
}

int ActivityTableModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

bool ActivityTableModel::concernsTownship(int row, qint64 townshipId) const
{
    const QList<qint64>& list = m_townships.at(row);
    return std::binary_search(list.cbegin(), list.cend(), townshipId);
}

std::optional<Attendance> ActivityTableModel::attendanceOf(int row, qint64 deputyId) const
{
    for (const Participant& p : m_activities.at(row).participants)
        if (p.deputyId == deputyId)
            return p.attendance;
    return std::nullopt;
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_activities.size())
        return {};
    const Activity& a = m_activities.at(index.row());
    const Counts& counts = m_counts.at(index.row());
    const bool number = index.column() >= Participants;
    if (role == Qt::TextAlignmentRole && number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortKeyRole) {
        if (index.column() == Date || index.column() == Time)
            return a.date.toJulianDay() * 10000 +
                   (a.start.isValid() ? a.start.msecsSinceStartOfDay() / 60000 : 0);
        if (!number)
            role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != SortKeyRole)
        return {};
    switch (index.column()) {
    case Date:
        return a.date.toString(Qt::ISODate);
    case Time:
        if (!a.start.isValid())
            return QString();
        return QString(a.start.toString(QStringLiteral("HH:mm")) +
                       (a.end.isValid()
                            ? QStringLiteral("–") + a.end.toString(QStringLiteral("HH:mm"))
                            : QString()));
    case Type:
        return builtInName(a.typeName);
    case Title:
        return a.title;
    case Station:
        return a.stationName;
    case Place:
        return a.place;
    case Participants:
        return int(a.participants.size());
    case Present:
        return counts.present;
    case Leave:
        return counts.leave > 0 || role == SortKeyRole ? QVariant(counts.leave) : QVariant();
    case Absent:
        return counts.absent > 0 || role == SortKeyRole ? QVariant(counts.absent) : QVariant();
    case Citizens:
        return a.isReception() || role == SortKeyRole ? QVariant(a.citizensReceived) : QVariant();
    case Concerns:
        return a.itemIds.isEmpty() && role != SortKeyRole ? QVariant()
                                                          : QVariant(int(a.itemIds.size()));
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Title:
        return tr("Title");
    case Station:
        return tr("Station");
    case Place:
        return tr("Place");
    case Participants:
        return tr("Participants");
    case Present:
        return tr("Present");
    case Leave:
        return tr("On leave");
    case Absent:
        return tr("Absent");
    case Citizens:
        return tr("Citizens received");
    case Concerns:
        return tr("Concerns recorded");
    default:
        return {};
    }
}

void ActivityFilterProxy::setFilter(const ActivityListFilter& filter)
{
    m_filter = filter;
    m_filter.search = filter.search.trimmed().toLower();
    invalidateFilter();
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const ActivityTableModel*>(sourceModel());
    const Activity& a = model->activity(sourceRow);
    const ActivityListFilter& f = m_filter;
    if ((f.typeId > 0 && a.typeId != f.typeId) || (f.receptionsOnly && !a.isReception()) ||
        (f.from.isValid() && a.date < f.from) || (f.to.isValid() && a.date > f.to) ||
        (f.stationId > 0 && a.stationId != f.stationId) ||
        (f.townshipId > 0 && !model->concernsTownship(sourceRow, f.townshipId)))
        return false;
    if (f.deputyId > 0) {
        const auto attendance = model->attendanceOf(sourceRow, f.deputyId);
        if (!attendance || (f.attendance && *attendance != *f.attendance))
            return false;
    } else if (f.attendance && a.count(*f.attendance) == 0) {
        return false;
    }
    return f.search.isEmpty() || model->searchText(sourceRow).contains(f.search);
}

} // namespace dd::ui

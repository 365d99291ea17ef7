#pragma once

#include "activities/ActivityRecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace dd::ui {

// The activities of the years loaded, with their attendance counts. Who took part and the
// townships concerned are worked out once per load, so filtering a year of a large county
// (12,000 activities) stays well under 100 ms.
class ActivityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Date,
        Time,
        Type,
        Title,
        Station,
        Place,
        Participants,
        Present,
        Leave,
        Absent,
        Citizens,
        Concerns,
        ColumnCount
    };
    static constexpr int SortKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    // `townshipOf` maps deputies to their township: an activity concerns its station's township
    // and those of its participants.
    void setActivities(QList<activities::Activity> list, const QHash<qint64, qint64>& townshipOf,
                       const QHash<qint64, qint64>& stationTownship);
    const activities::Activity& activity(int row) const { return m_activities.at(row); }
    int rowOf(qint64 id) const;
    const QString& searchText(int row) const { return m_searchText.at(row); }
    bool concernsTownship(int row, qint64 townshipId) const;
    // The deputy's attendance at the activity, if they were listed.
    std::optional<activities::Attendance> attendanceOf(int row, qint64 deputyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Counts {
        int present = 0, leave = 0, absent = 0;
    };
    QList<activities::Activity> m_activities;
    QList<Counts> m_counts;
    QStringList m_searchText;
    QList<QList<qint64>> m_townships; // sorted
    QHash<qint64, int> m_rowOf;
};

// What the clerk narrows the activities to. Empty members do not filter.
struct ActivityListFilter {
    qint64 typeId = 0;
    bool receptionsOnly = false;
    QDate from;
    QDate to;
    qint64 deputyId = 0;
    std::optional<activities::Attendance> attendance; // with a deputy: theirs; else anyone's
    qint64 stationId = 0;
    qint64 townshipId = 0;
    QString search;
};

class ActivityFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(const ActivityListFilter& filter);
    const ActivityListFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ActivityListFilter m_filter;
};

} // namespace dd::ui

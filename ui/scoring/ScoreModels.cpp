#include "ScoreModels.h"

#include "ui/widgets/Palette.h"
#include <QColor>

namespace dd::ui {

using namespace scoring;

QString pointsText(double points)
{
    return QLocale().toString(points, 'g', 6);
}

QVariant ScoreTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DeputyScore& s = m_rows.at(index.row());
    const int column = index.column();
    const bool number = column == Rank || (column >= Total && column <= LevelRank);
    if (role == Qt::TextAlignmentRole)
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::ForegroundRole && s.alert && (column == Name || column == Grade))
        return palette::error();
    if (role == Qt::ToolTipRole && column == Total && s.capCut > 0)
        return tr("%1 before the cap; ranked by that").arg(pointsText(s.uncappedTotal()));
    if (role == Qt::ToolTipRole && column == Grade) {
        QStringList notes;
        if (s.provisional)
            notes << tr("Provisional: the year is not over");
        if (s.gradeCapped)
            notes << tr("Capped by an unexcused absence from a congress session");
        if (s.alert)
            notes << tr("%n unexcused session absence(s) this term: under the Deputies Law the "
                        "deputy's status ends. Confirm it as a status change.",
                        nullptr, s.sessionAbsencesTerm);
        return notes.join(QLatin1Char('\n'));
    }
    if (role == SortKeyRole) {
        switch (column) {
        case Rank:
            return s.rank;
        case Name:
            return s.member.pinyinKey;
        case Points:
            return s.periodPoints;
        case Deducted:
            return s.periodDeductions;
        case Total:
            return s.total;
        case BeforeCap:
            return s.uncappedTotal();
        case LevelRank:
            return s.levelRank;
        case Level:
            return int(s.member.level);
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Rank:
        return s.rank;
    case Name:
        return s.member.name;
    case Level:
        return registry::levelName(s.member.level);
    case Township:
        return s.member.townshipName;
    case Station:
        return s.member.stationName;
    case Points:
        return pointsText(s.periodPoints);
    case Deducted:
        return s.periodDeductions > 0 ? pointsText(s.periodDeductions) : QString();
    case Total:
        return pointsText(s.total);
    case BeforeCap:
        return s.capCut > 0 ? pointsText(s.uncappedTotal()) : QString();
    case LevelRank:
        return s.levelRank;
    case Grade:
        return QString(displayName(s.grade) + (s.provisional ? tr(" (provisional)") : QString()) +
                       (s.alert ? QStringLiteral(" ⚠") : QString()));
    case Minimums: {
        QStringList parts;
        for (const MinimumProgress& m : s.minimums)
            parts
                << QStringLiteral("%1 %2/%3").arg(displayName(m.name)).arg(m.done).arg(m.required);
        return parts.join(tr(", "));
    }
    default:
        return {};
    }
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole &&
        (section == Rank || section == LevelRank || section == Total || section == BeforeCap))
        return tr("Ranked by the total before the cap, so that deputies above the cap are still "
                  "told apart; the total shown is capped, as printed and graded.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Name:
        return tr("Name");
    case Level:
        return tr("Level");
    case Township:
        return tr("Township");
    case Station:
        return tr("Station");
    case Points:
        return tr("Points in period");
    case Deducted:
        return tr("Minimums missed");
    case Total:
        return tr("Total");
    case BeforeCap:
        return tr("Before cap");
    case LevelRank:
        return tr("Rank in level");
    case Grade:
        return tr("Grade");
    case Minimums:
        return tr("Yearly minimums");
    default:
        return {};
    }
}

QVariant GapTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Gap& g = m_rows.at(index.row());
    const bool number = index.column() >= Done;
    if (role == Qt::TextAlignmentRole)
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == SortKeyRole) {
        if (index.column() == Name)
            return g.member.pinyinKey;
        if (!number)
            role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != SortKeyRole)
        return {};
    switch (index.column()) {
    case Township:
        return g.member.townshipName;
    case Station:
        return g.member.stationName;
    case Name:
        return g.member.name;
    case Level:
        return registry::levelName(g.member.level);
    case Phone:
        return g.member.phone;
    case Minimum:
        return displayName(g.minimum.name);
    case Done:
        return g.minimum.done;
    case Expected:
        return g.minimum.expected;
    case Required:
        return g.minimum.required;
    case Behind:
        return g.shortfall();
    default:
        return {};
    }
}

QVariant GapTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Township:
        return tr("Township");
    case Station:
        return tr("Station");
    case Name:
        return tr("Name");
    case Level:
        return tr("Level");
    case Phone:
        return tr("Phone");
    case Minimum:
        return tr("Yearly minimum");
    case Done:
        return tr("Done");
    case Expected:
        return tr("Expected by now");
    case Required:
        return tr("Required in the year");
    case Behind:
        return tr("Behind by");
    default:
        return {};
    }
}

} // namespace dd::ui

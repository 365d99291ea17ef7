#include "LoopTableModel.h"

#include "common/BuiltInNames.h"
#include "common/TextNormalize.h"
#include "text/Collation.h"
#include "ui/widgets/Palette.h"

#include <QBrush>
#include <QColor>

namespace dd::ui {

using namespace loop;

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The period an item belongs to (domain.md): a concern by its point date, a suggestion by its
// dispatch date.
QDate periodDate(const Item& item)
{
    return item.kind == ItemKind::Suggestion && item.firstDispatchDate.isValid()
               ? item.firstDispatchDate
               : item.raisedDate;
}

} // namespace

LoopTableModel::LoopTableModel(ItemKind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

void LoopTableModel::setItems(QList<Item> items, const Deadlines& deadlines, const QDate& today)
{
    beginResetModel();
    m_items = std::move(items);
    m_urgency.clear();
    m_deputyKeys.clear();
    m_searchText.clear();
    m_serialKeys.clear();
    m_urgency.reserve(m_items.size());
    m_deputyKeys.reserve(m_items.size());
    m_searchText.reserve(m_items.size());
    for (const Item& item : std::as_const(m_items)) {
        m_urgency << urgencyOf(item, deadlines, today);
        const auto serial = parseSerial(item.serial, item.kind);
        m_serialKeys << (serial ? qint64(serial->first) * 1000000 + serial->second : item.id);
        m_deputyKeys << text::pinyinSortKey(item.deputyNames.value(0));
        m_searchText << QStringList{item.serial,
                                    item.title,
                                    item.content,
                                    item.citizenName,
                                    item.deputyNames.join(QLatin1Char(' ')),
                                    item.leadAgencyName}
                            .join(QLatin1Char('\n'))
                            .toLower();
    }
    endResetModel();
}

int LoopTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == id)
            return row;
    return -1;
}

int LoopTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int LoopTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoopTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item& item = m_items.at(index.row());
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        const Urgency urgency = m_urgency.at(index.row());
        if (urgency == Urgency::None)
            return {};
        if (role == Qt::ToolTipRole)
            return urgency == Urgency::Overdue ? tr("Overdue since %1").arg(dateText(item.dueDate))
                                               : tr("Due on %1").arg(dateText(item.dueDate));
        // Soft tints that keep black text readable on screen and in grey on paper.
        return QBrush(urgency == Urgency::Overdue ? palette::overdueRow() : palette::dueSoonRow());
    }
    if (role == SortKeyRole) {
        switch (index.column()) {
        case Serial:
            return m_serialKeys.at(index.row());
        case Deputies:
            return m_deputyKeys.at(index.row());
        case Round:
            return item.round;
        case Step:
            return int(item.state);
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Round)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Serial:
        return item.serial;
    case Step:
        return capitalised(stateName(item.state));
    case Title:
        return item.kind == ItemKind::Suggestion ? item.title : item.content.simplified().left(60);
    case Category:
        return builtInName(item.category);
    case Deputies:
        return item.deputyNames.join(QStringLiteral("、"));
    case Township:
        return item.townshipName;
    case Station:
        return item.stationName;
    case Raised:
        return dateText(item.raisedDate);
    case Agency:
        return item.leadAgencyName;
    case Dispatched:
        return dateText(item.dispatchDate);
    case Due:
        return dateText(item.dueDate);
    case Replied:
        return dateText(item.replyDate);
    case ResultClass:
        return item.resultClass;
    case Evaluation:
        return item.evaluation ? capitalised(evaluationName(*item.evaluation)) : QString();
    case Round:
        return item.round > 0 ? QVariant(item.round) : QVariant();
    case KeySupervision:
        return item.keySupervision ? item.leader : QString();
    default:
        return {};
    }
}

QVariant LoopTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool suggestion = m_kind == ItemKind::Suggestion;
    switch (section) {
    case Serial:
        return tr("No.");
    case Step:
        return tr("Step");
    case Title:
        return suggestion ? tr("Title") : tr("Concern");
    case Category:
        return tr("Category");
    case Deputies:
        return suggestion ? tr("Lead deputy and co-signers") : tr("Receiving deputies");
    case Township:
        return tr("Township");
    case Station:
        return tr("Station");
    case Raised:
        return suggestion ? tr("Submitted") : tr("Raised");
    case Agency:
        return tr("Lead agency");
    case Dispatched:
        return tr("Dispatched");
    case Due:
        return tr("Due");
    case Replied:
        return tr("Replied");
    case ResultClass:
        return tr("Result");
    case Evaluation:
        return tr("Evaluation");
    case Round:
        return tr("Round");
    case KeySupervision:
        return tr("Key supervision");
    default:
        return {};
    }
}

void LoopFilterProxy::setFilter(const LoopFilter& filter)
{
    m_filter = filter;
    m_filter.search = filter.search.trimmed().toLower();
    invalidateFilter();
}

void LoopFilterProxy::setPinned(qint64 itemId)
{
    if (itemId == m_pinned)
        return;
    m_pinned = itemId;
    invalidateFilter();
}

bool LoopFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return (m_pinned > 0 &&
            static_cast<const LoopTableModel*>(sourceModel())->item(sourceRow).id == m_pinned) ||
           matches(sourceRow);
}

bool LoopFilterProxy::matches(int sourceRow) const
{
    const auto* model = static_cast<const LoopTableModel*>(sourceModel());
    const Item& item = model->item(sourceRow);
    const LoopFilter& f = m_filter;
    if (f.state && item.state != *f.state)
        return false;
    if (f.openOnly && (item.state == State::Closed || item.state == State::Declined ||
                       item.state == State::Referred))
        return false;
    if (f.overdue || f.dueSoon) {
        const Urgency urgency = model->urgency(sourceRow);
        if (!((f.overdue && urgency == Urgency::Overdue) ||
              (f.dueSoon && urgency == Urgency::DueSoon)))
            return false;
    }
    if (f.unsatisfied && item.evaluation != Evaluation::Unsatisfied)
        return false;
    if (f.keySupervision && !item.keySupervision)
        return false;
    if (!f.category.isEmpty() && item.category != f.category)
        return false;
    if (f.agencyId && item.leadAgencyId != f.agencyId && !item.coAgencyIds.contains(f.agencyId))
        return false;
    if (f.townshipId && item.townshipId != f.townshipId)
        return false;
    if (f.stationId && item.stationId != f.stationId)
        return false;
    if (f.deputyId && !item.deputyIds.contains(f.deputyId) &&
        !item.cosignerIds.contains(f.deputyId))
        return false;
    const QDate period = periodDate(item);
    if ((f.from.isValid() && period < f.from) || (f.to.isValid() && period > f.to))
        return false;
    if (!f.search.isEmpty() && !model->searchText(sourceRow).contains(f.search))
        return false;
    return true;
}

} // namespace dd::ui

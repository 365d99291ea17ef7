#pragma once

#include "loop/LoopLimits.h"
#include "loop/LoopRecords.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace dd::ui {

// A ledger on screen: concerns or suggestions with their step, agency, due date and urgency.
// Urgency is worked out once per load against the deadlines, so colouring and filtering cost
// nothing per repaint.
class LoopTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Serial,
        Step,
        Due, // beside the step: what is awaited, and by when
        Title,
        Category,
        Deputies,
        Township,
        Station,
        Raised,
        Agency,
        Dispatched,
        Replied,
        ResultClass,
        Evaluation,
        Round,
        KeySupervision,
        ColumnCount
    };
    static constexpr int SortKeyRole = Qt::UserRole + 1;

    explicit LoopTableModel(loop::ItemKind kind, QObject* parent = nullptr);
    loop::ItemKind kind() const { return m_kind; }
    void setItems(QList<loop::Item> items, const loop::Deadlines& deadlines, const QDate& today);
    const loop::Item& item(int row) const { return m_items.at(row); }
    loop::Urgency urgency(int row) const { return m_urgency.at(row); }
    // Number, title, text, citizen, deputies and agency in lower case, for the search box.
    const QString& searchText(int row) const { return m_searchText.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    loop::ItemKind m_kind;
    QList<loop::Item> m_items;
    QList<loop::Urgency> m_urgency;
    QStringList m_deputyKeys; // pinyin sort keys of the first deputy
    QStringList m_searchText;
    QList<qint64> m_serialKeys; // year × 10⁶ + number: sorts like the serials, faster
};

// What the clerk narrows a ledger to. Empty members do not filter.
struct LoopFilter {
    std::optional<loop::State> state;
    bool openOnly = false; // not closed, declined or referred
    bool overdue = false;
    bool dueSoon = false; // with overdue: either
    bool unsatisfied = false;
    bool keySupervision = false;
    QString category;
    qint64 agencyId = 0;
    qint64 townshipId = 0;
    qint64 stationId = 0;
    qint64 deputyId = 0;
    QDate from;
    QDate to;
    QString search; // number, title, content, citizen
};

class LoopFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(const LoopFilter& filter);
    const LoopFilter& filter() const { return m_filter; }
    // The item just worked on stays shown while the clerk is on it, even once the filter no
    // longer matches it (0: none).
    void setPinned(qint64 itemId);
    qint64 pinned() const { return m_pinned; }
    bool matches(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    LoopFilter m_filter;
    qint64 m_pinned = 0;
};

} // namespace dd::ui

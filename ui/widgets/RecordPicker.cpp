#include "RecordPicker.h"

#include "text/Collation.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace dd::ui {

namespace {
// The entries a typed text finds: part of the name, or of its pinyin or initials.
class NameMatches : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setQuery(const QString& query)
    {
        m_query = query.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const QString name = index.data().toString();
        return !name.isEmpty() && text::matchesNameOrPinyin(name, m_query);
    }

private:
    QString m_query;
};
} // namespace

RecordPicker::RecordPicker(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    auto* matches = new NameMatches(this);
    matches->setSourceModel(model());
    m_matches = matches;
    auto* completer = new QCompleter(matches, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(lineEdit(), &QLineEdit::textEdited, this,
            [this, matches, completer](const QString& text) {
                matches->setQuery(text);
                if (!text.trimmed().isEmpty())
                    completer->complete();
            });
    connect(
        completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) { setCurrentIndex(m_matches->mapToSource(index).row()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &RecordPicker::settle);
}

void RecordPicker::setEntries(const QList<std::pair<QString, qint64>>& entries,
                              const std::optional<QString>& none, Order order)
{
    QList<std::pair<QString, int>> keys; // pinyin sort key, the entry's place
    for (int i = 0; i < entries.size(); ++i)
        keys.append(
            {order == Order::Pinyin ? text::pinyinSortKey(entries.at(i).first) : QString(), i});
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    m_entries.clear();
    for (const auto& [key, at] : std::as_const(keys))
        m_entries.append(entries.at(at));
    m_none = none;
    fill();
}

void RecordPicker::setOffered(const std::function<bool(qint64 id)>& keep)
{
    m_keep = keep;
    fill();
}

void RecordPicker::setCurrentId(qint64 id)
{
    setCurrentIndex(std::max(0, findData(id)));
}

void RecordPicker::fill()
{
    const qint64 chosen = currentId();
    {
        const QSignalBlocker blocker(this);
        clear();
        if (m_none)
            addItem(*m_none, qint64(0));
        for (const auto& [name, id] : std::as_const(m_entries))
            if (!m_keep || m_keep(id))
                addItem(name, id);
    }
    const int kept = findData(chosen);
    setCurrentIndex(kept >= 0 ? kept : (m_none ? 0 : -1));
}

void RecordPicker::settle()
{
    // currentText() is what is typed: the choice is the current entry's text.
    const QString typed = lineEdit()->text().trimmed();
    int target = currentIndex();
    if (const int exact = findText(typed); exact >= 0) {
        target = exact;
    } else if (typed.isEmpty()) {
        if (m_none)
            target = 0;
    } else {
        auto* matches = static_cast<NameMatches*>(m_matches);
        matches->setQuery(typed);
        if (matches->rowCount() == 1) // what is typed finds one entry: that one
            target = matches->mapToSource(matches->index(0, 0)).row();
    }
    setCurrentIndex(target);
    // Typed text never stands for a choice: the field shows the entry chosen.
    lineEdit()->setText(target >= 0 ? itemText(target) : QString());
}

} // namespace dd::ui

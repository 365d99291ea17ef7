#pragma once

#include <QComboBox>

#include <functional>
#include <optional>

class QSortFilterProxyModel;

namespace dd::ui {

// Choosing one named record (a township, a station, an agency): the entries in pinyin order,
// and typing finds any part of a name, its pinyin or its initials (住房, zhufang or zf find
// 县住房和城乡建设局). What is typed never stands for a choice: leaving the field keeps the one
// entry it found, or goes back to the chosen one. The record's id is the entry's data.
class RecordPicker : public QComboBox {
    Q_OBJECT
public:
    explicit RecordPicker(QWidget* parent = nullptr);

    // Names in pinyin order; things with an order of their own (levels, sessions) as given.
    enum class Order { Pinyin, AsGiven };
    // `none`, when given, is the first entry (id 0), e.g. "(none)" or an empty line.
    void setEntries(const QList<std::pair<QString, qint64>>& entries,
                    const std::optional<QString>& none = std::nullopt, Order order = Order::Pinyin);
    // Offers only the entries `keep` accepts (the stations of the township chosen; an empty
    // function offers all); the choice stays when it is still offered.
    void setOffered(const std::function<bool(qint64 id)>& keep);
    qint64 currentId() const { return currentData().toLongLong(); }
    void setCurrentId(qint64 id);

private:
    void fill();
    void settle();

    QList<std::pair<QString, qint64>> m_entries; // in pinyin order
    std::optional<QString> m_none;
    std::function<bool(qint64)> m_keep;
    QSortFilterProxyModel* m_matches = nullptr;
};

} // namespace dd::ui

#pragma once

#include <QFrame>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace dd::ui {

// The strip above a list that says, while the list is narrowed, by what and how far:
// "Filtered: Township = 城关镇, search “zs” — showing 2 of 1,620  [Clear filters]". A list that
// is filtered always says so, so nothing is exported or printed short without the clerk seeing.
class FilterBar : public QFrame {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // The filters the bar watches: a box is in use when not at its first ("any") entry, a field
    // when not empty. `label` names it in the bar.
    void watchSearch(QLineEdit* search);
    void watch(const QString& label, QComboBox* box);
    void watch(const QString& label, QLineEdit* field);
    // A filter set some other way: `value` says it (empty: not in use), `reset` clears it.
    void watch(const QString& label, std::function<QString()> value, std::function<void()> reset);

    // Says what is in use, and `shown` of `whole` rows; hidden when nothing is.
    void update(int shown, int whole);
    bool filtered() const { return !inUse().isEmpty(); }
    QStringList inUse() const;
    int whole() const { return m_whole; }
    QString text() const;
    // Sets every watched filter back to "any" without each one reloading the list, then says so
    // once (cleared()): the page reloads.
    void clear();

Q_SIGNALS:
    void cleared();

private:
    struct Watched {
        QString label;
        std::function<QString()> value;
        std::function<void()> reset;
        QWidget* widget = nullptr; // its signals are held back while clearing
    };
    QList<Watched> m_watched;
    QLabel* m_text = nullptr;
    int m_whole = 0;
};

// Before the rows shown are exported or printed: a filtered list says it is filtered and offers
// the whole list instead (by clearing the filters, so the screen shows what is written), and an
// empty list is not written without asking. `shown` counts the rows shown (after any clearing).
// False: the clerk cancelled.
bool confirmListOutput(QWidget* parent, FilterBar* bar, const QString& title,
                       const std::function<int()>& shown);

} // namespace dd::ui

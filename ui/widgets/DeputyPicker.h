#pragma once

#include "registry/DeputyStore.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace dd::ui {

// Choosing deputies from the serving ones: type a name, its pinyin or initials (zs for 张三) and
// tick; the ticked stay listed while the search changes.
class DeputyPicker : public QWidget {
    Q_OBJECT
public:
    DeputyPicker(const QList<registry::DeputyRow>& deputies, QWidget* parent = nullptr);
    QList<qint64> checkedIds() const; // in the order ticked
    void setChecked(qint64 deputyId, bool checked = true);
    QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void changed();

private:
    void filter(const QString& text);

    QList<registry::DeputyRow> m_deputies;
    QList<qint64> m_order;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace dd::ui

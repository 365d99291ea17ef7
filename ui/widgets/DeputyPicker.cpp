#include "DeputyPicker.h"
#include "ScreenFit.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace dd::ui {

DeputyPicker::DeputyPicker(const QList<registry::DeputyRow>& deputies, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Name, pinyin or initials"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    QSet<qint64> seen; // a deputy at two levels is one person here
    for (const registry::DeputyRow& row : deputies) {
        if (seen.contains(row.deputy.id))
            continue;
        seen.insert(row.deputy.id);
        m_deputies << row;
        const QString place = row.stationName.isEmpty() ? row.townshipName : row.stationName;
        auto* entry = new QListWidgetItem(
            place.isEmpty() ? row.deputy.name
                            : QStringLiteral("%1（%2）").arg(row.deputy.name, place),
            m_list);
        entry->setData(Qt::UserRole, row.deputy.id);
        entry->setCheckState(Qt::Unchecked);
    }
    fitRows(m_list, 9);
    connect(m_search, &QLineEdit::textChanged, this, &DeputyPicker::filter);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* entry) {
        const qint64 id = entry->data(Qt::UserRole).toLongLong();
        m_order.removeAll(id);
        if (entry->checkState() == Qt::Checked)
            m_order << id;
        Q_EMIT changed();
    });
}

QList<qint64> DeputyPicker::checkedIds() const
{
    return m_order;
}

void DeputyPicker::setChecked(qint64 deputyId, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == deputyId)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void DeputyPicker::filter(const QString& text)
{
    const QString query = text.trimmed();
    const QString ascii = query.toLower();
    for (int i = 0; i < m_list->count(); ++i) {
        const registry::DeputyRow& row = m_deputies.at(i);
        const bool match = query.isEmpty() || row.deputy.name.contains(query) ||
                           text::matchesPinyin(row.pinyin, ascii) ||
                           m_list->item(i)->checkState() == Qt::Checked;
        m_list->item(i)->setHidden(!match);
    }
}

} // namespace dd::ui

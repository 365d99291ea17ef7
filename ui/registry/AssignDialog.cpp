#include "AssignDialog.h"

#include "common/Clock.h"
#include "registry/GroupStore.h"
#include "registry/StationStore.h"
#include "ui/widgets/Pickers.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/ScreenFit.h"
#include "usecases/DeputyActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSet>
#include <QVBoxLayout>

namespace dd::ui {

AssignDialog::AssignDialog(QSqlDatabase db, qint64 stationId, const QString& stationName,
                           QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_stationId(stationId)
{
    setWindowTitle(tr("Station deputies at %1").arg(stationName));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name, unit, pinyin or initials"));
    m_search->setClearButtonEnabled(true);
    fitPlaceholder(m_search);
    filters->addWidget(m_search, 1);
    m_township = townshipPicker(m_db, this, tr("All townships"));
    filters->addWidget(m_township);
    m_group = new QComboBox(this);
    m_group->addItem(tr("All groups"), 0);
    for (const registry::DeputyGroup& group : listOrWarn(registry::GroupStore(m_db).list(), this))
        m_group->addItem(group.name, group.id);
    filters->addWidget(m_group);
    layout->addLayout(filters);
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);
    m_primary =
        new QCheckBox(tr("As their primary station (ends their earlier primary station)"), this);
    m_primary->setChecked(true);
    layout->addWidget(m_primary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &AssignDialog::refilter);
    connect(m_township, &QComboBox::currentIndexChanged, this, &AssignDialog::refilter);
    connect(m_group, &QComboBox::currentIndexChanged, this, &AssignDialog::refilter);
    resizeWithinScreen(this, QSize(640, 560));
    refilter();
}

void AssignDialog::refilter()
{
    registry::DeputyFilter filter;
    filter.townshipId = m_township->currentData().toLongLong();
    filter.groupId = m_group->currentData().toLongLong();
    filter.search = m_search->text();
    QSet<qint64> checked;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked &&
            (m_list->item(i)->flags() & Qt::ItemIsEnabled))
            checked.insert(m_list->item(i)->data(Qt::UserRole).toLongLong());
    m_rows = listOrWarn(registry::DeputyStore(m_db).list(filter), this);
    m_list->clear();
    QSet<qint64> shown;
    registry::DeputyFilter here;
    here.stationId = m_stationId;
    QSet<qint64> stationed;
    for (const registry::DeputyRow& row : listOrWarn(registry::DeputyStore(m_db).list(here), this))
        stationed.insert(row.deputy.id);
    for (const registry::DeputyRow& row : std::as_const(m_rows)) {
        if (shown.contains(row.deputy.id))
            continue; // a deputy at two levels is one person
        shown.insert(row.deputy.id);
        auto* item =
            new QListWidgetItem(QStringLiteral("%1  ·  %2  ·  %3")
                                    .arg(row.deputy.name, registry::levelName(row.membership.level),
                                         row.deputy.workUnit),
                                m_list);
        item->setData(Qt::UserRole, row.deputy.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        const bool already = stationed.contains(row.deputy.id);
        item->setCheckState(already || checked.contains(row.deputy.id) ? Qt::Checked
                                                                       : Qt::Unchecked);
        if (already)
            item->setFlags(Qt::ItemIsUserCheckable);
    }
}

void AssignDialog::accept()
{
    usecase::StationAssignment assignment;
    assignment.stationId = m_stationId;
    assignment.primary = m_primary->isChecked();
    QHash<qint64, QString> names;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (!(item->flags() & Qt::ItemIsEnabled) || item->checkState() != Qt::Checked)
            continue;
        const qint64 deputyId = item->data(Qt::UserRole).toLongLong();
        assignment.deputyIds << deputyId;
        names.insert(deputyId, item->text());
    }
    qint64 failed = 0;
    const Outcome outcome = usecase::assignToStation(m_db, assignment, &failed);
    if (!outcome.ok()) {
        QMessageBox::warning(this, windowTitle(),
                             failed ? names.value(failed) + QLatin1Char('\n') + outcome.text()
                                    : outcome.text());
        return;
    }
    m_assigned = int(assignment.deputyIds.size());
    QDialog::accept();
}

} // namespace dd::ui

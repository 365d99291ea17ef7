#include "RosterDayDialog.h"
#include "ui/widgets/ReadFailure.h"

#include "activities/LeaveStore.h"
#include "usecases/ActivityActions.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

using namespace activities;

RosterDayDialog::RosterDayDialog(QSqlDatabase db, const Roster& roster, const QDate& date,
                                 QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_stationId(roster.stationId)
    , m_date(date)
{
    setWindowTitle(tr("Duty on %1").arg(QLocale().toString(date, QLocale::LongFormat)));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Deputies on duty:"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duty-deputies"));
    QList<qint64> onDuty;
    for (const RosterDay& day : roster.days)
        if (day.date == date)
            onDuty = day.deputyIds;
    const QHash<qint64, QString> onLeave = valueOrWarn(LeaveStore(m_db).onLeave(date), this);
    QList<qint64> ids = roster.names.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        return roster.load.value(a) != roster.load.value(b)
                   ? roster.load.value(a) < roster.load.value(b)
                   : roster.names.value(a) < roster.names.value(b);
    });
    for (qint64 id : std::as_const(ids)) {
        QString text =
            tr("%1 — %n duty(ies)", nullptr, roster.load.value(id)).arg(roster.names.value(id));
        if (!roster.grassRoots.contains(id))
            text += tr(" (cadre)");
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, id);
        item->setCheckState(onDuty.contains(id) ? Qt::Checked : Qt::Unchecked);
        if (onLeave.contains(id)) {
            text += tr(" — on leave: %1").arg(onLeave.value(id));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
        item->setText(text);
    }
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* remove =
        buttons->addButton(tr("Not a reception day"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("remove-day"));
    connect(remove, &QPushButton::clicked, this, [this] {
        bool given = false;
        m_removeReason = QInputDialog::getText(
            this, windowTitle(),
            tr("Take %1 off the roster? The deputies on duty stay in the operator log. Why?")
                .arg(m_date.toString(Qt::ISODate)),
            QLineEdit::Normal, QString(), &given);
        if (!given)
            return;
        m_remove = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterDayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(380, 460);
}

QList<qint64> RosterDayDialog::checkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

void RosterDayDialog::setChecked(qint64 deputyId, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == deputyId)
            m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void RosterDayDialog::accept()
{
    const Outcome outcome =
        m_remove ? usecase::removeRosterDay(m_db, m_stationId, m_date, m_removeReason)
                 : usecase::setRosterDay(m_db, m_stationId, m_date, checkedIds());
    m_remove = false;
    if (!outcome.ok()) {
        QMessageBox::warning(this, windowTitle(), outcome.text());
        return;
    }
    QDialog::accept();
}

} // namespace dd::ui

#include "StatusDialog.h"

#include "common/Clock.h"
#include "ui/widgets/FieldForm.h"
#include "usecases/DeputyActions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dd::ui {

StatusDialog::StatusDialog(QSqlDatabase db, registry::DeputyRow row, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_row(std::move(row))
{
    setWindowTitle(tr("Change status — %1").arg(m_row.deputy.name));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%1, %2 term %3: now %4")
                       .arg(m_row.deputy.name, registry::levelName(m_row.membership.level))
                       .arg(m_row.membership.termNumber)
                       .arg(registry::statusName(m_row.membership.status)),
                   this));
    m_form = new FieldForm;
    m_status = new QComboBox(this);
    if (m_row.membership.status == registry::MembershipStatus::Active) {
        m_status->addItem(registry::statusName(registry::MembershipStatus::Terminated),
                          int(registry::MembershipStatus::Terminated));
        m_status->addItem(registry::statusName(registry::MembershipStatus::Resigned),
                          int(registry::MembershipStatus::Resigned));
    } else {
        m_status->addItem(tr("Reinstate (serving again)"), int(registry::MembershipStatus::Active));
    }
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. moved out of the county; resigned by letter"));
    m_form->addField(QStringLiteral("status"), tr("New status"), m_status);
    m_form->addField(QStringLiteral("date"), tr("Date"), m_date);
    m_form->addField(QStringLiteral("reason"), tr("Reason"), m_reason);
    layout->addLayout(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void StatusDialog::accept()
{
    const Outcome outcome = usecase::changeDeputyStatus(
        m_db, {m_row.deputy.id, m_row.membership.level, m_row.membership.termNumber,
               registry::MembershipStatus(m_status->currentData().toInt()), m_date->date(),
               m_reason->text()});
    if (!m_form->showOutcome(outcome))
        return;
    QDialog::accept();
}

} // namespace dd::ui

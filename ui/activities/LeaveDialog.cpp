#include "LeaveDialog.h"

#include "common/Clock.h"
#include "ui/widgets/FieldForm.h"
#include "usecases/ActivityActions.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dd::ui {

LeaveDialog::LeaveDialog(QSqlDatabase db, qint64 deputyId, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_deputyId(deputyId)
{
    setWindowTitle(tr("Leave — %1").arg(name));
    auto* layout = new QVBoxLayout(this);
    m_form = new FieldForm;
    for (QDateEdit** edit : {&m_from, &m_to}) {
        *edit = new QDateEdit(Clock::today(), this);
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_to->setDate(Clock::today().addDays(6));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. 外出学习, 生病住院"));
    m_form->addField(QStringLiteral("from"), tr("From"), m_from);
    m_form->addField(QStringLiteral("to"), tr("To"), m_to);
    m_form->addField(QStringLiteral("reason"), tr("Reason"), m_reason);
    layout->addLayout(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

LeaveDialog::LeaveDialog(QSqlDatabase db, const activities::Leave& existing, QWidget* parent)
    : LeaveDialog(std::move(db), existing.deputyId, existing.deputyName, parent)
{
    setWindowTitle(tr("Correct leave — %1").arg(existing.deputyName));
    m_leaveId = existing.id;
    m_from->setDate(existing.from);
    m_to->setDate(existing.to);
    m_reason->setText(existing.reason);
    m_why = new QLineEdit(this);
    m_why->setPlaceholderText(tr("e.g. 日期记错了"));
    m_form->addField(QStringLiteral("why"), tr("Why corrected"), m_why);
    resize(460, sizeHint().height());
}

void LeaveDialog::accept()
{
    activities::Leave leave;
    leave.id = m_leaveId;
    leave.deputyId = m_deputyId;
    leave.from = m_from->date();
    leave.to = m_to->date();
    leave.reason = m_reason->text();
    const Outcome outcome = m_leaveId > 0 ? usecase::correctLeave(m_db, leave, m_why->text())
                                          : usecase::recordLeave(m_db, leave);
    if (!m_form->showOutcome(outcome))
        return;
    QDialog::accept();
}

} // namespace dd::ui

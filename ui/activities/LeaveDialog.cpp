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

void LeaveDialog::accept()
{
    activities::Leave leave;
    leave.deputyId = m_deputyId;
    leave.from = m_from->date();
    leave.to = m_to->date();
    leave.reason = m_reason->text();
    if (!m_form->showOutcome(usecase::recordLeave(m_db, leave)))
        return;
    QDialog::accept();
}

} // namespace dd::ui

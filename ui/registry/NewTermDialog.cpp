#include "NewTermDialog.h"
#include "ui/widgets/ReadFailure.h"

#include "common/Clock.h"
#include "registry/DeputyStore.h"
#include "registry/OfficeSettings.h"
#include "registry/TermStore.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/Palette.h"
#include "usecases/RegistryActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd::ui {

NewTermDialog::NewTermDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Start a new term"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("At the change of term (换届) the new term's deputies are "
                                "imported or added; the old term's records stay as they are."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form = new FieldForm;
    m_level = new QComboBox(this);
    for (registry::Level level : {registry::Level::County, registry::Level::Township})
        m_level->addItem(registry::levelName(level), int(level));
    m_level->setCurrentIndex(m_level->findData(int(registry::OfficeSettings(m_db).officeLevel())));
    m_number = new QSpinBox(this);
    m_number->setRange(1, 99);
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_form->addField(QStringLiteral("level"), tr("Level"), m_level);
    m_form->addField(QStringLiteral("term"), tr("New term"), m_number);
    m_form->addField(QStringLiteral("start_date"), tr("Starts on"), m_date);
    layout->addLayout(m_form);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);
    layout->addWidget(m_summary);
    m_error = new QLabel(this);
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* start = buttons->addButton(tr("Start the term"), QDialogButtonBox::AcceptRole);
    auto* startAndImport =
        buttons->addButton(tr("Start and import the new roster…"), QDialogButtonBox::AcceptRole);
    connect(startAndImport, &QPushButton::clicked, this, [this] { m_importRequested = true; });
    connect(start, &QPushButton::clicked, this, [this] { m_importRequested = false; });
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTermDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_level, &QComboBox::currentIndexChanged, this, &NewTermDialog::levelChanged);
    connect(m_number, &QSpinBox::valueChanged, this, &NewTermDialog::updateSummary);
    connect(m_date, &QDateEdit::dateChanged, this, &NewTermDialog::updateSummary);
    levelChanged();
    resize(560, sizeHint().height());
}

registry::Level NewTermDialog::level() const
{
    return registry::Level(m_level->currentData().toInt());
}

int NewTermDialog::number() const
{
    return m_number->value();
}

void NewTermDialog::levelChanged()
{
    const auto current = foundOrWarn(registry::TermStore(m_db).current(level()), this);
    m_number->setValue(current ? current->number + 1 : 1);
    updateSummary();
}

void NewTermDialog::updateSummary()
{
    const auto current = foundOrWarn(registry::TermStore(m_db).current(level()), this);
    if (!current) {
        m_summary->setText(tr("No term of this level is on record yet; term %1 starts on %2.")
                               .arg(number())
                               .arg(m_date->date().toString(Qt::ISODate)));
        return;
    }
    registry::DeputyFilter filter;
    filter.level = level();
    filter.termNumber = current->number;
    const qsizetype serving = listOrWarn(registry::DeputyStore(m_db).list(filter), this).size();
    m_summary->setText(tr("Term %1 (since %2) ends on %3: its %4 serving deputies' memberships "
                          "end with it. Term %5 starts on %6.")
                           .arg(current->number)
                           .arg(current->startDate.toString(Qt::ISODate))
                           .arg(m_date->date().addDays(-1).toString(Qt::ISODate))
                           .arg(serving)
                           .arg(number())
                           .arg(m_date->date().toString(Qt::ISODate)));
}

void NewTermDialog::accept()
{
    m_form->clearErrors();
    m_error->setVisible(false);
    const Outcome outcome = usecase::startTerm(m_db, level(), number(), m_date->date());
    if (!outcome.ok()) {
        if (!m_form->showErrors(outcome.errors)) {
            m_error->setText(outcome.text());
            m_error->setVisible(true);
        }
        return;
    }
    QDialog::accept();
}

} // namespace dd::ui

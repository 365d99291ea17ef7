#include "StationDialog.h"

#include "ui/widgets/FieldForm.h"
#include "ui/widgets/Pickers.h"
#include "ui/widgets/ReadFailure.h"
#include "ui/widgets/RecordHistory.h"
#include "usecases/RegistryActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd::ui {

StationDialog::StationDialog(QSqlDatabase db, std::optional<registry::Station> existing,
                             QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_station(existing.value_or(registry::Station{}))
{
    setWindowTitle(existing ? tr("Edit station") : tr("Add a station"));
    auto* layout = new QVBoxLayout(this);
    m_form = new FieldForm;
    m_name = new QLineEdit(m_station.name, this);
    m_kind = new QComboBox(this);
    for (const QString& code : registry::stationKindCodes())
        m_kind->addItem(registry::stationKindName(code), code);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_station.kind)));
    m_township = townshipPicker(m_db, this, tr("(none)"));
    m_township->setCurrentId(m_station.townshipId);
    m_address = new QLineEdit(m_station.address, this);
    m_officer = new QLineEdit(m_station.liaisonOfficer, this);
    m_phone = new QLineEdit(m_station.phone, this);
    m_stars = new QSpinBox(this);
    m_stars->setRange(0, 5);
    m_stars->setSpecialValueText(tr("not rated"));
    m_stars->setValue(m_station.starRating);
    m_model = new QCheckBox(tr("Model station"), this);
    m_model->setChecked(m_station.isModel);
    m_contactPoint = new QCheckBox(tr("Also a grass-roots legislative contact point"), this);
    m_contactPoint->setChecked(m_station.isLegislativeContactPoint);
    m_rule = new QLineEdit(m_station.receptionRule, this);
    m_rule->setPlaceholderText(tr("in words, e.g. 每周三, 每月8日, 单月15日"));
    m_notes = new QLineEdit(m_station.notes, this);
    m_form->addField(QStringLiteral("name"), tr("Station name"), m_name);
    m_form->addField(QStringLiteral("kind"), tr("Kind"), m_kind);
    m_form->addField(QStringLiteral("township"), tr("Township"), m_township);
    m_form->addField(QStringLiteral("address"), tr("Address"), m_address);
    m_form->addField(QStringLiteral("liaison_officer"), tr("Liaison officer"), m_officer);
    m_form->addField(QStringLiteral("phone"), tr("Phone"), m_phone);
    m_form->addField(QStringLiteral("star_rating"), tr("Star rating"), m_stars);
    m_form->addField(QStringLiteral("model"), QString(), m_model);
    m_form->addField(QStringLiteral("contact_point"), QString(), m_contactPoint);
    m_form->addField(QStringLiteral("reception_rule"), tr("Reception days"), m_rule);
    m_form->addField(QStringLiteral("notes"), tr("Notes"), m_notes);
    layout->addLayout(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StationDialog::reject);
    if (m_station.id > 0)
        addHistoryButton(buttons, m_db, QStringLiteral("station"), m_station.id, m_station.name);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void StationDialog::accept()
{
    registry::Station station = m_station;
    station.name = m_name->text();
    station.kind = m_kind->currentData().toString();
    station.townshipId = m_township->currentData().toLongLong();
    station.address = m_address->text();
    station.liaisonOfficer = m_officer->text();
    station.phone = m_phone->text();
    station.starRating = m_stars->value();
    station.isModel = m_model->isChecked();
    station.isLegislativeContactPoint = m_contactPoint->isChecked();
    station.receptionRule = m_rule->text();
    station.notes = m_notes->text();
    const Outcome outcome = usecase::saveStation(m_db, station);
    if (!m_form->showOutcome(outcome))
        return;
    QDialog::accept();
}

} // namespace dd::ui

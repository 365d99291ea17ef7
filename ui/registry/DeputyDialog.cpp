#include "DeputyDialog.h"

#include "common/Clock.h"
#include "registry/OfficeSettings.h"
#include "registry/TermStore.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/Pickers.h"
#include "ui/widgets/ReadFailure.h"
#include "usecases/DeputyActions.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QComboBox* editableCombo(const QStringList& items, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    // As wide as the line edits beside it: an empty editable combo must not look broken.
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}
constexpr QSize kPhotoSize(96, 128); // one-inch photo proportions
} // namespace

DeputyDialog::DeputyDialog(QSqlDatabase db, std::optional<registry::DeputyRow> existing,
                           QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_adding(!existing)
{
    setWindowTitle(m_adding ? tr("Add a deputy") : tr("Edit deputy"));
    if (existing) {
        m_deputy = foundOrWarn(registry::DeputyStore(m_db).get(existing->deputy.id, true), this)
                       .value_or(existing->deputy);
        m_membership = existing->membership;
        m_primaryStation = existing->stationId;
    }
    auto* personBox = buildPersonBox();
    auto* termBox = buildMembershipBox();
    auto* photoBox = buildPhotoColumn();

    m_generalError = new QLabel(this);
    m_generalError->setStyleSheet(palette::errorText());
    m_generalError->setWordWrap(true);
    m_generalError->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeputyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeputyDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addWidget(personBox, 3);
    auto* right = new QVBoxLayout;
    right->addWidget(termBox);
    right->addLayout(photoBox);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
}

QGroupBox* DeputyDialog::buildPersonBox()
{
    auto* personBox = new QGroupBox(tr("Person"), this);
    m_person = new FieldForm(personBox);
    m_name = new QLineEdit(m_deputy.name, this);
    m_gender = new QComboBox(this);
    m_gender->addItem(tr("Male"), QStringLiteral("M"));
    m_gender->addItem(tr("Female"), QStringLiteral("F"));
    m_gender->setCurrentIndex(m_deputy.gender == QLatin1String("F") ? 1 : 0);
    m_ethnicity =
        editableCombo({QStringLiteral("汉族"), QStringLiteral("彝族"), QStringLiteral("白族"),
                       QStringLiteral("哈尼族"), QStringLiteral("傣族"), QStringLiteral("苗族"),
                       QStringLiteral("回族"), QStringLiteral("壮族")},
                      this);
    m_ethnicity->setCurrentText(m_deputy.ethnicity);
    m_birth = new QLineEdit(m_deputy.birthMonth, this);
    m_birth->setPlaceholderText(tr("e.g. 1975-03 or 1975.3"));
    m_party = editableCombo(
        {QStringLiteral("中共党员"), QStringLiteral("中共预备党员"), QStringLiteral("群众"),
         QStringLiteral("民革党员"), QStringLiteral("民盟盟员"), QStringLiteral("民建会员"),
         QStringLiteral("民进会员"), QStringLiteral("农工党党员"), QStringLiteral("致公党党员"),
         QStringLiteral("九三学社社员"), QStringLiteral("无党派人士")},
        this);
    m_party->setCurrentText(m_deputy.party);
    m_education =
        editableCombo({QStringLiteral("研究生"), QStringLiteral("大学"), QStringLiteral("大专"),
                       QStringLiteral("中专"), QStringLiteral("高中"), QStringLiteral("初中"),
                       QStringLiteral("小学")},
                      this);
    m_education->setCurrentText(m_deputy.education);
    m_workUnit = new QLineEdit(m_deputy.workUnit, this);
    m_phone = new QLineEdit(m_deputy.phone, this);
    m_idNumber = new QLineEdit(m_deputy.idNumber, this);
    m_address = new QLineEdit(m_deputy.address, this);
    m_composition = new QComboBox(this);
    m_composition->addItem(tr("(not set)"), QString());
    for (const QString& code : registry::compositionCodes())
        m_composition->addItem(registry::compositionName(code), code);
    m_composition->setCurrentIndex(std::max(0, m_composition->findData(m_deputy.composition)));
    m_cadre = new QCheckBox(tr("Cadre deputy (leading cadre of a Party or state body)"), this);
    m_cadre->setChecked(m_deputy.isCadre);
    m_notes = new QPlainTextEdit(m_deputy.notes, this);
    m_notes->setFixedHeight(48);
    m_person->addField(QStringLiteral("name"), tr("Name"), m_name);
    m_person->addField(QStringLiteral("gender"), tr("Gender"), m_gender);
    m_person->addField(QStringLiteral("ethnicity"), tr("Ethnicity"), m_ethnicity);
    m_person->addField(QStringLiteral("birth_month"), tr("Birth month"), m_birth);
    m_person->addField(QStringLiteral("party"), tr("Party"), m_party);
    m_person->addField(QStringLiteral("education"), tr("Education"), m_education);
    m_person->addField(QStringLiteral("work_unit"), tr("Work unit and position"), m_workUnit);
    m_person->addField(QStringLiteral("phone"), tr("Phone"), m_phone);
    m_person->addField(QStringLiteral("id_number"), tr("ID number"), m_idNumber);
    m_person->addField(QStringLiteral("address"), tr("Address"), m_address);
    m_person->addField(QStringLiteral("composition"), tr("Composition"), m_composition);
    m_person->addField(QStringLiteral("cadre"), QString(), m_cadre);
    m_person->addField(QStringLiteral("notes"), tr("Notes"), m_notes);
    return personBox;
}

QGroupBox* DeputyDialog::buildMembershipBox()
{
    auto* termBox = new QGroupBox(tr("Membership"), this);
    m_term = new FieldForm(termBox);
    const registry::OfficeSettings settings(m_db);
    m_level = new QComboBox(this);
    for (registry::Level level : registry::allLevels())
        m_level->addItem(registry::levelName(level), int(level));
    m_level->setCurrentIndex(
        m_level->findData(int(m_adding ? settings.officeLevel() : m_membership.level)));
    m_level->setEnabled(m_adding);
    m_termNumber = new QSpinBox(this);
    m_termNumber->setRange(1, 99);
    const auto currentTerm = [this] {
        const auto term = foundOrWarn(
            registry::TermStore(m_db).current(registry::Level(m_level->currentData().toInt())),
            this);
        return term ? term->number : 1;
    };
    m_termNumber->setValue(m_adding ? currentTerm() : m_membership.termNumber);
    m_termNumber->setEnabled(m_adding);
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this, currentTerm] { m_termNumber->setValue(currentTerm()); });
    m_certificate = new QLineEdit(m_membership.certificateNo, this);
    m_district = new QLineEdit(m_membership.electoralDistrict, this);
    m_township = townshipPicker(m_db, this, tr("(none)"));
    m_township->setCurrentId(m_membership.townshipId);
    m_station = stationPicker(m_db, this, tr("(none)"), m_township);
    m_station->setCurrentId(m_primaryStation);
    m_term->addField(QStringLiteral("level"), tr("Level"), m_level);
    m_term->addField(QStringLiteral("term"), tr("Term"), m_termNumber);
    m_term->addField(QStringLiteral("certificate_no"), tr("Certificate number"), m_certificate);
    m_term->addField(QStringLiteral("electoral_district"), tr("Electoral district"), m_district);
    m_term->addField(QStringLiteral("township"), tr("Township"), m_township);
    m_term->addField(QStringLiteral("station"), tr("Primary station"), m_station);
    return termBox;
}

QVBoxLayout* DeputyDialog::buildPhotoColumn()
{
    auto* photoBox = new QVBoxLayout;
    m_photo = new QLabel(this);
    m_photo->setFixedSize(kPhotoSize);
    m_photo->setFrameShape(QFrame::Box);
    m_photo->setAlignment(Qt::AlignCenter);
    auto* photoButton = new QPushButton(tr("Photo…"), this);
    connect(photoButton, &QPushButton::clicked, this, &DeputyDialog::choosePhoto);
    photoBox->addWidget(m_photo, 0, Qt::AlignLeft);
    photoBox->addWidget(photoButton, 0, Qt::AlignLeft);
    photoBox->addStretch();
    showPhoto();
    return photoBox;
}

void DeputyDialog::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a photo"), {},
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_generalError->setText(
            tr("%1 is not an image that can be read: %2").arg(path, reader.errorString()));
        m_generalError->setVisible(true);
        return;
    }
    // Stored small: a printed sheet needs about 300×400 pixels.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.scaled(300, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "JPG", 90);
    m_deputy.photo = bytes;
    showPhoto();
}

void DeputyDialog::showPhoto()
{
    QPixmap pixmap;
    if (!m_deputy.photo.isEmpty() && pixmap.loadFromData(m_deputy.photo))
        m_photo->setPixmap(
            pixmap.scaled(kPhotoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_photo->setText(tr("No photo"));
}

registry::Deputy DeputyDialog::deputyFromForm() const
{
    registry::Deputy deputy = m_deputy;
    deputy.name = m_name->text();
    deputy.gender = m_gender->currentData().toString();
    deputy.ethnicity = m_ethnicity->currentText();
    deputy.birthMonth = m_birth->text();
    deputy.party = m_party->currentText();
    deputy.education = m_education->currentText();
    deputy.workUnit = m_workUnit->text();
    deputy.phone = m_phone->text();
    deputy.idNumber = m_idNumber->text();
    deputy.address = m_address->text();
    deputy.composition = m_composition->currentData().toString();
    deputy.isCadre = m_cadre->isChecked();
    deputy.notes = m_notes->toPlainText();
    return deputy;
}

registry::Membership DeputyDialog::membershipFromForm() const
{
    registry::Membership membership = m_membership;
    membership.level = registry::Level(m_level->currentData().toInt());
    membership.termNumber = m_termNumber->value();
    membership.certificateNo = m_certificate->text();
    membership.electoralDistrict = m_district->text();
    membership.townshipId = m_township->currentData().toLongLong();
    return membership;
}

void DeputyDialog::accept()
{
    m_person->clearErrors();
    m_term->clearErrors();
    m_generalError->setVisible(false);
    registry::Deputy deputy = deputyFromForm();
    registry::Membership membership = membershipFromForm();
    const qint64 station = m_station->currentData().toLongLong();
    Outcome outcome;
    if (m_adding) {
        outcome = usecase::addDeputy(m_db, deputy, membership, station);
    } else {
        usecase::DeputyEdit edit{deputy, membership, station};
        outcome = usecase::editDeputy(m_db, edit);
        deputy = edit.deputy;
    }
    if (!outcome.ok()) {
        FieldErrors personErrors, termErrors;
        for (const FieldError& error : std::as_const(outcome.errors))
            (m_term->editor(error.field) ? termErrors : personErrors).append(error);
        m_person->showErrors(personErrors);
        m_term->showErrors(termErrors);
        if (outcome.errors.isEmpty()) {
            m_generalError->setText(outcome.text());
            m_generalError->setVisible(true);
        }
        return;
    }
    m_deputy = deputy;
    QDialog::accept();
}

} // namespace dd::ui

#include "SettingsDialog.h"

#include "Operator.h"
#include "registry/OfficeSettings.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/Palette.h"
#include "usecases/SettingsActions.h"

#include "storage/Backups.h"
#include "ui/widgets/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd::ui {

SettingsDialog::SettingsDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Settings"));
    const registry::OfficeSettings settings(m_db);
    auto* layout = new QVBoxLayout(this);
    m_form = new FieldForm;
    m_screenLanguage = new QComboBox(this);
    m_screenLanguage->addItem(tr("Automatic (as the system)"), QStringLiteral("auto"));
    m_screenLanguage->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_screenLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_screenLanguage->setCurrentIndex(
        std::max(0, m_screenLanguage->findData(
                        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("auto")))));
    m_documentLanguage = new QComboBox(this);
    m_documentLanguage->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_documentLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_documentLanguage->setCurrentIndex(
        std::max(0, m_documentLanguage->findData(settings.documentLanguage())));
    m_name = new QLineEdit(settings.congressName(), this);
    m_operator = new QLineEdit(operatorName(), this);
    m_operator->setObjectName(QStringLiteral("operator"));
    const auto termBox = [&](registry::Level level) {
        auto* box = new QSpinBox(this);
        box->setRange(0, 99);
        box->setSpecialValueText(tr("not set"));
        box->setValue(settings.currentTerm(level));
        return box;
    };
    m_countyTerm = termBox(registry::Level::County);
    m_townshipTerm = termBox(registry::Level::Township);
    m_form->addField(QStringLiteral("screen_language"), tr("Screen language"), m_screenLanguage);
    m_form->addField(QStringLiteral("document_language"), tr("Document language"),
                     m_documentLanguage);
    m_form->addField(QStringLiteral("congress_name"), tr("County congress"), m_name);
    m_form->addField(QStringLiteral("operator"), tr("Your name (clerk in charge)"), m_operator);
    m_form->addField(registry::OfficeSettings::termKey(registry::Level::County),
                     tr("Current county term"), m_countyTerm);
    m_form->addField(registry::OfficeSettings::termKey(registry::Level::Township),
                     tr("Current township term"), m_townshipTerm);
    auto* backupRow = new QWidget(this);
    auto* backupLayout = new QHBoxLayout(backupRow);
    backupLayout->setContentsMargins(0, 0, 0, 0);
    m_backupFolder = new QLineEdit(
        QDir::toNativeSeparators(settings.value(QStringLiteral("backup.folder"))), backupRow);
    m_backupFolder->setPlaceholderText(
        QDir::toNativeSeparators(storage::Backups::defaultFolder(m_db.databaseName())));
    m_backupFolder->setClearButtonEnabled(true);
    m_backupFolder->setToolTip(m_backupFolder->placeholderText());
    fitPlaceholder(m_backupFolder, 480);
    auto* browse = new QPushButton(tr("Choose…"), backupRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for backups"),
                                                                 m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    backupLayout->addWidget(m_backupFolder, 1);
    backupLayout->addWidget(browse);
    m_form->addField(QStringLiteral("backup.folder"), tr("Backup folder"), backupRow);
    layout->addLayout(m_form);
    auto* note = new QLabel(tr("The screen language applies from the next start. The document "
                               "language is used for printouts and workbooks. Backups go to the "
                               "folder beside the office file unless you choose another (a USB "
                               "stick or a shared folder)."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_error = new QLabel(this);
    m_error->setStyleSheet(palette::errorText());
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void SettingsDialog::accept()
{
    QList<std::pair<QString, QString>> values = {
        {QStringLiteral("document_language"), m_documentLanguage->currentData().toString()},
        {QStringLiteral("congress_name"), m_name->text().trimmed()},
        {QStringLiteral("backup.folder"),
         QDir::fromNativeSeparators(m_backupFolder->text().trimmed())}};
    if (m_countyTerm->value() > 0)
        values.append({registry::OfficeSettings::termKey(registry::Level::County),
                       QString::number(m_countyTerm->value())});
    if (m_townshipTerm->value() > 0)
        values.append({registry::OfficeSettings::termKey(registry::Level::Township),
                       QString::number(m_townshipTerm->value())});
    const Outcome outcome = usecase::changeSettings(m_db, values);
    if (!outcome.errors.isEmpty()) {
        m_form->showErrors(outcome.errors);
        return;
    }
    if (!outcome.ok()) {
        m_error->setText(outcome.text());
        m_error->setVisible(true);
        return;
    }
    QSettings pc;
    const QString language = m_screenLanguage->currentData().toString();
    m_languageChanged = pc.value(QStringLiteral("ui/language"), QStringLiteral("auto")) != language;
    pc.setValue(QStringLiteral("ui/language"), language);
    setOperatorName(m_operator->text());
    QDialog::accept();
}

} // namespace dd::ui

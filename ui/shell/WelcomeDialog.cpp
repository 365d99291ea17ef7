#include "WelcomeDialog.h"

#include "common/Clock.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/Palette.h"
#include "usecases/RegistryActions.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dd::ui {

QString WelcomeDialog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/deputydesk.ddb");
}

QString WelcomeDialog::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.ddb");
}

WelcomeDialog::WelcomeDialog(bool firstStart, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(firstStart ? tr("Welcome to DeputyDesk") : tr("New database"));
    auto* layout = new QVBoxLayout(this);
    if (firstStart) {
        auto* intro = new QLabel(tr("<h2>Welcome to DeputyDesk</h2><p>Keep the deputies' files, "
                                    "the liaison stations and every concern and suggestion in "
                                    "one database on this computer. Create the office's database "
                                    "below, open one you already have, or look around in the "
                                    "demo first.</p>"),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto* createBox = new QGroupBox(tr("Create a new database"), this);
    m_form = new FieldForm(createBox);
    auto* pathRow = new QWidget(this);
    auto* pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(
        QDir::toNativeSeparators(QFileInfo::exists(defaultPath()) ? QString() : defaultPath()),
        this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &WelcomeDialog::browse);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. 云岭县人大常委会"));
    m_level = new QComboBox(this);
    m_level->addItem(registry::levelName(registry::Level::County), int(registry::Level::County));
    m_level->addItem(registry::levelName(registry::Level::Township),
                     int(registry::Level::Township));
    m_term = new QSpinBox(this);
    m_term->setRange(1, 99);
    m_term->setValue(18);
    m_termStart = new QDateEdit(QDate(Clock::today().year() - 1, 12, 20), this);
    m_termStart->setCalendarPopup(true);
    m_termStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_form->addField(QStringLiteral("path"), tr("Database file"), pathRow);
    m_form->addField(QStringLiteral("name"), tr("County congress"), m_name);
    m_form->addField(QStringLiteral("level"), tr("Office level"), m_level);
    m_form->addField(QStringLiteral("term"), tr("Current term"), m_term);
    m_form->addField(QStringLiteral("start_date"), tr("Term began on"), m_termStart);
    auto* create = new QPushButton(tr("Create"), this);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &WelcomeDialog::create);
    m_form->addRow(QString(), create);
    layout->addWidget(createBox);

    auto* others = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open an existing database…"), this);
    connect(open, &QPushButton::clicked, this, &WelcomeDialog::openExisting);
    others->addWidget(open);
    if (firstStart) {
        auto* demo = new QPushButton(tr("Open the demo"), this);
        connect(demo, &QPushButton::clicked, this, &WelcomeDialog::openDemo);
        others->addWidget(demo);
    }
    others->addStretch();
    auto* cancel = new QPushButton(firstStart ? tr("Quit") : tr("Cancel"), this);
    connect(cancel, &QPushButton::clicked, this, &WelcomeDialog::reject);
    others->addWidget(cancel);
    layout->addLayout(others);
    m_error = new QLabel(this);
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    resize(640, sizeHint().height());
}

void WelcomeDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Create the database"), m_path->text(), tr("DeputyDesk database (*.ddb)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool WelcomeDialog::take(storage::OpenResult opened)
{
    if (!opened) {
        m_error->setText(opened.error());
        m_error->setVisible(true);
        return false;
    }
    m_database = std::move(*opened);
    accept();
    return true;
}

void WelcomeDialog::create()
{
    m_error->setVisible(false);
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    FieldErrors errors;
    if (path.isEmpty())
        errors.append({QStringLiteral("path"), tr("is required")});
    else if (QFileInfo::exists(path))
        errors.append(
            {QStringLiteral("path"), tr("%1 already exists; choose another name or open it instead")
                                         .arg(QDir::toNativeSeparators(path))});
    if (m_name->text().trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("is required")});
    if (m_form->showErrors(errors))
        return;
    if (!path.endsWith(QLatin1String(".ddb"), Qt::CaseInsensitive))
        path += QStringLiteral(".ddb");
    QDir().mkpath(QFileInfo(path).absolutePath());
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::CreateIfMissing, {.asWindow = true});
    if (opened) {
        const Outcome outcome = usecase::setUpOffice(
            (*opened)->connection(),
            {m_name->text().trimmed(), registry::Level(m_level->currentData().toInt()),
             m_term->value(), m_termStart->date()});
        if (!outcome.ok()) {
            m_form->showErrors(outcome.errors);
            m_error->setText(outcome.text());
            m_error->setVisible(true);
            (*opened).reset();
            QFile::remove(path);
            return;
        }
    }
    take(std::move(opened));
}

void WelcomeDialog::openExisting()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a database"), {}, tr("DeputyDesk database (*.ddb);;All files (*)"));
    if (!path.isEmpty())
        take(storage::Database::open(path, storage::Database::Mode::OpenExisting,
                                     {.asWindow = true}));
}

void WelcomeDialog::openDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        take(storage::Database::open(path, storage::Database::Mode::OpenExisting,
                                     {.asWindow = true}));
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    storage::OpenResult opened =
        storage::Database::open(path, storage::Database::Mode::CreateIfMissing, {.asWindow = true});
    if (opened) {
        registry::OfficeProfile profile{QStringLiteral("云岭县人大常委会"), registry::Level::County,
                                        18, QDate(Clock::today().year() - 5, 12, 20)};
        demo::DemoSummary summary;
        Outcome outcome = usecase::setUpOffice((*opened)->connection(), profile);
        if (outcome.ok())
            outcome = usecase::fillWithDemo((*opened)->connection(), demo::DemoOptions{}, &summary);
        if (!outcome.ok()) {
            opened = Outcome::storage(outcome.text()); // closes the file before it goes
            QFile::remove(path);
        }
    }
    QApplication::restoreOverrideCursor();
    take(std::move(opened));
}

} // namespace dd::ui

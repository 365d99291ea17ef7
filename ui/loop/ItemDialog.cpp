#include "ItemDialog.h"

#include "common/BuiltInNames.h"
#include "common/Clock.h"
#include "loop/AgencyStore.h"
#include "loop/DuplicateFinder.h"
#include "registry/Levels.h"
#include "registry/TermStore.h"
#include "ui/shell/Operator.h"
#include "ui/widgets/DeputyPicker.h"
#include "ui/widgets/FieldForm.h"
#include "ui/widgets/Pickers.h"
#include "ui/widgets/ReadFailure.h"
#include "usecases/LoopActions.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

using namespace loop;

ItemDialog::ItemDialog(QSqlDatabase db, ItemKind kind, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_kind(kind)
{
    const bool concern = kind == ItemKind::Concern;
    setWindowTitle(concern ? tr("Record a concern") : tr("Record a suggestion"));
    auto* layout = new QVBoxLayout(this);
    m_form = new FieldForm;
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_form->addField(QStringLiteral("date"), concern ? tr("Raised on") : tr("Submitted on"),
                     m_date);
    registry::DeputyFilter serving;
    const QList<registry::DeputyRow> deputies =
        listOrWarn(registry::DeputyStore(m_db).list(serving), this);
    if (concern) {
        m_channel = new QComboBox(this);
        for (Channel channel : {Channel::Reception, Channel::Visit, Channel::Phone, Channel::Letter,
                                Channel::Online, Channel::Other})
            m_channel->addItem(channelName(channel), int(channel));
        m_form->addField(QStringLiteral("channel"), tr("Channel"), m_channel);
        m_citizen = new QLineEdit(this);
        m_phone = new QLineEdit(this);
        m_place = new QLineEdit(this);
        m_place->setPlaceholderText(tr("Village or community"));
        m_form->addField(QStringLiteral("citizen"), tr("Citizen"), m_citizen);
        m_form->addField(QStringLiteral("phone"), tr("Phone"), m_phone);
        m_form->addField(QStringLiteral("place"), tr("Place"), m_place);
    } else {
        m_title = new QLineEdit(this);
        m_title->setPlaceholderText(tr("e.g. Suggestion on repairing the village roads"));
        m_form->addField(QStringLiteral("title"), tr("Title"), m_title);
        m_lead = new QComboBox(this);
        m_lead->setEditable(true);
        m_lead->setInsertPolicy(QComboBox::NoInsert);
        QSet<qint64> seen;
        for (const registry::DeputyRow& row : deputies)
            if (!seen.contains(row.deputy.id)) {
                seen.insert(row.deputy.id);
                m_lead->addItem(row.deputy.name, row.deputy.id);
            }
        m_lead->completer()->setFilterMode(Qt::MatchContains);
        m_lead->setCurrentIndex(-1);
        m_lead->setMinimumWidth(
            m_lead->fontMetrics().horizontalAdvance(QStringLiteral("欧阳晓明晓明")) + 40);
        m_form->addField(QStringLiteral("deputy"), tr("Lead deputy"), m_lead);
        m_session = new QComboBox(this);
        m_session->addItem(tr("Between sessions"), 0);
        for (const registry::Session& session :
             listOrWarn(registry::TermStore(m_db).sessions(), this))
            m_session->addItem(tr("%1, term %2, session %3")
                                   .arg(registry::levelName(session.level))
                                   .arg(session.termNumber)
                                   .arg(session.number),
                               session.id);
        m_form->addField(QStringLiteral("session"), tr("Raised at"), m_session);
    }
    m_content = new QPlainTextEdit(this);
    m_content->setTabChangesFocus(true);
    m_content->setFixedHeight(m_content->fontMetrics().lineSpacing() * 5);
    m_form->addField(QStringLiteral("content"), concern ? tr("Concern") : tr("Content"), m_content);
    m_category = new QComboBox(this);
    m_category->addItem(QString());
    for (const QString& category : categories(m_db))
        m_category->addItem(builtInName(category), category);
    m_form->addField(QStringLiteral("category"), tr("Category"), m_category);
    m_township = townshipPicker(m_db, this, QString());
    m_form->addField(QStringLiteral("township"), tr("Township"), m_township);
    for (QComboBox* box : std::initializer_list<QComboBox*>{m_category, m_township})
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("乡镇街道名称")) +
                             40);
    m_station = stationPicker(m_db, this, QString(), m_township);
    m_form->addField(QStringLiteral("station"), tr("Station"), m_station);
    m_deputies = new DeputyPicker(deputies, this);
    m_form->addField(concern ? QStringLiteral("deputy") : QStringLiteral("cosigner"),
                     concern ? tr("Receiving deputies") : tr("Co-signers"), m_deputies);
    layout->addLayout(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ItemDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(620, sizeHint().width()), sizeHint().height());
}

Item ItemDialog::item() const
{
    Item item;
    item.kind = m_kind;
    item.raisedDate = m_date->date();
    item.content = m_content->toPlainText();
    item.category = m_category->currentData().toString();
    item.townshipId = m_township->currentData().toLongLong();
    item.stationId = m_station->currentData().toLongLong();
    if (m_kind == ItemKind::Concern) {
        item.channel = Channel(m_channel->currentData().toInt());
        item.citizenName = m_citizen->text();
        item.citizenPhone = m_phone->text();
        item.place = m_place->text();
        item.deputyIds = m_deputies->checkedIds();
    } else {
        item.title = m_title->text();
        const int lead = m_lead->findText(m_lead->currentText().trimmed());
        if (lead >= 0)
            item.deputyIds = {m_lead->itemData(lead).toLongLong()};
        item.cosignerIds = m_deputies->checkedIds();
        if (!item.deputyIds.isEmpty())
            item.cosignerIds.removeAll(item.deputyIds.first());
        item.sessionId = m_session->currentData().toLongLong();
    }
    return item;
}

bool ItemDialog::confirmNotDuplicate(const Item& item)
{
    const QList<DuplicateCandidate> similar = likelyDuplicates(m_db, item.content, item.townshipId);
    if (similar.isEmpty())
        return true;
    QStringList lines;
    for (const DuplicateCandidate& candidate : similar)
        lines << QStringLiteral("%1（%2%）：%3")
                     .arg(candidate.serial)
                     .arg(qRound(candidate.similarity * 100))
                     .arg(candidate.content.simplified().left(50));
    QMessageBox box(QMessageBox::Question, tr("This may have been raised already"),
                    tr("Open concerns of the same township read much like this one:\n\n%1\n\n"
                       "Record it anyway? (To merge, record it and order it into the same "
                       "suggestion as the earlier one.)")
                        .arg(lines.join(QLatin1Char('\n'))),
                    QMessageBox::NoButton, this);
    box.addButton(tr("Record anyway"), QMessageBox::AcceptRole);
    QPushButton* back = box.addButton(tr("Go back"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() != back;
}

void ItemDialog::accept()
{
    Item recorded = item();
    if (m_kind == ItemKind::Concern && !recorded.content.trimmed().isEmpty() &&
        !confirmNotDuplicate(recorded))
        return;
    const QString actor = operatorName();
    const Outcome outcome = usecase::recordItem(m_db, m_kind, recorded, actor);
    if (!m_form->showOutcome(outcome))
        return;
    m_itemId = recorded.id;
    m_serial = recorded.serial;
    QDialog::accept();
}

} // namespace dd::ui

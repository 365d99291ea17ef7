#include "LoopFixture.h"

#include "common/Clock.h"
#include "registry/DeputyStore.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <stdexcept>

namespace dd::test {

using namespace loop;

LoopFixture::LoopFixture()
{
    const usecase::WriteAccess seeding(db.connection()); // stands in for the use cases
    Clock::setToday(QDate(2026, 11, 20));
    registry::DeputyStore deputies(db.connection());
    const auto addDeputy = [&](const char* name, const char* month) {
        registry::Deputy deputy;
        deputy.name = QString::fromUtf8(name);
        deputy.gender = QStringLiteral("M");
        deputy.birthMonth = QString::fromLatin1(month);
        registry::Membership membership;
        membership.level = registry::Level::County;
        membership.termNumber = 18;
        if (!deputies.add(deputy, membership).ok())
            throw std::runtime_error("deputy");
        return deputy.id;
    };
    zhang = addDeputy("张三", "1975-03");
    li = addDeputy("李四", "1980-10");
    AgencyStore agencies(db.connection());
    Agency a{0, {}, QStringLiteral("县水务局"), QStringLiteral("department"), {}, {}};
    Agency b{0, {}, QStringLiteral("县交通运输局"), QStringLiteral("department"), {}, {}};
    if (!agencies.add(a).ok() || !agencies.add(b).ok())
        throw std::runtime_error("agency");
    water = a.id;
    traffic = b.id;
}

LoopFixture::~LoopFixture()
{
    Clock::reset();
}

qint64 LoopFixture::concern(const QDate& date, const QString& category)
{
    const usecase::WriteAccess seeding(db.connection()); // stands in for the use cases
    Item item;
    item.raisedDate = date;
    item.content = QStringLiteral("村口道路破损，雨天积水严重，群众出行不便");
    item.category = category;
    item.citizenName = QStringLiteral("王五");
    item.citizenPhone = QStringLiteral("13812345678");
    item.deputyIds = {zhang};
    const Outcome outcome = store().addConcern(item);
    if (!outcome.ok())
        throw std::runtime_error(outcome.text().toStdString());
    return item.id;
}

qint64 LoopFixture::suggestion(const QDate& date, const QString& title)
{
    const usecase::WriteAccess seeding(db.connection()); // stands in for the use cases
    Item item;
    item.raisedDate = date;
    item.title = title;
    item.content = QStringLiteral("建议县交通运输局加快推进村道硬化工程");
    item.category = QStringLiteral("城建环资");
    item.deputyIds = {zhang};
    item.cosignerIds = {li};
    const Outcome outcome = store().addSuggestion(item);
    if (!outcome.ok())
        throw std::runtime_error(outcome.text().toStdString());
    return item.id;
}

QString LoopFixture::snapshot() const
{
    QString text;
    for (const char* table : {"loop_items", "loop_steps", "item_agencies", "item_deputies"}) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

StepRequest step(StepKind kind, const QDate& date)
{
    StepRequest request;
    request.kind = kind;
    request.date = date;
    request.actor = QStringLiteral("代表工委 刘干事");
    return request;
}

} // namespace dd::test

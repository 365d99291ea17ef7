#include "storage/Sql.h"

#include "registry/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QUuid>

namespace dd {

QString Outcome::text() const
{
    if (!errors.isEmpty())
        return describe(errors);
    return message;
}

namespace sql {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowText()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

bool run(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values)
{
    if (!query.prepare(statement))
        return false;
    for (const QVariant& value : values) {
        // A null QString would bind as SQL NULL; text columns hold '' for "empty".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    return query.exec();
}

Outcome storageFailure(const QSqlQuery& query)
{
    return Outcome::failure(Outcome::Kind::Storage,
                            QCoreApplication::translate("dd::Database", "Database error: %1")
                                .arg(query.lastError().text()));
}

} // namespace sql
} // namespace dd

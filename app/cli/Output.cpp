#include "Output.h"

#include "common/CsvWriter.h"
#include "common/TextWidth.h"
#include "storage/Platform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringView>

namespace dd::cli {

namespace {
QString cellText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("✓") : QString();
    return value.toString();
}

} // namespace

std::optional<Format> parseFormat(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    if (text == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString renderTable(const Listing& listing)
{
    QList<int> widths;
    for (const QString& header : listing.headers)
        widths << displayWidth(header);
    QList<QStringList> texts;
    texts.reserve(listing.rows.size());
    for (const QVariantList& row : listing.rows) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c) {
            cells << cellText(row.at(c)).replace(QLatin1Char('\n'), QLatin1Char(' '));
            widths[c] = std::max(widths[c], displayWidth(cells.last()));
        }
        texts << cells;
    }
    QString out;
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c) {
            text += cells.at(c);
            if (c + 1 < cells.size())
                text += QString(widths[c] - displayWidth(cells.at(c)) + 2, QLatin1Char(' '));
        }
        out += text + QLatin1Char('\n');
    };
    line(listing.headers);
    for (const QStringList& cells : texts)
        line(cells);
    return out;
}

QByteArray renderCsv(const Listing& listing)
{
    QList<QStringList> rows;
    rows.reserve(listing.rows.size());
    for (const QVariantList& row : listing.rows) {
        QStringList cells;
        for (const QVariant& value : row)
            cells << (value.typeId() == QMetaType::Bool
                          ? (value.toBool() ? QStringLiteral("1") : QStringLiteral("0"))
                          : value.toString());
        rows << cells;
    }
    return csv::document(listing.headers, rows);
}

QByteArray renderJson(const Listing& listing)
{
    QJsonArray array;
    for (const QVariantList& row : listing.rows) {
        QJsonObject object;
        for (int c = 0; c < row.size(); ++c)
            object.insert(listing.keys.at(c), QJsonValue::fromVariant(row.at(c)));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

void print(const QString& text)
{
    printBytes(text.toUtf8());
}

void printBytes(const QByteArray& bytes)
{
    if (storage::platform::writeConsole(storage::platform::StandardStream::Output, bytes))
        return;
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString& text)
{
    const QByteArray bytes =
        (text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')).toUtf8();
    if (storage::platform::writeConsole(storage::platform::StandardStream::Error, bytes))
        return;
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printListing(const Listing& listing, Format format)
{
    switch (format) {
    case Format::Table:
        print(renderTable(listing));
        break;
    case Format::Csv:
        printBytes(renderCsv(listing));
        break;
    case Format::Json:
        printBytes(renderJson(listing));
        break;
    }
}

} // namespace dd::cli

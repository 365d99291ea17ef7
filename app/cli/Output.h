#pragma once

#include <QStringList>
#include <QVariant>

#include <cstdio>

namespace dd::cli {

// A listing as the CLI prints it: `keys` name the JSON fields, `headers` the translated columns.
struct Listing {
    Listing() = default;
    Listing(QStringList keys, QStringList headers)
        : keys(std::move(keys))
        , headers(std::move(headers))
    {
    }
    QStringList keys;
    QStringList headers;
    QList<QVariantList> rows;
};

enum class Format { Table, Csv, Json };
std::optional<Format> parseFormat(const QString& text);

QString renderTable(const Listing& listing);
QByteArray renderCsv(const Listing& listing);
QByteArray renderJson(const Listing& listing);

// Text to the console in UTF-8; messages go to stderr.
void print(const QString& text);
void printBytes(const QByteArray& bytes);
void printError(const QString& text);
void printListing(const Listing& listing, Format format);

} // namespace dd::cli

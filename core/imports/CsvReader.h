#pragma once

#include "common/Result.h"
#include "imports/Table.h"

#include <QCoreApplication>
#include <QStringView>

#include <optional>

class QIODevice;

namespace dd::imports {

// CSV text into a table, fed in pieces: a file is read and decoded one chunk at a time, so the
// memory it takes is the table's (bounded by TableFile's cell limit) plus one chunk, never the
// whole file's bytes and text besides. The delimiter (comma, tab or semicolon) is found in the
// first piece; quoted fields may hold delimiters, line breaks and doubled quotes.
class CsvParser {
public:
    explicit CsvParser(QString tableName);
    void feed(QStringView text);
    Table finish();

private:
    void take(QChar c, QChar next, bool hasNext, bool* skipNext);
    void endField();
    void endRow();

    Table m_table;
    Row m_row;
    QString m_field;
    QChar m_delimiter;
    bool m_delimiterKnown = false;
    bool m_quoted = false;
    bool m_wasQuoted = false;
    int m_line = 1;
    int m_column = 1;
    QString m_held; // a last character whose meaning depends on the next (" or \r)
};

// Reads a CSV file in chunks: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030.
class CsvFileReader {
    Q_DECLARE_TR_FUNCTIONS(dd::imports::TableFile)
public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    // `device` is open and at its start; a failure says why without the file's name.
    static Result<Table> read(QIODevice& device, const QString& tableName);
};

} // namespace dd::imports

#include "imports/TableFile.h"

#include "imports/XlsxReader.h"
#include "storage/Platform.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace dd::imports {

namespace {
QChar detectDelimiter(QStringView text)
{
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    int lines = 0;
    for (const QChar c : text.left(64 * 1024)) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\n' && ++lines >= 30)
            break;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

bool looksLikeMarkup(const QByteArray& head)
{
    const QByteArray lower = head.left(4096).toLower();
    return lower.trimmed().startsWith('<') &&
           (lower.contains("<html") || lower.contains("<table") || lower.contains("<?xml") ||
            lower.contains("<!doctype"));
}
} // namespace

std::optional<QList<Table>> TableFile::read(const QString& path, QString* error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1 is a folder, not a file").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("%1 is larger than 100 MB; a roster is never that large").arg(path);
        return std::nullopt;
    }
    if (const qint64 fields = countTextFields(file); fields > kMaxTextFields) {
        *error = tr("%1 has more than %2 cells; a roster or a ledger is never that large. Check "
                    "that it is the right file.")
                     .arg(info.fileName())
                     .arg(kMaxTextFields);
        return std::nullopt;
    }
    return read(file.readAll(), info.fileName(), error);
}

qint64 TableFile::countTextFields(QFile& file)
{
    // Counted in chunks before anything is decoded, so a huge text file is refused holding
    // only one chunk. Separators and line ends of every delimiter count (an upper bound);
    // GB18030's second bytes are never one of them. A workbook is limited by XlsxReader.
    const QByteArray head = file.peek(8);
    if (head.startsWith("PK") || head.startsWith("\xD0\xCF\x11\xE0"))
        return 0;
    qint64 fields = 0;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 n; (n = file.read(chunk.data(), chunk.size())) > 0;) {
        for (qint64 i = 0; i < n; ++i) {
            const char c = chunk[i];
            fields += c == ',' || c == '\t' || c == ';' || c == '\n';
        }
        if (fields > kMaxTextFields)
            break;
    }
    file.seek(0);
    return fields;
}

std::optional<QList<Table>> TableFile::read(const QByteArray& bytes, const QString& name,
                                            QString* error)
{
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        XlsxReader reader(bytes);
        QList<Table> tables;
        for (int i = 0; reader.isValid() && i < reader.sheetNames().size(); ++i)
            if (auto table = reader.readSheet(i))
                tables.append(std::move(*table));
        if (!reader.isValid()) {
            *error = tr("%1 cannot be read: %2").arg(name, reader.error());
            return std::nullopt;
        }
        return tables;
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        *error = tr("%1 is an old Excel 97–2003 workbook (.xls) or a password-protected one. "
                    "Open it in Excel or WPS and save it as an Excel workbook (.xlsx) without a "
                    "password, then import that file.")
                     .arg(name);
        return std::nullopt;
    }
    if (looksLikeMarkup(bytes)) {
        *error = tr("%1 is a web page or XML file saved with a spreadsheet's name. Open it in "
                    "Excel or WPS and save it as an Excel workbook (.xlsx), then import that file.")
                     .arg(name);
        return std::nullopt;
    }
    if (bytes.startsWith("%PDF")) {
        *error = tr("%1 is a PDF document, not a spreadsheet").arg(name);
        return std::nullopt;
    }
    const auto text = decodeText(bytes, error);
    if (!text) {
        *error = tr("%1: %2").arg(name, *error);
        return std::nullopt;
    }
    return QList<Table>{parseCsv(*text, name)};
}

std::optional<QString> TableFile::decodeText(const QByteArray& bytes, QString* error)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        return QString(decoder.decode(bytes.mid(2)));
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    if (body.left(8192).contains('\0')) {
        *error = tr("the file is neither a workbook nor text (CSV)");
        return std::nullopt;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return text;
    if (bom) {
        *error = tr("the file says it is UTF-8 but holds bytes that are not");
        return std::nullopt;
    }
    if (auto chinese = platform::decodeGb18030(body))
        return chinese;
    *error = tr("the text is neither UTF-8 nor GBK/GB18030; save it as CSV UTF-8 or as .xlsx");
    return std::nullopt;
}

Table TableFile::parseCsv(QStringView text, const QString& name)
{
    Table table;
    table.name = name;
    const QChar delimiter = detectDelimiter(text);
    Row row;
    QString field;
    bool quoted = false, wasQuoted = false;
    int line = 1, column = 1;
    row.number = 1;
    const auto endField = [&] {
        const QString value = wasQuoted ? field : field.trimmed();
        if (!value.trimmed().isEmpty())
            row.cells.append(Cell{column, Cell::Kind::Text, value, 0, {}});
        field.clear();
        wasQuoted = false;
        ++column;
    };
    const auto endRow = [&] {
        endField();
        if (!row.cells.isEmpty())
            table.rows.append(std::move(row));
        row = Row{line + 1, {}};
        column = 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            endRow();
            ++line;
        } else {
            field += c;
        }
    }
    endRow();
    return table;
}

} // namespace dd::imports

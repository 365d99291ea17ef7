#include "imports/TableFile.h"

#include "imports/CsvReader.h"
#include "imports/XlsReader.h"
#include "imports/XlsxReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace dd::imports {

namespace {
// The signature of an OLE compound file: an Excel 97–2003 workbook, or an encrypted .xlsx.
bool isCompoundFile(const QByteArray& head)
{
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool looksLikeMarkup(const QByteArray& head)
{
    const QByteArray lower = head.left(4096).toLower();
    return lower.trimmed().startsWith('<') &&
           (lower.contains("<html") || lower.contains("<table") || lower.contains("<?xml") ||
            lower.contains("<!doctype"));
}
} // namespace

Result<QList<Table>> TableFile::read(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Outcome::badInput(tr("%1 is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::badInput(tr("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Outcome::badInput(
            tr("%1 is larger than 100 MB; a roster is never that large").arg(path));
    if (const qint64 fields = countTextFields(file); fields > kMaxTextFields)
        return Outcome::badInput(
            tr("%1 has more than %2 cells; a roster or a ledger is never that large. Check "
               "that it is the right file.")
                .arg(info.fileName())
                .arg(kMaxTextFields));
    const QByteArray head = file.peek(8192);
    if (isCompoundFile(head))
        return readOldWorkbook(path, info.fileName());
    if (isWorkbook(head) || !refusal(head, info.fileName()).isEmpty())
        return read(file.readAll(), info.fileName());
    return readCsv(file, info.fileName());
}

bool TableFile::isWorkbook(const QByteArray& head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

Result<QList<Table>> TableFile::readCsv(QIODevice& device, const QString& name)
{
    auto table = CsvFileReader::read(device, name);
    if (!table)
        return Outcome::badInput(tr("%1: %2").arg(name, table.error()));
    return QList<Table>{std::move(*table)};
}

qint64 TableFile::countTextFields(QFile& file)
{
    // Counted in chunks before anything is decoded, so a huge text file is refused holding
    // only one chunk. Separators and line ends of every delimiter count (an upper bound);
    // GB18030's second bytes are never one of them. A workbook is limited by XlsxReader.
    const QByteArray head = file.peek(8);
    if (head.startsWith("PK") || isCompoundFile(head))
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

Result<QList<Table>> TableFile::read(const QByteArray& bytes, const QString& name)
{
    if (isWorkbook(bytes)) {
        auto tables = XlsxReader::read(bytes);
        if (!tables)
            return Outcome::badInput(tr("%1 cannot be read: %2").arg(name, tables.error()));
        return tables;
    }
    if (isCompoundFile(bytes)) {
        // FreeXL reads only from a file.
        QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/deputydesk-XXXXXX.xls"));
        if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
            return Outcome::badInput(tr("%1 cannot be read: %2").arg(name, copy.errorString()));
        return readOldWorkbook(copy.fileName(), name);
    }
    if (const QString refused = refusal(bytes, name); !refused.isEmpty())
        return Outcome::badInput(refused);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(buffer, name);
}

Result<QList<Table>> TableFile::readOldWorkbook(const QString& path, const QString& name)
{
    auto tables = XlsReader::read(path);
    if (!tables)
        return Outcome::badInput(tr("%1 cannot be read: %2").arg(name, tables.error()));
    return tables;
}

QString TableFile::refusal(const QByteArray& head, const QString& name)
{
    if (looksLikeMarkup(head))
        return tr("%1 is a web page or XML file saved with a spreadsheet's name. Open it in "
                  "Excel or WPS and save it as an Excel workbook (.xlsx), then import that file.")
            .arg(name);
    if (head.startsWith("%PDF"))
        return tr("%1 is a PDF document, not a spreadsheet").arg(name);
    return {};
}

} // namespace dd::imports

#include "common/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace dd::csv {

QString field(const QString& value)
{
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()) &&
        !number.match(text).hasMatch())
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray document(const QStringList& headers, const QList<QStringList>& rows)
{
    QString text;
    const auto appendLine = [&text](const QStringList& cells) {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString& cell : cells)
            escaped << field(cell);
        text += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    appendLine(headers);
    for (const QStringList& row : rows)
        appendLine(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Outcome writeFile(const QString& path, const QByteArray& bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Outcome::badInput(
            QCoreApplication::translate("dd::Files", "%1 is a folder; please give a file name")
                .arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Outcome::storage(QCoreApplication::translate("dd::Files", "Cannot write %1: %2")
                                    .arg(shown, file.errorString()));
    return Outcome::success();
}

} // namespace dd::csv

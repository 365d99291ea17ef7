#include "common/DocumentText.h"

#include <QLocale>
#include <QTranslator>

namespace dd {

DocumentText::DocumentText(const QString& language)
    : m_chinese(language.startsWith(QLatin1String("zh")))
{
    if (m_chinese) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/deputydesk_zh_CN.qm")))
            m_translator.reset();
    }
}

DocumentText::~DocumentText() = default;

QString DocumentText::text(const char* source, const char* disambiguation) const
{
    if (m_translator) {
        const QString translated = m_translator->translate("dd::documents", source, disambiguation);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString DocumentText::translate(const char* context, const char* source) const
{
    if (!source)
        return {};
    if (m_translator) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString DocumentText::date(const QDate& date) const
{
    if (m_chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace dd

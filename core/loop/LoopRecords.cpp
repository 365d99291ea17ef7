#include "loop/LoopRecords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd::loop {

namespace {

template <typename Enum, std::size_t N> QString codeOf(Enum value, const char* const (&codes)[N])
{
    return QString::fromLatin1(codes[std::size_t(value)]);
}

template <typename Enum, std::size_t N>
std::optional<Enum> parseCode(QStringView text, const char* const (&codes)[N])
{
    for (std::size_t i = 0; i < N; ++i)
        if (text.compare(QLatin1String(codes[i]), Qt::CaseInsensitive) == 0)
            return Enum(i);
    return std::nullopt;
}

QString translated(const char* source)
{
    return QCoreApplication::translate("dd::loop", source);
}

const char* const kItemKinds[] = {"concern", "suggestion"};
const char* const kStates[] = {
    "pointed",           "answered_on_spot", "merged",  "referred",  "declined",
    "awaiting_dispatch", "dispatched",       "replied", "evaluated", "closed"};
const char* const kOrderKinds[] = {"on_spot", "passed_on", "new_suggestion",
                                   "merged",  "referred",  "declined"};
const char* const kChannels[] = {"reception", "visit", "phone", "letter", "online", "other"};
const char* const kEvaluations[] = {"satisfied", "basically", "unsatisfied"};
const char* const kSteps[] = {"point",     "order",    "dispatch", "return", "extend",   "reply",
                              "supervise", "evaluate", "rehandle", "close",  "excellent"};

const char* const kStateNames[] = {QT_TRANSLATE_NOOP("dd::loop", "awaiting the deputy's decision"),
                                   QT_TRANSLATE_NOOP("dd::loop", "answered on the spot"),
                                   QT_TRANSLATE_NOOP("dd::loop", "merged into a suggestion"),
                                   QT_TRANSLATE_NOOP("dd::loop", "referred to the congress above"),
                                   QT_TRANSLATE_NOOP("dd::loop", "declined"),
                                   QT_TRANSLATE_NOOP("dd::loop", "awaiting dispatch"),
                                   QT_TRANSLATE_NOOP("dd::loop", "being handled"),
                                   QT_TRANSLATE_NOOP("dd::loop", "replied"),
                                   QT_TRANSLATE_NOOP("dd::loop", "evaluated"),
                                   QT_TRANSLATE_NOOP("dd::loop", "closed")};
const char* const kOrderNames[] = {QT_TRANSLATE_NOOP("dd::loop", "answered on the spot"),
                                   QT_TRANSLATE_NOOP("dd::loop", "passed on to an agency"),
                                   QT_TRANSLATE_NOOP("dd::loop", "formed into a new suggestion"),
                                   QT_TRANSLATE_NOOP("dd::loop", "merged into a suggestion"),
                                   QT_TRANSLATE_NOOP("dd::loop", "referred to the congress above"),
                                   QT_TRANSLATE_NOOP("dd::loop", "declined")};
const char* const kChannelNames[] = {
    QT_TRANSLATE_NOOP("dd::loop", "station reception"), QT_TRANSLATE_NOOP("dd::loop", "visit"),
    QT_TRANSLATE_NOOP("dd::loop", "phone / 12345"),     QT_TRANSLATE_NOOP("dd::loop", "letter box"),
    QT_TRANSLATE_NOOP("dd::loop", "online / QR code"),  QT_TRANSLATE_NOOP("dd::loop", "other")};
const char* const kEvaluationNames[] = {QT_TRANSLATE_NOOP("dd::loop", "satisfied"),
                                        QT_TRANSLATE_NOOP("dd::loop", "basically satisfied"),
                                        QT_TRANSLATE_NOOP("dd::loop", "unsatisfied")};
const char* const kStepNames[] = {QT_TRANSLATE_NOOP("dd::loop", "point"),
                                  QT_TRANSLATE_NOOP("dd::loop", "order"),
                                  QT_TRANSLATE_NOOP("dd::loop", "dispatch"),
                                  QT_TRANSLATE_NOOP("dd::loop", "return"),
                                  QT_TRANSLATE_NOOP("dd::loop", "extension"),
                                  QT_TRANSLATE_NOOP("dd::loop", "reply"),
                                  QT_TRANSLATE_NOOP("dd::loop", "supervision"),
                                  QT_TRANSLATE_NOOP("dd::loop", "evaluation"),
                                  QT_TRANSLATE_NOOP("dd::loop", "re-handling"),
                                  QT_TRANSLATE_NOOP("dd::loop", "close"),
                                  QT_TRANSLATE_NOOP("dd::loop", "excellent suggestion")};
const char* const kAgencyKinds[] = {"department",    "supervision", "court",
                                    "procuratorate", "township",    "other"};
const char* const kAgencyKindNames[] = {QT_TRANSLATE_NOOP("dd::loop", "government department"),
                                        QT_TRANSLATE_NOOP("dd::loop", "supervision commission"),
                                        QT_TRANSLATE_NOOP("dd::loop", "court"),
                                        QT_TRANSLATE_NOOP("dd::loop", "procuratorate"),
                                        QT_TRANSLATE_NOOP("dd::loop", "township government"),
                                        QT_TRANSLATE_NOOP("dd::loop", "other")};

} // namespace

QString code(ItemKind kind)
{
    return codeOf(kind, kItemKinds);
}
QString code(State state)
{
    return codeOf(state, kStates);
}
QString code(OrderKind kind)
{
    return codeOf(kind, kOrderKinds);
}
QString code(Channel channel)
{
    return codeOf(channel, kChannels);
}
QString code(Evaluation evaluation)
{
    return codeOf(evaluation, kEvaluations);
}
QString code(StepKind kind)
{
    return codeOf(kind, kSteps);
}

std::optional<ItemKind> parseItemKind(QStringView text)
{
    return parseCode<ItemKind>(text, kItemKinds);
}
std::optional<State> parseState(QStringView text)
{
    return parseCode<State>(text, kStates);
}
std::optional<OrderKind> parseOrderKind(QStringView text)
{
    return parseCode<OrderKind>(text, kOrderKinds);
}
std::optional<StepKind> parseStepKind(QStringView text)
{
    return parseCode<StepKind>(text, kSteps);
}

std::optional<Channel> parseChannel(QStringView text)
{
    if (const auto parsed = parseCode<Channel>(text, kChannels))
        return parsed;
    const std::pair<const char16_t*, Channel> words[] = {
        {u"进站接待", Channel::Reception}, {u"接待", Channel::Reception},
        {u"走访", Channel::Visit},         {u"电话", Channel::Phone},
        {u"12345", Channel::Phone},        {u"信箱", Channel::Letter},
        {u"来信", Channel::Letter},        {u"网上", Channel::Online},
        {u"网络", Channel::Online},        {u"二维码", Channel::Online},
        {u"其他", Channel::Other}};
    for (const auto& [word, channel] : words)
        if (text.contains(QStringView(word)))
            return channel;
    return std::nullopt;
}

std::optional<Evaluation> parseEvaluation(QStringView text)
{
    if (const auto parsed = parseCode<Evaluation>(text, kEvaluations))
        return parsed;
    if (text == u"满意")
        return Evaluation::Satisfied;
    if (text == u"基本满意")
        return Evaluation::Basically;
    if (text == u"不满意")
        return Evaluation::Unsatisfied;
    return std::nullopt;
}

bool isResultClass(QStringView text)
{
    return text.size() == 1 && QStringLiteral("ABCD").contains(text.at(0));
}

QString formatSerial(ItemKind kind, int year, int seq)
{
    return kind == ItemKind::Concern
               ? QStringLiteral("%1-意-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0'))
               : QStringLiteral("%1-建-%2").arg(year).arg(seq, 3, 10, QLatin1Char('0'));
}

std::optional<std::pair<int, int>> parseSerial(QStringView serial, ItemKind kind)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(意|建)-(\d{1,6})$)"));
    const auto match = pattern.match(serial.toString());
    if (!match.hasMatch() || (match.capturedView(2) == u"意") != (kind == ItemKind::Concern))
        return std::nullopt;
    const int seq = match.captured(3).toInt();
    if (seq <= 0)
        return std::nullopt;
    return std::pair{match.captured(1).toInt(), seq};
}

const char* stateSource(State state)
{
    return kStateNames[std::size_t(state)];
}
const char* orderKindSource(OrderKind kind)
{
    return kOrderNames[std::size_t(kind)];
}
const char* channelSource(Channel channel)
{
    return kChannelNames[std::size_t(channel)];
}
const char* evaluationSource(Evaluation evaluation)
{
    return kEvaluationNames[std::size_t(evaluation)];
}

QString stateName(State state)
{
    return translated(kStateNames[std::size_t(state)]);
}
QString orderKindName(OrderKind kind)
{
    return translated(kOrderNames[std::size_t(kind)]);
}
QString channelName(Channel channel)
{
    return translated(kChannelNames[std::size_t(channel)]);
}
QString evaluationName(Evaluation evaluation)
{
    return translated(kEvaluationNames[std::size_t(evaluation)]);
}
QString stepName(StepKind kind)
{
    return translated(stepNameSource(kind));
}

const char* stepNameSource(StepKind kind)
{
    return kStepNames[std::size_t(kind)];
}

const char* resultClassSource(const QString& resultClass)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("dd::loop", "A — solved or basically solved"),
        QT_TRANSLATE_NOOP("dd::loop", "B — being solved"),
        QT_TRANSLATE_NOOP("dd::loop", "C — in plans, solved step by step"),
        QT_TRANSLATE_NOOP("dd::loop", "D — cannot be solved now")};
    return isResultClass(resultClass) ? names[resultClass.at(0).unicode() - 'A'] : nullptr;
}

QString resultClassName(const QString& resultClass)
{
    const char* source = resultClassSource(resultClass);
    return source ? translated(source) : QString();
}

QStringList agencyKinds()
{
    QStringList kinds;
    for (const char* kind : kAgencyKinds)
        kinds << QString::fromLatin1(kind);
    return kinds;
}

QString agencyKindName(const QString& kind)
{
    const qsizetype index = agencyKinds().indexOf(kind);
    return index < 0 ? kind : translated(kAgencyKindNames[index]);
}

} // namespace dd::loop

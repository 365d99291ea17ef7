#pragma once

#include "registry/Records.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The six-step loop's records (domain.md, "The six-step loop"): concerns and suggestions are
// both loop items that share steps 3–6 and one history.
namespace dd::loop {

enum class ItemKind { Concern, Suggestion };

// Where an item stands. The first five are a concern's before (or instead of) dispatch.
enum class State {
    Pointed,          // 点单: waiting for the receiving deputy's decision
    AnsweredOnSpot,   // 当场答复: answered, waiting for the citizen's evaluation
    Merged,           // follows its suggestion
    Referred,         // 转报上级
    Declined,         // not taken up, with a reason
    AwaitingDispatch, // 待交办 (also after a return)
    Dispatched,       // 办理中: with its lead agency, due date in force
    Replied,          // 已答复: waiting for evaluation
    Evaluated,        // 已评价 (satisfied or basically satisfied)
    Closed            // 办结
};

enum class OrderKind { OnSpot, PassedOn, NewSuggestion, Merged, Referred, Declined };
enum class Channel { Reception, Visit, Phone, Letter, Online, Other };
enum class Evaluation { Satisfied, Basically, Unsatisfied };

enum class StepKind {
    Point,
    Order,
    Dispatch,
    Return,
    Extend,
    Reply,
    Supervise,
    Evaluate,
    Rehandle, // an unsatisfied evaluation opened a new round
    Close,
    Excellent
};

QString code(ItemKind kind);
QString code(State state);
QString code(OrderKind kind);
QString code(Channel channel);
QString code(Evaluation evaluation);
QString code(StepKind kind);
std::optional<ItemKind> parseItemKind(QStringView text);
std::optional<State> parseState(QStringView text);
std::optional<OrderKind> parseOrderKind(QStringView text);
std::optional<Channel> parseChannel(QStringView text); // codes or Chinese words
std::optional<Evaluation> parseEvaluation(QStringView text);
std::optional<StepKind> parseStepKind(QStringView text);
bool isResultClass(QStringView text); // A, B, C or D

// The printed yearly serial: 2026-意-0153 for concerns, 2026-建-015 for suggestions.
QString formatSerial(ItemKind kind, int year, int seq);
// {year, seq} of a serial of `kind` in that form (any number of digits); nullopt otherwise.
std::optional<std::pair<int, int>> parseSerial(QStringView serial, ItemKind kind);

// The untranslated names, for documents in their own language (context "dd::loop").
const char* stateSource(State state);
const char* orderKindSource(OrderKind kind);
const char* channelSource(Channel channel);
const char* evaluationSource(Evaluation evaluation);
const char* resultClassSource(const QString& resultClass); // nullptr unless A–D
inline constexpr const char* kLoopContext = "dd::loop";

QString stateName(State state);
QString orderKindName(OrderKind kind);
QString channelName(Channel channel);
QString evaluationName(Evaluation evaluation);
QString stepName(StepKind kind);
const char* stepNameSource(StepKind kind); // context "dd::loop"
QString resultClassName(const QString& resultClass);

struct Agency {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString kind = QStringLiteral("department"); // department supervision court procuratorate
                                                 // township other
    QString contact;
    QString phone;
};
QStringList agencyKinds();
QString agencyKindName(const QString& kind);

// One concern or suggestion, with the handling columns the history decides.
struct Item {
    qint64 id = 0;
    QString uuid;
    ItemKind kind = ItemKind::Concern;
    QString serial; // 2026-意-0153, 2026-建-015
    QString title;
    QString content;
    QString category;
    qint64 townshipId = 0;
    qint64 stationId = 0;
    QDate raisedDate; // point date of a concern, submission date of a suggestion
    State state = State::Pointed;
    std::optional<OrderKind> orderKind;
    QDate orderDate;
    QString orderNote;
    qint64 suggestionId = 0; // a merged or formed concern's suggestion
    int round = 0;           // 0 before dispatch; each re-handling adds one
    qint64 leadAgencyId = 0;
    QList<qint64> coAgencyIds;
    QDate firstDispatchDate;
    QDate dispatchDate; // of the round in force
    QDate dueDate;      // of the step now awaited
    QDate replyDueDate; // the reply's due date in force (after extensions), kept once replied
    bool extended = false;
    QDate replyDate;
    QString resultClass; // latest reply's: A B C D
    bool faceToFace = false;
    std::optional<bool> repliedOnTime;
    std::optional<Evaluation> evaluation;
    QDate evaluationDate;
    bool keySupervision = false;
    QString leader;
    bool excellent = false;
    QDate excellentDate; // the day the office rated it excellent
    // Concern particulars
    Channel channel = Channel::Reception;
    QString citizenName;
    QString citizenPhone;
    QString place;
    // Suggestion particulars
    qint64 sessionId = 0;
    // Deputies: receivers of a concern; lead and co-signers of a suggestion
    QList<qint64> deputyIds; // receivers, or the lead deputy first
    QList<qint64> cosignerIds;
    // Names for listings
    QString townshipName;
    QString stationName;
    QString leadAgencyName;
    QStringList deputyNames;
};

struct Step {
    qint64 id = 0;
    qint64 itemId = 0;
    int round = 0;
    StepKind kind = StepKind::Point;
    QDate date;
    QString actor;
    qint64 agencyId = 0;
    QString agencyName;
    QDate dueDate;
    QString resultClass;
    std::optional<bool> faceToFace;
    QString evaluation; // code, or the votes "3/1/1" for several citizens
    QString text;
    bool imported = false;
    QString recordedAt;
    QString itemBefore; // the item's handling as the step found it (StepSnapshot), empty for 点单
    // A withdrawn step (撤回) stays in the history and no longer counts.
    QString withdrawnAt;
    QString withdrawnBy;
    QString withdrawnReason;
    bool withdrawn() const { return !withdrawnAt.isEmpty(); }
};

} // namespace dd::loop

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The closed vocabularies of the registry: stored as stable ASCII codes, shown translated.
namespace dd::registry {

enum class Level { National, Provincial, Municipal, County, Township };
enum class MembershipStatus { Active, Terminated, Resigned, TermEnded };

const QList<Level>& allLevels();
QString levelCode(Level level);
QString levelName(Level level);
// Accepts codes (county), Chinese names (县, 县级, 乡镇 …) and case variants.
std::optional<Level> parseLevel(QStringView text);

QString statusCode(MembershipStatus status);
QString statusName(MembershipStatus status);
std::optional<MembershipStatus> parseStatus(QStringView text);

// 代表构成 categories, stored by code.
QStringList compositionCodes();
QString compositionName(const QString& code);
std::optional<QString> parseComposition(QStringView text);

// 联络站 kinds, stored by code.
QStringList stationKindCodes();
QString stationKindName(const QString& code);
std::optional<QString> parseStationKind(QStringView text);

// The untranslated source texts (context kRegistryContext), for documents that are translated
// into the document language rather than the screen language.
inline constexpr const char* kRegistryContext = "dd::Registry";
const char* levelSource(Level level);
const char* statusSource(MembershipStatus status);
const char* compositionSource(const QString& code); // the code itself when unknown
const char* stationKindSource(const QString& code);

} // namespace dd::registry

#pragma once

#include "common/DocumentText.h"
#include "registry/DeputyStore.h"
#include "registry/StationStore.h"
#include "xlsx/WorkbookWriter.h"

// The registry's workbooks for superiors: 代表名册 and 联络站一览表.
namespace dd::exports {

xlsx::Sheet rosterSheet(const QList<registry::DeputyRow>& rows, const QString& congressName,
                        const DocumentText& text, const QDate& today);
xlsx::Sheet stationsSheet(const QList<registry::StationRow>& rows, const QString& congressName,
                          const DocumentText& text, const QDate& today);

} // namespace dd::exports

#pragma once

#include "demo/DemoGenerator.h"
#include "registry/OfficeSetup.h"
#include "registry/Records.h"
#include "storage/Sql.h"

#include <QDate>

namespace dd::usecase {

// A new office file: the office's profile, its current term and the shipped holiday calendar.
Outcome setUpOffice(QSqlDatabase db, const registry::OfficeProfile& profile);

// Fills a set-up, empty office file with a realistic demo county, all in one transaction.
Outcome fillWithDemo(QSqlDatabase db, const demo::DemoOptions& options, demo::DemoSummary* summary);

// Adds a station (id 0) or saves its changes. A township named in `newTownship` is recorded
// first when it is not on record yet and becomes the station's township.
Outcome saveStation(QSqlDatabase db, registry::Station& station, const QString& newTownship = {});

// A congress session of a term that is on record.
Outcome addSession(QSqlDatabase db, registry::Session& session);

// A new term of the level begins: the serving deputies' memberships of the old term end.
Outcome startTerm(QSqlDatabase db, registry::Level level, int number, const QDate& startDate);

} // namespace dd::usecase

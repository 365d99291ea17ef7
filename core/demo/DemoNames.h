#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Word pools for realistic demo data: surnames by their real frequency, given-name characters,
// place names and work units as county rosters show them.
namespace dd::demo {

QString pickSurname(QRandomGenerator& random);
QString pickGivenName(QRandomGenerator& random, bool female);
QStringList townshipNames(); // 40 distinct names, 城关镇 first
QString villageName(QRandomGenerator& random, bool community);
QString pickEthnicMinority(QRandomGenerator& random);
QString pickNonCpcParty(QRandomGenerator& random);
QString pickEducation(QRandomGenerator& random, const QString& composition);
QString workUnit(QRandomGenerator& random, const QString& composition, const QString& township,
                 const QString& village);
QString enterpriseName(QRandomGenerator& random);

template <typename List> const auto& pick(QRandomGenerator& random, const List& list)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}

} // namespace dd::demo

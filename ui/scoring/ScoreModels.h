#pragma once

#include "scoring/GapReport.h"

#include <QAbstractTableModel>

namespace dd::ui {

// The score table of a period: one row per deputy and level, sorted by core's keys (pinyin for
// names on screen, numbers as numbers).
class ScoreTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Rank,
        Name,
        Level,
        Township,
        Station,
        Points,
        Deducted,
        Total,
        LevelRank,
        Grade,
        Minimums,
        ColumnCount
    };
    static constexpr int SortKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setScores(QList<scoring::DeputyScore> scores);
    const QList<scoring::DeputyScore>& scores() const { return m_scores; }
    const scoring::DeputyScore& score(int row) const { return m_scores.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<scoring::DeputyScore> m_scores;
};

// The gap report: a deputy's minimum behind pace per row, in township and station order.
class GapTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Township,
        Station,
        Name,
        Level,
        Phone,
        Minimum,
        Done,
        Expected,
        Required,
        Behind,
        ColumnCount
    };
    static constexpr int SortKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setGaps(QList<scoring::Gap> gaps);
    const QList<scoring::Gap>& gaps() const { return m_gaps; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<scoring::Gap> m_gaps;
};

// Points as the tables show them: 5, 2.5, −10.
QString pointsText(double points);

} // namespace dd::ui

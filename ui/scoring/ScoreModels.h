#pragma once

#include "scoring/GapReport.h"
#include "ui/widgets/RowTableModel.h"

namespace dd::ui {

struct ScoreColumns {
    enum Column {
        Rank,
        Name,
        Level,
        Township,
        Station,
        Total,
        BeforeCap, // the total before the cap, which ranks; empty when nothing was cut
        Points,
        Deducted,
        LevelRank,
        Grade,
        Minimums,
        ColumnCount
    };
};

// The score table of a period: one row per deputy and level, sorted by core's keys (pinyin for
// names on screen, numbers as numbers).
class ScoreTableModel : public RowTableModel<scoring::DeputyScore, ScoreColumns> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

struct GapColumns {
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
};

// The gap report: a deputy's minimum behind pace per row, in township and station order.
class GapTableModel : public RowTableModel<scoring::Gap, GapColumns> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

// Points as the tables show them: 5, 2.5, −10.
QString pointsText(double points);

} // namespace dd::ui

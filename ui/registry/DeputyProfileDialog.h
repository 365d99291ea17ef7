#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QTextBrowser;

namespace dd::ui {

// 一人一档: one person's particulars, photo, memberships across levels and terms with their
// history, stations, scores by year and quarter, activities, concerns and suggestions.
class DeputyProfileDialog : public QDialog {
    Q_OBJECT
public:
    DeputyProfileDialog(QSqlDatabase db, qint64 deputyId, QWidget* parent = nullptr);
    bool changed() const { return m_changed; }
    QString profileText() const;
    // 一人一档 through the print preview.
    void printArchive();

private:
    void load();
    QString scoreSection() const;
    QString activitySection() const;
    QString loopSection() const;
    // The record's own history from the operator log: who changed what, and why.
    void edit();

    QSqlDatabase m_db;
    qint64 m_deputyId = 0;
    QString m_name; // as last read
    bool m_changed = false;
    QLabel* m_photo = nullptr;
    QTextBrowser* m_text = nullptr;
};

} // namespace dd::ui

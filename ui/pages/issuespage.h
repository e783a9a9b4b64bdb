#pragma once

#include "jobs/dataquality.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace Portrait::Ui {

/// Everything the analyst should know before trusting the numbers, in one list with a severity,
/// a count and one button per finding that deals with it: rows the imports rejected or could not
/// attach to a customer, return-only orders, cancellation rows, customers with negative net spend
/// or left unscored, scoring warnings (collapsed bins, ties) and scheme findings (unreachable
/// rules, uncovered cells), and the cleaning's quality findings (values flagged, unknown provinces
/// and cities, order outliers). The findings come from Jobs::findDataIssues and the Clean page.
class IssuesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { Severity, Area, Count, Text, Fix, ColumnCount };
    static constexpr int SourceIdRole = Qt::UserRole + 1;

    explicit IssuesPage(QWidget *parent = nullptr);

    void setState(const Project::ProjectSummary *summary, const Model::CustomerFrame *frame,
                  const Jobs::ScoringState &scoring);
    /// The quality report's findings (flagged values, order outliers …), listed with the others
    /// and each opening the Clean page; an empty list removes them.
    void setCleaningIssues(const QList<Issue> &issues);
    /// Issues listed (all areas).
    int issueCount() const;
    const QList<Jobs::DataFinding> &findings() const { return m_findings; }
    QTableView *view() const { return m_view; }
    /// The text of a finding's fix button; empty for Fix::None.
    static QString fixText(Jobs::DataFinding::Fix fix);

Q_SIGNALS:
    /// The analyst pressed a finding's button: the window does what its fix says.
    void fixRequested(const Portrait::Jobs::DataFinding &finding);
    /// Activated an issue about a source: the window shows it on the Data page.
    void sourceActivated(qint64 sourceId);
    void countChanged(int count);

private:
    void addRow(int index);
    void showFindings();

    QList<Jobs::DataFinding> m_dataFindings;     ///< from setState
    QList<Jobs::DataFinding> m_cleaningFindings; ///< from setCleaningIssues
    bool m_open = false;
    QList<Jobs::DataFinding> m_findings;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Portrait::Ui

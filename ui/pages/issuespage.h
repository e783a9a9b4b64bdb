#pragma once

#include "project/projectsummary.h"
#include "rfm/rfmresult.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace Portrait::Ui {

/// Everything the analyst should know before trusting the numbers, in one list with counts:
/// rows the imports rejected or could not attach to a customer, customers left unscored, scoring
/// warnings (collapsed bins, ties) and scheme findings (unreachable rules, uncovered cells).
class IssuesPage : public QWidget
{
    Q_OBJECT

public:
    enum class Area { Data, Scoring, Scheme };
    static constexpr int SourceIdRole = Qt::UserRole + 1;

    explicit IssuesPage(QWidget *parent = nullptr);

    void setState(const Project::ProjectSummary *summary, const Rfm::RfmResult *result, bool chineseNames);
    /// Issues listed (all areas).
    int issueCount() const;

Q_SIGNALS:
    /// Activated an issue about a source: the window shows it on the Data page.
    void sourceActivated(qint64 sourceId);
    void countChanged(int count);

private:
    void add(Area area, const QString &text, qint64 count, qint64 sourceId = 0);

    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Portrait::Ui

#pragma once

#include "models/customertablemodel.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace Portrait::Ui {

/// The customers of the project with their scores: filter by segment, value tier and text,
/// sort by any column.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(QWidget *parent = nullptr);

    void setData(std::shared_ptr<const Model::CustomerFrame> frame, std::shared_ptr<const Rfm::RfmResult> result,
                 bool chineseNames);
    /// Shows the customers of one segment (rule index, rules.size() for the fallback).
    void showSegment(int segment);
    /// Shows the customers with these scores (per Rfm::Dimension, nullopt = any) in every segment
    /// and tier, e.g. one cell of the R × F heatmap; the page shows the constraint as a removable
    /// indicator until it is cleared or another segment or tier is picked.
    void showScores(const std::array<std::optional<int>, 3> &scores);
    /// Removes the score constraint of showScores() (and the rows of showRows()).
    void clearScores();
    /// The workbench's clustering: a cluster column and filter (hidden while there is none).
    void setClusters(std::shared_ptr<const Analytics::Clustering> clustering);
    /// Shows the customers of one cluster (index into its clusters).
    void showCluster(int cluster);
    /// Shows only these frame rows (in any segment and tier), with label in the indicator until it
    /// is cleared: the customers of a flow on the Timeline page.
    void showRows(const std::vector<qint32> &rows, const QString &label);
    CustomerTableModel *model() const { return m_model; }

    /// The filter the page shows, to carry over when the window is rebuilt in another language.
    CustomerFilterState filterState() const;
    /// Shows state's filter on data of the same project (frame rows are matched by position).
    void restoreFilterState(const CustomerFilterState &state);
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;
    /// What the column chooser offers: every column of the model, shown or not.
    QStringList columnChoices();
    QTableView *table() const { return m_table; }
    QToolButton *revealButton() const { return m_reveal; }

Q_SIGNALS:
    /// Double-click or Enter on a customer: position is its row in the model's visible rows.
    void customerActivated(qsizetype position);
    void exportRequested();
    /// "Tag Selected Customers…" (Ctrl+T) / "Remove Tag from Selected…" (Ctrl+Shift+T): the frame
    /// rows of the selected customers, in display order, never empty.
    void tagSelectedRequested(const std::vector<qint32> &rows);
    void untagSelectedRequested(const std::vector<qint32> &rows);
    /// "Create Campaign from Selection…": the selected customers' frame rows, never empty.
    void campaignSelectedRequested(const std::vector<qint32> &rows);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    /// The filter the controls show.
    CustomerFilter shownFilter() const;
    void showCount();
    QWidget *createScoreIndicator();
    void updateScoreIndicator();
    void applyDefaultColumns();
    void fillColumnMenu();

    CustomerTableModel *m_model = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_cluster = nullptr;
    QLabel *m_clusterLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    std::array<std::optional<int>, 3> m_scores {};
    std::shared_ptr<const std::vector<quint8>> m_rows;
    QString m_rowsLabel;
    QWidget *m_scoreFilter = nullptr;   ///< the indicator: m_scoreLabel and m_clearScores
    QLabel *m_scoreLabel = nullptr;
    QToolButton *m_clearScores = nullptr;
    QTableView *m_table = nullptr;
    bool m_columnsToFit = false; ///< new data came while the page was hidden
    QMenu *m_columnMenu = nullptr;
    QToolButton *m_reveal = nullptr;
    /// Columns (by ColumnKeyRole) the analyst showed or hid: the model's defaults no longer apply.
    QSet<int> m_chosenColumns;
};

} // namespace Portrait::Ui

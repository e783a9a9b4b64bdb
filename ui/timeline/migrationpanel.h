#pragma once

#include "timeline/comparison.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Portrait::Ui {

class SankeyWidget;
class TimelineContext;

/// Who moved between two dates or snapshots: the segment × segment matrix, a Sankey diagram, the
/// flows with the losses of valuable customers first, and (when asked for) who entered or left
/// each tag, with the Sankey diagram of the tag picked. A flow clicked lists its customers on the
/// Customers page; the movers can be exported.
class MigrationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationPanel(TimelineContext *context, QWidget *parent = nullptr);

    /// Offers these snapshot names in the two boxes (besides any typed date).
    void setSnapshotNames(const QStringList &names);
    /// Fills the boxes and compares (off the GUI thread).
    void compare(const QString &from, const QString &to, bool withTags);
    /// The two snapshots taken last: what a refresh moved.
    void compareLatest();
    /// The comparison shown; null before the first one or after the project changed.
    std::shared_ptr<const Timeline::Comparison> comparison() const { return m_comparison; }
    SankeyWidget *sankey() const { return m_sankey; }
    QTableWidget *matrix() const { return m_matrix; }
    QTableWidget *flows() const { return m_flows; }
    QTableWidget *tagTable() const { return m_tags; }
    /// The Sankey diagram of the tag picked in tagTable(): had it / without → has it / without.
    SankeyWidget *tagSankey() const { return m_tagSankey; }
    /// Frame rows of the customers of one cell (customers the project no longer has left out).
    std::vector<qint32> rowsOf(int from, int to) const;
    void clear();

Q_SIGNALS:
    void customersRequested(const std::vector<qint32> &rows, const QString &label);
    void exportRequested(const QString &name, const std::vector<qint32> &rows);
    /// A comparison was shown (summary: one line).
    void compared(const QString &summary);

private:
    void start(std::function<Result<std::optional<Timeline::Comparison>>(Project::ProjectFile &, ProgressSink &,
                                                                         const CancelToken &)> work);
    void show(Timeline::Comparison comparison);
    void fillMatrix();
    void fillFlows();
    void fillTags();
    void showTag(int row);
    void openCell(int from, int to);
    /// A band of the tag's diagram: 0 had (has) the tag, 1 did not.
    void openTagCell(int from, int to);
    void exportMovers();
    bool chinese() const;

    TimelineContext *m_context;
    std::shared_ptr<const Model::CustomerFrame> m_frame;   ///< the comparison's universe refers to it
    std::shared_ptr<const Timeline::Comparison> m_comparison;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QCheckBox *m_withTags = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_latest = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    SankeyWidget *m_sankey = nullptr;
    QTableWidget *m_matrix = nullptr;
    QTableWidget *m_flows = nullptr;
    QTableWidget *m_tags = nullptr;
    SankeyWidget *m_tagSankey = nullptr;
    QString m_tagPath;   ///< the tag its diagram shows
};

} // namespace Portrait::Ui

#pragma once

#include "rfm/schemelint.h"
#include "rfm/segmentscheme.h"

#include <QAbstractTableModel>

#include <functional>

namespace Portrait::Ui {

/// The rules of a segment scheme as an editable table, in match order (first match wins), with
/// the linter's findings marked on the rows they concern. Holds the whole scheme so the editor has
/// one source of truth; every change is reported by schemeChanged().
class SchemeRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, NameZh, RLow, RHigh, FLow, FHigh, MLow, MHigh, Color, Action, ActionZh, ColumnCount };

    explicit SchemeRulesModel(QObject *parent = nullptr);

    void setScheme(const Rfm::SegmentScheme &scheme);
    const Rfm::SegmentScheme &scheme() const { return m_scheme; }
    /// Edits a field outside the rules (names, levels, basis, fallback): one call, one signal.
    void editScheme(const std::function<void(Rfm::SegmentScheme &)> &edit);

    /// Inserts a rule matching every cell before row (appends when row is out of range).
    void addRule(int row);
    void removeRule(int row);
    /// Moves the rule at row by delta places (-1 up, +1 down); false at either end.
    bool moveRule(int row, int delta);

    /// Marks the rows the findings name; the uncovered-cells finding marks no row.
    void setFindings(const QList<Rfm::LintFinding> &findings);
    static bool isBound(int column) { return column >= RLow && column <= MHigh; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void schemeChanged();

private:
    QVariant value(const Rfm::SegmentRule &rule, int column) const;
    QString ruleFindings(int row) const;

    Rfm::SegmentScheme m_scheme;
    QList<Rfm::LintFinding> m_findings;
};

} // namespace Portrait::Ui

#pragma once

#include "models/customertablemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

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
    CustomerTableModel *model() const { return m_model; }
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;

Q_SIGNALS:
    /// Double-click or Enter on a customer: position is its row in the model's visible rows.
    void customerActivated(qsizetype position);
    void exportRequested();

private:
    void applyFilter();

    CustomerTableModel *m_model = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_tier = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Portrait::Ui

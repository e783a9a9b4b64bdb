#pragma once

#include "analytics/lifetimevalue.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Portrait::Ui {

class BackgroundJob;
class WorkbenchSession;

/// The lifetime tab of the Analytics page: the analyst picks the calibration end (orders after it
/// are the holdout check), the time unit, the CLV horizon and discount, and fits BG/NBD +
/// Gamma-Gamma off the GUI thread (progress, cancel). Shows the session's current fit: parameters
/// with standard errors, log-likelihoods, warnings, the holdout chart, the P(alive) histogram and
/// CLV by segment. A fit is one undoable step of the session.
class LifetimePanel : public QWidget
{
    Q_OBJECT

public:
    explicit LifetimePanel(WorkbenchSession *session, QWidget *parent = nullptr);
    ~LifetimePanel() override;

    /// The settings the controls describe.
    Analytics::LifetimeSettings settings() const;
    bool isFitting() const;

public Q_SLOTS:
    void fit();
    void cancelFit();

Q_SIGNALS:
    /// A fit ended: with a new model (published to the session) or with message saying why not.
    void fitFinished(bool ok, const QString &message);

private:
    void buildControls();
    void onProjectChanged();
    void showLifetime();
    void showParameters(const Analytics::LifetimeResult *result);
    void showSegments(const Analytics::LifetimeResult *result);
    void setFitting(bool fitting);

    WorkbenchSession *m_session;
    BackgroundJob *m_job;
    QCheckBox *m_holdoutBox = nullptr;
    QDateEdit *m_calibrationEnd = nullptr;
    QComboBox *m_unitBox = nullptr;
    QSpinBox *m_horizonBox = nullptr;
    QDoubleSpinBox *m_discountBox = nullptr;
    QPushButton *m_fitButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_warnings = nullptr;
    QTableWidget *m_parameters = nullptr;
    QTableWidget *m_segments = nullptr;
    QChartView *m_holdoutChart = nullptr;
    QChartView *m_pAliveChart = nullptr;
};

} // namespace Portrait::Ui

#pragma once

#include "workbench/workbenchsession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Portrait::Ui {

/// The left column of the RFM page: the segment scheme and how metrics are taken and scored.
/// It shows the session's settings and reports each edit the analyst makes as a new request
/// (and a name for its undo step); it never changes the session itself.
class RfmOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RfmOptionsPanel(QWidget *parent = nullptr);

    /// Shows settings; the method and levels shown are those result was scored with, when there
    /// is a result (a scheme picks its own method until the analyst picks one).
    void showSettings(const RfmSettings &settings, const Rfm::RfmResult *result, Model::Day defaultAsOf,
                      bool chinese);

    QComboBox *schemeBox() const { return m_scheme; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *binsBox() const { return m_bins; }
    QComboBox *windowBox() const { return m_window; }
    QSpinBox *windowDaysBox() const { return m_windowDays; }
    QComboBox *frequencyBox() const { return m_frequency; }
    QComboBox *monetaryBox() const { return m_monetary; }
    QComboBox *returnsBox() const { return m_returns; }
    QCheckBox *defaultAsOfBox() const { return m_defaultAsOf; }
    QDateEdit *asOfEdit() const { return m_asOf; }

Q_SIGNALS:
    void requestEdited(const Portrait::Jobs::RfmRequest &request, const QString &undoText);
    void schemeChosen(const QString &idOrPath);
    void openSchemeFileRequested();
    void editSchemeRequested();

private:
    QWidget *buildSchemeGroup();
    QWidget *buildScoringGroup();
    QWidget *buildMetricsGroup();
    void fillSchemeBox(const RfmSettings &settings, bool chinese);
    void onSchemeActivated(int index);
    void onMethodActivated();
    void onBinsActivated();
    void onAsOfEdited();
    void onWindowEdited();
    void emitEdit(const QString &undoText);

    /// The request as last shown, with the method and levels made explicit.
    Jobs::RfmRequest m_request;
    Rfm::Method m_shownMethod = Rfm::Method::Quantile;
    int m_shownBins = 5;
    Model::Day m_latestPlusOne = Model::NoDay;

    QComboBox *m_scheme = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_schemeNote = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_bins = nullptr;
    QCheckBox *m_defaultAsOf = nullptr;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_window = nullptr;
    QSpinBox *m_windowDays = nullptr;
    QComboBox *m_frequency = nullptr;
    QComboBox *m_monetary = nullptr;
    QComboBox *m_returns = nullptr;
};

} // namespace Portrait::Ui

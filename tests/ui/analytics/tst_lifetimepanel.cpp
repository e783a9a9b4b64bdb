// The lifetime panel fits off the GUI thread, publishes the fit to the session as one undoable
// step and shows it: the holdout chart and the P(alive) histogram are checked against counts taken
// straight from the simulated orders, the CLV by segment against the session's RFM segments.
#include "analytics/clustering.h"
#include "analytics/lifetimepanel.h"
#include "card/customercard.h"
#include "models/customertablemodel.h"

#include "lifetimesimulator.h"
#include "projectloader.h"
#include "workbench/workbenchsession.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

const Model::Day Day0 = Model::Day(QDate(2023, 1, 1).toJulianDay());
constexpr int PeriodDays = 730;
constexpr int CalibrationDays = 640; // the last 90 days are the holdout

std::shared_ptr<Ui::LoadedProject> loaded(Model::CustomerFrame frame)
{
    auto project = std::make_shared<Ui::LoadedProject>();
    project->frame = std::move(frame);
    return project;
}

double barSum(QChartView *view, const QString &setLabel)
{
    double sum = 0;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (setLabel.isEmpty() || set->label() == setLabel) {
                    for (int i = 0; i < set->count(); ++i)
                        sum += set->at(i);
                }
            }
        }
    }
    return sum;
}

} // namespace

class TestLifetimePanel : public QObject
{
    Q_OBJECT

private:
    Ui::WorkbenchSession m_session;
    Model::Day m_calibrationEnd = Day0 + CalibrationDays - 1;
    qint64 m_calibrationCustomers = 0;
    qint64 m_holdoutPurchaseDays = 0;

    static bool fitWith(Ui::LifetimePanel &panel, QString *message)
    {
        QSignalSpy finished(&panel, &Ui::LifetimePanel::fitFinished);
        panel.findChild<QPushButton *>(u"fitButton"_s)->click();
        if (!finished.wait(60'000))
            return false;
        *message = finished.at(0).at(1).toString();
        return finished.at(0).at(0).toBool();
    }

    // The customer card explains the fit in a sentence per figure; the customer table has columns.
    void checkCardAndTable(const Analytics::LifetimeResult &lifetime)
    {
        const auto shared = m_session.lifetime();
        Ui::CustomerTableModel model;
        model.setData(m_session.frame(), m_session.result(), false);
        model.setLifetime(std::shared_ptr<const Analytics::LifetimeScores>(shared, &shared->scores));
        Ui::CustomerCard card;
        card.setContext(m_session.frame(), m_session.result(), false, { 0 });
        card.showPosition(0);
        QVERIFY(card.lifetimeText().contains(u"No lifetime model"_s));
        card.setLifetime(shared);
        card.showPosition(0);
        const QLocale locale;
        const double pAlive = lifetime.scores.pAlive[0];
        QVERIFY2(card.lifetimeText().contains(u"P(alive) %1 %"_s.arg(locale.toString(100 * pAlive, 'f', 0))),
                 qPrintable(card.lifetimeText()));
        QVERIFY(card.lifetimeText().contains(u"CLV %1"_s.arg(locale.toString(lifetime.scores.clv[0], 'f', 2))));
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto frameRow = size_t(model.index(row, 0).data(Ui::CustomerTableModel::FrameRowRole).toInt());
            QCOMPARE(model.index(row, Ui::CustomerTableModel::PAlive).data(Ui::CustomerTableModel::RawValueRole).toDouble(),
                     lifetime.scores.pAlive[frameRow]);
            QCOMPARE(model.index(row, Ui::CustomerTableModel::Clv).data(Ui::CustomerTableModel::RawValueRole).toDouble(),
                     lifetime.scores.clv[frameRow]);
        }
        model.setLifetime(nullptr);
        QVERIFY(!model.index(0, Ui::CustomerTableModel::PAlive).data(Ui::CustomerTableModel::RawValueRole).isValid());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // CDNOW-like customers in days (Fader, Hardie & Lee 2005, weekly α × 7).
        const Analytics::BgNbdParams daily { 0.243, 4.414 * 7, 0.793, 2.426 };
        const Analytics::GammaGammaParams spend { 6.25, 3.74, 15.44 };
        Model::CustomerFrame frame = Testing::simulateFrame(daily, spend, 4000, Day0, PeriodDays, 365, 11);
        // Counted here from the orders, the way the issue defines them: customers with a purchase
        // in the calibration period, and their distinct purchase days after it.
        QSet<qint32> inCalibration;
        QSet<QPair<qint32, Model::Day>> holdoutDays;
        for (qsizetype i = 0; i < frame.orders.size(); ++i) {
            if (frame.orders.day[size_t(i)] <= m_calibrationEnd)
                inCalibration.insert(frame.orders.customer[size_t(i)]);
        }
        for (qsizetype i = 0; i < frame.orders.size(); ++i) {
            const qint32 c = frame.orders.customer[size_t(i)];
            if (frame.orders.day[size_t(i)] > m_calibrationEnd && inCalibration.contains(c))
                holdoutDays.insert({ c, frame.orders.day[size_t(i)] });
        }
        m_calibrationCustomers = inCalibration.size();
        m_holdoutPurchaseDays = holdoutDays.size();
        QVERIFY(m_holdoutPurchaseDays > 100);
        m_session.setProject(loaded(std::move(frame)), Jobs::RfmSettings {});
        QVERIFY2(m_session.result(), qPrintable(m_session.errorText()));
    }

    void fitsShowsAndUndoes()
    {
        Ui::LifetimePanel panel(&m_session);
        panel.resize(1300, 760);
        panel.show();
        QVERIFY(!m_session.lifetime());
        panel.findChild<QCheckBox *>(u"holdoutBox"_s)->setChecked(true);
        panel.findChild<QDateEdit *>(u"calibrationEnd"_s)->setDate(QDate::fromJulianDay(m_calibrationEnd));
        QCOMPARE(panel.settings().calibrationEnd, m_calibrationEnd);

        QString message;
        QVERIFY2(fitWith(panel, &message), qPrintable(message));
        const auto lifetime = m_session.lifetime();
        QVERIFY(lifetime);
        QCOMPARE(lifetime->model.customers, m_calibrationCustomers);
        QVERIFY(lifetime->model.gammaGamma);

        // Holdout chart: actual purchase days sum to the direct count; predictions are near it
        // (the data follow the model; 4,000 customers leave a few per cent of noise).
        auto *holdout = panel.findChild<QChartView *>(u"holdoutChart"_s);
        QCOMPARE(qint64(barSum(holdout, u"Actual"_s)), m_holdoutPurchaseDays);
        const double predicted = barSum(holdout, u"Predicted"_s);
        QVERIFY2(std::abs(predicted / double(m_holdoutPurchaseDays) - 1) < 0.15,
                 qPrintable(u"predicted %1, actual %2"_s.arg(predicted).arg(m_holdoutPurchaseDays)));
        // The P(alive) histogram counts every calibration customer once.
        QCOMPARE(qint64(barSum(panel.findChild<QChartView *>(u"pAliveChart"_s), {})), m_calibrationCustomers);

        // Parameters: four BG/NBD, its log-likelihood, three Gamma-Gamma, its log-likelihood, the correlation.
        auto *parameters = panel.findChild<QTableWidget *>(u"parametersTable"_s);
        QCOMPARE(parameters->rowCount(), 10);
        QCOMPARE(QLocale().toDouble(parameters->item(0, 1)->text()), QLocale().toDouble(QLocale().toString(lifetime->model.bgnbd.params.r, 'g', 5)));

        // CLV by segment: every calibration customer is in one scored segment.
        auto *segments = panel.findChild<QTableWidget *>(u"segmentTable"_s);
        QVERIFY(segments->rowCount() > 1);
        qint64 customers = 0;
        for (int r = 0; r < segments->rowCount(); ++r)
            customers += QLocale().toLongLong(segments->item(r, 1)->text());
        QCOMPARE(customers, m_calibrationCustomers);

        // And by cluster once the workbench has clusters: here every third customer in cluster 1,
        // the rest in cluster 2; each row sums the CLV of its own customers.
        auto clustering = std::make_shared<Analytics::Clustering>();
        clustering->k = 2;
        clustering->clusters = { Analytics::ClusterInfo { u"甲"_s, u"champions"_s, 0, {} },
                                 Analytics::ClusterInfo { u"乙"_s, u"lost"_s, 0, {} } };
        const std::vector<double> &clv = lifetime->scores.clv;
        clustering->assignment.resize(clv.size());
        double wanted[2] = { 0, 0 };
        qint64 members[2] = { 0, 0 };
        for (size_t row = 0; row < clv.size(); ++row) {
            clustering->assignment[row] = qint16(row % 3 == 0 ? 0 : 1);
            if (!std::isnan(clv[row])) {
                wanted[clustering->assignment[row]] += clv[row];
                ++members[clustering->assignment[row]];
            }
        }
        const int segmentRows = segments->rowCount();
        m_session.applyClusters(clustering);
        QCOMPARE(segments->rowCount(), segmentRows + 2);
        for (int c = 0; c < 2; ++c) {
            const int r = segmentRows + c;
            QVERIFY(segments->item(r, 0)->text().contains(clustering->clusters.at(c).name));
            QCOMPARE(QLocale().toLongLong(segments->item(r, 1)->text()), members[c]);
            QCOMPARE(QLocale().toDouble(segments->item(r, 3)->text()), std::round(wanted[c]));
        }
        m_session.applyClusters(nullptr);
        QCOMPARE(segments->rowCount(), segmentRows);
        panel.grab().save(u"lifetimepanel.png"_s);

        // One undoable step: undo brings back "no model", redo the fit.
        QUndoStack *undo = m_session.undoStack();
        QVERIFY(undo->canUndo());
        undo->undo();
        QVERIFY(!m_session.lifetime());
        QCOMPARE(parameters->rowCount(), 0);
        QCOMPARE(segments->rowCount(), 0);
        undo->redo();
        QCOMPARE(m_session.lifetime(), lifetime);
        QCOMPARE(parameters->rowCount(), 10);
        checkCardAndTable(*lifetime);
        undo->undo();
    }

    void cancelKeepsTheModel()
    {
        Ui::LifetimePanel panel(&m_session);
        QSignalSpy finished(&panel, &Ui::LifetimePanel::fitFinished);
        const int steps = m_session.undoStack()->count();
        panel.fit();
        QVERIFY(panel.isFitting());
        panel.findChild<QPushButton *>(u"cancelButton"_s)->click();
        QVERIFY(finished.wait(60'000));
        QVERIFY(!panel.isFitting());
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).toString().contains(u"cancelled"_s), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!m_session.lifetime());
        QCOMPARE(m_session.undoStack()->count(), steps);
        QVERIFY(panel.findChild<QPushButton *>(u"fitButton"_s)->isEnabled());
    }

    void refusesTooFewRepeatCustomers()
    {
        // 40 customers who bought twice: fewer than the 50 repeat customers the model needs.
        Model::CustomerFrame frame;
        for (int i = 0; i < 40; ++i) {
            const qint32 c = frame.addCustomer(u"T%1"_s.arg(i));
            frame.orders.append(c, Day0 + i, 50, 0, true);
            frame.orders.append(c, Day0 + 100 + i, 60, 0, true);
        }
        frame.latestOrderDay = Day0 + 139;
        Ui::WorkbenchSession session;
        session.setProject(loaded(std::move(frame)), Jobs::RfmSettings {});
        Ui::LifetimePanel panel(&session);
        QString message;
        QVERIFY(!fitWith(panel, &message));
        QVERIFY2(message.contains(u"50"_s), qPrintable(message));
        QVERIFY(panel.findChild<QLabel *>(u"statusLabel"_s)->text().contains(message));
        QVERIFY(!session.lifetime());
        QVERIFY(!session.undoStack()->canUndo());
    }
};

QTEST_MAIN(TestLifetimePanel)
#include "tst_lifetimepanel.moc"

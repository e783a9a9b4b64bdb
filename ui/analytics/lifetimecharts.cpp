#include "lifetimecharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

struct LifetimeCharts
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::LifetimeCharts)
};

QChart *barChart(const QString &title, QBarSeries *series, const QStringList &categories, double maxValue)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1.0, maxValue * 1.05));
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(series->count() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

QChart *holdoutChart(const Analytics::HoldoutCheck &check)
{
    auto *actual = new QBarSet(LifetimeCharts::tr("Actual"));
    auto *predicted = new QBarSet(LifetimeCharts::tr("Predicted"));
    QStringList categories;
    double maxValue = 0;
    for (const Analytics::HoldoutRow &row : check.rows) {
        *actual << row.actual;
        *predicted << row.predicted;
        maxValue = std::max({ maxValue, row.actual, row.predicted });
        categories << (row.calibrationPurchases == Analytics::HoldoutRows - 1 ? u"%1+"_s.arg(row.calibrationPurchases)
                                                                              : QString::number(row.calibrationPurchases));
    }
    auto *series = new QBarSeries;
    series->append(actual);
    series->append(predicted);
    const QLocale locale;
    QChart *chart = barChart(LifetimeCharts::tr("Holdout %1 – %2: purchase days")
                                     .arg(locale.toString(QDate::fromJulianDay(check.firstDay), QLocale::ShortFormat),
                                          locale.toString(QDate::fromJulianDay(check.lastDay), QLocale::ShortFormat)),
                             series, categories, maxValue);
    chart->axes(Qt::Horizontal).first()->setTitleText(LifetimeCharts::tr("Repeat purchases in the calibration period"));
    return chart;
}

QChart *pAliveChart(const std::vector<qint64> &counts)
{
    auto *set = new QBarSet(LifetimeCharts::tr("Customers"));
    QStringList categories;
    double maxValue = 0;
    const auto bins = double(counts.size());
    for (size_t k = 0; k < counts.size(); ++k) {
        *set << double(counts[k]);
        maxValue = std::max(maxValue, double(counts[k]));
        categories << QString::number(double(k + 1) / bins, 'f', 1);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.95);
    QChart *chart = barChart(LifetimeCharts::tr("Customers by P(alive)"), series, categories, maxValue);
    chart->axes(Qt::Horizontal).first()->setTitleText(LifetimeCharts::tr("P(alive), up to"));
    return chart;
}

QChart *emptyChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace Portrait::Ui

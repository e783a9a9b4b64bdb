// Benchmark: from WorkbenchSession::setProject on a synthetic 1M-customer frame to the segment
// dashboard's charts built and the page grabbed (QWidget::grab), median of 5 runs. Bar: 1.5 s
// (DESIGN §6, "opening a project with 1M customers and showing the dashboard"); chart building
// alone aims at < 300 ms. Prints the phases and PASS/FAIL; exits non-zero on a miss.
#include "charts/chartcard.h"
#include "charts/chartdata.h"
#include "charts/dashboardchart.h"
#include "pages/segmentspage.h"
#include "projectloader.h"
#include "workbench/workbenchsession.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QScrollArea>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

constexpr int Runs = 5;
constexpr double BarMs = 1500;
constexpr double ChartAimMs = 300;

/// Shop-like skew as in bench_rescore: ~60 % one order, a geometric tail of repeat buyers,
/// lognormal order values over two years, recent buyers more frequent; ~2 % only returns.
std::shared_ptr<Ui::LoadedProject> syntheticProject(qsizetype customers)
{
    std::mt19937_64 rng(20240601);
    std::geometric_distribution<int> extraOrders(0.45);
    std::lognormal_distribution<double> orderValue(3.6, 0.9);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto project = std::make_shared<Ui::LoadedProject>();
    Model::CustomerFrame &frame = project->frame;
    const Model::Day last = Model::Day(QDate(2024, 5, 31).toJulianDay());
    frame.orders.reserve(customers * 2);
    for (qsizetype c = 0; c < customers; ++c) {
        const qint32 index = frame.addCustomer(u"C%1"_s.arg(c, 7, 10, QLatin1Char('0')));
        const int orders = unit(rng) < 0.6 ? 1 : 2 + extraOrders(rng);
        const bool returnsOnly = unit(rng) < 0.02;
        const int recency = int(std::floor(730.0 * std::pow(unit(rng), 1.0 + 0.3 * orders)));
        std::vector<Model::Day> days;
        for (int k = 0; k < orders; ++k)
            days.push_back(last - recency - (k == 0 ? 0 : int(unit(rng) * (730 - recency))));
        std::sort(days.begin(), days.end());
        for (Model::Day day : days) {
            const double amount = orderValue(rng);
            frame.orders.append(index, day, returnsOnly ? 0.0 : amount, returnsOnly ? -amount : 0.0, !returnsOnly);
        }
    }
    frame.latestOrderDay = last;
    return project;
}

/// Information only: what each chart's data and view cost, on the last run's page.
void printBreakdown(const Rfm::RfmResult &result, Ui::SegmentsPage &page)
{
    QElapsedTimer t;
    const auto lap = [&t](const char *what) {
        std::printf("bench_dashboard   %-28s %7.1f ms\n", what, double(t.nsecsElapsed()) / 1e6);
        t.restart();
    };
    t.start();
    (void)Ui::segmentData(result, false);
    lap("data: segments");
    (void)Rfm::summarize(result, false);
    lap("Rfm::summarize (table model)");
    (void)Ui::rfHeatmapData(result);
    lap("data: R x F heatmap");
    for (auto d : { Rfm::Dimension::Recency, Rfm::Dimension::Frequency, Rfm::Dimension::Monetary })
        (void)Ui::metricHistogram(result, d);
    lap("data: 3 histograms");
    (void)Ui::scatterSample(result);
    lap("data: scatter sample");
    (void)Ui::tierData(result);
    lap("data: tiers");
    for (int i = 0; i < int(Ui::SegmentsPage::Chart::Count); ++i) {
        Ui::DashboardChart *chart = page.card(Ui::SegmentsPage::Chart(i))->chart();
        QWidget *view = chart->createWidget(nullptr);
        view->resize(600, 400);
        const QByteArray name = "view: " + chart->title().left(20).toUtf8();
        lap(name.constData());
        view->grab();
        lap("  and its first paint");
        delete view;
        t.restart();
    }
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qsizetype customers = 1'000'000;
    QElapsedTimer clock;
    clock.start();
    const auto project = syntheticProject(customers);
    std::printf("bench_dashboard customers=%lld orders=%lld generated in %.0f ms\n", static_cast<long long>(customers),
                static_cast<long long>(project->frame.orders.size()), double(clock.elapsed()));

    std::vector<double> scoreMs, chartsMs, grabMs, totalMs, fullPageGrabMs;
    for (int run = 0; run < Runs; ++run) {
        Ui::WorkbenchSession session;
        Ui::SegmentsPage page(&session);
        page.resize(1400, 900);
        page.show();
        QCoreApplication::processEvents();

        QElapsedTimer t;
        t.start();
        session.setProject(project, Ui::RfmSettings {});
        const double scored = double(t.nsecsElapsed()) / 1e6;
        page.refresh();
        const double built = double(t.nsecsElapsed()) / 1e6;
        const QPixmap shot = page.grab();
        const double grabbed = double(t.nsecsElapsed()) / 1e6;
        if (shot.isNull() || !session.result()) {
            std::fprintf(stderr, "bench_dashboard: no result or empty grab\n");
            return 1;
        }
        scoreMs.push_back(scored);
        chartsMs.push_back(built - scored);
        grabMs.push_back(grabbed - built);
        totalMs.push_back(grabbed);

        // Information only: painting every card of the page, not just what is on screen.
        QElapsedTimer full;
        full.start();
        page.findChild<QScrollArea *>()->widget()->grab();
        fullPageGrabMs.push_back(double(full.nsecsElapsed()) / 1e6);
        if (run == Runs - 1)
            printBreakdown(*session.result(), page);
    }
    const double total = medianOf(totalMs);
    const double charts = medianOf(chartsMs);
    std::printf("bench_dashboard setProject(score+segment) median_ms=%.1f\n", medianOf(scoreMs));
    std::printf("bench_dashboard build charts median_ms=%.1f aim<%.0f ms: %s\n", charts, ChartAimMs,
                charts < ChartAimMs ? "met" : "missed");
    std::printf("bench_dashboard grab visible page median_ms=%.1f\n", medianOf(grabMs));
    std::printf("bench_dashboard grab whole page (every card) median_ms=%.1f (info)\n", medianOf(fullPageGrabMs));
    std::printf("bench_dashboard setProject->charts built->grabbed median_ms=%.1f (min %.1f, max %.1f, %d runs) "
                "bar<%.0f ms ratio=%.2f: %s\n",
                total, *std::min_element(totalMs.begin(), totalMs.end()), *std::max_element(totalMs.begin(), totalMs.end()),
                Runs, BarMs, total / BarMs, total < BarMs ? "PASS" : "FAIL");
    return total < BarMs ? 0 : 1;
}

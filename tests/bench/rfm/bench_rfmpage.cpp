// Benchmark: the RFM page's live update while a cut line is dragged, at 1M customers.
// Bar: one live update < 100 ms (DESIGN §6). Builds a synthetic 1M-customer frame (orders shaped
// like bench_rescore's customers), opens it in a WorkbenchSession and times, as medians of 9:
//  - live update = session.evaluateInto() with one recency cut moved + the who-moves matrix,
//    two result buffers alternating as the page does (evaluate() by value: for information);
//  - the same through the page (RfmPage::dragCut + flushPreview: evaluate, matrix, models);
//  - commit = session.changeSettings() of a moved cut (the page listening, as in the app).
// Exits non-zero when the live update misses the bar.

#include "projectloader.h"
#include "rfm/rfmpage.h"
#include "rfm/transitions.h"
#include "workbench/workbenchsession.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Ui;

namespace {

constexpr int Runs = 9;
constexpr qint32 Customers = 1'000'000;

/// ~60 % one-time buyers, a geometric tail of repeat buyers, lognormal order values, two years of
/// days with frequent buyers more recent; ~2 % of customers have nothing but a return.
std::shared_ptr<LoadedProject> syntheticProject()
{
    std::mt19937_64 rng(20240601);
    std::geometric_distribution<int> extraOrders(0.45);
    std::lognormal_distribution<double> orderValue(3.6, 0.9);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto project = std::make_shared<LoadedProject>();
    Model::CustomerFrame &frame = project->frame;
    const Model::Day today = Model::Day(QDate(2024, 6, 1).toJulianDay());
    frame.ids.reserve(Customers);
    frame.totals.orderCount.assign(Customers, -1);
    frame.totals.amount.assign(Customers, std::nan(""));
    frame.totals.lastOrderDay.assign(Customers, Model::NoDay);
    frame.orders.reserve(qsizetype(Customers) * 2);
    std::vector<Model::Day> days;
    for (qint32 c = 0; c < Customers; ++c) {
        frame.ids.append(QString::number(c));
        if (unit(rng) < 0.02) {
            frame.orders.append(c, today - 100, 0.0, -orderValue(rng), false);
            continue;
        }
        const int orders = unit(rng) < 0.6 ? 1 : 2 + extraOrders(rng);
        days.clear();
        for (int k = 0; k < orders; ++k)
            days.push_back(today - 1 - Model::Day(730.0 * std::pow(unit(rng), 1.0 + 0.3 * orders)));
        std::sort(days.begin(), days.end());
        for (Model::Day d : days)
            frame.orders.append(c, d, orderValue(rng), 0.0, true);
    }
    frame.latestOrderDay = today - 1;
    return project;
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Median wall-clock time of Runs calls; cpuMs gets the median CPU time of this thread, which
/// tells a slow machine from a busy one (on a shared box the two differ a lot).
double medianMs(const std::function<void(int)> &run, double *cpuMs = nullptr)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        run(i);
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpu0);
    }
    if (cpuMs)
        *cpuMs = medianOf(cpu);
    return medianOf(wall);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QElapsedTimer build;
    build.start();
    std::shared_ptr<const LoadedProject> project = syntheticProject();
    std::printf("bench_rfmpage customers=%d orders=%lld frame_build_ms=%.0f (info)\n", Customers,
                static_cast<long long>(project->frame.orders.size()), double(build.elapsed()));

    WorkbenchSession session;
    QElapsedTimer open;
    open.start();
    session.setProject(project, RfmSettings {});
    if (!session.result()) {
        std::fprintf(stderr, "scoring failed: %s\n", qPrintable(session.errorText()));
        return 1;
    }
    std::printf("bench_rfmpage open+score_ms=%.0f scored=%lld (info)\n", double(open.elapsed()),
                static_cast<long long>(session.result()->metrics.scoredCount));

    const std::vector<double> cuts = session.result()->scores.cuts[0];
    // The analyst drags the second recency line back and forth between its neighbours.
    const auto position = [&cuts](int i) { return std::round(cuts[1] + (cuts[2] - cuts[1]) * (0.1 + 0.15 * (i % 5))); };
    const auto movedSettings = [&](int i) {
        RfmSettings s = session.settings();
        std::vector<double> moved = cuts;
        moved[1] = position(i);
        s.cuts[0] = moved;
        return s;
    };

    double evaluateCpu = 0, liveCpu = 0, pageCpu = 0, commitCpu = 0;
    const double evaluateMs = medianMs([&](int i) { (void)session.evaluate(movedSettings(i)); }, &evaluateCpu);
    // As the page does it: two result buffers alternate (evaluateInto reuses their memory), the
    // one shown stays alive while the next is computed.
    std::array<Rfm::RfmResult, 2> buffers;
    const double liveMs = medianMs([&](int i) {
        Rfm::RfmResult &preview = buffers[size_t(i % 2)];
        if (!session.evaluateInto(movedSettings(i), preview))
            std::abort();
        if (Rfm::computeTransitions(*session.result(), preview).movedCustomers < 0)
            std::abort();
    }, &liveCpu);
    buffers = {};
    // evaluate() by value, each result freed before the next: every update faults in ~35 MB of
    // fresh pages, which on a VM costs more than the computing.
    double freshCpu = 0;
    const double freshMs = medianMs([&](int i) {
        auto preview = session.evaluate(movedSettings(i));
        if (Rfm::computeTransitions(*session.result(), *preview).movedCustomers < 0)
            std::abort();
    }, &freshCpu);

    RfmPage page(&session);
    page.beginCutDrag(Rfm::Dimension::Recency, 1);
    const double pageMs = medianMs([&](int i) {
        page.dragCut(position(i));
        page.flushPreview();
    }, &pageCpu);
    page.cancelCutDrag();

    int mergeId = 1;
    const double commitMs = medianMs([&](int i) { session.changeSettings(movedSettings(i), u"Move cut"_s, mergeId++); },
                                    &commitCpu);

    const bool pass = liveMs < 100.0 && pageMs < 100.0;
    std::printf("bench_rfmpage evaluate(fresh memory) median_ms=%.1f cpu_ms=%.1f (info)\n", evaluateMs, evaluateCpu);
    std::printf("bench_rfmpage live_update(fresh memory) median_ms=%.1f cpu_ms=%.1f (info)\n", freshMs, freshCpu);
    std::printf("bench_rfmpage live_update(evaluate+transitions) median_ms=%.1f cpu_ms=%.1f bar<100 ms: %s "
                "(ratio %.2f)\n", liveMs, liveCpu, liveMs < 100 ? "PASS" : "FAIL", liveMs / 100.0);
    std::printf("bench_rfmpage page_live_update(dragCut+flushPreview) median_ms=%.1f cpu_ms=%.1f bar<100 ms: %s "
                "(ratio %.2f)\n", pageMs, pageCpu, pageMs < 100 ? "PASS" : "FAIL", pageMs / 100.0);
    std::printf("bench_rfmpage commit(changeSettings, page listening) median_ms=%.1f cpu_ms=%.1f (info)\n", commitMs,
                commitCpu);
    return pass ? 0 : 1;
}

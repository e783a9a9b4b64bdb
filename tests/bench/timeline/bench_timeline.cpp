// Benchmark (label bench): the timeline at 1M customers / 2M orders, generated in memory (shop-like:
// 60 % buy once, a geometric tail, two years of dates, some returns). Bars (issue 12): a monthly
// trend over 24 months < 3 s; a migration between two dates < 300 ms once the frame is loaded;
// a campaign evaluation < 500 ms (members read from a project file, 1M of them). Prints the
// median of the runs, the ratio to each bar and PASS/FAIL; for information, the same trend
// scored from scratch at every date, and a weekly trend.
#include "jobs/rfmsettings.h"
#include "project/campaignstore.h"
#include "project/projectfile.h"
#include "timeline/campaignjob.h"
#include "timeline/comparison.h"
#include "timeline/periods.h"
#include "timeline/timelinescoring.h"
#include "timeline/trend.h"
#include "timeline/sides.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Timeline;

namespace {

constexpr qsizetype Customers = 1'000'000;

Model::Day day(int y, int m, int d)
{
    return Model::Day(QDate(y, m, d).toJulianDay());
}

Model::CustomerFrame generateFrame()
{
    Model::CustomerFrame frame;
    frame.reserve(Customers);
    frame.orders.reserve(2'100'000);
    std::mt19937_64 rng(20261207);
    std::geometric_distribution<int> extra(0.4);
    std::lognormal_distribution<double> amount(4.0, 0.9);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const Model::Day first = day(2024, 1, 1);
    std::vector<Model::Day> days;
    for (qsizetype c = 0; c < Customers; ++c) {
        const qint32 index = frame.addCustomer(u"C%1"_s.arg(qlonglong(c), 7, 10, QChar(u'0')));
        const int orders = unit(rng) < 0.6 ? 1 : 2 + extra(rng);
        days.clear();
        for (int k = 0; k < orders; ++k)
            days.push_back(first + Model::Day(unit(rng) * 730));
        std::sort(days.begin(), days.end());
        for (const Model::Day d : days) {
            const double value = std::round(amount(rng) * 100) / 100;
            const bool returned = unit(rng) < 0.03;
            frame.orders.append(index, d, value, returned ? -std::round(value * 50) / 100 : 0.0, true);
            frame.latestOrderDay = std::max(frame.latestOrderDay, d);
        }
    }
    return frame;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Median wall-clock milliseconds of runs; *cpu gets the median processor time of this process
/// (both threads), which a machine shared by other work inflates far less.
double timeMs(const std::function<bool()> &work, int runs, double *cpu = nullptr)
{
    std::vector<double> ms, cpuTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpuStart = cpuMs();
        if (!work()) {
            std::fprintf(stderr, "bench_timeline: the work failed\n");
            std::exit(1);
        }
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(cpuMs() - cpuStart);
    }
    if (cpu)
        *cpu = median(cpuTimes);
    return median(ms);
}

bool report(const char *what, double ms, double cpu, double barMs, int runs)
{
    const bool pass = ms < barMs;
    std::printf("bench_timeline %-44s median %8.1f ms wall, %8.1f ms cpu (%d runs)  bar < %.0f ms  ratio %.2f  %s\n",
                what, ms, cpu, runs, barMs, ms / barMs, pass ? "PASS" : "FAIL");
    return pass;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed() : u"?"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("bench_timeline load average before: %s\n", qPrintable(loadAverage()));
    QElapsedTimer clock;
    clock.start();
    const Model::CustomerFrame frame = generateFrame();
    std::printf("bench_timeline frame: %lld customers, %lld orders, generated in %.1f s\n",
                static_cast<long long>(frame.size()), static_cast<long long>(frame.orders.size()),
                double(clock.elapsed()) / 1000);
    auto spec = scoringSpec(Jobs::RfmSettings {});
    if (!spec)
        return 1;
    CancelToken cancel;
    bool ok = true;
    double cpu = 0;
    // An argument (trend, migrate, evaluate) runs that part alone, e.g. to profile it.
    const QString only = app.arguments().value(1);
    const auto wanted = [&only](const char *part) { return only.isEmpty() || only == QLatin1StringView(part); };

    const std::vector<Model::Day> months = periodStarts(day(2024, 2, 1), day(2026, 1, 1), Every::Month);
    if (wanted("trend") || only == u"monthly"_s) {
    const double trendMs = timeMs([&] { return bool(computeTrend(frame, *spec, months, nullProgress(), cancel)); }, 3, &cpu);
    ok = report("trend, monthly, 24 months (shop11 quantile)", trendMs, cpu, 3000, 3) && ok;

    if (only == u"monthly"_s)
        return ok ? 0 : 1;
    const std::vector<Model::Day> weeks = periodStarts(day(2024, 1, 1), day(2025, 12, 31), Every::Week);
    const double weeklyMs = timeMs([&] { return bool(computeTrend(frame, *spec, weeks, nullProgress(), cancel)); }, 1, &cpu);
    std::printf("bench_timeline trend, weekly, %zu weeks (info): %.1f ms wall, %.1f ms cpu\n", weeks.size(), weeklyMs, cpu);
    const double scratchMs = timeMs([&] {
        for (const Model::Day d : months) {
            if (!scoreFromScratch(frame, *spec, d))
                return false;
        }
        return true;
    }, 1, &cpu);
    std::printf("bench_timeline the same 24 dates scored from scratch (info): %.1f ms wall, %.1f ms cpu (the "
                "incremental trend is %.1fx faster)\n",
                scratchMs, cpu, scratchMs / trendMs);
    }

    QTemporaryDir dir;
    auto project = Project::ProjectFile::create(dir.filePath(u"bench.portrait"_s), Project::ProjectFile::Lock::None);
    if (!project)
        return 1;
    if (wanted("migrate")) {
    const double migrateMs = timeMs([&] {
        return bool(compareSides(**project, frame, *spec, u"2025-01-01"_s, u"2026-01-01"_s, false, nullProgress(), cancel));
    }, 5, &cpu);
    ok = report("migration between two dates", migrateMs, cpu, 300, 5) && ok;
    }
    if (!wanted("evaluate")) {
        std::printf("bench_timeline load average after: %s\n", qPrintable(loadAverage()));
        return ok ? 0 : 1;
    }

    CampaignRequest request;
    request.name = u"bench"_s;
    request.asOf = day(2025, 10, 1);
    request.controlPercent = 10;
    request.seed = 3;
    auto draft = draftCampaign(**project, frame, {}, request);
    if (!draft || !Project::CampaignStore(**project).save(draft->campaign))
        return 1;
    std::printf("bench_timeline campaign: %lld members, %zu in the control group\n",
                static_cast<long long>(draft->campaign.members.size()), draft->controlRows.size());
    const double evaluateMs = timeMs([&] {
        return bool(evaluateRecordedCampaign(**project, frame, u"bench"_s, 60));
    }, 5, &cpu);
    ok = report("campaign evaluation (members read from the file)", evaluateMs, cpu, 500, 5) && ok;
    const double inMemoryMs = timeMs([&] {
        evaluateCampaign(frame, draft->campaign.members, request.asOf, 60, Rfm::ReturnsMode::Net);
        return true;
    }, 5, &cpu);
    std::printf("bench_timeline campaign evaluation on members in memory (info): %.1f ms wall, %.1f ms cpu\n",
                inMemoryMs, cpu);
    std::printf("bench_timeline load average after: %s\n", qPrintable(loadAverage()));
    return ok ? 0 : 1;
}

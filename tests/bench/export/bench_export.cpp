// Benchmark: exporting a list of 1M customers (all 18 columns, personal data masked) as CSV in
// UTF-8 and GB18030 and as XLSX. Prints the median of 3 runs each and the ratios to writing the
// same customers' rfm.csv (10 columns, no masking), the plainest file we write.

#include "export/listwriter.h"
#include "export/rfmcsv.h"
#include "rfm/presets.h"
#include "rfm/rfmresult.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

constexpr int Runs = 3;
constexpr qsizetype Customers = 1000000;

// Customers with Chinese names and cities, 11-digit phones and e-mails, and skewed RFM metrics.
std::shared_ptr<Model::CustomerFrame> syntheticFrame(std::mt19937_64 &rng)
{
    const QStringList surnames { u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"欧阳"_s };
    const QStringList given { u"芳"_s, u"伟"_s, u"娜娜"_s, u"敏"_s, u"静"_s, u"磊"_s };
    const QStringList cities { u"杭州"_s, u"北京"_s, u"上海"_s, u"深圳"_s, u"成都"_s };
    std::uniform_int_distribution<int> pick(0, 5), digit(0, 9);
    auto frame = std::make_shared<Model::CustomerFrame>();
    for (qsizetype i = 0; i < Customers; ++i) {
        const qint32 c = frame->addCustomer(u"C%1"_s.arg(i, 7, 10, QChar(u'0')));
        frame->names.set(c, surnames.at(pick(rng)) + given.at(pick(rng)));
        QString phone = u"13"_s;
        for (int d = 0; d < 9; ++d)
            phone += QChar(u'0' + digit(rng));
        frame->phones.set(c, phone);
        frame->emails.set(c, u"user%1@example.com"_s.arg(i));
        frame->cities.set(c, cities.at(pick(rng) % 5));
        frame->provinces.set(c, u"浙江"_s);
        frame->genders.set(c, c % 2 ? u"女"_s : u"男"_s);
        frame->ages[size_t(c)] = qint16(18 + c % 60);
    }
    return frame;
}

Rfm::RfmMetrics syntheticMetrics(std::mt19937_64 &rng)
{
    std::geometric_distribution<int> extraOrders(0.45);
    std::lognormal_distribution<double> orderValue(3.6, 0.9);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Rfm::RfmMetrics m;
    const auto n = size_t(Customers);
    m.recency.resize(n);
    m.frequency.resize(n);
    m.monetary.resize(n);
    m.scored.assign(n, 1);
    for (size_t i = 0; i < n; ++i) {
        const int orders = unit(rng) < 0.6 ? 1 : 2 + extraOrders(rng);
        double amount = 0;
        for (int o = 0; o < orders; ++o)
            amount += orderValue(rng);
        m.frequency[i] = orders;
        m.monetary[i] = amount;
        m.recency[i] = std::floor(unit(rng) * 730);
    }
    m.scoredCount = Customers;
    m.asOf = Model::Day(2460000);
    return m;
}

struct Timing
{
    double wallMs = -1;
    double cpuMs = -1;   ///< this thread's CPU time: what the work costs on a busy machine
};

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Timing median(const std::function<bool()> &work)
{
    std::vector<double> walls, cpus;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = threadCpuMs();
        if (!work())
            return {};
        walls.push_back(double(clock.nsecsElapsed()) / 1e6);
        cpus.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return { walls[walls.size() / 2], cpus[cpus.size() / 2] };
}

} // namespace

int main()
{
    std::mt19937_64 rng(20240601);
    Export::CustomerList list;
    list.frame = syntheticFrame(rng);
    auto run = Rfm::runRfm(syntheticMetrics(rng), {}, Rfm::presetScheme(u"shop11"_s));
    if (!run) {
        std::fprintf(stderr, "runRfm failed: %s\n", qPrintable(run.error().toString()));
        return 1;
    }
    list.result = std::make_shared<const Rfm::RfmResult>(run.takeValue());
    list.rows.resize(size_t(Customers));
    for (qint32 i = 0; i < qint32(Customers); ++i)
        list.rows[size_t(i)] = i;

    QTemporaryDir dir;
    CancelToken cancel;
    const QString rfmPath = dir.filePath(u"rfm.csv"_s), csvPath = dir.filePath(u"list.csv"_s),
                  gbPath = dir.filePath(u"list-gb.csv"_s), xlsxPath = dir.filePath(u"list.xlsx"_s);
    auto writeList = [&](const QString &path, Export::ListFormat format, Export::CsvEncoding encoding) {
        const Status status = Export::writeCustomerList(list, path, format, encoding, nullProgress(), cancel);
        if (!status)
            std::fprintf(stderr, "%s\n", qPrintable(status.error().toString()));
        return status.ok();
    };
    using Export::CsvEncoding;
    using Export::ListFormat;
    const Timing rfmCsv =
            median([&] { return Export::writeRfmCsv(*list.frame, *list.result, rfmPath, false).ok(); });
    const Timing csv = median([&] { return writeList(csvPath, ListFormat::Csv, CsvEncoding::Utf8Bom); });
    const Timing gb = median([&] { return writeList(gbPath, ListFormat::Csv, CsvEncoding::Gb18030); });
    const Timing xlsx = median([&] { return writeList(xlsxPath, ListFormat::Xlsx, CsvEncoding::Utf8Bom); });
    if (rfmCsv.wallMs < 0 || csv.wallMs < 0 || gb.wallMs < 0 || xlsx.wallMs < 0)
        return 1;

    auto line = [](const char *what, const Timing &t, const QString &path, const char *versus, const Timing &base) {
        std::printf("  %-26s %8.0f ms wall %8.0f ms cpu %7.1f MB", what, t.wallMs, t.cpuMs,
                    double(QFileInfo(path).size()) / 1e6);
        if (versus)
            std::printf("   cpu %.2fx %s", t.cpuMs / base.cpuMs, versus);
        std::printf("\n");
    };
    std::printf("export of %lld customers, median of %d runs\n", static_cast<long long>(Customers), Runs);
    line("rfm.csv (reference)", rfmCsv, rfmPath, nullptr, rfmCsv);
    line("list CSV UTF-8, masked", csv, csvPath, "rfm.csv", rfmCsv);
    line("list CSV GB18030, masked", gb, gbPath, "rfm.csv", rfmCsv);
    line("list XLSX, masked", xlsx, xlsxPath, "list CSV", csv);
    return 0;
}

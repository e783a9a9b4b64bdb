#include "jobs/sampledata.h"

#include <QSet>
#include <QTime>

#include <algorithm>
#include <array>
#include <numeric>

// Everything here is integer arithmetic on our own PRNG: floating-point results may differ in
// the last bit between compilers (FMA contraction, libm), which would make the demo — and the
// screenshots and docs built on it — differ between platforms.

namespace Portrait::Jobs {

using namespace Qt::StringLiterals;

namespace {

namespace T = SampleTables;

constexpr int kCustomerCount = 5000;
const QDate kFirstDay(2024, 1, 1);
const QDate kLastDay(2025, 12, 31);
constexpr int kLastIndex = 730; // kFirstDay.daysTo(kLastDay)
constexpr qint64 kDaySecs = 86400;

/// xoshiro256** seeded through splitmix64 (Vigna's reference algorithms).
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, n) by multiply-shift (Lemire); the bias is far below what a demo can show.
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool perMille(int p) { return below(1000) < p; }
    /// Approximately normal, mean 0, standard deviation 1000 (sum of 12 uniforms).
    int gauss()
    {
        int sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += below(1000);
        return sum - 5994;
    }
    /// Lognormal-like factor in per mille: a product of k factors uniform in 0.5–1.5.
    qint64 skew(int k)
    {
        qint64 r = 1000;
        for (int i = 0; i < k; ++i)
            r = r * range(500, 1500) / 1000;
        return r;
    }
    template<typename T>
    int pick(std::span<const T> items)
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int r = below(total);
        for (int i = 0; i < int(items.size()); ++i) {
            r -= items[i].weight;
            if (r < 0)
                return i;
        }
        return int(items.size()) - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s{};
};

struct Profile
{
    const T::Persona *persona = nullptr;
    bool female = false;
    bool priceSensitive = false;
    int channel = 0, category = 0, payment = 0;
    qint64 spendScale = 1000; ///< per mille
};

struct Draft
{
    int customer = 0;
    qint64 at = 0;    ///< seconds since kFirstDay 00:00, Beijing time
    qint64 cents = 0; ///< negative for a return
    int quantity = 0;
    int channel = 0, category = 0, payment = 0;
    bool promo = false;
    int returnOf = -1; ///< index of the returned purchase in the draft list
};

QString fromLatin(const char *text) { return QString::fromLatin1(text); }

QString digits(Rng &rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + (i == 0 ? rng.range(1, 9) : rng.below(10)));
    return s;
}

class Generator
{
public:
    explicit Generator(quint64 seed) : m_rng(seed) {}
    SampleData run();

private:
    QList<int> assignPersonas();
    void makeCustomer(int index, const T::Persona &persona);
    QString makeName(const Profile &profile, QString *latin);
    QString makePhone();
    QString makeEmail(const QString &latin, const QDate &birth);
    QDate makeBirthDate();
    int makePurchases(int customer, const Profile &profile); ///< returns the first order's day
    qint64 timeOfDay();
    int pickCategory(bool female);
    void makeReturns();
    void finishOrders();
    void makeAnswers();
    QString motivation(int nps, bool priceSensitive);

    Rng m_rng;
    SampleData m_data;
    QList<Profile> m_profiles;
    QList<Draft> m_drafts;
    QSet<QString> m_phones, m_emails;
};

SampleData Generator::run()
{
    m_data.firstDay = kFirstDay;
    m_data.lastDay = kLastDay;
    const QList<int> personas = assignPersonas();
    for (int i = 0; i < personas.size(); ++i)
        makeCustomer(i, T::personas()[personas[i]]);
    makeReturns();
    makeAnswers();
    finishOrders();
    return m_data;
}

/// Exact persona counts, shuffled, so the mixture does not drift with the seed.
QList<int> Generator::assignPersonas()
{
    QList<int> result;
    const auto personas = T::personas();
    for (int p = 0; p < int(personas.size()); ++p)
        result.insert(result.size(), personas[p].perMille * kCustomerCount / 1000, p);
    for (int i = int(result.size()) - 1; i > 0; --i)
        std::swap(result[i], result[m_rng.below(i + 1)]);
    return result;
}

void Generator::makeCustomer(int index, const T::Persona &persona)
{
    Profile profile;
    profile.persona = &persona;
    profile.female = m_rng.perMille(580);
    // A price-sensitive minority buys mostly on promotion (see makePurchases).
    profile.priceSensitive = m_rng.perMille(150);
    profile.channel = m_rng.pick(T::channels());
    profile.payment = m_rng.pick(T::payments());
    profile.category = pickCategory(profile.female);
    if (m_rng.perMille(persona.groceryPerMille))
        profile.category = T::kGroceryCategory;
    profile.spendScale = m_rng.skew(3);
    m_profiles.append(profile);

    SampleCustomer c;
    c.id = u"C%1"_s.arg(index + 1, 5, 10, QChar(u'0'));
    QString latin;
    c.name = makeName(profile, &latin);
    c.gender = profile.female ? u"女"_s : u"男"_s;
    c.birthDate = makeBirthDate();
    c.phone = makePhone();
    c.email = makeEmail(latin, c.birthDate);
    const T::City &city = T::cities()[m_rng.pick(T::cities())];
    c.province = QString::fromUtf16(city.province);
    c.city = QString::fromUtf16(city.city);
    const int firstOrder = makePurchases(index, profile);
    // Most sign up just before their first order; the rest had an account for years.
    const int lead = m_rng.perMille(600) ? m_rng.below(31) : m_rng.range(31, 1500);
    c.signupDate = kFirstDay.addDays(firstOrder - lead);
    m_data.customers.append(c);
}

QString Generator::makeName(const Profile &profile, QString *latin)
{
    const auto surnames = T::surnames();
    const auto chars = T::givenNameChars(profile.female);
    const T::Entry &surname = surnames[m_rng.pick(surnames)];
    QString name = QString::fromUtf16(surname.text);
    *latin = fromLatin(surname.latin);
    // Compound surnames (欧阳) take a one-character given name, keeping names to 2–3 characters.
    const int givenLength = name.size() > 1 || m_rng.perMille(350) ? 1 : 2;
    for (int i = 0; i < givenLength; ++i) {
        const T::Entry &given = chars[m_rng.pick(chars)];
        name += QString::fromUtf16(given.text);
        *latin += fromLatin(given.latin);
    }
    return name;
}

QString Generator::makePhone()
{
    const auto prefixes = T::mobilePrefixes();
    for (;;) {
        QString phone = QString::number(prefixes[m_rng.below(int(prefixes.size()))]);
        for (int i = 0; i < 8; ++i)
            phone += QChar(u'0' + m_rng.below(10));
        if (!m_phones.contains(phone)) {
            m_phones.insert(phone);
            return phone;
        }
    }
}

QString Generator::makeEmail(const QString &latin, const QDate &birth)
{
    const auto domains = T::emailDomains();
    const QString domain = fromLatin(domains[m_rng.pick(domains)].latin);
    QString local;
    if (domain == u"qq.com"_s && m_rng.perMille(500)) {
        local = digits(m_rng, m_rng.range(6, 10)); // a QQ number
    } else {
        local = latin;
        switch (m_rng.below(4)) {
        case 0: local += QString::number(birth.year() % 100).rightJustified(2, u'0'); break;
        case 1: local += QString::number(m_rng.range(1, 999)); break;
        case 2: local += QString::number(birth.month() * 100 + birth.day()).rightJustified(4, u'0'); break;
        default: break;
        }
    }
    while (m_emails.contains(local + u'@' + domain))
        local += QChar(u'0' + m_rng.below(10));
    QString email = local + u'@' + domain;
    m_emails.insert(email);
    return email;
}

/// Ages 18–70 on the last sample day, most of them around 32.
QDate Generator::makeBirthDate()
{
    int age = m_rng.perMille(800) ? 32 + m_rng.gauss() * 8 / 1000 : m_rng.range(18, 70);
    age = std::clamp(age, 18, 70);
    return QDate(kLastDay.year() - age, 12, 31).addDays(-m_rng.below(365));
}

int Generator::makePurchases(int customer, const Profile &profile)
{
    const T::Persona &p = *profile.persona;
    const int count = m_rng.range(p.minOrders, p.maxOrders);
    const int last = kLastIndex - m_rng.range(p.lastMin, p.lastMax);
    const int first = count == 1 ? last : std::max(0, last - m_rng.range(p.spanMin, p.spanMax));
    for (int i = 0; i < count; ++i) {
        Draft d;
        d.customer = customer;
        const int day = i == 0 ? last : i == 1 ? first : m_rng.range(first, last);
        d.at = day * kDaySecs + timeOfDay();
        d.channel = m_rng.perMille(720) ? profile.channel : m_rng.pick(T::channels());
        d.category = m_rng.perMille(650) ? profile.category : m_rng.below(int(T::categories().size()));
        d.payment = m_rng.perMille(820) ? profile.payment : m_rng.pick(T::payments());
        // 618 and Double 11 weeks pull in promotions from everyone.
        const QDate date = kFirstDay.addDays(day);
        const bool festival = (date.month() == 6 && date.day() <= 18) || (date.month() == 11 && date.day() <= 11);
        d.promo = m_rng.perMille(profile.priceSensitive ? 800 : festival ? 450 : 180);
        qint64 cents = qint64(p.orderValue) * 100 * profile.spendScale / 1000;
        cents = cents * T::categories()[d.category].priceFactor / 1000 * m_rng.skew(2) / 1000;
        if (d.promo)
            cents = cents * m_rng.range(750, 900) / 1000;
        // Nothing sells below ~10 yuan; spread the floor so it shows no spike at one price.
        d.cents = cents >= 990 ? cents : m_rng.range(990, 1990);
        d.quantity = 1 + (m_rng.perMille(T::categories()[d.category].multiBuy) ? m_rng.range(1, 4) : 0);
        m_drafts.append(d);
    }
    return first;
}

int Generator::pickCategory(bool female)
{
    int total = 0;
    const auto categories = T::categories();
    for (const T::Category &c : categories)
        total += female ? c.female : c.male;
    int r = m_rng.below(total);
    for (int i = 0; i < int(categories.size()); ++i) {
        r -= female ? categories[i].female : categories[i].male;
        if (r < 0)
            return i;
    }
    return 0;
}

/// Seconds into the day, weighted towards lunch and the evening peak.
qint64 Generator::timeOfDay()
{
    return qint64(m_rng.pick(T::hoursOfDay())) * 3600 + m_rng.below(3600);
}

/// A return is its own line, one to fourteen days after the purchase, never past the last day.
void Generator::makeReturns()
{
    const qsizetype purchases = m_drafts.size();
    for (qsizetype i = 0; i < purchases; ++i) {
        const Draft original = m_drafts.at(i);
        if (!m_profiles.at(original.customer).persona->returns
            || !m_rng.perMille(T::categories()[original.category].returnRate))
            continue;
        const qint64 day = original.at / kDaySecs + m_rng.range(1, 14);
        if (day > kLastIndex)
            continue;
        Draft r = original;
        r.at = day * kDaySecs + timeOfDay();
        const bool full = m_rng.perMille(700);
        r.cents = full ? -original.cents : -(original.cents * m_rng.range(20, 80) / 100);
        r.quantity = full ? -original.quantity : -std::max(1, original.quantity / 2);
        r.returnOf = int(i);
        m_drafts.append(r);
    }
}

void Generator::finishOrders()
{
    QList<int> byTime(m_drafts.size());
    std::iota(byTime.begin(), byTime.end(), 0);
    std::sort(byTime.begin(), byTime.end(), [this](int a, int b) {
        return std::pair(m_drafts.at(a).at, a) < std::pair(m_drafts.at(b).at, b);
    });
    QStringList ids(m_drafts.size());
    std::array<int, 2> purchaseSeq{}, returnSeq{};
    for (int index : byTime) {
        const Draft &d = m_drafts.at(index);
        const QDate date = kFirstDay.addDays(d.at / kDaySecs);
        const int y = date.year() - kFirstDay.year();
        const int seq = ++(d.returnOf < 0 ? purchaseSeq : returnSeq)[y];
        ids[index] = u"%1%2%3"_s.arg(d.returnOf < 0 ? u"SO"_s : u"RT"_s).arg(date.year()).arg(seq, 6, 10, QChar(u'0'));
        SampleOrder o;
        o.orderId = ids.at(index);
        o.customerId = m_data.customers.at(d.customer).id;
        o.placedAt = QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(d.at % kDaySecs) * 1000),
                               Qt::OffsetFromUTC, 8 * 3600);
        o.amount = double(d.cents) / 100.0;
        o.quantity = d.quantity;
        o.channel = QString::fromUtf16(T::channels()[d.channel].text);
        o.category = QString::fromUtf16(T::categories()[d.category].text);
        o.paymentMethod = QString::fromUtf16(T::payments()[d.payment].text);
        o.promo = d.promo;
        o.isReturn = d.returnOf >= 0;
        if (o.isReturn)
            o.returnOf = ids.at(d.returnOf); // the purchase is earlier, so it has its id already
        m_data.orders.append(o);
    }
}

/// Survey answers from ~30 % of customers; the score rises with the customer's spend rank.
void Generator::makeAnswers()
{
    const int n = int(m_data.customers.size());
    QList<qint64> net(n, 0);
    QList<int> firstDay(n, kLastIndex), lastDay(n, 0), byNet(n);
    for (const Draft &d : std::as_const(m_drafts)) {
        net[d.customer] += d.cents;
        if (d.returnOf < 0) {
            firstDay[d.customer] = std::min(firstDay.at(d.customer), int(d.at / kDaySecs));
            lastDay[d.customer] = std::max(lastDay.at(d.customer), int(d.at / kDaySecs));
        }
    }
    std::iota(byNet.begin(), byNet.end(), 0);
    std::sort(byNet.begin(), byNet.end(), [&net](int a, int b) {
        return std::pair(net.at(a), a) < std::pair(net.at(b), b);
    });
    QList<int> rank(n);
    for (int k = 0; k < n; ++k)
        rank[byNet.at(k)] = k * 1000 / (n - 1);
    // The large offsets keep the numerators positive, so integer division rounds half up.
    for (int c = 0; c < n; ++c) {
        // Someone whose first order is on the last day had no chance to answer yet.
        if (!m_rng.perMille(300) || firstDay.at(c) >= kLastIndex)
            continue;
        SampleAnswer a;
        a.customerId = m_data.customers.at(c).id;
        const int day = m_rng.range(firstDay.at(c) + 1, lastDay.at(c) + 30);
        a.answeredOn = kFirstDay.addDays(std::min(day, kLastIndex));
        a.nps = std::clamp((3000 + 65 * rank.at(c) / 10 + 3 * m_rng.gauss() / 2 + 100500) / 1000 - 100, 0, 10);
        a.satisfaction = std::clamp((1200 + 350 * a.nps + 3 * m_rng.gauss() / 5 + 100500) / 1000 - 100, 1, 5);
        a.motivation = motivation(a.nps, m_profiles.at(c).priceSensitive);
        m_data.answers.append(a);
    }
}

QString Generator::motivation(int nps, bool priceSensitive)
{
    if (priceSensitive && nps >= 7 && m_rng.perMille(600))
        return m_rng.perMille(500) ? u"价格优惠"_s : u"活动力度大"_s;
    const auto reasons = T::motivations(nps);
    return QString::fromUtf16(reasons[m_rng.below(int(reasons.size()))]);
}

} // namespace

SampleData generateSampleData(quint64 seed)
{
    return Generator(seed).run();
}

} // namespace Portrait::Jobs

#include "cleaner.h"

#include "regiontable.h"
#include "textforms.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Portrait::Clean {

qint64 StepReport::changedTotal() const
{
    qint64 total = 0;
    for (qint64 count : changed)
        total += count;
    return total;
}

qint64 StepReport::flaggedTotal() const
{
    qint64 total = 0;
    for (qint64 count : flagged)
        total += count;
    return total;
}

void StepReport::merge(const StepReport &other)
{
    for (int i = 0; i < FieldCount; ++i)
        changed[size_t(i)] += other.changed[size_t(i)];
    for (int i = 0; i < FlagCount; ++i)
        flagged[size_t(i)] += other.flagged[size_t(i)];
    for (const Change &sample : other.samples) {
        if (samples.size() < SampleLimit)
            samples.append(sample);
    }
    for (const Flagged &sample : other.flaggedSamples) {
        if (flaggedSamples.size() < FlaggedLimit)
            flaggedSamples.append(sample);
    }
    for (auto it = other.unknownProvinces.cbegin(); it != other.unknownProvinces.cend(); ++it)
        unknownProvinces[it.key()] += it.value();
    for (auto it = other.unknownCities.cbegin(); it != other.unknownCities.cend(); ++it)
        unknownCities[it.key()] += it.value();
}

/// A province and city pair worked out once: the values to write and what to flag.
struct Cleaner::RegionResult
{
    QString province;
    QString city;
    Flag provinceFlag = Flag::None;
    Flag cityFlag = Flag::None;
};

Cleaner::Cleaner(const Pipeline &pipeline, const RegionTable *regions, Model::Day today)
    : m_pipeline(pipeline)
    , m_regions(regions)
    , m_today(today)
{
    for (const Step &step : m_pipeline.steps) {
        m_reports.append(StepReport { step, {}, {}, {}, {}, {}, {} });
        StepPlan plan;
        plan.fields = step.touchedFields();
        plan.clearInvalid = step.textOption(step.kind == StepKind::Gender ? u"unrecognised"_s : u"invalid"_s) == u"clear"_s;
        plan.landlines = step.boolOption(u"landlines"_s);
        plan.lowercaseLocal = step.boolOption(u"lowercaseLocal"_s);
        plan.fullWidth = step.boolOption(u"fullWidth"_s);
        plan.joinChinese = step.boolOption(u"joinChinese"_s);
        plan.fillProvince = step.boolOption(u"fillProvince"_s);
        plan.male = step.textOption(u"male"_s);
        plan.female = step.textOption(u"female"_s);
        plan.minAge = step.intOption(u"minAge"_s);
        plan.maxAge = step.intOption(u"maxAge"_s);
        m_plans.append(plan);
    }
}

Cleaner::~Cleaner() = default;

void Cleaner::clean(CustomerValues &values, QStringView customer)
{
    for (int i = 0; i < m_pipeline.steps.size(); ++i)
        applyStep(i, values, customer);
}

void Cleaner::flag(int index, Field field, const QString &value, Flag reason, QStringView customer)
{
    StepReport &report = m_reports[index];
    ++report.flagged[size_t(reason)];
    if (report.flaggedSamples.size() < StepReport::FlaggedLimit)
        report.flaggedSamples.append({ customer.toString(), field, value, reason });
}

void Cleaner::change(int index, Field field, const QString &before, const QString &after, QStringView customer)
{
    StepReport &report = m_reports[index];
    ++report.changed[size_t(field)];
    if (report.samples.size() < StepReport::SampleLimit)
        report.samples.append({ customer.toString(), field, before, after });
}

void Cleaner::applyStep(int index, CustomerValues &values, QStringView customer)
{
    switch (m_pipeline.steps.at(index).kind) {
    case StepKind::Birth:
        applyBirth(index, values, customer);
        return;
    case StepKind::Region:
        applyRegion(index, values, customer);
        return;
    default:
        applyText(index, values, customer);
        return;
    }
}

void Cleaner::applyText(int index, CustomerValues &values, QStringView customer)
{
    const Step &step = m_pipeline.steps.at(index);
    const StepPlan &plan = m_plans.at(index);
    const auto keepOrClear = [&](const QString &value) { return plan.clearInvalid ? QString() : value; };
    for (Field field : plan.fields) {
        QString &value = values.text(field);
        if (value.isEmpty())
            continue;
        QString cleaned;
        Flag reason = Flag::None;
        switch (step.kind) {
        case StepKind::Whitespace:
            cleaned = simplifySpaces(value);
            break;
        case StepKind::FullWidth:
            cleaned = hasFullWidth(value) ? toHalfWidth(value) : value;
            break;
        case StepKind::Name:
            cleaned = normaliseName(value, plan.fullWidth, plan.joinChinese);
            if (std::any_of(cleaned.begin(), cleaned.end(), [](QChar c) { return c.isDigit(); }))
                reason = Flag::NameHasDigits;
            break;
        case StepKind::Gender: {
            auto cached = m_genderCache.constFind(value);
            if (cached == m_genderCache.constEnd()) {
                const Gender gender = parseGender(value);
                const QString result = gender == Gender::Male     ? plan.male
                        : gender == Gender::Female                ? plan.female
                        : gender == Gender::Unknown               ? QString()
                                                                  : keepOrClear(value);
                cached = m_genderCache.insert(value, gender == Gender::Unrecognised ? u"\x1f"_s + result : result);
            }
            cleaned = cached.value();
            if (cleaned.startsWith(u'\x1f')) {
                cleaned.remove(0, 1);
                reason = Flag::GenderUnrecognised;
            }
            break;
        }
        case StepKind::Phone: {
            const Phone phone = normalisePhone(value, plan.landlines);
            reason = phone.flag;
            cleaned = reason == Flag::None ? phone.value : keepOrClear(value);
            break;
        }
        case StepKind::Email: {
            const Email email = normaliseEmail(value, plan.lowercaseLocal);
            reason = email.valid ? Flag::None : Flag::EmailInvalid;
            cleaned = email.valid ? email.value : keepOrClear(value);
            break;
        }
        case StepKind::Birth:
        case StepKind::Region:
            break;
        }
        if (reason != Flag::None)
            flag(index, field, value, reason, customer);
        if (cleaned != value) {
            change(index, field, value, cleaned, customer);
            value = cleaned;
        }
    }
}

namespace {

int yearsBetween(Model::Day from, Model::Day to)
{
    const QDate a = QDate::fromJulianDay(from), b = QDate::fromJulianDay(to);
    int years = b.year() - a.year();
    if (b.month() < a.month() || (b.month() == a.month() && b.day() < a.day()))
        --years;
    return years;
}

} // namespace

void Cleaner::applyBirth(int index, CustomerValues &values, QStringView customer)
{
    const StepPlan &plan = m_plans.at(index);
    const int minAge = plan.minAge, maxAge = plan.maxAge;
    const bool clear = plan.clearInvalid;
    bool birthOk = values.birthDay != Model::NoDay;
    if (birthOk) {
        const int years = yearsBetween(values.birthDay, m_today);
        const Flag reason = values.birthDay > m_today                  ? Flag::BirthInFuture
                : years < minAge || years > maxAge ? Flag::BirthImpossibleAge
                                                   : Flag::None;
        if (reason != Flag::None) {
            birthOk = false;
            flag(index, Field::BirthDay, values.display(Field::BirthDay), reason, customer);
            if (clear) {
                change(index, Field::BirthDay, values.display(Field::BirthDay), QString(), customer);
                values.birthDay = Model::NoDay;
            }
        }
    }
    if (values.age < 0)
        return;
    if (values.age < minAge || values.age > maxAge) {
        flag(index, Field::Age, values.display(Field::Age), Flag::AgeOutOfRange, customer);
        if (clear) {
            change(index, Field::Age, values.display(Field::Age), QString(), customer);
            values.age = -1;
        }
        return;
    }
    if (birthOk && std::abs(yearsBetween(values.birthDay, m_today) - values.age) > 1)
        flag(index, Field::Age, values.display(Field::Age), Flag::AgeDisagreesWithBirth, customer);
}

const Cleaner::RegionResult &Cleaner::region(const QString &province, const QString &city, bool fill)
{
    const QString key = province + u'\x1f' + city + (fill ? u'1' : u'0');
    if (auto it = m_regionCache.constFind(key); it != m_regionCache.constEnd())
        return **it;
    auto result = std::make_shared<RegionResult>(RegionResult { province, city });
    const RegionTable &table = *m_regions;
    const RegionTable::Place fromProvince = table.parsePlace(province);
    const RegionTable::Place fromCity = table.parsePlace(city);
    int p = fromProvince.province;
    int c = fromCity.city;
    if (c < 0 && city.isEmpty())
        c = fromProvince.city; // "广东深圳" in the province column
    if (p < 0 && !province.isEmpty())
        result->provinceFlag = Flag::ProvinceUnknown;
    if (c < 0 && !city.isEmpty())
        result->cityFlag = Flag::CityUnknown;
    if (p < 0 && province.isEmpty() && fill)
        p = c >= 0 ? table.cities().at(c).province : fromCity.province;
    if (p >= 0)
        result->province = table.provinces().at(p).name;
    if (c >= 0) {
        result->city = table.cities().at(c).name;
        if (p >= 0 && table.cities().at(c).province != p)
            result->cityFlag = Flag::CityOutsideProvince;
    }
    return **m_regionCache.insert(key, result);
}

void Cleaner::applyRegion(int index, CustomerValues &values, QStringView customer)
{
    if (!m_regions || (values.province.isEmpty() && values.city.isEmpty()))
        return;
    const RegionResult &result = region(values.province, values.city, m_plans.at(index).fillProvince);
    StepReport &report = m_reports[index];
    if (result.provinceFlag != Flag::None) {
        flag(index, Field::Province, values.province, result.provinceFlag, customer);
        ++report.unknownProvinces[values.province];
    }
    if (result.cityFlag != Flag::None) {
        flag(index, Field::City, values.city, result.cityFlag, customer);
        if (result.cityFlag == Flag::CityUnknown)
            ++report.unknownCities[values.city];
    }
    if (result.province != values.province) {
        change(index, Field::Province, values.province, result.province, customer);
        values.province = result.province;
    }
    if (result.city != values.city) {
        change(index, Field::City, values.city, result.city, customer);
        values.city = result.city;
    }
}

} // namespace Portrait::Clean

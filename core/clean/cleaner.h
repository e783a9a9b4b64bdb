#pragma once

#include "customervalues.h"
#include "normalisers.h"
#include "pipeline.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <array>
#include <memory>

namespace Portrait::Clean {

class RegionTable;

/// A value a step changed, for the before → after preview.
struct Change
{
    QString customer;
    Field field = Field::Name;
    QString before;
    QString after;
};

/// A value a step flagged, as it was given.
struct Flagged
{
    QString customer;
    Field field = Field::Name;
    QString value;
    Flag flag = Flag::None;
};

/// What one step did over all customers.
struct StepReport
{
    static constexpr qsizetype SampleLimit = 20;
    static constexpr qsizetype FlaggedLimit = 100;

    Step step;
    std::array<qint64, FieldCount> changed {}; ///< values changed, per field
    std::array<qint64, FlagCount> flagged {};  ///< values flagged, per reason
    QList<Change> samples;                     ///< the first SampleLimit changes
    QList<Flagged> flaggedSamples;             ///< the first FlaggedLimit flags
    QMap<QString, qint64> unknownProvinces;    ///< region step: values not in the table, with counts
    QMap<QString, qint64> unknownCities;

    qint64 changedTotal() const;
    qint64 flaggedTotal() const;
    /// Adds another part's counts; samples are kept in order up to their limits.
    void merge(const StepReport &other);
};

/// Applies a pipeline to one customer's values at a time. Keeps caches of what it has seen (the
/// few distinct genders, provinces and cities of a million customers are worked out once), so use
/// one Cleaner per thread and merge the reports.
class Cleaner
{
public:
    /// today decides what a birth date "in the future" is. regions may be null when the pipeline
    /// has no region step.
    Cleaner(const Pipeline &pipeline, const RegionTable *regions, Model::Day today);
    ~Cleaner();

    /// Cleans values in place; customer names it in the samples.
    void clean(CustomerValues &values, QStringView customer);
    const QList<StepReport> &reports() const { return m_reports; }
    QList<StepReport> takeReports() { return std::move(m_reports); }

private:
    struct RegionResult;
    /// A step's options read once, not for every value.
    struct StepPlan
    {
        QList<Field> fields;
        bool clearInvalid = false; ///< "invalid" / "unrecognised" is "clear"
        bool landlines = true;
        bool lowercaseLocal = false;
        bool fullWidth = true;
        bool joinChinese = true;
        bool fillProvince = true;
        QString male;
        QString female;
        int minAge = 0;
        int maxAge = 0;
    };
    void applyStep(int index, CustomerValues &values, QStringView customer);
    void applyText(int index, CustomerValues &values, QStringView customer);
    void applyBirth(int index, CustomerValues &values, QStringView customer);
    void applyRegion(int index, CustomerValues &values, QStringView customer);
    const RegionResult &region(const QString &province, const QString &city, bool fill);
    void flag(int index, Field field, const QString &value, Flag reason, QStringView customer);
    void change(int index, Field field, const QString &before, const QString &after, QStringView customer);

    Pipeline m_pipeline;
    QList<StepPlan> m_plans;
    const RegionTable *m_regions;
    Model::Day m_today;
    QList<StepReport> m_reports;
    QHash<QString, QString> m_genderCache;
    QHash<QString, std::shared_ptr<RegionResult>> m_regionCache;
};

} // namespace Portrait::Clean

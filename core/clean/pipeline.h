#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portrait::Clean {

/// The customer attributes cleaning works on (the raw imported values stay in the project).
enum class Field { Name, Gender, BirthDay, Age, Phone, Email, Province, City };
constexpr int FieldCount = int(Field::City) + 1;
constexpr Field AllFields[] = { Field::Name,  Field::Gender, Field::BirthDay, Field::Age,
                                Field::Phone, Field::Email,  Field::Province, Field::City };

/// "name", "birth_day" …: the keys of report.json and of steps files.
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(QStringView key);
QString fieldLabel(Field field);
bool isTextField(Field field);

enum class StepKind { Whitespace, FullWidth, Name, Gender, Phone, Email, Birth, Region };
constexpr StepKind AllStepKinds[] = { StepKind::Whitespace, StepKind::FullWidth, StepKind::Name,  StepKind::Gender,
                                      StepKind::Phone,      StepKind::Email,     StepKind::Birth, StepKind::Region };

QString stepKey(StepKind kind);
std::optional<StepKind> stepFromKey(QStringView key);
QString stepTitle(StepKind kind);
/// One sentence on what the step does, for the Clean page.
QString stepDescription(StepKind kind);

/// An option a step takes: its key in the steps file, its type and its default.
struct OptionSpec
{
    enum class Type { Bool, Int, Text, Choice, Fields };
    QString key;
    Type type = Type::Bool;
    QJsonValue defaultValue;
    QStringList choices;   ///< for Choice
    int minimum = 0;       ///< for Int
    int maximum = 0;
    QString label;         ///< translated, for the option editor
};

QList<OptionSpec> stepOptions(StepKind kind);

/// One step of a cleaning pipeline. options holds every option of the kind (defaults filled in).
struct Step
{
    StepKind kind = StepKind::Whitespace;
    QJsonObject options;

    bool boolOption(const QString &key) const { return options.value(key).toBool(); }
    int intOption(const QString &key) const { return options.value(key).toInt(); }
    QString textOption(const QString &key) const { return options.value(key).toString(); }
    /// The fields a whitespace or full-width step works on.
    QList<Field> fields() const;
    /// The fields this step may change.
    QList<Field> touchedFields() const;
    bool operator==(const Step &other) const = default;
};

/// A step of kind with its default options.
Step defaultStep(StepKind kind);

/// The ordered steps applied to the raw customer values: stored in the project (settings key
/// clean.pipeline) as JSON, replayed on every import and refresh. See docs/cleaning.md.
struct Pipeline
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Clean::Pipeline)

public:
    QList<Step> steps;

    bool isEmpty() const { return steps.isEmpty(); }
    bool operator==(const Pipeline &other) const = default;

    /// What the analyst starts from: white space, names, gender, phone, e-mail, birth date and
    /// age, province and city.
    static Pipeline defaults();

    QByteArray toJson() const;
    /// Reads {"version": 1, "steps": [{"step": "phone", "landlines": true}, …]}. An unknown step,
    /// an unknown option or a wrong value is an Error "step N: …" with source set to source.
    static Result<Pipeline> fromJson(const QByteArray &json, const QString &source);
};

} // namespace Portrait::Clean

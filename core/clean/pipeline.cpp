#include "pipeline.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Portrait::Clean {

namespace {

constexpr int PipelineVersion = 1;

const QStringList &fieldKeys()
{
    static const QStringList keys { u"name"_s,  u"gender"_s, u"birth_day"_s, u"age"_s,
                                    u"phone"_s, u"email"_s,  u"province"_s,  u"city"_s };
    return keys;
}

const QStringList &stepKeys()
{
    static const QStringList keys { u"whitespace"_s, u"fullwidth"_s, u"name"_s,  u"gender"_s,
                                    u"phone"_s,      u"email"_s,     u"birth"_s, u"region"_s };
    return keys;
}

QJsonArray textFieldKeys()
{
    QJsonArray keys;
    for (Field field : AllFields) {
        if (isTextField(field))
            keys.append(fieldKey(field));
    }
    return keys;
}

OptionSpec boolOption(const QString &key, bool value, const QString &label)
{
    return { key, OptionSpec::Type::Bool, value, {}, 0, 0, label };
}

OptionSpec choiceOption(const QString &key, const QStringList &choices, const QString &label)
{
    return { key, OptionSpec::Type::Choice, choices.first(), choices, 0, 0, label };
}

QString typeName(OptionSpec::Type type)
{
    switch (type) {
    case OptionSpec::Type::Bool:
        return Pipeline::tr("true or false");
    case OptionSpec::Type::Int:
        return Pipeline::tr("a whole number");
    case OptionSpec::Type::Text:
        return Pipeline::tr("a text");
    case OptionSpec::Type::Choice:
        return Pipeline::tr("one of the choices");
    case OptionSpec::Type::Fields:
        return Pipeline::tr("a list of fields");
    }
    return {};
}

// The option's value checked against its spec; an error message when it does not fit.
std::optional<QString> checkOption(const OptionSpec &spec, const QJsonValue &value, const QString &step)
{
    const auto wrong = [&] {
        return Pipeline::tr("option %1 of %2 must be %3").arg(spec.key, step, typeName(spec.type));
    };
    switch (spec.type) {
    case OptionSpec::Type::Bool:
        return value.isBool() ? std::nullopt : std::optional(wrong());
    case OptionSpec::Type::Int:
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            return wrong();
        if (value.toInt() < spec.minimum || value.toInt() > spec.maximum)
            return Pipeline::tr("option %1 of %2 must be from %3 to %4").arg(spec.key, step).arg(spec.minimum).arg(spec.maximum);
        return std::nullopt;
    case OptionSpec::Type::Text:
        return value.isString() && !value.toString().trimmed().isEmpty() ? std::nullopt : std::optional(wrong());
    case OptionSpec::Type::Choice:
        if (!value.isString() || !spec.choices.contains(value.toString()))
            return Pipeline::tr("option %1 of %2 must be one of: %3").arg(spec.key, step, spec.choices.join(u", "_s));
        return std::nullopt;
    case OptionSpec::Type::Fields:
        if (!value.isArray() || value.toArray().isEmpty())
            return wrong();
        for (const QJsonValue &field : value.toArray()) {
            const auto known = fieldFromKey(field.toString());
            if (!known || !isTextField(*known)) {
                QStringList text;
                for (const QJsonValue &key : textFieldKeys())
                    text.append(key.toString());
                return Pipeline::tr("option %1 of %2 names the unknown field \"%3\"; text fields: %4")
                        .arg(spec.key, step, field.toString(), text.join(u", "_s));
            }
        }
        return std::nullopt;
    }
    return std::nullopt;
}

Result<Step> stepFromJson(const QJsonValue &value, int number, const QString &source)
{
    const auto failure = [&](const QString &message) {
        return Error { Pipeline::tr("step %1: %2").arg(number).arg(message), source, 0, 0, {} };
    };
    if (!value.isObject())
        return failure(Pipeline::tr("expected an object such as {\"step\": \"phone\"}"));
    const QJsonObject object = value.toObject();
    const QString key = object.value(u"step"_s).toString();
    const auto kind = stepFromKey(key);
    if (!kind) {
        return failure(key.isEmpty() ? Pipeline::tr("the step's \"step\" is missing; steps: %1").arg(stepKeys().join(u", "_s))
                                     : Pipeline::tr("unknown step \"%1\"; steps: %2").arg(key, stepKeys().join(u", "_s)));
    }
    Step step = defaultStep(*kind);
    const QList<OptionSpec> specs = stepOptions(*kind);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"step"_s)
            continue;
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec &s) { return s.key == it.key(); });
        if (spec == specs.end()) {
            QStringList names;
            for (const OptionSpec &s : specs)
                names.append(s.key);
            return failure(Pipeline::tr("unknown option \"%1\" of %2; its options: %3").arg(it.key(), key, names.join(u", "_s)));
        }
        if (const auto problem = checkOption(*spec, it.value(), key))
            return failure(*problem);
        step.options.insert(it.key(), it.value());
    }
    if (*kind == StepKind::Birth && step.intOption(u"minAge"_s) >= step.intOption(u"maxAge"_s))
        return failure(Pipeline::tr("minAge must be below maxAge"));
    return step;
}

} // namespace

QString fieldKey(Field field)
{
    return fieldKeys().at(int(field));
}

std::optional<Field> fieldFromKey(QStringView key)
{
    const qsizetype index = fieldKeys().indexOf(key);
    return index < 0 ? std::nullopt : std::optional(Field(index));
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Name:
        return Pipeline::tr("Name");
    case Field::Gender:
        return Pipeline::tr("Gender");
    case Field::BirthDay:
        return Pipeline::tr("Birth date");
    case Field::Age:
        return Pipeline::tr("Age");
    case Field::Phone:
        return Pipeline::tr("Phone");
    case Field::Email:
        return Pipeline::tr("E-mail");
    case Field::Province:
        return Pipeline::tr("Province");
    case Field::City:
        return Pipeline::tr("City");
    }
    return {};
}

bool isTextField(Field field)
{
    return field != Field::BirthDay && field != Field::Age;
}

QString stepKey(StepKind kind)
{
    return stepKeys().at(int(kind));
}

std::optional<StepKind> stepFromKey(QStringView key)
{
    const qsizetype index = stepKeys().indexOf(key);
    return index < 0 ? std::nullopt : std::optional(StepKind(index));
}

QString stepTitle(StepKind kind)
{
    switch (kind) {
    case StepKind::Whitespace:
        return Pipeline::tr("White space");
    case StepKind::FullWidth:
        return Pipeline::tr("Full-width characters");
    case StepKind::Name:
        return Pipeline::tr("Names");
    case StepKind::Gender:
        return Pipeline::tr("Gender");
    case StepKind::Phone:
        return Pipeline::tr("Phone numbers");
    case StepKind::Email:
        return Pipeline::tr("E-mail addresses");
    case StepKind::Birth:
        return Pipeline::tr("Birth date and age");
    case StepKind::Region:
        return Pipeline::tr("Province and city");
    }
    return {};
}

QString stepDescription(StepKind kind)
{
    switch (kind) {
    case StepKind::Whitespace:
        return Pipeline::tr("Trims values and folds runs of spaces (the ideographic space too) into one.");
    case StepKind::FullWidth:
        return Pipeline::tr("Turns full-width letters, digits and signs (１３８, ＠) into ordinary ones.");
    case StepKind::Name:
        return Pipeline::tr("Tidies names: spaces, full-width characters, spaces between Chinese characters, "
                            "the dot of transcribed names.");
    case StepKind::Gender:
        return Pipeline::tr("Writes 男/女, M/F, male/female, 先生/女士, 1/2 one way; 未知, 保密, 0, 9 become empty.");
    case StepKind::Phone:
        return Pipeline::tr("Mobiles in any writing (+86, 0086, spaces, hyphens) to 11 digits; landlines as area "
                            "code-number; anything else is kept and flagged.");
    case StepKind::Email:
        return Pipeline::tr("Removes spaces and full-width forms, lower-cases the domain (and the name before @ "
                            "if asked); flags what is no address.");
    case StepKind::Birth:
        return Pipeline::tr("Flags birth dates in the future and impossible ages, and ages that disagree with "
                            "the birth date.");
    case StepKind::Region:
        return Pipeline::tr("Province and city to their official names (广东 → 广东省, 深圳 → 深圳市); a known "
                            "city fills a missing province; unknown values are kept and listed.");
    }
    return {};
}

QList<OptionSpec> stepOptions(StepKind kind)
{
    const QStringList keepOrClear { u"keep"_s, u"clear"_s };
    switch (kind) {
    case StepKind::Whitespace:
    case StepKind::FullWidth:
        return { { u"fields"_s, OptionSpec::Type::Fields, textFieldKeys(), {}, 0, 0, Pipeline::tr("Fields") } };
    case StepKind::Name:
        return { boolOption(u"fullWidth"_s, true, Pipeline::tr("Full-width characters to ordinary ones")),
                 boolOption(u"joinChinese"_s, true, Pipeline::tr("Remove spaces between Chinese characters")) };
    case StepKind::Gender:
        return { { u"male"_s, OptionSpec::Type::Text, u"男"_s, {}, 0, 0, Pipeline::tr("Write male as") },
                 { u"female"_s, OptionSpec::Type::Text, u"女"_s, {}, 0, 0, Pipeline::tr("Write female as") },
                 choiceOption(u"unrecognised"_s, keepOrClear, Pipeline::tr("Values not recognised")) };
    case StepKind::Phone:
        return { boolOption(u"landlines"_s, true, Pipeline::tr("Write landlines as area code-number")),
                 choiceOption(u"invalid"_s, keepOrClear, Pipeline::tr("Numbers that are neither")) };
    case StepKind::Email:
        return { boolOption(u"lowercaseLocal"_s, false, Pipeline::tr("Lower-case the name before @ too")),
                 choiceOption(u"invalid"_s, keepOrClear, Pipeline::tr("Values that are no address")) };
    case StepKind::Birth:
        return { { u"minAge"_s, OptionSpec::Type::Int, 0, {}, 0, 150, Pipeline::tr("Youngest possible age") },
                 { u"maxAge"_s, OptionSpec::Type::Int, 120, {}, 1, 150, Pipeline::tr("Oldest possible age") },
                 choiceOption(u"invalid"_s, { u"clear"_s, u"keep"_s }, Pipeline::tr("Impossible values")) };
    case StepKind::Region:
        return { boolOption(u"fillProvince"_s, true, Pipeline::tr("A known city fills a missing province")) };
    }
    return {};
}

QList<Field> Step::fields() const
{
    QList<Field> out;
    for (const QJsonValue &key : options.value(u"fields"_s).toArray()) {
        if (const auto field = fieldFromKey(key.toString()))
            out.append(*field);
    }
    return out;
}

QList<Field> Step::touchedFields() const
{
    switch (kind) {
    case StepKind::Whitespace:
    case StepKind::FullWidth:
        return fields();
    case StepKind::Name:
        return { Field::Name };
    case StepKind::Gender:
        return { Field::Gender };
    case StepKind::Phone:
        return { Field::Phone };
    case StepKind::Email:
        return { Field::Email };
    case StepKind::Birth:
        return { Field::BirthDay, Field::Age };
    case StepKind::Region:
        return { Field::Province, Field::City };
    }
    return {};
}

Step defaultStep(StepKind kind)
{
    Step step { kind, {} };
    for (const OptionSpec &spec : stepOptions(kind))
        step.options.insert(spec.key, spec.defaultValue);
    return step;
}

Pipeline Pipeline::defaults()
{
    Pipeline pipeline;
    for (StepKind kind : { StepKind::Whitespace, StepKind::Name, StepKind::Gender, StepKind::Phone, StepKind::Email,
                           StepKind::Birth, StepKind::Region })
        pipeline.steps.append(defaultStep(kind));
    return pipeline;
}

QByteArray Pipeline::toJson() const
{
    QJsonArray array;
    for (const Step &step : steps) {
        QJsonObject object = step.options;
        object.insert(u"step"_s, stepKey(step.kind));
        array.append(object);
    }
    return QJsonDocument(QJsonObject { { u"version"_s, PipelineVersion }, { u"steps"_s, array } })
            .toJson(QJsonDocument::Compact);
}

Result<Pipeline> Pipeline::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error { tr("not a cleaning pipeline: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset),
                       source, 0, 0, {} };
    }
    // A bare list of steps is accepted as well as the object the project stores.
    const QJsonArray steps = document.isArray() ? document.array() : document.object().value(u"steps"_s).toArray();
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const int version = object.value(u"version"_s).toInt(PipelineVersion);
        if (version != PipelineVersion)
            return Error { tr("pipeline version %1 is not supported (this Portrait reads version %2)").arg(version).arg(PipelineVersion),
                           source, 0, 0, {} };
        if (!object.value(u"steps"_s).isArray())
            return Error { tr("a cleaning pipeline needs \"steps\": a list of steps"), source, 0, 0, {} };
    }
    Pipeline pipeline;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto step = stepFromJson(steps.at(i), int(i + 1), source);
        if (!step)
            return step.error();
        pipeline.steps.append(step.takeValue());
    }
    return pipeline;
}

} // namespace Portrait::Clean

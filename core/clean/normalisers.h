#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Portrait::Clean {

/// Why a value was flagged: kept (or cleared, as the step's options say) and listed in the
/// quality report, never silently dropped.
enum class Flag : quint8 {
    None,
    PhoneNotChinese,
    PhoneNoAreaCode,
    PhoneServiceNumber,
    EmailInvalid,
    NameHasDigits,
    GenderUnrecognised,
    BirthInFuture,
    BirthImpossibleAge,
    AgeOutOfRange,
    AgeDisagreesWithBirth,
    ProvinceUnknown,
    CityUnknown,
    CityOutsideProvince,
};
constexpr int FlagCount = int(Flag::CityOutsideProvince) + 1;

/// Translated, for the report and the Clean page.
QString flagText(Flag flag);
/// snake_case, for report.json.
QString flagKey(Flag flag);

struct Phone
{
    enum class Kind { Empty, Mobile, Landline, Other };
    Kind kind = Kind::Empty;
    /// 11 digits for a mobile ("13812345678"); area code, hyphen, number and an optional
    /// "-extension" for a landline ("010-12345678"); the text as given (trimmed) otherwise.
    QString value;
    /// The number without extension or separators, for finding the same person twice; empty
    /// unless a mobile or landline.
    QString key;
    Flag flag = Flag::None;
};

/// Reads a phone number in any common writing: "+86 138 1234 5678", "(+86) 13812345678",
/// "0086-138…", "86138…", "138-1234-5678", full-width digits, "010 1234 5678 转 123". With
/// landlines false, landline numbers are kept as written (and not flagged).
Phone normalisePhone(QStringView text, bool landlines = true);

struct Email
{
    QString value; ///< trimmed, full-width forms and spaces removed, domain lower-cased
    QString key;   ///< the whole address lower-cased; empty when not a plausible address
    bool valid = false;
};

Email normaliseEmail(QStringView text, bool lowercaseLocal = false);

/// Trimmed, white space folded, full-width letters and digits made ASCII (fullWidth), and the
/// spaces between Chinese characters removed (joinChinese: "张 三" → 张三); the dots of
/// transcribed names written in any of their forms become "·" (阿卜杜•热合曼 → 阿卜杜·热合曼).
QString normaliseName(QStringView text, bool fullWidth = true, bool joinChinese = true);

enum class Gender { Empty, Male, Female, Unknown, Unrecognised };

/// 男/女, M/F, male/female, 先生/女士, GB/T 2261.1 codes 1/2; 未知, 保密, 0, 9 … read as Unknown.
Gender parseGender(QStringView text);

/// A customer id as another system may write the same member: full-width forms and separators
/// (space, -, _, .) removed, upper-cased, leading zeros of its number dropped ("vip-00123" and
/// "VIP123" are one member). Empty stays empty.
QString normaliseMemberId(QStringView text);

struct FlagText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Clean::Flag)
};

} // namespace Portrait::Clean

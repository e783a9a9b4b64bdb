#include "normalisers.h"

#include "textforms.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Portrait::Clean {

QString flagText(Flag flag)
{
    switch (flag) {
    case Flag::None:
        return {};
    case Flag::PhoneNotChinese:
        return FlagText::tr("not a Chinese mobile or landline number");
    case Flag::PhoneNoAreaCode:
        return FlagText::tr("landline number without area code");
    case Flag::PhoneServiceNumber:
        return FlagText::tr("service number (400/800), not a person's");
    case Flag::EmailInvalid:
        return FlagText::tr("not a valid e-mail address");
    case Flag::NameHasDigits:
        return FlagText::tr("name contains digits");
    case Flag::GenderUnrecognised:
        return FlagText::tr("gender not recognised");
    case Flag::BirthInFuture:
        return FlagText::tr("birth date in the future");
    case Flag::BirthImpossibleAge:
        return FlagText::tr("birth date implies an impossible age");
    case Flag::AgeOutOfRange:
        return FlagText::tr("impossible age");
    case Flag::AgeDisagreesWithBirth:
        return FlagText::tr("age disagrees with the birth date");
    case Flag::ProvinceUnknown:
        return FlagText::tr("province not in the region table");
    case Flag::CityUnknown:
        return FlagText::tr("city not in the region table");
    case Flag::CityOutsideProvince:
        return FlagText::tr("city lies in another province");
    }
    return {};
}

QString flagKey(Flag flag)
{
    static const std::array<QString, FlagCount> keys {
        QString(),           u"phone_not_chinese"_s, u"phone_no_area_code"_s,     u"phone_service_number"_s,
        u"email_invalid"_s,  u"name_has_digits"_s,   u"gender_unrecognised"_s,    u"birth_in_future"_s,
        u"birth_impossible_age"_s,  u"age_out_of_range"_s,  u"age_disagrees_with_birth"_s, u"province_unknown"_s,
        u"city_unknown"_s,   u"city_outside_province"_s,
    };
    return keys[size_t(flag)];
}

namespace {

// The digits of a phone text and where an extension starts; false when it holds anything but
// digits, separators, a leading + and an extension marker.
struct PhoneDigits
{
    QString digits;
    QString extension;
    bool plus = false;
};

bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/' || c == u'—'
            || c == u'（' || c == u'）';
}

bool splitPhone(QStringView text, PhoneDigits &out)
{
    out.digits.reserve(text.size());
    QString *target = &out.digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            *target += c;
        } else if (c == u'+' && out.digits.isEmpty() && !out.plus) {
            out.plus = true;
        } else if (isPhoneSeparator(c)) {
            continue;
        } else if (target == &out.digits && !out.digits.isEmpty()
                   && (c == u'转' || c == u'#' || c == u'x' || c == u'X' || text.mid(i).startsWith(u"ext"_s, Qt::CaseInsensitive))) {
            target = &out.extension;
            if (c == u'e' || c == u'E')
                i += text.mid(i).startsWith(u"ext."_s, Qt::CaseInsensitive) ? 3 : 2;
        } else {
            return false;
        }
    }
    return true;
}

bool isMobile(QStringView digits)
{
    return digits.size() == 11 && digits[0] == u'1' && digits[1] >= u'3' && digits[1] <= u'9';
}

// Area codes: 010 and 02x are three digits, every other one four (0xxx).
qsizetype areaCodeLength(QStringView digits)
{
    if (digits.size() < 3 || digits[0] != u'0')
        return 0;
    return digits[1] == u'1' || digits[1] == u'2' ? 3 : 4;
}

void classifyPhone(QString digits, const QString &extension, bool landlines, Phone &phone)
{
    // Country code: 0086 / +86 / 86 before a mobile or before a landline's area code, whose 0 is
    // then left out ("+86 10 1234 5678").
    bool countryCode = false;
    if (digits.startsWith(u"0086"_s) && digits.size() >= 13) {
        digits.remove(0, 4);
        countryCode = true;
    } else if (digits.startsWith(u"86"_s) && digits.size() >= 11 && digits.size() <= 13) {
        digits.remove(0, 2);
        countryCode = true;
    }
    if (digits.size() == 12 && digits.startsWith(u'0') && isMobile(QStringView(digits).mid(1)))
        digits.remove(0, 1); // a trunk 0 dialled before a mobile
    if (isMobile(digits) && extension.isEmpty()) {
        phone.kind = Phone::Kind::Mobile;
        phone.value = phone.key = digits;
        return;
    }
    if ((digits.startsWith(u"400"_s) || digits.startsWith(u"800"_s)) && digits.size() == 10) {
        phone.flag = Flag::PhoneServiceNumber;
        return;
    }
    if (countryCode && !digits.startsWith(u'0'))
        digits.prepend(u'0');
    const qsizetype area = areaCodeLength(digits);
    const qsizetype local = digits.size() - area;
    if (area > 0 && (local == 7 || local == 8) && digits[area] != u'0' && digits[area] != u'1') {
        phone.kind = Phone::Kind::Landline;
        phone.key = digits;
        if (landlines) {
            phone.value = digits.left(area) + u'-' + digits.mid(area);
            if (!extension.isEmpty())
                phone.value += u'-' + extension;
        }
        return;
    }
    if ((digits.size() == 7 || digits.size() == 8) && digits[0] != u'0' && digits[0] != u'1') {
        phone.flag = Flag::PhoneNoAreaCode;
        return;
    }
    phone.flag = Flag::PhoneNotChinese;
}

} // namespace

Phone normalisePhone(QStringView text, bool landlines)
{
    Phone phone;
    // Most numbers are an 11-digit mobile as it is: no need to take them apart.
    if (isMobile(text) && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        phone.kind = Phone::Kind::Mobile;
        phone.value = phone.key = text.toString();
        return phone;
    }
    const QString half = simplifySpaces(toHalfWidth(text));
    if (half.isEmpty())
        return phone;
    phone.kind = Phone::Kind::Other;
    phone.value = half;
    PhoneDigits parts;
    if (!splitPhone(half, parts) || parts.digits.isEmpty()) {
        phone.flag = Flag::PhoneNotChinese;
        return phone;
    }
    if (parts.plus && !parts.digits.startsWith(u"86"_s)) {
        phone.flag = Flag::PhoneNotChinese; // another country's number
        return phone;
    }
    classifyPhone(std::move(parts.digits), parts.extension, landlines, phone);
    if (phone.kind == Phone::Kind::Landline && !landlines)
        phone.value = half;
    return phone;
}

Email normaliseEmail(QStringView text, bool lowercaseLocal)
{
    Email email;
    QString address;
    address.reserve(text.size());
    for (QChar c : text) {
        const QChar half(halfWidthChar(c.unicode()));
        if (half.isSpace())
            continue;
        address += half == u'。' ? QChar(u'.') : half;
    }
    if (address.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
        address.remove(0, 7);
    while (address.endsWith(u'.') || address.endsWith(u',') || address.endsWith(u';'))
        address.chop(1);
    const qsizetype at = address.indexOf(u'@');
    if (at < 0) {
        email.value = address;
        return email;
    }
    // Lower-cased in place: the address is this function's own.
    bool upperLocal = false;
    QChar *chars = address.data();
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar lower = chars[i].toLower();
        if (lower == chars[i])
            continue;
        if (i > at || lowercaseLocal)
            chars[i] = lower;
        else
            upperLocal = true;
    }
    email.value = address;
    const QStringView domain = QStringView(address).sliced(at + 1);
    const QStringView local = QStringView(address).first(at);
    const bool domainOk = domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.')
            && !domain.contains(u".."_s) && std::all_of(domain.begin(), domain.end(), [](QChar c) {
                   return c.isLetterOrNumber() || c == u'.' || c == u'-';
               });
    const bool localOk = !local.isEmpty() && !local.contains(u'@') && !local.startsWith(u'.') && !local.endsWith(u'.')
            && std::none_of(local.begin(), local.end(), [](QChar c) { return c == u',' || c == u';' || c == u'<' || c == u'>'; });
    email.valid = domainOk && localOk;
    if (email.valid)
        email.key = upperLocal ? email.value.toLower() : email.value;
    return email;
}

namespace {

bool isNameDot(QChar c)
{
    return c == u'·' || c == u'•' || c == u'・' || c == u'∙' || c == u'．' || c == u'.' || c == u'‧';
}

} // namespace

QString normaliseName(QStringView text, bool fullWidth, bool joinChinese)
{
    const QString simplified = simplifySpaces(fullWidth ? toHalfWidth(text) : text.toString());
    if (!joinChinese)
        return simplified;
    const auto needsJoin = [&] {
        for (qsizetype i = 1; i + 1 < simplified.size(); ++i) {
            const QChar c = simplified[i];
            if ((c == u' ' || (isNameDot(c) && c != u'·')) && isHan(simplified[i - 1].unicode())
                && isHan(simplified[i + 1].unicode()))
                return true;
        }
        return false;
    };
    if (!needsJoin())
        return simplified;
    QString out;
    out.reserve(simplified.size());
    const auto hanAt = [&](qsizetype i) { return i >= 0 && i < simplified.size() && isHan(simplified[i].unicode()); };
    for (qsizetype i = 0; i < simplified.size(); ++i) {
        const QChar c = simplified[i];
        const bool betweenHan = hanAt(i - 1) && hanAt(i + 1);
        if (c == u' ' && betweenHan)
            continue;
        if (isNameDot(c) && betweenHan) {
            out += u'·';
            continue;
        }
        out += c;
    }
    return out;
}

Gender parseGender(QStringView text)
{
    const QString key = lookupKey(text);
    if (key.isEmpty())
        return Gender::Empty;
    static const QStringList male { u"男"_s, u"男性"_s, u"男士"_s, u"先生"_s, u"m"_s, u"male"_s, u"man"_s, u"1"_s };
    static const QStringList female { u"女"_s, u"女性"_s, u"女士"_s, u"小姐"_s, u"f"_s, u"female"_s, u"woman"_s,
                                      u"w"_s, u"2"_s };
    static const QStringList unknown { u"未知"_s, u"保密"_s, u"不详"_s, u"未说明"_s, u"0"_s, u"9"_s, u"u"_s,
                                       u"unknown"_s, u"n/a"_s, u"na"_s, u"-"_s, u"--"_s, u"null"_s, u"none"_s };
    if (male.contains(key))
        return Gender::Male;
    if (female.contains(key))
        return Gender::Female;
    if (unknown.contains(key))
        return Gender::Unknown;
    return Gender::Unrecognised;
}

QString normaliseMemberId(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const QString half = toHalfWidth(text);
    for (qsizetype i = 0; i < half.size(); ++i) {
        const QChar c = half[i];
        if (c.isSpace() || c == u'-' || c == u'_' || c == u'.')
            continue;
        // A zero that starts a run of digits and is followed by another digit adds nothing.
        const bool runStart = out.isEmpty() || !out.back().isDigit();
        if (c == u'0' && runStart) {
            qsizetype next = i + 1;
            while (next < half.size() && (half[next] == u'-' || half[next] == u'_' || half[next] == u'.' || half[next].isSpace()))
                ++next;
            if (next < half.size() && half[next].isDigit())
                continue;
        }
        out += c.toUpper();
    }
    return out;
}

} // namespace Portrait::Clean

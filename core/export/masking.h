#pragma once

#include <QString>

namespace Portrait::Export {

// Masking of personal data in list exports (DESIGN §6: on by default). Each function keeps just
// enough for an analyst to recognise a record and check a list by eye, and never the whole
// value. Empty (or blank) input gives an empty result; surrounding spaces are dropped.

/// Phone numbers keep their first 3 and last 4 digits: 13812345678 → 138****5678. Separators
/// stay where they were (138-1234-5678 → 138-****-5678) and a Chinese country prefix (+86,
/// 0086, or 86 before an 11-digit mobile number) is kept in front of the masked national number:
/// +86 138 1234 5678 → +86 138 **** 5678. Numbers of 7 to 10 digits (a landline without its area
/// code) keep only their last 4 (62345678 → ****5678), so at least 3 digits are always hidden;
/// numbers of fewer than 7 digits are masked completely. Text with no digit at all is not a phone
/// number and becomes "***".
QString maskPhone(const QString &phone);

/// E-mail addresses keep the first character of the local part and the whole domain, with a
/// fixed "***" that hides the local part's length: alice@example.com → a***@example.com. Text
/// without an "@" keeps only its first character: "alice" → "a***".
QString maskEmail(const QString &email);

/// ID numbers (18-character 居民身份证号, also the old 15-digit form) keep the first 6 (the
/// region code) and the last 4 characters: 110101199003071234 → 110101********1234. Values of
/// 10 characters or fewer are masked completely.
QString maskIdNumber(const QString &idNumber);

/// Names keep the first character of each word and mask every other character with one "*":
/// 张三 → 张*, 欧阳娜娜 → 欧***, John Smith → J*** S****. A Chinese name is one word, so only
/// its first character (usually the surname) is kept. A one-character name is kept: it is a
/// surname at most.
QString maskName(const QString &name);

} // namespace Portrait::Export

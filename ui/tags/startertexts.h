#pragma once

#include "tags/dictionary.h"

#include <QHash>
#include <QString>

namespace Portrait::Ui {

/// The starter dictionary's descriptive texts (definitions, sources, refresh rules, notes, group
/// descriptions) in the interface's language, whichever language they were installed in: a project
/// set up in the English interface (or by `portrait tag --starter`) reads in Chinese in the Chinese
/// one, and back. Texts the analyst wrote or changed are shown as they are.
class StarterTexts
{
public:
    /// Reads the starter dictionary in every bundled language, for the language installed now.
    StarterTexts();

    /// text in the interface's language when it is one of the starter's, else text itself.
    QString localized(const QString &text) const;
    Tags::TagNode localized(const Tags::TagNode &node) const;
    Tags::TagGroup localized(const Tags::TagGroup &group) const;
    QList<Tags::TagGroup> localized(const QList<Tags::TagGroup> &groups) const;
    /// The dictionary with every tag's and group's texts localized (for showing, not saving).
    Tags::TagDictionary localized(const Tags::TagDictionary &dictionary) const;

private:
    /// Every known wording (English and Chinese) of a starter text → the current language's.
    QHash<QString, QString> m_current;
};

} // namespace Portrait::Ui

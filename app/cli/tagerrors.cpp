#include "tagerrors.h"

#include "cliutil.h"

#include "tags/diagnostic.h"
#include "tags/rulesfile.h"

namespace Portrait::Cli {

void printTagError(const Tags::TagRuleError &error, const Tags::TagDictionary &dictionary)
{
    const Tags::TagNode *node = dictionary.find(error.id);
    const QString line = node && error.error.row > 0 ? Tags::sourceLine(node->rule, int(error.error.row)) : QString();
    printLine(stderr, Tags::formatDiagnostic(error.error, line));
}

void printGroupError(const Tags::GroupResult &group, const Tags::TagDictionary &dictionary)
{
    const Tags::TagGroup *definition = dictionary.findGroup(group.name);
    const QString line = definition ? Tags::sourceLine(definition->expression, int(group.error.row)) : QString();
    printLine(stderr, Tags::formatDiagnostic(group.error, line));
}

} // namespace Portrait::Cli

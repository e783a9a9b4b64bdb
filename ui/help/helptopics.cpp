#include "helptopics.h"

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QString section(const QString &heading, const QStringList &paragraphs)
{
    QString html = u"<h3>"_s + heading.toHtmlEscaped() + u"</h3>"_s;
    for (const QString &paragraph : paragraphs)
        html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
    return html;
}

QString list(const QStringList &items)
{
    QString html = u"<ul>"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace

QString HelpTopics::guide()
{
    QString html = u"<h2>"_s + tr("Portrait in five minutes").toHtmlEscaped() + u"</h2>"_s;
    html += section(tr("A project"),
                    { tr("A project is one file (.portrait) on this computer; nothing leaves it unless you export. "
                         "Start one with Import a File… on the welcome screen, or File › New Project… and then "
                         "Import Data… on the Data page."),
                      tr("The import wizard shows the first rows, proposes which column is the customer id, the "
                         "order id, the date and the amount, checks every row and tells you which it would reject "
                         "and why. Nothing is written until you press Import; afterwards Undo This Import, or "
                         "Edit › Undo, takes it back. When a file does not look like the project (other dates, other "
                         "customers, amounts in another currency) the wizard says so and offers a new project "
                         "instead.") });
    html += section(tr("The pages"), {});
    html += list({ tr("Data: the imported sources, their counts and every rejected row; Remove Source takes a file "
                      "out again."),
                   tr("RFM: how customers are scored (method, levels, as-of date, window) with the histograms and "
                      "cut lines you can drag, and the segment scheme."),
                   tr("Segments: the dashboard; click a segment or a heatmap cell to list its customers."),
                   tr("Customers: filter, sort and export; double-click a customer for the card that explains "
                      "their segment."),
                   tr("Tags: the tag dictionary, rules with live counts, and groups of tags for campaigns."),
                   tr("Issues: what to check before trusting the numbers, each with a button that deals with it.") });
    html += section(tr("Safe changes"),
                    { tr("Every change of the scoring, every tag set by hand, every import and every removed source "
                         "is one step of Edit › Undo. Before a source is removed, a copy of the whole project is "
                         "saved in the folder NAME.snapshots beside it; open that copy to get everything back even "
                         "after closing Portrait.") });
    html += section(tr("Presenting and exporting"),
                    { tr("F5 shows the segments full screen for a meeting; Present › Export Report… writes a PDF. "
                         "Lists of customers are exported with phone numbers, e-mail addresses and names masked "
                         "unless you turn that off; each chart exports as PNG, SVG or PDF.") });
    return html;
}

QString HelpTopics::rfm()
{
    QString html = u"<h2>"_s + tr("What is RFM?").toHtmlEscaped() + u"</h2>"_s;
    html += u"<p>"_s
            + tr("RFM sorts customers by three facts of their orders, which together say more about their value than "
                 "any one of them:")
                      .toHtmlEscaped()
            + u"</p>"_s;
    html += list({ tr("R, recency: how many days ago the customer last bought (fewer is better)."),
                   tr("F, frequency: how many orders they placed."),
                   tr("M, monetary: how much they spent, net of returns unless returns are excluded.") });
    html += section(tr("Scores and codes"),
                    { tr("Each of R, F and M becomes a score from 1 to 5 (or 1 to 3, 1 to 4, or two levels), 5 "
                         "being best: the customers are split at cut points, by default the quantiles, so each "
                         "score holds about as many customers. The three scores make a code: 545 is a customer who "
                         "bought recently, often and much."),
                      tr("When most customers bought only once, several frequency scores collapse into one; the RFM "
                         "page and the Issues page say so and show the cut points.") });
    html += section(tr("Segments"),
                    { tr("A segment scheme turns codes into names with an action: Champions buy recently, often "
                         "and much; At Risk bought often but long ago; Lost bought little, long ago. The first rule "
                         "a customer matches decides. The Classic 8 classes scheme (重要价值客户 …) uses two levels: "
                         "above or below the average."),
                      tr("Customers without a purchase up to the as-of date are listed but not scored. Change the "
                         "as-of date or the window on the RFM page to score a past period.") });
    return html;
}

QString HelpTopics::shortcuts(const QList<ShortcutEntry> &entries)
{
    QString html = u"<h2>"_s + tr("Keyboard shortcuts").toHtmlEscaped() + u"</h2><table cellpadding=\"4\">"_s;
    for (const ShortcutEntry &entry : entries) {
        html += u"<tr><td><b>"_s + entry.keys.toString(QKeySequence::NativeText).toHtmlEscaped() + u"</b></td><td>"_s
                + entry.command.toHtmlEscaped() + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace Portrait::Ui

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Portrait::Cli::CliText</name>
    <message>
        <source>usage: portrait [PROJECT.portrait]             open the workbench
       portrait import FILE --project P [--kind orders|customers|survey] [--map role=column]
       portrait rfm --project P [--as-of DATE] [--method M] [--bins N] [--scheme S] [--out F]
       portrait info --project P
       portrait inspect FILE
       portrait sample --out demo.portrait
Each command explains its options with --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ImportCommand</name>
    <message>
        <source>Imported %1 (%2, %3): %4 rows read, %5 accepted, %6 rejected, %7 without customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distinct orders in the file, %2 stored for %3 customers (%4 new); %5 return orders; %6 cancellation rows; amount total %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers in the file (%2 new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rejected row %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file into a project (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a role to a column: role=column (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders, customers or survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For recency_days in customer-level data: the date they were counted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one FILE and --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be orders, customers or survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be one ASCII character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::InfoCommand</name>
    <message>
        <source>source %1: %2 (%3, %4), imported %5: %6 rows, %7 rejected, %8 without customer, %9 orders stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers: %1 (%2 with orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders: %1 (%2 only returns), %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue: %1 purchases, %2 returns, %3 net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey answers: %1; rejected rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundled demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new .portrait file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, as JSON, what import would make of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect needs one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::RfmCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders of the last N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels: 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with cut points per dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net or exclude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders or days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum or average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write rfm.csv here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write segment names in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window-days must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bins must be 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--returns must be net or exclude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frequency must be orders or days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--monetary must be sum or average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment	customers	share	revenue	revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method %1, as of %2; cut points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and segment the customers of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::RfmCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::ColumnMapping</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; in the column mapping; valid roles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping names a column &quot;%1&quot; for %2 that the file does not have; its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; in &quot;%2&quot;; write role=column with one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; for %2; the columns are %3, or their numbers 1 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::CsvReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; use UTF-8, UTF-16LE, UTF-16BE or GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid %1. Choose the file&apos;s encoding, or save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed: the quote that opens it has no partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::TypeDetector</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not have %1 fields like the first row; missing fields are read as empty, extra fields are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Import</name>
    <message>
        <source>No column is mapped to %1 (an amount may also come from quantity × unit_price). Columns in the file: %2. Use --map role=column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: no day in it is above 12, so day/month order cannot be told from the data; it was read as day/month/year. Check a few dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 to detect its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recency_days needs the date it was counted to: give --as-of YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows were rejected; they are listed with their reasons in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have no customer id; they are counted but belong to no customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::RfmJob</name>
    <message>
        <source>“%1” is neither a preset (%2) nor an existing scheme file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the thresholds file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a thresholds file (JSON object expected): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of cut points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a value that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::RowReader</name>
    <message>
        <source>the order date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity and unit price are both needed for the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS must be a whole number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Sample</name>
    <message>
        <source>Generating the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Project</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Portrait (schema version %2; this version reads up to %3). Please update Portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Project::ProjectFile</name>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Portrait project (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Portrait (process %2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gave no usable connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::RfmRun</name>
    <message>
        <source>RFM score weights must be zero or more, and not all zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low tier bound (%1) is above the high one (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is written for %2 score levels, but method %3 gives %4: pick a matching method or scheme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::SchemeFile</name>
    <message>
        <source>expected text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [lower, upper], whole numbers from 1 to %1 with lower &lt;= upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: expected an object {&quot;name&quot;: ..., &quot;r&quot;: [lower, upper], ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rule needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a colour like &quot;#1a9850&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Portrait scheme file (expected &quot;portrait-scheme&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Portrait (version %1); this one reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 2, 3, 4 or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected quantile, rfmpkg, ntile, mean, median or thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean and median give exactly 2 score levels; the other methods 3 to 5 (bins is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;rfm&quot; or &quot;r_vs_fm&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;format&quot;: &quot;portrait-scheme&quot;, ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;rules&quot;: expected a list with at least one rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the scheme file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the scheme file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::SchemeLint</name>
    <message>
        <source>Rule %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can never match: its %2 range %3–%4 is empty (scores run from 1 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can never match: every cell it covers is taken by rules before it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells that match no rule and fall to &quot;%1&quot; (%2 of %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::Scoring</name>
    <message>
        <source>%1 thresholds: %2 score levels need %3 cut points, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thresholds must be in ascending order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of score levels must be 3, 4 or 5, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has a purchase to score (check the as-of date and the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many customers share the same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most customers bought once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bins collapsed, %2 cut points give only %3 distinct scores (%4); cut points: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantiles (equal values share a score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R package rfm 0.3.0 (quantiles + 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal-count tiles (NTILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above / below the mean (2 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above / below the median (2 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monetary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ntile ranks customers into equal-count bins: equal values may be split between scores (offered only to compare with tools that do this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ntile gave equal values different scores (tile boundaries inside a run of equal values: %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MainWindow</name>
    <message>
        <source>Portrait — Customer Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Demo Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic 8 classes (cn8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfm package, 10 segments (rfm10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop, 11 segments (shop11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project (Ctrl+O) or drop a .portrait file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait projects (*.portrait);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo.portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait projects (*.portrait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, %2 scored · %3 orders from %4 to %5 · as of %6 · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Portrait starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut points — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentSummaryModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

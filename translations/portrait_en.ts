<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Portrait::Bundled</name>
    <message>
        <source>The bundled data set %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CliText</name>
    <message>
        <source>usage: portrait [PROJECT.portrait]             open the workbench
       portrait import FILE --project P [--kind orders|customers|survey] [--map role=column]
                       [--header-row N] [--type column=TYPE] [--refresh SOURCE_ID]
       portrait import postgresql://USER@HOST/DB|mysql://USER@HOST/DB --table T --project P
                       [--kind K] [--map role=column] [--refresh SOURCE_ID]
       portrait rfm --project P [--as-of DATE] [--method M] [--bins N] [--scheme S] [--out F]
       portrait info --project P
       portrait inspect FILE|URI [--sheet NAME | --table NAME]
       portrait tag --project P --rules FILE [--out tags.csv]
       portrait tag --project P [--starter | --dictionary F.json] [--export-dictionary F]
                    [--governance] [--out tags.csv]
       portrait export --project P --out F.csv|F.xlsx [--segment NAME] [--tier T] [--no-mask]
       portrait report --project P --out report.pdf [--scheme S] [--lang en|zh_CN]
       portrait sample --out demo.portrait
Each command explains its options with --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CoverageReport</name>
    <message>
        <source>warning: source coverage not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source coverage: %1 customers; %2 in orders, %3 in customers sources, %4 in surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  in every kind of source: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  only in orders: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  only in customers sources: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  only in surveys: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  with no order, customer record or survey answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ExportAudience</name>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a category, not a tag a customer has; name one of its tags: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the project has no groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no tag dictionary; install one with `portrait tag --starter` or `--dictionary FILE.json`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ExportCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list here (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (with BOM) or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write names, phones and e-mails unmasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this segment (English or Chinese name); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this value tier: high, middle or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated column keys (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels: 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, segment and tier names in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file .csv or .xlsx, or give --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding applies to CSV files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tier must be high, middle or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
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
        <source>Export customers with their RFM results to CSV or XLSX. Names, phones and e-mails are masked unless --no-mask is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --project and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown segment &quot;%1&quot;; the segments of %2 are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (personal data masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (personal data NOT masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers with this tag of the project&apos;s dictionary (full path, e.g. 价值等级/高价值); repeatable: all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers in this group of the project&apos;s dictionary; repeatable: all of them.</source>
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
    <message>
        <source>The workbook sheet to import (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump&apos;s or database&apos;s table to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --sheet or --table, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed source %1 from %2 (was %3): %4 rows read, %5 accepted, %6 rejected, %7 without customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders: %1 before, %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey answers: %1 before, %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refresh needs a source id (see portrait info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refresh needs an existing project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row holding the column names (0: none; default: detect). Rows above it are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a column&apos;s type: column=text|integer|decimal|date|datetime (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this source with FILE, read with the source&apos;s saved mapping, and report what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row must be 0 or a row number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a data file or a database table into a project (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file, or a database: postgresql://user@host/db or mysql://user@host/db (password from PORTRAIT_DB_PASSWORD, the keychain or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for files; a database table brings its own columns and types.</source>
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
        <source>Encoding (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect needs one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook sheet (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump&apos;s or database&apos;s table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row holding the column names (0: none; default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a column&apos;s type: column=text|integer|decimal|date|datetime (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row must be 0 or a row number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, as JSON, what import would make of a file or a database table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file, or a database URI (postgresql://…, mysql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for files; a database table brings its own columns and types.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::PasswordPrompt</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ReportCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF report here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the segment report (title, every dashboard chart, the segment table with actions) as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file (default: as last scored in the workbench, else shop11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the scoring last saved in the workbench; options on the command line take precedence.</source>
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
    <name>Portrait::Cli::TagCommand</name>
    <message>
        <source>Tag customers by the rules of a rules file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules file: one `tag/path = expression` a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write tags.csv (customer_id,tag) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment scheme `segment` refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag needs --project and --rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a tag dictionary (JSON) into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the starter tag dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let --dictionary or --starter replace the project&apos;s dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the project&apos;s tag dictionary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each tag&apos;s customers, share, revenue share and flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules cannot be combined with the tag dictionary options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --dictionary or --starter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::TagDictionaryCommand</name>
    <message>
        <source>the project already has a tag dictionary (%1 tags); add --replace to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 tags and %2 groups into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no tag dictionary: use --rules FILE, or install one with --starter or --dictionary FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::CsvListWriter</name>
    <message>
        <source>this system cannot encode GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character cannot be encoded in GB18030</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::ListWriter</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
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
    <name>Portrait::Export::TagsCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Export::XlsxListWriter</name>
    <message>
        <source>%1 customers do not fit on one worksheet (at most %2); export them as CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing %1</source>
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
    <name>Portrait::Io::DbCatalog</name>
    <message>
        <source>The database %1 has no table this user may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which table of %1 to read with --table; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no table or view “%2” this user may read; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbConnection</name>
    <message>
        <source>Portrait has no %1 driver here: install the Qt SQL plugin (on Debian, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 cannot be quoted safely for %2; rename it or read it through a view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from %2 was cancelled; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the %1 server %2: %3. Check the host, port or socket and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server %2 refused user “%3”: wrong password or no access (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server %2 has no database “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server %2 has no table %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the %1 server %2 was lost while reading %3: %4. The project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 server %2 stopped reading %3 after the statement timeout of %n second(s) (statement_timeout in the address): %4. The project is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 server %2 reported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server %2 could not read %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbCredentials</name>
    <message>
        <source>The OS keychain could not be read (%1); it was passed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer; the password was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain refused to save the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given: set PORTRAIT_DB_PASSWORD, save it in the keychain from the workbench&apos;s database form, or run the command in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbTableReader</name>
    <message>
        <source>Reading the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned no count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbUri</name>
    <message>
        <source>%1 must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a database address: write postgresql://user@host:port/database or mysql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no database: add /DATABASE after the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”; the options are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::RecordSource</name>
    <message>
        <source>The file holds no table with rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 tables (%2); “%3” was read. Choose another with --table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table “%1”; the tables are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has %1 sheets (%2); “%3” was read. Choose another with --sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sheet “%1”; the sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::SqlDumpReader</name>
    <message>
        <source>Reading the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump has no table named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the table %2 has no column &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have more values than the table has columns; the extra values are kept.</source>
        <translation>
            <numerusform>%n row has more values than the table has columns; the extra values are kept.</numerusform>
            <numerusform>%n rows have more values than the table has columns; the extra values are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dump is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment that starts on line %1 is never closed; the dump is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted string that starts on line %1 is never closed; the dump is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a bad escape \%2 in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a malformed hexadecimal value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump ends unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a pg_dump archive in the custom format, which Portrait cannot read. Write a plain SQL dump with &quot;pg_dump --format=plain&quot;, or convert this one with &quot;pg_restore -f out.sql FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump is compressed. Unpack it first, then open the .sql file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an SQLite database, not a dump; open it as an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement that starts on line %1 is cut short: the dump ends before its &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: unexpected &quot;%2&quot; in the statement that starts on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the dump rolls its transaction back, so the tool that wrote it met errors and its data is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump is cut short: the transaction that begins on line %1 has no COMMIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump is cut short at line %1: it lacks the closing comment the dump tool writes at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: COPY with options is not supported; write the dump with plain pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: DELIMITER without a delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the row has %2 values for %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a value is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a value; a dump row can only hold literal values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: char() of a value that is not a character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a bad escape in unistr().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the function %2() is not supported in dump values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COPY data for %1 that starts on line %2 is cut short: the dump ends before its \. line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the dump is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::SqliteTableReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no table named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
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
        <translation>
            <numerusform>%n row does not have %1 fields like the first row; missing fields are read as empty, extra fields are kept.</numerusform>
            <numerusform>%n rows do not have %1 fields like the first row; missing fields are read as empty, extra fields are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the type override “%1”; write column=type with a type of text, integer, decimal, date or datetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column “%1” in the type override “%2”; the columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxArchive</name>
    <message>
        <source>%1 (part %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password-protected workbook: save it without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a legacy Excel (.xls) file, not an .xlsx workbook: open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook, or the file is damaged: it is not a readable zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the workbook is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is damaged or uses an unsupported compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: reading a zip entry that is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is damaged (inflate error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry inflates to more than its declared size or the limit of %1 MiB; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is compressed more than %1:1, which real workbooks never are; refusing it as a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is shorter than declared; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is damaged (checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is larger than %1 MiB; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxReader</name>
    <message numerus="yes">
        <source>%n row(s) are wider than the first row; their extra cells are kept.</source>
        <translation>
            <numerusform>%n row is wider than the first row; its extra cells are kept.</numerusform>
            <numerusform>%n rows are wider than the first row; their extra cells are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sheet &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxSheetParser</name>
    <message>
        <source>A number cell holds text that is not a number; it is kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date cell holds 1900-02-29, a day Excel counts but that never was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2 holds text that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2 refers to shared string &quot;%3&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells with the error value %1 are read as empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet ends before its data does; the workbook is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed sheet XML near byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2 holds an unknown or malformed character reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1%2 holds more than 16 MiB of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is beyond Excel&apos;s limit of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 starts before row %2 ends; the sheet is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row number &quot;%1&quot; is not after row %2; the sheet is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot; is beyond Excel&apos;s limit of %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot; is missing a column or comes after column %2; the sheet is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxWorkbook</name>
    <message>
        <source>Shared string %1 holds an unknown or malformed character reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared strings exceed %1 MiB; refusing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared strings are not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML holds a document type declaration (&lt;!DOCTYPE&gt;); it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed XML at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxXmlTokenizer</name>
    <message>
        <source>A text run is longer than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML ends inside a comment or processing instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is longer than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is not in UTF-8; only UTF-8 workbooks are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML holds a document type declaration (&lt;!DOCTYPE&gt;); workbooks never do, and entities are not expanded, so the part is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed XML: &apos;&lt;&apos; inside a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML ends inside a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is longer than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed XML: a tag without a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DatabaseImport</name>
    <message>
        <source>Source %1 (%2) was not read from a database; refresh it from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lines dated %1 and later (the last day already read, again, and every day after it); earlier days were kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines were rejected; the first %2 are listed with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders have lines that name more than one customer; each was counted with the smallest customer id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DatabasePull</name>
    <message>
        <source>Reading the customers&apos; latest details from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summing the orders of %1 by customer and day on the server</source>
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
    <message>
        <source>%1 lines name another customer than the first line of their order; they were counted with the order&apos;s first customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows would be rejected; the first are listed with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Refresh</name>
    <message>
        <source>The source is a %1 source, which cannot be refreshed from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping of the source cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer attributes from the previous file stay where the new file leaves them empty.</source>
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
    <name>Portrait::Jobs::RfmSettingsJson</name>
    <message>
        <source>The saved scoring settings are damaged (field “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scoring settings were written by a newer Portrait; the defaults are used.</source>
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
    <message>
        <source>“%1” is not a whole number</source>
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
    <name>Portrait::Jobs::SourcePreview</name>
    <message>
        <source>The file holds no table with rows.</source>
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
    <message>
        <source>The project has no source %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers a customer %2: the file was not written by Portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers its customers up to %2, beyond the %3 Portrait can load: the file was not written by Portrait.</source>
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
    <name>Portrait::Project::TagStore</name>
    <message>
        <source>duplicate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tag %2 (&quot;%3&quot;) is invalid: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customer &quot;%2&quot; is not in the project</source>
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
    <message>
        <source>High value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
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
    <name>Portrait::Tags::AutoTagger</name>
    <message>
        <source>tags depend on each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::DictionaryTagger</name>
    <message>
        <source>uses tag &quot;%1&quot;, whose rule has an error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::Features</name>
    <message>
        <source>Whole days from the last purchase in the window to the as-of date (RFM recency). Missing when the customer has no purchase in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct orders in the window, returns not counted (RFM frequency). 0 when the customer has orders outside the window only; missing when nothing is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount in the window: purchases minus returns (RFM monetary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value: monetary / frequency. Missing when frequency is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the customer&apos;s first purchase on or before the as-of date (any window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole days from the first purchase to the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean days between consecutive purchase days in the window: (last − first) / (purchase days − 1). Missing with fewer than two purchase days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the window&apos;s orders bought on promotion, 0–1, over the orders whose promotion flag is known. Missing when no order has the flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned amount / purchased amount in the window, 0–1. Missing when nothing was purchased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel of most of the window&apos;s orders; ties go to the larger amount, then the name. Missing when no order has a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of most of the window&apos;s orders; ties as for top_channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment method of most of the window&apos;s orders; ties as for top_channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of distinct categories among the window&apos;s orders. Missing when no order has a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in whole years at the as-of date from the birth date, else the age a source gave. Missing when neither is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender as imported (e.g. 男, 女).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province as imported, e.g. 北京, 广东.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City as imported, e.g. 深圳.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 0–10 answer of the customer&apos;s latest survey response. Missing without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From latest_nps: 推荐者 (9–10), 被动者 (7–8), 贬损者 (0–6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satisfaction score of the customer&apos;s latest survey response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s segment in the current RFM run, by the segment&apos;s name. Missing for customers who were not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier from the RFM score: 高 (&gt;= 80), 中 (40–80), 低 (&lt; 40) by default. Missing for customers who were not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 has %2 values for %3 customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::Lexer</name>
    <message>
        <source>a number cannot run into letters; put a space or an operator between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text in quotes is not closed; add %1 at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape in quotes: write \&quot; for a quote and \\ for a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;!&quot;; did you mean &quot;not&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;&amp;&quot;; did you mean &quot;and&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;|&quot;; did you mean &quot;or&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \ outside quotes must be the last character of its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::Parser</name>
    <message>
        <source>expected %1 %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is nested too deeply; split it into several tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched &quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator such as and, or, = here, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &quot;and&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &quot;starts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between the two bounds of &quot;between&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &quot;is&quot; (write &quot;is missing&quot; or &quot;is not missing&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &quot;in&quot; (write in (&quot;a&quot;, &quot;b&quot;))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list after &quot;in&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to close the list after &quot;in&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to close the &quot;(&quot; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule ends too early: expected a value, a feature or &quot;(&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, a feature or &quot;(&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to close the arguments of %1(</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::RulesFile</name>
    <message>
        <source>expected &quot;tag path = condition&quot;, e.g. 行为特征/消费行为/高频 = frequency &gt;= 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag path &quot;%1&quot; has an empty level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag path &quot;%1&quot; has %2 levels; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; already has a rule on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the rules file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules file is not UTF-8 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::StarterDictionary</name>
    <message>
        <source>Marketing analytics; starter tag, adjust the thresholds to your business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the customer is: gender, age and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender recorded as 男.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender recorded as 女.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age at the analysis date, from the birth date or the age given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 18 to 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 26 to 35.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 36 to 45.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 46 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a birth date nor an age is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the customer lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in Beijing, Shanghai, Guangzhou or Shenzhen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province in East China.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province in South China.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province in North China.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer buys: frequency, order value, promotions, activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in the analysis window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 or more orders in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 4 orders in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly one order in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value in the top 20 % of customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 60 % of the orders were bought on promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned at least 30 % of the purchased amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought within the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase 181 to 365 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase for more than a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First purchase within the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What, where and how the customer prefers to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of most of the customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly buys clothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly buys beauty and skin care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly buys mother and baby products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought from 3 or more categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel of most of the customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly buys on online shops and mini programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly buys in stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment method of most of the customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly pays with WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly pays with Alipay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly pays by bank or credit card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer value from the RFM score (0-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM score of 80 or more (value tier 高).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM score from 40 to 80 (value tier 中).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM score below 40 (value tier 低).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand by the account manager for customers served personally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer says about us in surveys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 0-10 answer to &quot;would you recommend us&quot; in the latest survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest NPS answer 9 or 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest NPS answer 7 or 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest NPS answer 0 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction score (1-5) of the latest survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction 4 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction 2 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey answer on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed after every import or change of the analysis settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer profiles (CRM, registration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM model over the order system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys (NPS, satisfaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed every quarter by the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 % spenders who have not bought for six months: win them back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time buyers who respond to promotions and are not unhappy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters who buy a lot: invite them to referral programs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::TagDictionary</name>
    <message>
        <source>a name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot contain &quot;/&quot;: it separates the levels of a tag path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name can have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a tag &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent tag does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags have at most %1 levels; &quot;%2&quot; is already at level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot be moved under itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags have at most %1 levels: &quot;%2&quot; does not fit there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent of tag &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is at level %2; tags have at most %3 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every tag must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;children&quot; of tag &quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON file: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Portrait tag dictionary (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dictionary was written by a newer Portrait (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::TypeChecker</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition (true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a condition %1, but %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (e.g. %1 &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;-&quot; needs a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &quot;not&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on both sides of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a function: write %1(…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n argument(s), not %2</source>
        <translation>
            <numerusform>%1() takes %n argument, not %2</numerusform>
            <numerusform>%1() takes %n arguments, not %2</numerusform>
        </translation>
    </message>
    <message>
        <source>has_tag() takes one tag name in quotes: has_tag(&quot;高价值&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile() needs a number feature, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second argument of quantile() is a share from 0 to 1, e.g. 0.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days_since() needs a date, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days_since() needs an as-of date, and the project has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date() takes one date in quotes: date(&quot;2024-01-01&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot calculate with %1 and %2 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as &quot;YYYY-MM-DD&quot;, e.g. &quot;2024-01-31&quot;; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with %2 using %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be compared with = or !=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list after &quot;in&quot; may hold only values, such as &quot;北京&quot; or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;between&quot; needs numbers or dates, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs text on its left, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs text in quotes on its right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several tags; write the full path, e.g. &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the whole rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CardText</name>
    <message numerus="yes">
        <source>%n day(s) since the last purchase</source>
        <translation>
            <numerusform>%n day since the last purchase</numerusform>
            <numerusform>%n days since the last purchase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>spend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked into equal-count groups (ntile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: no purchase before the as-of date %1 (only returns, or orders outside the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in &lt;b&gt;%1&lt;/b&gt; by rule %2 of %3 (%4): the first rule of the scheme that matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule of the scheme matches these scores, so the customer falls to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules checked before it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 needs %3 — %4 does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM score %1 of 100 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has no channel, category, payment or survey details for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ChartCard</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image or a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ChartExport</name>
    <message>
        <source>Could not write the chart to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported from Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CustomerCard</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
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
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous customer of the list (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer of the list (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why in this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences and survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CustomerTableModel</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
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
        <source>Recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CustomersPage</name>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id, name, phone, e-mail, province or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export This List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customers shown, in their current order, as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Selected Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tag from Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the score filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the score filter: show customers of any score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CutPanel</name>
    <message>
        <source>Recency: days since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis stops at the 99th percentile (%1); the %2 customers above it are in the hatched last bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut point %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DataPage</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add orders, customers or survey answers from CSV, Excel, a database dump or a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh from Newer File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import the selected source from a newer file with the same mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers (%2 with orders) · %3 orders, %4 of them returns only · %5 survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from %1 to %2 · purchases %3, returns %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source rejected no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: the first %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DatabaseDialog</name>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB / MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: this computer, through its socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: from the keychain or PORTRAIT_DB_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is turned off here (PORTRAIT_DB_KEYCHAIN=off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait only reads: it opens a read-only session, sums the orders on the server and never writes the password into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the socket folder, e.g. /var/run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the socket file, e.g. /run/mysqld/mysqld.sock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected (%1): %n table(s) and view(s) to read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The password is kept until Portrait closes; you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ExportDialog</name>
    <message>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be written, in the order shown.</source>
        <translation>
            <numerusform>%n customer will be written, in the order shown.</numerusform>
            <numerusform>%n customers will be written, in the order shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (opens correctly in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (older Chinese software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: masked unless you untick &quot;Mask personal data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, phone numbers and e-mail addresses are partly hidden, e.g. 张*, 138****5678, a***@example.com. Untick only when the recipient may see full contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will contain full names, phone numbers and e-mail addresses. Store and share it as personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(row %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::GovernanceModel</name>
    <message>
        <source>rule error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused: no rule, nobody assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
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
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::GroupBuilder</name>
    <message>
        <source>Example: has_tag(&quot;高价值&quot;) and has_tag(&quot;沉睡&quot;) and segment != &quot;Lost&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customers of this group as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HeatmapChart</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by R and F score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean spend by R and F score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R %1 · F %2
%3 customers
Mean spend %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency score (F), higher = more orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency score (R), higher = more recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list these customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HistogramChart</name>
    <message>
        <source>Distribution of recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of monetary value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, clipped at the 99th percentile (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score cut points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HistogramWidget</name>
    <message>
        <source>Drag a cut line, or focus it (Tab) and move it with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ImportPage</name>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are written in one step: if the import stops, the project stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (kept in the project with their reasons):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as source %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::IssuesPage</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows rejected (bad dates, numbers or missing required values); see the Data page for each row, column and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows without a customer id; they count in the file&apos;s totals but belong to no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with no orders (from a customers or survey source only); they are not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers not scored: no purchase in the window up to the as-of date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues: every row was imported and every customer scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an issue about a file to see its rows.</source>
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
        <source>The scheme&apos;s own</source>
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
        <source>Se&amp;gments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project (Ctrl+O), create one (Ctrl+N) or drop a .portrait file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;oring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers.portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scoring to %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scoring settings could not be saved in the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved scoring could not be applied (%1); the toolbar&apos;s scoring is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected customers already have &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected customers has &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set &quot;%1&quot; on %n customer(s).</source>
        <translation>
            <numerusform>Set &quot;%1&quot; on %n customer.</numerusform>
            <numerusform>Set &quot;%1&quot; on %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed &quot;%1&quot; from %n customer(s).</source>
        <translation>
            <numerusform>Removed &quot;%1&quot; from %n customer.</numerusform>
            <numerusform>Removed &quot;%1&quot; from %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Go on without these tag edits? Cancel keeps the project open, so that you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ManualTagDialog</name>
    <message>
        <source>Tag Selected Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag from Selected Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set a tag by hand on the %n selected customer(s):</source>
        <translation>
            <numerusform>Set a tag by hand on the %n selected customer:</numerusform>
            <numerusform>Set a tag by hand on the %n selected customers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a hand-set tag from the %n selected customer(s):</source>
        <translation>
            <numerusform>Remove a hand-set tag from the %n selected customer:</numerusform>
            <numerusform>Remove a hand-set tag from the %n selected customers:</numerusform>
        </translation>
    </message>
    <message>
        <source>Search tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected customers with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag dictionary has no tag that is set by hand. To add one, open the Tags page, click Add tag and leave the new tag&apos;s rule empty; then select customers here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected customers has a tag set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MappingPage</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each column means. The roles were proposed from the column names and values; a type you set is checked on every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file to detect the column types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the roles this kind of data needs are mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1. (An amount may also come from quantity × unit price.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MedianChart</name>
    <message>
        <source>Median recency, frequency and monetary per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median %2 days since the last purchase, %3 purchases, spend %4
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::OrderTimeline</name>
    <message>
        <source>No orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::OverlapModel</name>
    <message>
        <source>%1 customers have both %2 and %3 (%4 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PdfReport</name>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to report: score a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PresentationWindow</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to present: score a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slide (Left, Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide (Right, Page Down, Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ProjectLoader</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RefreshDialog</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from newer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 now comes from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new customers, &lt;b&gt;%2&lt;/b&gt; new orders, &lt;b&gt;%3&lt;/b&gt; orders no longer in the file (removed), &lt;b&gt;%4&lt;/b&gt; rows rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of this source: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers had rows only in the old file and were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is asked again, with this source&apos;s mapping, for the last day read and later days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer file is read with this source&apos;s mapping and replaces its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1: %2 (%3), %4 rows read. %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RejectedRowsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RfmOptionsPanel</name>
    <message>
        <source>Segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the rules of this scheme: bounds, colours, suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels per dimension; mean and median always give two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after the latest order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net of returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave returns out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how frequency is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how monetary is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how returns count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scheme file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited here: “%1”, %2 rules (export it from the editor to keep a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scoring method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change score levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change analysis window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RfmPage</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: the segment customers leave. Columns: the one they join. Cells: customers · revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moves where: nobody changes segment at this position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moves where: the last change moved nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moves where if you drop the line here: %1 customers (%2 revenue) change segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moved where in the last change: %1 customers (%2 revenue) changed segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 levels · %3 of %4 customers scored · as of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moves where: drag a cut line to see which customers change segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use scheme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RuleEditor</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ScatterChart</name>
    <message>
        <source>R × M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F × M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R × F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency against monetary by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency against monetary by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency against frequency by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sampled %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, clipped at the 99th percentile (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 customers (%3%)
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 days · %3 purchases · spend %4
Click to list the segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SchemeEditorDialog</name>
    <message>
        <source>Edit segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules, in match order: the first rule a customer&apos;s scores fall in wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R, F and M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R against FM = (F + M) / 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else (fallback):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback, Chinese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule can match and every score cell has a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export segment scheme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SchemeRulesModel</name>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R × FM schemes bound R and the FM score only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive score bound, 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FM from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FM to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentPreviewModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentShareChart</name>
    <message>
        <source>Share of revenue against share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentSizeChart</name>
    <message>
        <source>Customers per segment (%1 scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
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
<context>
    <name>Portrait::Ui::SegmentToolTip</name>
    <message>
        <source>%1
%2 customers (%3% of customers)
Revenue %4 (%5% of revenue)
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentsPage</name>
    <message>
        <source>Double-click a segment to list its customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see its customer segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 customers scored · click a segment in any chart to list its customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::Slides</name>
    <message>
        <source>Segments and what to do with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median R (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring: %1, %2 score levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Portrait on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segment report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SourcePage</name>
    <message>
        <source>Sheet or table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the file and say what it holds. The preview shows the first rows as they will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, Excel workbook, SQL dump or SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (one row per order line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (one row per customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers (NPS, satisfaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the first row is data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.tsv *.xlsx *.sql *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, delimiter “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s).</source>
        <translation>
            <numerusform>Showing the first %n row.</numerusform>
            <numerusform>Showing the first %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped: %1 Try another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a table or view of a PostgreSQL or MariaDB/MySQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SourcesModel</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <comment>kind of source file</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TagForm</name>
    <message>
        <source>Empty: the tag is set by hand. Example: promo_share &gt;= 0.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner / note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tag to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TagsPage</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags saved to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, %2 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors; first: %1: %2</source>
        <translation>
            <numerusform>%n rule with an error: %1: %2</numerusform>
            <numerusform>%n rules with errors; first: %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add child tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags have at most %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current tag dictionary by the starter dictionary? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the starter dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tag dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag dictionaries (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tag dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag-dictionary.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the dictionary to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be saved to %1: its tags were never read, and saving would replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set tag &quot;%1&quot; on %n customer(s)</source>
        <translation>
            <numerusform>Set tag &quot;%1&quot; on %n customer</numerusform>
            <numerusform>Set tag &quot;%1&quot; on %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag &quot;%1&quot; from %n customer(s)</source>
        <translation>
            <numerusform>Remove tag &quot;%1&quot; from %n customer</numerusform>
            <numerusform>Remove tag &quot;%1&quot; from %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TierChart</name>
    <message>
        <source>Value tiers (%1 scored customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TransitionModel</name>
    <message>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers move from %2 to %3, with %4 revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers joining %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers leaving %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TreemapChart</name>
    <message>
        <source>Segment sizes (treemap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 customers (%3%)
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ValidationPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; accepted, &lt;b&gt;%3&lt;/b&gt; rejected, &lt;b&gt;%4&lt;/b&gt; without a customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders of %2 customers in the file, amount total %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders stored (%2 only returns); %3 new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would; nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that would be rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::WorkbenchSession</name>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

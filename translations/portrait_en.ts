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
       portrait inspect FILE [--sheet NAME | --table NAME]
       portrait tag --project P --rules FILE [--out tags.csv]
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
    <message>
        <source>The workbook sheet (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump&apos;s or database&apos;s table.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>Portrait::Tags::AutoTagger</name>
    <message>
        <source>tags depend on each other in a cycle: %1</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Portrait::Bundled</name>
    <message>
        <source>The bundled data set %1 is missing from this build.</source>
        <translation>此版本缺少内置数据集 %1。</translation>
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
        <translation>用法：portrait [项目.portrait]                打开工作台
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
每个命令都可用 --help 查看其选项说明。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CoverageReport</name>
    <message>
        <source>warning: source coverage not available: %1</source>
        <translation>警告：无法统计各数据源的客户覆盖情况：%1</translation>
    </message>
    <message>
        <source>source coverage: %1 customers; %2 in orders, %3 in customers sources, %4 in surveys</source>
        <translation>数据源覆盖：共 %1 位客户；订单中 %2 位，客户资料中 %3 位，问卷中 %4 位</translation>
    </message>
    <message>
        <source>  in every kind of source: %1%2</source>
        <translation>  各类数据源均有：%1%2</translation>
    </message>
    <message>
        <source>  only in orders: %1%2</source>
        <translation>  仅出现在订单中：%1%2</translation>
    </message>
    <message>
        <source>  only in customers sources: %1%2</source>
        <translation>  仅出现在客户资料中：%1%2</translation>
    </message>
    <message>
        <source>  only in surveys: %1%2</source>
        <translation>  仅出现在问卷中：%1%2</translation>
    </message>
    <message>
        <source>  with no order, customer record or survey answer: %1</source>
        <translation>  无订单、无客户资料、无问卷答卷：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ExportAudience</name>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>；是否要写“%1”？</translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;%2</source>
        <translation>未知标签“%1”%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a category, not a tag a customer has; name one of its tags: %2</source>
        <translation>“%1”是分类，客户不会直接带有它；请指定其下的标签：%2</translation>
    </message>
    <message>
        <source>; the project has no groups</source>
        <translation>；项目中没有人群</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;%2</source>
        <translation>未知人群“%1”%2</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>未知人群“%1”</translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;</source>
        <translation>未知标签“%1”</translation>
    </message>
    <message>
        <source>%1: the project has no tag dictionary; install one with `portrait tag --starter` or `--dictionary FILE.json`</source>
        <translation>%1：项目没有标签字典；请用 `portrait tag --starter` 或 `--dictionary FILE.json` 安装</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ExportCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation>要使用的 .portrait 项目文件。</translation>
    </message>
    <message>
        <source>Write the list here (.csv or .xlsx).</source>
        <translation>名单写入此文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv 或 xlsx（默认按文件扩展名判断）。</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (with BOM) or gb18030.</source>
        <translation>CSV 编码：utf-8（带 BOM）或 gb18030。</translation>
    </message>
    <message>
        <source>Write names, phones and e-mails unmasked.</source>
        <translation>姓名、手机号和邮箱不做脱敏，原样写出。</translation>
    </message>
    <message>
        <source>Only this segment (English or Chinese name); repeatable.</source>
        <translation>只导出该分群（英文名或中文名均可）；可重复指定。</translation>
    </message>
    <message>
        <source>Only this value tier: high, middle or low.</source>
        <translation>只导出该价值等级：high（高）、middle（中）或 low（低）。</translation>
    </message>
    <message>
        <source>Comma-separated column keys (default: all).</source>
        <translation>以逗号分隔的列名（默认导出全部列）。</translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file.</source>
        <translation>cn8、rfm10、shop11 或分群方案文件。</translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median.</source>
        <translation>quantile、rfmpkg、ntile、mean 或 median。</translation>
    </message>
    <message>
        <source>Score levels: 3, 4 or 5.</source>
        <translation>评分档数：3、4 或 5。</translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation>分析基准日（默认为最近一笔订单的次日）。</translation>
    </message>
    <message>
        <source>Headers, segment and tier names in Chinese.</source>
        <translation>表头、分群名称和价值等级使用中文。</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx.</source>
        <translation>--format 只能是 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>Name the file .csv or .xlsx, or give --format.</source>
        <translation>请将文件扩展名设为 .csv 或 .xlsx，或用 --format 指定格式。</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030.</source>
        <translation>--encoding 只能是 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>--encoding applies to CSV files only.</source>
        <translation>--encoding 仅适用于 CSV 文件。</translation>
    </message>
    <message>
        <source>--tier must be high, middle or low.</source>
        <translation>--tier 只能是 high、middle 或 low。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; the columns are: %2.</source>
        <translation>未知的列“%1”；可用的列有：%2。</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation>--as-of 须为日期，格式如 2024-12-31。</translation>
    </message>
    <message>
        <source>--bins must be 3, 4 or 5.</source>
        <translation>--bins 只能是 3、4 或 5。</translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation>--method 只能是 quantile、rfmpkg、ntile、mean 或 median。</translation>
    </message>
    <message>
        <source>Export customers with their RFM results to CSV or XLSX. Names, phones and e-mails are masked unless --no-mask is given.</source>
        <translation>将客户及其 RFM 结果导出为 CSV 或 XLSX。除非指定 --no-mask，姓名、手机号和邮箱都会脱敏。</translation>
    </message>
    <message>
        <source>export needs --project and --out.</source>
        <translation>export 命令需要 --project 和 --out。</translation>
    </message>
    <message>
        <source>Unknown segment &quot;%1&quot;; the segments of %2 are: %3.</source>
        <translation>未知的分群“%1”；%2 方案的分群有：%3。</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (personal data masked).</source>
        <translation>已将 %1 位客户写入 %2（个人信息已脱敏）。</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 (personal data NOT masked).</source>
        <translation>已将 %1 位客户写入 %2（个人信息未脱敏）。</translation>
    </message>
    <message>
        <source>Only customers with this tag of the project&apos;s dictionary (full path, e.g. 价值等级/高价值); repeatable: all of them.</source>
        <translation>仅导出带有项目标签字典中该标签的客户（完整路径，如 价值等级/高价值）；可重复，重复时须同时带有全部标签。</translation>
    </message>
    <message>
        <source>Only customers in this group of the project&apos;s dictionary; repeatable: all of them.</source>
        <translation>仅导出属于项目标签字典中该人群的客户；可重复，重复时须同时属于全部人群。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ImportCommand</name>
    <message>
        <source>Imported %1 (%2, %3): %4 rows read, %5 accepted, %6 rejected, %7 without customer id.</source>
        <translation>已导入 %1（%2，%3）：读取 %4 行，接受 %5 行，拒绝 %6 行，%7 行没有客户 ID。</translation>
    </message>
    <message>
        <source>%1 distinct orders in the file, %2 stored for %3 customers (%4 new); %5 return orders; %6 cancellation rows; amount total %7.</source>
        <translation>文件中共有 %1 个不同订单，已为 %3 位客户（其中新客户 %4 位）保存 %2 个；退货订单 %5 个；取消订单 %6 行；金额合计 %7。</translation>
    </message>
    <message>
        <source>%1 customers in the file (%2 new).</source>
        <translation>文件中共有 %1 位客户（其中新客户 %2 位）。</translation>
    </message>
    <message>
        <source>  rejected row %1%2: %3</source>
        <translation>  被拒绝的行 %1%2：%3</translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>Encoding (default: detect).</source>
        <translation>编码（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Delimiter (default: detect).</source>
        <translation>分隔符（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Map a role to a column: role=column (repeatable).</source>
        <translation>将字段角色映射到列：role=column（可多次指定）。</translation>
    </message>
    <message>
        <source>orders, customers or survey.</source>
        <translation>orders（订单）、customers（客户）或 survey（调查）。</translation>
    </message>
    <message>
        <source>For recency_days in customer-level data: the date they were counted to.</source>
        <translation>用于客户级数据中的 recency_days：天数计算截止的日期。</translation>
    </message>
    <message>
        <source>import needs one FILE and --project.</source>
        <translation>import 需要一个 FILE 参数和 --project 选项。</translation>
    </message>
    <message>
        <source>--kind must be orders, customers or survey.</source>
        <translation>--kind 只能是 orders、customers 或 survey。</translation>
    </message>
    <message>
        <source>--delimiter must be one ASCII character.</source>
        <translation>--delimiter 必须是单个 ASCII 字符。</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation>--as-of 必须是形如 2024-12-31 的日期。</translation>
    </message>
    <message>
        <source>The workbook sheet to import (default: the first).</source>
        <translation>要导入的工作表（默认：第一个工作表）。</translation>
    </message>
    <message>
        <source>The dump&apos;s or database&apos;s table to import.</source>
        <translation>要导入的转储文件或数据库中的数据表。</translation>
    </message>
    <message>
        <source>Give --sheet or --table, not both.</source>
        <translation>--sheet 和 --table 只能指定其中一个。</translation>
    </message>
    <message>
        <source>Refreshed source %1 from %2 (was %3): %4 rows read, %5 accepted, %6 rejected, %7 without customer id.</source>
        <translation>已用 %2 刷新数据源 %1（原为 %3）：读取 %4 行，接受 %5 行，拒绝 %6 行，%7 行没有客户ID。</translation>
    </message>
    <message>
        <source>new customers: %1</source>
        <translation>新增客户：%1</translation>
    </message>
    <message>
        <source>new orders: %1</source>
        <translation>新增订单：%1</translation>
    </message>
    <message>
        <source>removed orders: %1</source>
        <translation>移除的订单：%1</translation>
    </message>
    <message>
        <source>orders: %1 before, %2 now</source>
        <translation>订单：原有 %1，现有 %2</translation>
    </message>
    <message>
        <source>survey answers: %1 before, %2 now</source>
        <translation>问卷回答：原有 %1，现有 %2</translation>
    </message>
    <message>
        <source>removed customers: %1</source>
        <translation>移除的客户：%1</translation>
    </message>
    <message>
        <source>rejected rows: %1</source>
        <translation>被拒绝的行：%1</translation>
    </message>
    <message>
        <source>--refresh needs a source id (see portrait info).</source>
        <translation>--refresh 需要数据源编号（可用 portrait info 查看）。</translation>
    </message>
    <message>
        <source>--refresh needs an existing project.</source>
        <translation>--refresh 需要一个已存在的项目。</translation>
    </message>
    <message>
        <source>The row holding the column names (0: none; default: detect). Rows above it are skipped.</source>
        <translation>列名所在的行（0 表示没有；默认自动识别）。其上方的行会被跳过。</translation>
    </message>
    <message>
        <source>Set a column&apos;s type: column=text|integer|decimal|date|datetime (repeatable).</source>
        <translation>设置列类型：列=text|integer|decimal|date|datetime（可重复）。</translation>
    </message>
    <message>
        <source>Replace this source with FILE, read with the source&apos;s saved mapping, and report what changed.</source>
        <translation>用 FILE 替换此数据源（沿用已保存的字段对应），并报告变化。</translation>
    </message>
    <message>
        <source>--header-row must be 0 or a row number.</source>
        <translation>--header-row 必须是 0 或行号。</translation>
    </message>
    <message>
        <source>Import a data file or a database table into a project (created when missing).</source>
        <translation>把数据文件或数据库表导入项目（项目不存在时自动创建）。</translation>
    </message>
    <message>
        <source>The data file, or a database: postgresql://user@host/db or mysql://user@host/db (password from PORTRAIT_DB_PASSWORD, the keychain or a prompt).</source>
        <translation>数据文件，或数据库地址：postgresql://user@host/db 或 mysql://user@host/db（密码取自 PORTRAIT_DB_PASSWORD、系统钥匙串或终端提示输入）。</translation>
    </message>
    <message>
        <source>--%1 is for files; a database table brings its own columns and types.</source>
        <translation>--%1 只用于文件；数据库表自带列名和类型。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::InfoCommand</name>
    <message>
        <source>source %1: %2 (%3, %4), imported %5: %6 rows, %7 rejected, %8 without customer, %9 orders stored</source>
        <translation>数据源 %1：%2（%3，%4），导入于 %5：%6 行，拒绝 %7 行，%8 行无客户，保存订单 %9 个</translation>
    </message>
    <message>
        <source>Show what a project holds.</source>
        <translation>显示项目中包含的内容。</translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>info needs --project.</source>
        <translation>info 需要 --project 选项。</translation>
    </message>
    <message>
        <source>project: %1 (schema version %2)</source>
        <translation>项目：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>customers: %1 (%2 with orders)</source>
        <translation>客户：%1（其中有订单的 %2）</translation>
    </message>
    <message>
        <source>orders: %1 (%2 only returns), %3 to %4</source>
        <translation>订单：%1（其中纯退货 %2），%3 至 %4</translation>
    </message>
    <message>
        <source>revenue: %1 purchases, %2 returns, %3 net</source>
        <translation>销售额：购买 %1，退货 %2，净额 %3</translation>
    </message>
    <message>
        <source>survey answers: %1; rejected rows: %2</source>
        <translation>调查答卷：%1；被拒绝的行：%2</translation>
    </message>
    <message>
        <source>Write the bundled demo project.</source>
        <translation>生成内置的示例项目。</translation>
    </message>
    <message>
        <source>The new .portrait file.</source>
        <translation>新建的 .portrait 文件。</translation>
    </message>
    <message>
        <source>sample needs --out.</source>
        <translation>sample 需要 --out 选项。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Encoding (default: detect).</source>
        <translation>编码（默认：自动检测）。</translation>
    </message>
    <message>
        <source>inspect needs one FILE.</source>
        <translation>inspect 需要一个 FILE 参数。</translation>
    </message>
    <message>
        <source>The workbook sheet (default: the first).</source>
        <translation>工作簿中的工作表（默认：第一个工作表）。</translation>
    </message>
    <message>
        <source>The dump&apos;s or database&apos;s table.</source>
        <translation>转储文件或数据库中的数据表。</translation>
    </message>
    <message>
        <source>The row holding the column names (0: none; default: detect).</source>
        <translation>列名所在的行（0 表示没有；默认自动识别）。</translation>
    </message>
    <message>
        <source>Set a column&apos;s type: column=text|integer|decimal|date|datetime (repeatable).</source>
        <translation>设置列类型：列=text|integer|decimal|date|datetime（可重复）。</translation>
    </message>
    <message>
        <source>--header-row must be 0 or a row number.</source>
        <translation>--header-row 必须是 0 或行号。</translation>
    </message>
    <message>
        <source>Print, as JSON, what import would make of a file or a database table.</source>
        <translation>以 JSON 输出导入时会如何解读某个文件或数据库表。</translation>
    </message>
    <message>
        <source>The data file, or a database URI (postgresql://…, mysql://…).</source>
        <translation>数据文件，或数据库地址（postgresql://…、mysql://…）。</translation>
    </message>
    <message>
        <source>--%1 is for files; a database table brings its own columns and types.</source>
        <translation>--%1 只用于文件；数据库表自带列名和类型。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::PasswordPrompt</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ReportCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation>要使用的 .portrait 项目文件。</translation>
    </message>
    <message>
        <source>Write the PDF report here.</source>
        <translation>PDF 报告写到这里。</translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median.</source>
        <translation>quantile、rfmpkg、ntile、mean 或 median。</translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation>分析基准日（默认为最近一笔订单的次日）。</translation>
    </message>
    <message>
        <source>Report language: en or zh_CN.</source>
        <translation>报告语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>report needs --project.</source>
        <translation>report 需要 --project。</translation>
    </message>
    <message>
        <source>report needs --out.</source>
        <translation>report 需要 --out。</translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN.</source>
        <translation>--lang 只能是 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation>--as-of 须为日期，格式如 2024-12-31。</translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation>--method 只能是 quantile、rfmpkg、ntile、mean 或 median。</translation>
    </message>
    <message>
        <source>Write the segment report (title, every dashboard chart, the segment table with actions) as a PDF.</source>
        <translation>把分群报告（标题页、全部看板图表、分群表及建议动作）写成 PDF。</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2.</source>
        <translation>已写入 %1 页到 %2。</translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file (default: as last scored in the workbench, else shop11).</source>
        <translation>cn8、rfm10、shop11 或方案文件（默认沿用工作台上次保存的评分，没有则用 shop11）。</translation>
    </message>
    <message>
        <source>Using the scoring last saved in the workbench; options on the command line take precedence.</source>
        <translation>沿用工作台上次保存的评分设置；命令行给出的选项优先。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::RfmCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation>分析日期（默认：最近一笔订单的次日）。</translation>
    </message>
    <message>
        <source>Only orders of the last N days.</source>
        <translation>仅统计最近 N 天的订单。</translation>
    </message>
    <message>
        <source>Score levels: 3, 4 or 5.</source>
        <translation>评分档位数：3、4 或 5。</translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median.</source>
        <translation>quantile、rfmpkg、ntile、mean 或 median。</translation>
    </message>
    <message>
        <source>JSON file with cut points per dimension.</source>
        <translation>按维度给出切分点的 JSON 文件。</translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file.</source>
        <translation>cn8、rfm10、shop11 或分群方案文件。</translation>
    </message>
    <message>
        <source>net or exclude.</source>
        <translation>net（抵扣）或 exclude（排除）。</translation>
    </message>
    <message>
        <source>orders or days.</source>
        <translation>orders（订单数）或 days（消费天数）。</translation>
    </message>
    <message>
        <source>sum or average.</source>
        <translation>sum（合计）或 average（平均）。</translation>
    </message>
    <message>
        <source>Write rfm.csv here.</source>
        <translation>将 rfm.csv 写入此处。</translation>
    </message>
    <message>
        <source>Write segment names in Chinese.</source>
        <translation>以中文输出分群名称。</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation>--as-of 必须是形如 2024-12-31 的日期。</translation>
    </message>
    <message>
        <source>--window-days must be a positive whole number.</source>
        <translation>--window-days 必须是正整数。</translation>
    </message>
    <message>
        <source>--bins must be 3, 4 or 5.</source>
        <translation>--bins 只能是 3、4 或 5。</translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation>--method 只能是 quantile、rfmpkg、ntile、mean 或 median。</translation>
    </message>
    <message>
        <source>--returns must be net or exclude.</source>
        <translation>--returns 只能是 net 或 exclude。</translation>
    </message>
    <message>
        <source>--frequency must be orders or days.</source>
        <translation>--frequency 只能是 orders 或 days。</translation>
    </message>
    <message>
        <source>--monetary must be sum or average.</source>
        <translation>--monetary 只能是 sum 或 average。</translation>
    </message>
    <message>
        <source>segment	customers	share	revenue	revenue share</source>
        <translation>分群	客户数	客户占比	销售额	销售额占比</translation>
    </message>
    <message>
        <source>method %1, as of %2; cut points:</source>
        <translation>方法 %1，分析日期 %2；切分点：</translation>
    </message>
    <message>
        <source>Score and segment the customers of a project.</source>
        <translation>对项目中的客户进行 RFM 评分和分群。</translation>
    </message>
    <message>
        <source>rfm needs --project.</source>
        <translation>rfm 需要 --project 选项。</translation>
    </message>
    <message>
        <source>scheme: %1</source>
        <translation>分群方案：%1</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2.</source>
        <translation>已将 %1 位客户写入 %2。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::TagCommand</name>
    <message>
        <source>Tag customers by the rules of a rules file.</source>
        <translation>按规则文件中的规则为客户打标签。</translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>The rules file: one `tag/path = expression` a line.</source>
        <translation>规则文件：每行一条 `标签/路径 = 表达式`。</translation>
    </message>
    <message>
        <source>Write tags.csv (customer_id,tag) here.</source>
        <translation>将 tags.csv（customer_id,tag）写入此处。</translation>
    </message>
    <message>
        <source>The segment scheme `segment` refers to.</source>
        <translation>特征 `segment` 所依据的分群方案。</translation>
    </message>
    <message>
        <source>Analysis date (default: the day after the latest order).</source>
        <translation>分析日期（默认：最近一笔订单的次日）。</translation>
    </message>
    <message>
        <source>tag needs --project and --rules.</source>
        <translation>tag 需要 --project 和 --rules 选项。</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation>--as-of 必须是形如 2024-12-31 的日期。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Import a tag dictionary (JSON) into the project.</source>
        <translation>将标签字典（JSON）导入项目。</translation>
    </message>
    <message>
        <source>Install the starter tag dictionary.</source>
        <translation>安装预置标签字典。</translation>
    </message>
    <message>
        <source>Let --dictionary or --starter replace the project&apos;s dictionary.</source>
        <translation>允许 --dictionary 或 --starter 替换项目现有的标签字典。</translation>
    </message>
    <message>
        <source>Write the project&apos;s tag dictionary as JSON.</source>
        <translation>将项目的标签字典导出为 JSON。</translation>
    </message>
    <message>
        <source>Print each tag&apos;s customers, share, revenue share and flags.</source>
        <translation>输出每个标签的客户数、占比、收入占比和治理提示。</translation>
    </message>
    <message>
        <source>--rules cannot be combined with the tag dictionary options.</source>
        <translation>--rules 不能与标签字典相关选项同时使用。</translation>
    </message>
    <message>
        <source>use either --dictionary or --starter.</source>
        <translation>--dictionary 和 --starter 只能选一个。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::TagDictionaryCommand</name>
    <message>
        <source>the project already has a tag dictionary (%1 tags); add --replace to replace it</source>
        <translation>项目已有标签字典（%1 个标签）；如需替换请加上 --replace</translation>
    </message>
    <message>
        <source>Imported %1 tags and %2 groups into %3.</source>
        <translation>已向 %3 导入 %1 个标签和 %2 个人群。</translation>
    </message>
    <message>
        <source>the project has no tag dictionary: use --rules FILE, or install one with --starter or --dictionary FILE.json</source>
        <translation>项目没有标签字典：请使用 --rules FILE，或用 --starter、--dictionary FILE.json 安装一个</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>Portrait::Export::CsvListWriter</name>
    <message>
        <source>this system cannot encode GB18030</source>
        <translation>本系统不支持 GB18030 编码</translation>
    </message>
    <message>
        <source>a character cannot be encoded in GB18030</source>
        <translation>有字符无法用 GB18030 编码</translation>
    </message>
</context>
<context>
    <name>Portrait::Export::ListWriter</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Export::RfmCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Export::TagsCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Export::XlsxListWriter</name>
    <message>
        <source>%1 customers do not fit on one worksheet (at most %2); export them as CSV instead</source>
        <translation>%1 位客户超出单个工作表的容量（最多 %2 行），请改为导出 CSV</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>Compressing %1</source>
        <translation>正在压缩 %1</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::ColumnMapping</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Promotion flag</source>
        <translation>促销标记</translation>
    </message>
    <message>
        <source>Order count</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Last order date</source>
        <translation>最近下单日期</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>最近一次消费间隔（天）</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>购买动机</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; in the column mapping; valid roles are: %2.</source>
        <translation>字段映射中有未知的字段角色“%1”；可用的角色有：%2。</translation>
    </message>
    <message>
        <source>The column mapping names a column &quot;%1&quot; for %2 that the file does not have; its columns are: %3.</source>
        <translation>字段映射为 %2 指定了列“%1”，但文件中没有这一列；文件中的列有：%3。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; in &quot;%2&quot;; write role=column with one of: %3.</source>
        <translation>“%2”中的字段角色“%1”无法识别；请按 role=column 的格式填写，角色可选：%3。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; for %2; the columns are %3, or their numbers 1 to %4.</source>
        <translation>为 %2 指定的列“%1”不存在；可用的列有 %3，也可以用列号 1 到 %4 表示。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::CsvReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; use UTF-8, UTF-16LE, UTF-16BE or GB18030.</source>
        <translation>无法识别文本编码“%1”；请使用 UTF-8、UTF-16LE、UTF-16BE 或 GB18030。</translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation>当前系统不支持文本编码 %1。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The text is not valid %1. Choose the file&apos;s encoding, or save it as UTF-8.</source>
        <translation>文本不是有效的 %1 编码。请选择该文件的正确编码，或将其另存为 UTF-8。</translation>
    </message>
    <message>
        <source>A quoted field is never closed: the quote that opens it has no partner.</source>
        <translation>有一个带引号的字段没有结束：开头的引号找不到与之配对的引号。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbCatalog</name>
    <message>
        <source>The database %1 has no table this user may read.</source>
        <translation>数据库 %1 中没有该用户可读取的表。</translation>
    </message>
    <message>
        <source>Say which table of %1 to read with --table; it has: %2.</source>
        <translation>请用 --table 指定要读取 %1 的哪张表；可选：%2。</translation>
    </message>
    <message>
        <source>The database %1 has no table or view “%2” this user may read; it has: %3.</source>
        <translation>数据库 %1 中没有该用户可读取的表或视图“%2”；现有：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbConnection</name>
    <message>
        <source>Portrait has no %1 driver here: install the Qt SQL plugin (on Debian, %2).</source>
        <translation>本机缺少 %1 驱动：请安装 Qt SQL 插件（Debian 上为 %2）。</translation>
    </message>
    <message>
        <source>The name %1 cannot be quoted safely for %2; rename it or read it through a view.</source>
        <translation>名称 %1 无法在 %2 中安全转义；请改名，或通过视图读取。</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Reading %1 from %2 was cancelled; the project is unchanged.</source>
        <translation>已取消从 %2 读取 %1；项目未做任何改动。</translation>
    </message>
    <message>
        <source>Cannot reach the %1 server %2: %3. Check the host, port or socket and that the server is running.</source>
        <translation>无法连接 %1 服务器 %2：%3。请检查主机、端口或套接字，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The %1 server %2 refused user “%3”: wrong password or no access (%4).</source>
        <translation>%1 服务器 %2 拒绝了用户“%3”：密码错误或无访问权限（%4）。</translation>
    </message>
    <message>
        <source>The %1 server %2 has no database “%3” (%4).</source>
        <translation>%1 服务器 %2 上没有数据库“%3”（%4）。</translation>
    </message>
    <message>
        <source>The %1 server %2 has no table %3 (%4).</source>
        <translation>%1 服务器 %2 上没有表 %3（%4）。</translation>
    </message>
    <message>
        <source>The connection to the %1 server %2 was lost while reading %3: %4. The project is unchanged.</source>
        <translation>读取 %3 时与 %1 服务器 %2 的连接中断：%4。项目未做任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 server %2 stopped reading %3 after the statement timeout of %n second(s) (statement_timeout in the address): %4. The project is unchanged.</source>
        <translation>
            <numerusform>%1 服务器 %2 读取 %3 时超过了 %n 秒的语句超时（地址中的 statement_timeout），已停止：%4。项目未做任何改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 server %2 reported: %3</source>
        <translation>%1 服务器 %2 报告：%3</translation>
    </message>
    <message>
        <source>The %1 server %2 could not read %3: %4</source>
        <translation>%1 服务器 %2 无法读取 %3：%4</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbCredentials</name>
    <message>
        <source>The OS keychain could not be read (%1); it was passed over.</source>
        <translation>无法读取系统钥匙串（%1），已跳过。</translation>
    </message>
    <message>
        <source>The OS keychain did not answer; the password was not saved.</source>
        <translation>系统钥匙串没有响应，密码未保存。</translation>
    </message>
    <message>
        <source>The OS keychain refused to save the password: %1</source>
        <translation>系统钥匙串拒绝保存密码：%1</translation>
    </message>
    <message>
        <source>it did not answer</source>
        <translation>没有响应</translation>
    </message>
    <message>
        <source>No password was given: set PORTRAIT_DB_PASSWORD, save it in the keychain from the workbench&apos;s database form, or run the command in a terminal to be asked.</source>
        <translation>未提供密码：请设置 PORTRAIT_DB_PASSWORD，或在工作台的数据库连接窗口中把密码存入钥匙串，或在终端中运行命令以便输入密码。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbTableReader</name>
    <message>
        <source>Reading the columns of %1</source>
        <translation>正在读取 %1 的列</translation>
    </message>
    <message>
        <source>%1 returned no count.</source>
        <translation>%1 没有返回行数。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::DbUri</name>
    <message>
        <source>%1 must be a whole number of seconds.</source>
        <translation>%1 必须是整数秒。</translation>
    </message>
    <message>
        <source>Not a database address: write postgresql://user@host:port/database or mysql://user@host:port/database.</source>
        <translation>不是数据库地址：请写成 postgresql://用户@主机:端口/数据库 或 mysql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The address names no database: add /DATABASE after the host.</source>
        <translation>地址中没有数据库名：请在主机后加上 /数据库名。</translation>
    </message>
    <message>
        <source>Unknown option “%1”; the options are %2.</source>
        <translation>未知选项“%1”；可用选项为 %2。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::RecordSource</name>
    <message>
        <source>The file holds no table with rows.</source>
        <translation>文件中没有包含数据行的数据表。</translation>
    </message>
    <message>
        <source>The file holds %1 tables (%2); “%3” was read. Choose another with --table.</source>
        <translation>文件中有 %1 个数据表（%2），已读取“%3”。如需读取其他数据表，请用 --table 指定。</translation>
    </message>
    <message>
        <source>There is no table “%1”; the tables are: %2.</source>
        <translation>没有名为“%1”的数据表；现有数据表：%2。</translation>
    </message>
    <message>
        <source>The workbook has %1 sheets (%2); “%3” was read. Choose another with --sheet.</source>
        <translation>工作簿中有 %1 个工作表（%2），已读取“%3”。如需读取其他工作表，请用 --sheet 指定。</translation>
    </message>
    <message>
        <source>There is no sheet “%1”; the sheets are: %2.</source>
        <translation>没有名为“%1”的工作表；现有工作表：%2。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::SqlDumpReader</name>
    <message>
        <source>Reading the dump</source>
        <translation>正在读取转储文件</translation>
    </message>
    <message>
        <source>The dump has no table named &quot;%1&quot;.</source>
        <translation>转储文件中没有名为“%1”的数据表。</translation>
    </message>
    <message>
        <source>Line %1: the table %2 has no column &quot;%3&quot;.</source>
        <translation>第 %1 行：数据表 %2 中没有“%3”列。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have more values than the table has columns; the extra values are kept.</source>
        <translation>
            <numerusform>有 %n 行的值个数多于数据表的列数；多出的值予以保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dump is not valid UTF-8 text.</source>
        <translation>转储文件不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>A comment that starts on line %1 is never closed; the dump is cut short.</source>
        <translation>从第 %1 行开始的注释没有结束；转储文件不完整，已被截断。</translation>
    </message>
    <message>
        <source>A quoted string that starts on line %1 is never closed; the dump is cut short.</source>
        <translation>从第 %1 行开始的带引号字符串没有结束；转储文件不完整，已被截断。</translation>
    </message>
    <message>
        <source>Line %1: a bad escape \%2 in a string.</source>
        <translation>第 %1 行：字符串中有无效的转义序列 \%2。</translation>
    </message>
    <message>
        <source>Line %1: a malformed hexadecimal value.</source>
        <translation>第 %1 行：十六进制值格式错误。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The dump ends unexpectedly.</source>
        <translation>转储文件意外结束。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>This is a pg_dump archive in the custom format, which Portrait cannot read. Write a plain SQL dump with &quot;pg_dump --format=plain&quot;, or convert this one with &quot;pg_restore -f out.sql FILE&quot;.</source>
        <translation>这是 custom 格式的 pg_dump 归档文件，Portrait 无法读取。请用 &quot;pg_dump --format=plain&quot; 导出纯 SQL 转储文件，或用 &quot;pg_restore -f out.sql FILE&quot; 转换此文件。</translation>
    </message>
    <message>
        <source>The dump is compressed. Unpack it first, then open the .sql file.</source>
        <translation>转储文件经过压缩。请先解压，再打开解压得到的 .sql 文件。</translation>
    </message>
    <message>
        <source>This is an SQLite database, not a dump; open it as an SQLite file.</source>
        <translation>这是 SQLite 数据库，不是转储文件；请按 SQLite 文件打开。</translation>
    </message>
    <message>
        <source>The statement that starts on line %1 is cut short: the dump ends before its &apos;;&apos;.</source>
        <translation>从第 %1 行开始的语句不完整：转储文件在该语句的 &apos;;&apos; 之前就结束了。</translation>
    </message>
    <message>
        <source>Line %1: unexpected &quot;%2&quot; in the statement that starts on line %3.</source>
        <translation>第 %1 行：从第 %3 行开始的语句中出现了意外的“%2”。</translation>
    </message>
    <message>
        <source>Line %1: the dump rolls its transaction back, so the tool that wrote it met errors and its data is incomplete.</source>
        <translation>第 %1 行：转储文件回滚了事务，说明生成它的工具遇到了错误，其中的数据不完整。</translation>
    </message>
    <message>
        <source>The dump is cut short: the transaction that begins on line %1 has no COMMIT.</source>
        <translation>转储文件已被截断：从第 %1 行开始的事务没有 COMMIT。</translation>
    </message>
    <message>
        <source>The dump is cut short at line %1: it lacks the closing comment the dump tool writes at the end.</source>
        <translation>转储文件在第 %1 行被截断：缺少转储工具在文件末尾写入的结束注释。</translation>
    </message>
    <message>
        <source>Line %1: COPY with options is not supported; write the dump with plain pg_dump.</source>
        <translation>第 %1 行：不支持带选项的 COPY；请用默认设置的 pg_dump 生成转储文件。</translation>
    </message>
    <message>
        <source>Line %1: DELIMITER without a delimiter.</source>
        <translation>第 %1 行：DELIMITER 后缺少分隔符。</translation>
    </message>
    <message>
        <source>Line %1: the row has %2 values for %3 columns.</source>
        <translation>第 %1 行：该行有 %2 个值，但数据表有 %3 列。</translation>
    </message>
    <message>
        <source>Line %1: a value is nested too deeply.</source>
        <translation>第 %1 行：值的嵌套层数过多。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a value; a dump row can only hold literal values.</source>
        <translation>第 %1 行：“%2”不是值；转储文件中的行只能包含字面值。</translation>
    </message>
    <message>
        <source>Line %1: char() of a value that is not a character.</source>
        <translation>第 %1 行：char() 的参数无法转换为字符。</translation>
    </message>
    <message>
        <source>Line %1: a bad escape in unistr().</source>
        <translation>第 %1 行：unistr() 中有无效的转义序列。</translation>
    </message>
    <message>
        <source>Line %1: the function %2() is not supported in dump values.</source>
        <translation>第 %1 行：转储文件的值中不支持函数 %2()。</translation>
    </message>
    <message>
        <source>The COPY data for %1 that starts on line %2 is cut short: the dump ends before its \. line.</source>
        <translation>从第 %2 行开始的 %1 的 COPY 数据不完整：转储文件在其结束行 \. 之前就结束了。</translation>
    </message>
    <message>
        <source>Line %1: the dump is not valid UTF-8 text.</source>
        <translation>第 %1 行：转储文件不是有效的 UTF-8 文本。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::SqliteTableReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>This is not an SQLite database file.</source>
        <translation>这不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database: %1</source>
        <translation>无法打开 SQLite 数据库：%1</translation>
    </message>
    <message>
        <source>Cannot read the SQLite database: %1</source>
        <translation>无法读取 SQLite 数据库：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot read the SQLite database</source>
        <translation>无法读取 SQLite 数据库</translation>
    </message>
    <message>
        <source>The database has no table named &quot;%1&quot;.</source>
        <translation>数据库中没有名为“%1”的数据表。</translation>
    </message>
    <message>
        <source>Cannot read the table %1</source>
        <translation>无法读取数据表 %1</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>文本不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::TypeDetector</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Inspecting the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not have %1 fields like the first row; missing fields are read as empty, extra fields are kept.</source>
        <translation>
            <numerusform>有 %n 行的字段数与第一行的 %1 个不一致；缺少的字段按空值读取，多出的字段予以保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Cannot read the type override “%1”; write column=type with a type of text, integer, decimal, date or datetime.</source>
        <translation>无法识别类型设置“%1”；请写成 列=类型，类型为 text、integer、decimal、date 或 datetime。</translation>
    </message>
    <message>
        <source>Unknown column “%1” in the type override “%2”; the columns are: %3.</source>
        <translation>类型设置“%2”中的列“%1”不存在；现有列为：%3。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxArchive</name>
    <message>
        <source>%1 (part %2)</source>
        <translation>%1（部件 %2）</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>password-protected workbook: save it without a password</source>
        <translation>工作簿受密码保护：请取消密码后重新保存</translation>
    </message>
    <message>
        <source>This is a legacy Excel (.xls) file, not an .xlsx workbook: open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation>这是旧版 Excel（.xls）文件，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开，另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook, or the file is damaged: it is not a readable zip archive.</source>
        <translation>这不是 .xlsx 工作簿，或者文件已损坏：无法作为 zip 压缩包读取。</translation>
    </message>
    <message>
        <source>A part of the workbook is missing</source>
        <translation>工作簿缺少部件</translation>
    </message>
    <message>
        <source>The zip directory is damaged</source>
        <translation>zip 目录已损坏</translation>
    </message>
    <message>
        <source>The zip entry is damaged or uses an unsupported compression</source>
        <translation>zip 条目已损坏，或使用了不支持的压缩方式</translation>
    </message>
    <message>
        <source>Internal error: reading a zip entry that is not open</source>
        <translation>内部错误：读取了未打开的 zip 条目</translation>
    </message>
    <message>
        <source>The zip entry is damaged (inflate error %1)</source>
        <translation>zip 条目已损坏（解压错误 %1）</translation>
    </message>
    <message>
        <source>The zip entry inflates to more than its declared size or the limit of %1 MiB; refusing it</source>
        <translation>zip 条目解压后超过其声明的大小或 %1 MiB 的上限，已拒绝读取</translation>
    </message>
    <message>
        <source>The zip entry is compressed more than %1:1, which real workbooks never are; refusing it as a zip bomb</source>
        <translation>zip 条目的压缩比超过 %1:1，正常的工作簿不会出现这种情况；视为 zip 炸弹，已拒绝读取</translation>
    </message>
    <message>
        <source>The zip entry is shorter than declared; the file is damaged</source>
        <translation>zip 条目比声明的长度短；文件已损坏</translation>
    </message>
    <message>
        <source>The zip entry is damaged (checksum mismatch)</source>
        <translation>zip 条目已损坏（校验和不匹配）</translation>
    </message>
    <message>
        <source>The part is larger than %1 MiB; refusing it</source>
        <translation>该部件大于 %1 MiB，已拒绝读取</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxReader</name>
    <message numerus="yes">
        <source>%n row(s) are wider than the first row; their extra cells are kept.</source>
        <translation>
            <numerusform>有 %n 行的单元格多于第一行；多出的单元格予以保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation>工作簿中没有工作表“%1”；现有工作表：%2</translation>
    </message>
    <message>
        <source>%1 (sheet &quot;%2&quot;)</source>
        <translation>%1（工作表“%2”）</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxSheetParser</name>
    <message>
        <source>A number cell holds text that is not a number; it is kept as text</source>
        <translation>数字单元格中包含非数字的文本，已按文本保留</translation>
    </message>
    <message>
        <source>cell %1%2</source>
        <translation>单元格 %1%2</translation>
    </message>
    <message>
        <source>A date cell holds 1900-02-29, a day Excel counts but that never was</source>
        <translation>日期单元格的值为 1900-02-29：Excel 将这一天计入日期序列，但历史上并不存在这一天</translation>
    </message>
    <message>
        <source>cell %1%2 holds text that is not valid UTF-8</source>
        <translation>单元格 %1%2 中的文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>cell %1%2 refers to shared string &quot;%3&quot;, which does not exist</source>
        <translation>单元格 %1%2 引用的共享字符串“%3”不存在</translation>
    </message>
    <message>
        <source>Cells with the error value %1 are read as empty</source>
        <translation>错误值为 %1 的单元格按空值读取</translation>
    </message>
    <message>
        <source>The sheet ends before its data does; the workbook is truncated or damaged.</source>
        <translation>工作表在数据结束之前就结束了；工作簿已被截断或损坏。</translation>
    </message>
    <message>
        <source>Malformed sheet XML near byte %1: %2</source>
        <translation>工作表 XML 在第 %1 字节附近格式错误：%2</translation>
    </message>
    <message>
        <source>cell %1%2 holds an unknown or malformed character reference</source>
        <translation>单元格 %1%2 中包含未知或格式错误的字符引用</translation>
    </message>
    <message>
        <source>cell %1%2 holds more than 16 MiB of text</source>
        <translation>单元格 %1%2 中的文本超过 16 MiB</translation>
    </message>
    <message>
        <source>Row %1 is beyond Excel&apos;s limit of %2 rows</source>
        <translation>第 %1 行超出了 Excel 的 %2 行上限</translation>
    </message>
    <message>
        <source>Row %1 starts before row %2 ends; the sheet is damaged</source>
        <translation>第 %2 行尚未结束，第 %1 行就开始了；工作表已损坏</translation>
    </message>
    <message>
        <source>Row number &quot;%1&quot; is not after row %2; the sheet is damaged</source>
        <translation>行号“%1”没有排在第 %2 行之后；工作表已损坏</translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot; is beyond Excel&apos;s limit of %2 columns</source>
        <translation>单元格“%1”超出了 Excel 的 %2 列上限</translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot; is missing a column or comes after column %2; the sheet is damaged</source>
        <translation>单元格“%1”缺少列号，或其列号不在第 %2 列之后（单元格顺序错乱）；工作表已损坏</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxWorkbook</name>
    <message>
        <source>Shared string %1 holds an unknown or malformed character reference</source>
        <translation>共享字符串 %1 中包含未知或格式错误的字符引用</translation>
    </message>
    <message>
        <source>The shared strings exceed %1 MiB; refusing them</source>
        <translation>共享字符串超过 %1 MiB，已拒绝读取</translation>
    </message>
    <message>
        <source>The shared strings are not valid UTF-8</source>
        <translation>共享字符串不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>The XML holds a document type declaration (&lt;!DOCTYPE&gt;); it is refused</source>
        <translation>XML 中包含文档类型声明（&lt;!DOCTYPE&gt;），已拒绝读取</translation>
    </message>
    <message>
        <source>Malformed XML at line %1: %2</source>
        <translation>XML 第 %1 行格式错误：%2</translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::XlsxXmlTokenizer</name>
    <message>
        <source>A text run is longer than 64 MiB.</source>
        <translation>一段连续文本超过 64 MiB。</translation>
    </message>
    <message>
        <source>The XML ends inside a comment or processing instruction.</source>
        <translation>XML 在注释或处理指令内部意外结束。</translation>
    </message>
    <message>
        <source>A comment is longer than 64 MiB.</source>
        <translation>注释超过 64 MiB。</translation>
    </message>
    <message>
        <source>The XML is not in UTF-8; only UTF-8 workbooks are supported.</source>
        <translation>XML 不是 UTF-8 编码；仅支持 UTF-8 编码的工作簿。</translation>
    </message>
    <message>
        <source>The XML holds a document type declaration (&lt;!DOCTYPE&gt;); workbooks never do, and entities are not expanded, so the part is refused.</source>
        <translation>XML 中包含文档类型声明（&lt;!DOCTYPE&gt;）；正常的工作簿不会包含此类声明，且其中的实体不会被展开，因此已拒绝读取该部件。</translation>
    </message>
    <message>
        <source>Malformed XML: &apos;&lt;&apos; inside a tag.</source>
        <translation>XML 格式错误：标签内出现了 &apos;&lt;&apos;。</translation>
    </message>
    <message>
        <source>The XML ends inside a tag.</source>
        <translation>XML 在标签内部意外结束。</translation>
    </message>
    <message>
        <source>A tag is longer than 64 MiB.</source>
        <translation>标签超过 64 MiB。</translation>
    </message>
    <message>
        <source>Malformed XML: a tag without a name.</source>
        <translation>XML 格式错误：标签缺少名称。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DatabaseImport</name>
    <message>
        <source>Source %1 (%2) was not read from a database; refresh it from a file.</source>
        <translation>数据源 %1（%2）不是从数据库读取的，请用文件刷新。</translation>
    </message>
    <message>
        <source>Read the lines dated %1 and later (the last day already read, again, and every day after it); earlier days were kept as they were.</source>
        <translation>读取了 %1 及以后的明细（重新读取已读的最后一天及其后各天）；更早的日期保持不变。</translation>
    </message>
    <message>
        <source>%1 lines were rejected; the first %2 are listed with their reasons.</source>
        <translation>%1 行明细被拒绝；下面列出前 %2 行及原因。</translation>
    </message>
    <message>
        <source>%1 orders have lines that name more than one customer; each was counted with the smallest customer id.</source>
        <translation>%1 笔订单的明细对应了多个客户；每笔均按最小的客户编号计入。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DatabasePull</name>
    <message>
        <source>Reading the customers&apos; latest details from %1</source>
        <translation>正在从 %1 读取客户的最新资料</translation>
    </message>
    <message>
        <source>Summing the orders of %1 by customer and day on the server</source>
        <translation>正在服务器上按客户和日期汇总 %1 的订单</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Import</name>
    <message>
        <source>No column is mapped to %1 (an amount may also come from quantity × unit_price). Columns in the file: %2. Use --map role=column.</source>
        <translation>没有列映射到 %1（金额也可以由 quantity × unit_price 计算得出）。文件中的列有：%2。请使用 --map role=column 指定。</translation>
    </message>
    <message>
        <source>Column “%1”: no day in it is above 12, so day/month order cannot be told from the data; it was read as day/month/year. Check a few dates.</source>
        <translation>列“%1”：其中没有大于 12 的日，无法从数据判断日和月的先后顺序，已按“日/月/年”读取。请抽查几个日期是否正确。</translation>
    </message>
    <message>
        <source>Reading %1 to detect its columns</source>
        <translation>正在读取 %1 以识别列</translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>recency_days needs the date it was counted to: give --as-of YYYY-MM-DD.</source>
        <translation>recency_days 需要知道天数计算截止的日期：请用 --as-of YYYY-MM-DD 指定。</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>导入已取消，项目未做任何更改。</translation>
    </message>
    <message>
        <source>Writing to %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>%1 rows were rejected; they are listed with their reasons in the project.</source>
        <translation>有 %1 行被拒绝；这些行及其原因已记录在项目中。</translation>
    </message>
    <message>
        <source>%1 rows have no customer id; they are counted but belong to no customer.</source>
        <translation>有 %1 行没有客户 ID；这些行计入统计，但不归属任何客户。</translation>
    </message>
    <message>
        <source>%1 lines name another customer than the first line of their order; they were counted with the order&apos;s first customer.</source>
        <translation>有 %1 行的客户与所在订单第一行的客户不同；这些行已计入该订单第一行的客户。</translation>
    </message>
    <message>
        <source>%1 rows would be rejected; the first are listed with their reasons.</source>
        <translation>将有 %1 行被拒绝；下面列出前几行及原因。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Refresh</name>
    <message>
        <source>The source is a %1 source, which cannot be refreshed from a file.</source>
        <translation>这是 %1 类数据源，不能用文件刷新。</translation>
    </message>
    <message>
        <source>The saved mapping of the source cannot be read (%1).</source>
        <translation>无法读取此数据源保存的字段对应（%1）。</translation>
    </message>
    <message>
        <source>Customer attributes from the previous file stay where the new file leaves them empty.</source>
        <translation>新文件中为空的客户属性，保留旧文件中的值。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::RfmJob</name>
    <message>
        <source>“%1” is neither a preset (%2) nor an existing scheme file.</source>
        <translation>“%1”既不是预设方案（%2），也不是已存在的分群方案文件。</translation>
    </message>
    <message>
        <source>Cannot read the thresholds file: %1</source>
        <translation>无法读取阈值文件：%1</translation>
    </message>
    <message>
        <source>Not a thresholds file (JSON object expected): %1</source>
        <translation>不是有效的阈值文件（应为 JSON 对象）：%1</translation>
    </message>
    <message>
        <source>“%1” must be a list of cut points.</source>
        <translation>“%1”必须是切分点列表。</translation>
    </message>
    <message>
        <source>“%1” holds a value that is not a number.</source>
        <translation>“%1”中包含非数字的值。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::RfmSettingsJson</name>
    <message>
        <source>The saved scoring settings are damaged (field “%1”).</source>
        <translation>项目中保存的评分设置已损坏（字段“%1”）。</translation>
    </message>
    <message>
        <source>The saved scoring settings were written by a newer Portrait; the defaults are used.</source>
        <translation>项目中保存的评分设置来自更新版本的 Portrait，已改用默认设置。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::RowReader</name>
    <message>
        <source>the order date is empty</source>
        <translation>下单日期为空</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>quantity and unit price are both needed for the amount</source>
        <translation>计算金额需要同时提供数量和单价</translation>
    </message>
    <message>
        <source>NPS must be a whole number from 0 to 10</source>
        <translation>NPS 必须是 0 到 10 之间的整数</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>该行有 %1 个字段，而表头行有 %2 个</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Sample</name>
    <message>
        <source>Generating the demo data</source>
        <translation>正在生成示例数据</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>示例数据</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::SourcePreview</name>
    <message>
        <source>The file holds no table with rows.</source>
        <translation>文件中没有含数据的表。</translation>
    </message>
</context>
<context>
    <name>Portrait::Project</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>Loading customers</source>
        <translation>正在加载客户</translation>
    </message>
    <message>
        <source>%1 was written by a newer Portrait (schema version %2; this version reads up to %3). Please update Portrait.</source>
        <translation>%1 由更新版本的 Portrait 创建（结构版本 %2；当前版本最高只能读取版本 %3）。请升级 Portrait。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The project has no source %1.</source>
        <translation>项目中没有数据源 %1。</translation>
    </message>
    <message>
        <source>%1 numbers a customer %2: the file was not written by Portrait.</source>
        <translation>%1 里有一位客户的编号为 %2，这个文件不是 Portrait 生成的。</translation>
    </message>
    <message>
        <source>%1 numbers its customers up to %2, beyond the %3 Portrait can load: the file was not written by Portrait.</source>
        <translation>%1 的客户编号最大到 %2，超出了 Portrait 能加载的上限 %3，这个文件不是 Portrait 生成的。</translation>
    </message>
</context>
<context>
    <name>Portrait::Project::ProjectFile</name>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 已存在；请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a Portrait project (it is not a SQLite database).</source>
        <translation>%1 不是 Portrait 项目文件（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is already open in another Portrait (process %2 on %3).</source>
        <translation>%1 已在另一个 Portrait 中打开（%3 上的进程 %2）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no usable connection.</source>
        <translation>SQLite 驱动未能提供可用的连接。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 已损坏或不是数据库：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>%1 已损坏：无法读取文件头。</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read.</source>
        <translation>%1 已损坏：无法读取数据库结构。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Portrait project.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Portrait 项目文件。</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Portrait project.</source>
        <translation>%1 是一个空数据库，不是 Portrait 项目文件。</translation>
    </message>
</context>
<context>
    <name>Portrait::Project::TagStore</name>
    <message>
        <source>duplicate id</source>
        <translation>编号重复</translation>
    </message>
    <message>
        <source>%1: tag %2 (&quot;%3&quot;) is invalid: %4</source>
        <translation>%1：标签 %2（“%3”）无效：%4</translation>
    </message>
    <message>
        <source>%1: customer &quot;%2&quot; is not in the project</source>
        <translation>%1：项目中没有客户“%2”</translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::RfmRun</name>
    <message>
        <source>RFM score weights must be zero or more, and not all zero</source>
        <translation>RFM 评分权重不能为负数，且不能全部为 0</translation>
    </message>
    <message>
        <source>The low tier bound (%1) is above the high one (%2)</source>
        <translation>低价值等级的界限（%1）高于高价值等级的界限（%2）</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is written for %2 score levels, but method %3 gives %4: pick a matching method or scheme</source>
        <translation>分群方案“%1”适用于 %2 档评分，但方法 %3 给出的是 %4 档：请选择相匹配的方法或分群方案</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Middle value</source>
        <translation>中价值</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>低价值</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::SchemeFile</name>
    <message>
        <source>expected text in quotes</source>
        <translation>应为带引号的文本</translation>
    </message>
    <message>
        <source>expected [lower, upper], whole numbers from 1 to %1 with lower &lt;= upper</source>
        <translation>应为 [lower, upper]，取 1 到 %1 之间的整数，且 lower &lt;= upper</translation>
    </message>
    <message>
        <source>rule %1: expected an object {&quot;name&quot;: ..., &quot;r&quot;: [lower, upper], ...}</source>
        <translation>规则 %1：应为对象 {&quot;name&quot;: ..., &quot;r&quot;: [lower, upper], ...}</translation>
    </message>
    <message>
        <source>rule %1, field &quot;%2&quot;: %3</source>
        <translation>规则 %1，字段“%2”：%3</translation>
    </message>
    <message>
        <source>every rule needs a name</source>
        <translation>每条规则都需要名称</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>未知字段（可用字段：%1）</translation>
    </message>
    <message>
        <source>expected a colour like &quot;#1a9850&quot;</source>
        <translation>应为形如 &quot;#1a9850&quot; 的颜色</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>字段“%1”：%2</translation>
    </message>
    <message>
        <source>not a Portrait scheme file (expected &quot;portrait-scheme&quot;)</source>
        <translation>不是 Portrait 分群方案文件（应为 &quot;portrait-scheme&quot;）</translation>
    </message>
    <message>
        <source>expected a version number</source>
        <translation>应为版本号</translation>
    </message>
    <message>
        <source>written by a newer Portrait (version %1); this one reads version %2</source>
        <translation>由更新版本的 Portrait 创建（版本 %1）；当前版本只能读取版本 %2</translation>
    </message>
    <message>
        <source>expected 2, 3, 4 or 5</source>
        <translation>应为 2、3、4 或 5</translation>
    </message>
    <message>
        <source>expected quantile, rfmpkg, ntile, mean, median or thresholds</source>
        <translation>应为 quantile、rfmpkg、ntile、mean、median 或 thresholds</translation>
    </message>
    <message>
        <source>mean and median give exactly 2 score levels; the other methods 3 to 5 (bins is %1)</source>
        <translation>mean 和 median 只能分 2 档，其他方法可分 3 到 5 档（当前 bins 为 %1）</translation>
    </message>
    <message>
        <source>expected &quot;rfm&quot; or &quot;r_vs_fm&quot;</source>
        <translation>应为 &quot;rfm&quot; 或 &quot;r_vs_fm&quot;</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;format&quot;: &quot;portrait-scheme&quot;, ...}</source>
        <translation>应为 JSON 对象 {&quot;format&quot;: &quot;portrait-scheme&quot;, ...}</translation>
    </message>
    <message>
        <source>field &quot;rules&quot;: expected a list with at least one rule</source>
        <translation>字段“rules”：应为至少包含一条规则的列表</translation>
    </message>
    <message>
        <source>cannot read the scheme file: %1</source>
        <translation>无法读取分群方案文件：%1</translation>
    </message>
    <message>
        <source>cannot write the scheme file: %1</source>
        <translation>无法写入分群方案文件：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::SchemeLint</name>
    <message>
        <source>Rule %1 &quot;%2&quot;</source>
        <translation>规则 %1“%2”</translation>
    </message>
    <message>
        <source>%1 can never match: its %2 range %3–%4 is empty (scores run from 1 to %5)</source>
        <translation>%1永远不会被匹配：其 %2 范围 %3–%4 为空（评分范围为 1 到 %5）</translation>
    </message>
    <message>
        <source>%1 can never match: every cell it covers is taken by rules before it (%2)</source>
        <translation>%1永远不会被匹配：它覆盖的所有评分组合都已被前面的规则（%2）占用</translation>
    </message>
    <message>
        <source>Cells that match no rule and fall to &quot;%1&quot; (%2 of %3): %4</source>
        <translation>未被任何规则覆盖、归入“%1”的评分组合（共 %3 个中的 %2 个）：%4</translation>
    </message>
</context>
<context>
    <name>Portrait::Rfm::Scoring</name>
    <message>
        <source>%1 thresholds: %2 score levels need %3 cut points, got %4</source>
        <translation>%1的阈值：%2 档评分需要 %3 个切分点，实际给出 %4 个</translation>
    </message>
    <message>
        <source>%1 thresholds must be in ascending order: %2</source>
        <translation>%1的阈值必须按升序排列：%2</translation>
    </message>
    <message>
        <source>The number of score levels must be 3, 4 or 5, not %1</source>
        <translation>评分档位数必须是 3、4 或 5，而不是 %1</translation>
    </message>
    <message>
        <source>No customer has a purchase to score (check the as-of date and the window)</source>
        <translation>没有可评分的客户消费记录（请检查分析日期和统计时间窗口）</translation>
    </message>
    <message>
        <source>many customers share the same value</source>
        <translation>许多客户的数值相同</translation>
    </message>
    <message>
        <source>most customers bought once</source>
        <translation>大多数客户只购买过一次</translation>
    </message>
    <message>
        <source>%1: bins collapsed, %2 cut points give only %3 distinct scores (%4); cut points: %5</source>
        <translation>%1：分档发生合并，%2 个切分点只得出 %3 个不同的评分（%4）；切分点：%5</translation>
    </message>
    <message>
        <source>Quantiles (equal values share a score)</source>
        <translation>分位数（相同数值得分相同）</translation>
    </message>
    <message>
        <source>R package rfm 0.3.0 (quantiles + 1)</source>
        <translation>R 语言 rfm 包 0.3.0（分位数 + 1）</translation>
    </message>
    <message>
        <source>Equal-count tiles (NTILE)</source>
        <translation>等人数分档（NTILE）</translation>
    </message>
    <message>
        <source>Above / below the mean (2 levels)</source>
        <translation>高于 / 低于平均值（2 档）</translation>
    </message>
    <message>
        <source>Above / below the median (2 levels)</source>
        <translation>高于 / 低于中位数（2 档）</translation>
    </message>
    <message>
        <source>Custom thresholds</source>
        <translation>自定义阈值</translation>
    </message>
    <message>
        <source>recency</source>
        <translation>最近一次消费</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>消费频率</translation>
    </message>
    <message>
        <source>monetary</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>ntile ranks customers into equal-count bins: equal values may be split between scores (offered only to compare with tools that do this)</source>
        <translation>ntile 将客户按人数均分到各档：相同的数值可能被分到不同的评分（仅用于与采用这种做法的工具对照）</translation>
    </message>
    <message>
        <source>%1: ntile gave equal values different scores (tile boundaries inside a run of equal values: %2 of %3)</source>
        <translation>%1：ntile 让相同的数值得到了不同的评分（%3 个分档边界中有 %2 个落在相同数值之间）</translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::AutoTagger</name>
    <message>
        <source>tags depend on each other in a cycle: %1</source>
        <translation>标签之间存在循环依赖：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::DictionaryTagger</name>
    <message>
        <source>uses tag &quot;%1&quot;, whose rule has an error</source>
        <translation>用到了标签“%1”，而该标签的规则有错误</translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::Features</name>
    <message>
        <source>Whole days from the last purchase in the window to the as-of date (RFM recency). Missing when the customer has no purchase in the window.</source>
        <translation>从统计时间窗口内最后一次购买到分析日期的整天数（即 RFM 中的 R）。客户在统计时间窗口内没有购买时为缺失。</translation>
    </message>
    <message>
        <source>Distinct orders in the window, returns not counted (RFM frequency). 0 when the customer has orders outside the window only; missing when nothing is known.</source>
        <translation>统计时间窗口内的不同订单数，不计退货订单（即 RFM 中的 F）。客户仅在统计时间窗口外有订单时为 0；没有任何订单信息时为缺失。</translation>
    </message>
    <message>
        <source>Net amount in the window: purchases minus returns (RFM monetary).</source>
        <translation>统计时间窗口内的净金额：购买金额减去退货金额（即 RFM 中的 M）。</translation>
    </message>
    <message>
        <source>Average order value: monetary / frequency. Missing when frequency is 0.</source>
        <translation>客单价：monetary / frequency。frequency 为 0 时为缺失。</translation>
    </message>
    <message>
        <source>Date of the customer&apos;s first purchase on or before the as-of date (any window).</source>
        <translation>客户在分析日期当天或之前的首次购买日期（不受统计时间窗口限制）。</translation>
    </message>
    <message>
        <source>Whole days from the first purchase to the as-of date.</source>
        <translation>从首次购买到分析日期的整天数。</translation>
    </message>
    <message>
        <source>Mean days between consecutive purchase days in the window: (last − first) / (purchase days − 1). Missing with fewer than two purchase days.</source>
        <translation>统计时间窗口内相邻两个购买日之间的平均天数：（最后购买日 − 首次购买日）/（购买天数 − 1）。购买天数少于两天时为缺失。</translation>
    </message>
    <message>
        <source>Share of the window&apos;s orders bought on promotion, 0–1, over the orders whose promotion flag is known. Missing when no order has the flag.</source>
        <translation>统计时间窗口内促销订单所占的比例，取值 0–1，仅以促销标记已知的订单为分母。没有任何订单带促销标记时为缺失。</translation>
    </message>
    <message>
        <source>Returned amount / purchased amount in the window, 0–1. Missing when nothing was purchased.</source>
        <translation>统计时间窗口内的退货金额 / 购买金额，取值 0–1。没有购买时为缺失。</translation>
    </message>
    <message>
        <source>The channel of most of the window&apos;s orders; ties go to the larger amount, then the name. Missing when no order has a channel.</source>
        <translation>统计时间窗口内订单数最多的渠道；订单数相同时取金额较大者，金额也相同时按名称排序取第一个。没有任何订单带渠道信息时为缺失。</translation>
    </message>
    <message>
        <source>The category of most of the window&apos;s orders; ties as for top_channel.</source>
        <translation>统计时间窗口内订单数最多的品类；并列时的取舍规则同 top_channel。</translation>
    </message>
    <message>
        <source>The payment method of most of the window&apos;s orders; ties as for top_channel.</source>
        <translation>统计时间窗口内订单数最多的支付方式；并列时的取舍规则同 top_channel。</translation>
    </message>
    <message>
        <source>Number of distinct categories among the window&apos;s orders. Missing when no order has a category.</source>
        <translation>统计时间窗口内订单涉及的不同品类数。没有任何订单带品类信息时为缺失。</translation>
    </message>
    <message>
        <source>Age in whole years at the as-of date from the birth date, else the age a source gave. Missing when neither is known.</source>
        <translation>按出生日期计算的截至分析日期的周岁年龄；没有出生日期时取数据源提供的年龄。两者均未知时为缺失。</translation>
    </message>
    <message>
        <source>Gender as imported (e.g. 男, 女).</source>
        <translation>导入时的原始性别值（如 男、女）。</translation>
    </message>
    <message>
        <source>Province as imported, e.g. 北京, 广东.</source>
        <translation>导入时的原始省份值，如 北京、广东。</translation>
    </message>
    <message>
        <source>City as imported, e.g. 深圳.</source>
        <translation>导入时的原始城市值，如 深圳。</translation>
    </message>
    <message>
        <source>The 0–10 answer of the customer&apos;s latest survey response. Missing without one.</source>
        <translation>客户最近一次调查答卷中的 0–10 分回答。没有答卷时为缺失。</translation>
    </message>
    <message>
        <source>From latest_nps: 推荐者 (9–10), 被动者 (7–8), 贬损者 (0–6).</source>
        <translation>由 latest_nps 得出：推荐者（9–10）、被动者（7–8）、贬损者（0–6）。</translation>
    </message>
    <message>
        <source>The satisfaction score of the customer&apos;s latest survey response.</source>
        <translation>客户最近一次调查答卷中的满意度评分。</translation>
    </message>
    <message>
        <source>The customer&apos;s segment in the current RFM run, by the segment&apos;s name. Missing for customers who were not scored.</source>
        <translation>客户在当前 RFM 分析结果中所属的分群，取值为分群名称。未评分的客户为缺失。</translation>
    </message>
    <message>
        <source>Value tier from the RFM score: 高 (&gt;= 80), 中 (40–80), 低 (&lt; 40) by default. Missing for customers who were not scored.</source>
        <translation>由 RFM 评分得出的价值等级，默认为：高（&gt;= 80）、中（40–80）、低（&lt; 40）。未评分的客户为缺失。</translation>
    </message>
    <message>
        <source>a feature needs a name</source>
        <translation>特征必须有名称</translation>
    </message>
    <message>
        <source>feature %1 has %2 values for %3 customers</source>
        <translation>特征 %1 有 %2 个值，但客户有 %3 位</translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::Lexer</name>
    <message>
        <source>a number cannot run into letters; put a space or an operator between them</source>
        <translation>数字后面不能紧跟字母；请在两者之间加空格或运算符</translation>
    </message>
    <message>
        <source>the text in quotes is not closed; add %1 at its end</source>
        <translation>引号中的文本没有闭合；请在末尾加上 %1</translation>
    </message>
    <message>
        <source>unknown escape in quotes: write \&quot; for a quote and \\ for a backslash</source>
        <translation>引号中有未知的转义序列：引号请写作 \&quot;，反斜杠请写作 \\</translation>
    </message>
    <message>
        <source>unexpected &quot;!&quot;; did you mean &quot;not&quot;?</source>
        <translation>此处不应出现 &quot;!&quot;；是否要写 &quot;not&quot;？</translation>
    </message>
    <message>
        <source>unexpected &quot;&amp;&quot;; did you mean &quot;and&quot;?</source>
        <translation>此处不应出现 &quot;&amp;&quot;；是否要写 &quot;and&quot;？</translation>
    </message>
    <message>
        <source>unexpected &quot;|&quot;; did you mean &quot;or&quot;?</source>
        <translation>此处不应出现 &quot;|&quot;；是否要写 &quot;or&quot;？</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>此处不应出现字符 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a \ outside quotes must be the last character of its line</source>
        <translation>引号外的 \ 必须是所在行的最后一个字符</translation>
    </message>
    <message>
        <source>a feature name</source>
        <translation>特征名</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>带引号的文本</translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation>规则末尾</translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::Parser</name>
    <message>
        <source>expected %1 %2, found %3</source>
        <translation>%2需要 %1，但遇到了 %3</translation>
    </message>
    <message>
        <source>the rule is nested too deeply; split it into several tags</source>
        <translation>规则嵌套层数过多；请将其拆分为多个标签</translation>
    </message>
    <message>
        <source>unmatched &quot;)&quot;</source>
        <translation>&quot;)&quot; 没有与之配对的 &quot;(&quot;</translation>
    </message>
    <message>
        <source>expected an operator such as and, or, = here, found %1</source>
        <translation>此处应为 and、or、= 等运算符，但遇到了 %1</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &quot;and&quot;</source>
        <translation>比较运算不能连写；请用 &quot;and&quot; 连接各个比较</translation>
    </message>
    <message>
        <source>after &quot;starts&quot;</source>
        <translation>在 &quot;starts&quot; 之后</translation>
    </message>
    <message>
        <source>between the two bounds of &quot;between&quot;</source>
        <translation>在 &quot;between&quot; 的两个边界值之间</translation>
    </message>
    <message>
        <source>after &quot;is&quot; (write &quot;is missing&quot; or &quot;is not missing&quot;)</source>
        <translation>在 &quot;is&quot; 之后（请写 &quot;is missing&quot; 或 &quot;is not missing&quot;）</translation>
    </message>
    <message>
        <source>after &quot;in&quot; (write in (&quot;a&quot;, &quot;b&quot;))</source>
        <translation>在 &quot;in&quot; 之后（写法如 in (&quot;a&quot;, &quot;b&quot;)）</translation>
    </message>
    <message>
        <source>the list after &quot;in&quot; is empty</source>
        <translation>&quot;in&quot; 之后的列表为空</translation>
    </message>
    <message>
        <source>to close the list after &quot;in&quot;</source>
        <translation>闭合 &quot;in&quot; 之后的列表</translation>
    </message>
    <message>
        <source>to close the &quot;(&quot; at column %1</source>
        <translation>闭合第 %1 列的 &quot;(&quot;</translation>
    </message>
    <message>
        <source>the rule ends too early: expected a value, a feature or &quot;(&quot;</source>
        <translation>规则提前结束：此处应为值、特征或 &quot;(&quot;</translation>
    </message>
    <message>
        <source>expected a value, a feature or &quot;(&quot;, found %1</source>
        <translation>此处应为值、特征或 &quot;(&quot;，但遇到了 %1</translation>
    </message>
    <message>
        <source>to close the arguments of %1(</source>
        <translation>闭合 %1( 的参数列表</translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::RulesFile</name>
    <message>
        <source>expected &quot;tag path = condition&quot;, e.g. 行为特征/消费行为/高频 = frequency &gt;= 5</source>
        <translation>格式应为“标签路径 = 条件”，例如 行为特征/消费行为/高频 = frequency &gt;= 5</translation>
    </message>
    <message>
        <source>the tag path &quot;%1&quot; has an empty level</source>
        <translation>标签路径“%1”中有空的层级</translation>
    </message>
    <message>
        <source>the tag path &quot;%1&quot; has %2 levels; at most %3 are allowed</source>
        <translation>标签路径“%1”有 %2 级，最多只允许 %3 级</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; already has a rule on line %2</source>
        <translation>标签“%1”已在第 %2 行定义了规则</translation>
    </message>
    <message>
        <source>cannot read the rules file: %1</source>
        <translation>无法读取规则文件：%1</translation>
    </message>
    <message>
        <source>the rules file is not UTF-8 text; save it as UTF-8</source>
        <translation>规则文件不是 UTF-8 文本；请将其另存为 UTF-8</translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::StarterDictionary</name>
    <message>
        <source>Marketing analytics; starter tag, adjust the thresholds to your business.</source>
        <translation>市场分析组；预置标签，请按业务调整阈值。</translation>
    </message>
    <message>
        <source>Who the customer is: gender, age and region.</source>
        <translation>客户是谁：性别、年龄和地域。</translation>
    </message>
    <message>
        <source>Gender as recorded.</source>
        <translation>登记的性别。</translation>
    </message>
    <message>
        <source>Gender recorded as 男.</source>
        <translation>性别登记为男。</translation>
    </message>
    <message>
        <source>Gender recorded as 女.</source>
        <translation>性别登记为女。</translation>
    </message>
    <message>
        <source>Age at the analysis date, from the birth date or the age given.</source>
        <translation>截至分析日期的年龄，依据出生日期或登记的年龄。</translation>
    </message>
    <message>
        <source>Aged 18 to 25.</source>
        <translation>年龄 18 至 25 岁。</translation>
    </message>
    <message>
        <source>Aged 26 to 35.</source>
        <translation>年龄 26 至 35 岁。</translation>
    </message>
    <message>
        <source>Aged 36 to 45.</source>
        <translation>年龄 36 至 45 岁。</translation>
    </message>
    <message>
        <source>Aged 46 or more.</source>
        <translation>年龄 46 岁及以上。</translation>
    </message>
    <message>
        <source>Neither a birth date nor an age is known.</source>
        <translation>出生日期和年龄均未知。</translation>
    </message>
    <message>
        <source>Where the customer lives.</source>
        <translation>客户所在地。</translation>
    </message>
    <message>
        <source>Lives in Beijing, Shanghai, Guangzhou or Shenzhen.</source>
        <translation>居住在北京、上海、广州或深圳。</translation>
    </message>
    <message>
        <source>Province in East China.</source>
        <translation>所在省份属于华东。</translation>
    </message>
    <message>
        <source>Province in South China.</source>
        <translation>所在省份属于华南。</translation>
    </message>
    <message>
        <source>Province in North China.</source>
        <translation>所在省份属于华北。</translation>
    </message>
    <message>
        <source>How the customer buys: frequency, order value, promotions, activity.</source>
        <translation>客户怎么买：频次、客单价、促销与活跃度。</translation>
    </message>
    <message>
        <source>Orders in the analysis window.</source>
        <translation>分析周期内的订单。</translation>
    </message>
    <message>
        <source>5 or more orders in the window.</source>
        <translation>周期内下单 5 次及以上。</translation>
    </message>
    <message>
        <source>2 to 4 orders in the window.</source>
        <translation>周期内下单 2 至 4 次。</translation>
    </message>
    <message>
        <source>Exactly one order in the window.</source>
        <translation>周期内仅下单 1 次。</translation>
    </message>
    <message>
        <source>Average order value in the top 20 % of customers.</source>
        <translation>客单价位于全部客户的前 20%。</translation>
    </message>
    <message>
        <source>At least 60 % of the orders were bought on promotion.</source>
        <translation>至少 60% 的订单是在促销时购买的。</translation>
    </message>
    <message>
        <source>Returned at least 30 % of the purchased amount.</source>
        <translation>退货金额至少占购买金额的 30%。</translation>
    </message>
    <message>
        <source>Days since the last purchase.</source>
        <translation>距最近一次购买的天数。</translation>
    </message>
    <message>
        <source>Bought within the last 90 days.</source>
        <translation>最近 90 天内有购买。</translation>
    </message>
    <message>
        <source>Last purchase 181 to 365 days ago.</source>
        <translation>最近一次购买在 181 至 365 天前。</translation>
    </message>
    <message>
        <source>No purchase for more than a year.</source>
        <translation>超过一年未购买。</translation>
    </message>
    <message>
        <source>First purchase within the last 90 days.</source>
        <translation>首次购买在最近 90 天内。</translation>
    </message>
    <message>
        <source>What, where and how the customer prefers to buy.</source>
        <translation>客户偏好买什么、在哪买、怎么付。</translation>
    </message>
    <message>
        <source>The category of most of the customer&apos;s orders.</source>
        <translation>客户大多数订单所属的品类。</translation>
    </message>
    <message>
        <source>Mostly buys clothing.</source>
        <translation>主要购买服装。</translation>
    </message>
    <message>
        <source>Mostly buys beauty and skin care.</source>
        <translation>主要购买美妆护肤。</translation>
    </message>
    <message>
        <source>Mostly buys mother and baby products.</source>
        <translation>主要购买母婴用品。</translation>
    </message>
    <message>
        <source>Bought from 3 or more categories.</source>
        <translation>购买过 3 个及以上品类。</translation>
    </message>
    <message>
        <source>The channel of most of the customer&apos;s orders.</source>
        <translation>客户大多数订单的下单渠道。</translation>
    </message>
    <message>
        <source>Mostly buys on online shops and mini programs.</source>
        <translation>主要在线上店铺和小程序购买。</translation>
    </message>
    <message>
        <source>Mostly buys in stores.</source>
        <translation>主要在门店购买。</translation>
    </message>
    <message>
        <source>The payment method of most of the customer&apos;s orders.</source>
        <translation>客户大多数订单的支付方式。</translation>
    </message>
    <message>
        <source>Mostly pays with WeChat.</source>
        <translation>主要使用微信支付。</translation>
    </message>
    <message>
        <source>Mostly pays with Alipay.</source>
        <translation>主要使用支付宝。</translation>
    </message>
    <message>
        <source>Mostly pays by bank or credit card.</source>
        <translation>主要使用银行卡或信用卡支付。</translation>
    </message>
    <message>
        <source>Customer value from the RFM score (0-100).</source>
        <translation>根据 RFM 评分（0-100）划分的客户价值。</translation>
    </message>
    <message>
        <source>RFM score of 80 or more (value tier 高).</source>
        <translation>RFM 评分 80 及以上（价值层级：高）。</translation>
    </message>
    <message>
        <source>RFM score from 40 to 80 (value tier 中).</source>
        <translation>RFM 评分 40 至 80（价值层级：中）。</translation>
    </message>
    <message>
        <source>RFM score below 40 (value tier 低).</source>
        <translation>RFM 评分低于 40（价值层级：低）。</translation>
    </message>
    <message>
        <source>Set by hand by the account manager for customers served personally.</source>
        <translation>由客户经理为重点服务的客户手动标记。</translation>
    </message>
    <message>
        <source>What the customer says about us in surveys.</source>
        <translation>客户在调研中对我们的评价。</translation>
    </message>
    <message>
        <source>The 0-10 answer to &quot;would you recommend us&quot; in the latest survey.</source>
        <translation>最近一次调研中“是否愿意推荐我们”的 0-10 分回答。</translation>
    </message>
    <message>
        <source>Latest NPS answer 9 or 10.</source>
        <translation>最近一次 NPS 打分为 9 或 10。</translation>
    </message>
    <message>
        <source>Latest NPS answer 7 or 8.</source>
        <translation>最近一次 NPS 打分为 7 或 8。</translation>
    </message>
    <message>
        <source>Latest NPS answer 0 to 6.</source>
        <translation>最近一次 NPS 打分为 0 至 6。</translation>
    </message>
    <message>
        <source>Satisfaction score (1-5) of the latest survey.</source>
        <translation>最近一次调研的满意度评分（1-5）。</translation>
    </message>
    <message>
        <source>Satisfaction 4 or more.</source>
        <translation>满意度 4 分及以上。</translation>
    </message>
    <message>
        <source>Satisfaction 2 or less.</source>
        <translation>满意度 2 分及以下。</translation>
    </message>
    <message>
        <source>No survey answer on record.</source>
        <translation>没有调研记录。</translation>
    </message>
    <message>
        <source>Recomputed after every import or change of the analysis settings</source>
        <translation>每次导入数据或修改分析设置后重新计算</translation>
    </message>
    <message>
        <source>Customer profiles (CRM, registration)</source>
        <translation>客户档案（CRM、注册信息）</translation>
    </message>
    <message>
        <source>Order system</source>
        <translation>订单系统</translation>
    </message>
    <message>
        <source>RFM model over the order system</source>
        <translation>基于订单系统的 RFM 模型</translation>
    </message>
    <message>
        <source>Surveys (NPS, satisfaction)</source>
        <translation>问卷调研（NPS、满意度）</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>人工标记</translation>
    </message>
    <message>
        <source>Reviewed every quarter by the owner</source>
        <translation>负责人每季度复核</translation>
    </message>
    <message>
        <source>Top 20 % spenders who have not bought for six months: win them back first.</source>
        <translation>消费额前 20% 但半年未购买的客户：优先召回。</translation>
    </message>
    <message>
        <source>One-time buyers who respond to promotions and are not unhappy.</source>
        <translation>只买过一次、对促销敏感且没有不满的客户。</translation>
    </message>
    <message>
        <source>Promoters who buy a lot: invite them to referral programs.</source>
        <translation>购买多的推荐者：邀请参加推荐有礼活动。</translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::TagDictionary</name>
    <message>
        <source>a name cannot be empty</source>
        <translation>名称不能为空</translation>
    </message>
    <message>
        <source>a name cannot contain &quot;/&quot;: it separates the levels of a tag path</source>
        <translation>名称不能包含“/”：它用于分隔标签路径的各级</translation>
    </message>
    <message>
        <source>a name cannot start or end with a space</source>
        <translation>名称首尾不能有空格</translation>
    </message>
    <message>
        <source>a name can have at most %1 characters</source>
        <translation>名称最多 %1 个字符</translation>
    </message>
    <message>
        <source>English name: %1</source>
        <translation>英文名：%1</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>（一级标签中）</translation>
    </message>
    <message>
        <source>under &quot;%1&quot;</source>
        <translation>（位于“%1”下）</translation>
    </message>
    <message>
        <source>there is already a tag &quot;%1&quot; %2</source>
        <translation>已存在标签“%1”%2</translation>
    </message>
    <message>
        <source>the parent tag does not exist</source>
        <translation>上级标签不存在</translation>
    </message>
    <message>
        <source>tags have at most %1 levels; &quot;%2&quot; is already at level %1</source>
        <translation>标签最多 %1 级，“%2”已是第 %1 级</translation>
    </message>
    <message>
        <source>the tag does not exist</source>
        <translation>标签不存在</translation>
    </message>
    <message>
        <source>a tag cannot be moved under itself</source>
        <translation>不能把标签移到它自己下面</translation>
    </message>
    <message>
        <source>tags have at most %1 levels: &quot;%2&quot; does not fit there</source>
        <translation>标签最多 %1 级：“%2”放到那里会超出层级</translation>
    </message>
    <message>
        <source>there is already a group &quot;%1&quot;</source>
        <translation>已存在人群“%1”</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; has no id</source>
        <translation>标签“%1”没有编号</translation>
    </message>
    <message>
        <source>the parent of tag &quot;%1&quot; does not exist</source>
        <translation>标签“%1”的上级不存在</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is at level %2; tags have at most %3 levels</source>
        <translation>标签“%1”位于第 %2 级，标签最多 %3 级</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot;: %2</source>
        <translation>标签“%1”：%2</translation>
    </message>
    <message>
        <source>group &quot;%1&quot;: %2</source>
        <translation>人群“%1”：%2</translation>
    </message>
    <message>
        <source>every tag must be a JSON object</source>
        <translation>每个标签都必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;children&quot; of tag &quot;%1&quot; must be a list</source>
        <translation>标签“%1”的 &quot;children&quot; 必须是列表</translation>
    </message>
    <message>
        <source>not a valid JSON file: %1 at byte %2</source>
        <translation>不是有效的 JSON 文件：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>not a Portrait tag dictionary (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>不是 Portrait 标签字典（&quot;format&quot; 应为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>the dictionary was written by a newer Portrait (version %1)</source>
        <translation>该标签字典由更新版本的 Portrait 生成（版本 %1）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Portrait::Tags::TypeChecker</name>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>a condition (true/false)</source>
        <translation>条件（真/假）</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>；是否要写 &quot;%1&quot;？</translation>
    </message>
    <message>
        <source>expected a condition %1, but %2 is %3</source>
        <translation>%1应为条件，但 %2 是%3</translation>
    </message>
    <message>
        <source>this</source>
        <translation>此处的表达式</translation>
    </message>
    <message>
        <source> (e.g. %1 &gt; 0)</source>
        <translation>（例如 %1 &gt; 0）</translation>
    </message>
    <message>
        <source>&quot;-&quot; needs a number, not %1</source>
        <translation>&quot;-&quot; 只能用于数字，不能用于 %1</translation>
    </message>
    <message>
        <source>after &quot;not&quot;</source>
        <translation>在 &quot;not&quot; 之后</translation>
    </message>
    <message>
        <source>on both sides of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 的两侧</translation>
    </message>
    <message>
        <source>%1 is a function: write %1(…)</source>
        <translation>%1 是函数：请写作 %1(…)</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;</source>
        <translation>未知特征“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n argument(s), not %2</source>
        <translation>
            <numerusform>%1() 需要 %n 个参数，而不是 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>has_tag() takes one tag name in quotes: has_tag(&quot;高价值&quot;)</source>
        <translation>has_tag() 只接受一个带引号的标签名：has_tag(&quot;高价值&quot;)</translation>
    </message>
    <message>
        <source>quantile() needs a number feature, not %1</source>
        <translation>quantile() 需要数值型特征，不能是 %1</translation>
    </message>
    <message>
        <source>the second argument of quantile() is a share from 0 to 1, e.g. 0.8</source>
        <translation>quantile() 的第二个参数是 0 到 1 之间的比例，例如 0.8</translation>
    </message>
    <message>
        <source>days_since() needs a date, not %1</source>
        <translation>days_since() 需要日期，不能是 %1</translation>
    </message>
    <message>
        <source>days_since() needs an as-of date, and the project has none</source>
        <translation>days_since() 需要分析日期，但该项目没有分析日期</translation>
    </message>
    <message>
        <source>date() takes one date in quotes: date(&quot;2024-01-01&quot;)</source>
        <translation>date() 只接受一个带引号的日期：date(&quot;2024-01-01&quot;)</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation>未知函数“%1”</translation>
    </message>
    <message>
        <source>cannot calculate with %1 and %2 here</source>
        <translation>此处无法对 %1 和 %2 进行计算</translation>
    </message>
    <message>
        <source>expected a date as &quot;YYYY-MM-DD&quot;, e.g. &quot;2024-01-31&quot;; found &quot;%1&quot;</source>
        <translation>日期格式应为 &quot;YYYY-MM-DD&quot;，例如 &quot;2024-01-31&quot;；实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2 using %3</source>
        <translation>无法用 %3 比较 %1 和 %2</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>未知分群“%1”</translation>
    </message>
    <message>
        <source>%1 can only be compared with = or !=</source>
        <translation>%1 只能用 = 或 != 进行比较</translation>
    </message>
    <message>
        <source>the list after &quot;in&quot; may hold only values, such as &quot;北京&quot; or 3</source>
        <translation>&quot;in&quot; 之后的列表只能包含值，例如 &quot;北京&quot; 或 3</translation>
    </message>
    <message>
        <source>&quot;between&quot; needs numbers or dates, not %1</source>
        <translation>&quot;between&quot; 只能用于数字或日期，不能用于 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs text on its left, not %2</source>
        <translation>&quot;%1&quot; 的左边应为文本，而不是 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs text in quotes on its right</source>
        <translation>&quot;%1&quot; 的右边应为带引号的文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several tags; write the full path, e.g. &quot;%2&quot;</source>
        <translation>“%1”对应多个标签；请写出完整路径，例如“%2”</translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot;</source>
        <translation>未知标签“%1”</translation>
    </message>
    <message>
        <source>for the whole rule</source>
        <translation>整条规则</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CardText</name>
    <message numerus="yes">
        <source>%n day(s) since the last purchase</source>
        <translation>
            <numerusform>距上次购买 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>spend %1</source>
        <translation>消费 %1</translation>
    </message>
    <message>
        <source>ranked into equal-count groups (ntile)</source>
        <translation>按人数等分排名（ntile）</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>消费额</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 岁（%2 出生）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Not scored: no purchase before the as-of date %1 (only returns, or orders outside the window).</source>
        <translation>未评分：截至分析日 %1 没有购买（只有退货，或订单不在时间窗口内）。</translation>
    </message>
    <message>
        <source>Placed in &lt;b&gt;%1&lt;/b&gt; by rule %2 of %3 (%4): the first rule of the scheme that matches.</source>
        <translation>按第 %2 条规则（共 %3 条，%4）归入&lt;b&gt;%1&lt;/b&gt;：这是方案中第一条符合的规则。</translation>
    </message>
    <message>
        <source>No rule of the scheme matches these scores, so the customer falls to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>方案中没有规则符合这组得分，因此归入&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Rules checked before it:</source>
        <translation>在此之前检查过的规则：</translation>
    </message>
    <message>
        <source>%1. %2 needs %3 — %4 does not fit</source>
        <translation>%1. %2 要求 %3 —— %4 不符合</translation>
    </message>
    <message>
        <source>Suggested action: %1</source>
        <translation>建议动作：%1</translation>
    </message>
    <message>
        <source>RFM score %1 of 100 · %2</source>
        <translation>RFM 得分 %1/100 · %2</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>On promotion</source>
        <translation>促销购买</translation>
    </message>
    <message>
        <source>%1 % of orders</source>
        <translation>占订单 %1%</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>The data has no channel, category, payment or survey details for this customer.</source>
        <translation>数据中没有该客户的渠道、品类、支付或调研信息。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ChartCard</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this chart as an image or a PDF</source>
        <translation>将此图表保存为图片或 PDF</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 图片…</translation>
    </message>
    <message>
        <source>SVG vector image…</source>
        <translation>SVG 矢量图…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF 文档…</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ChartExport</name>
    <message>
        <source>Could not write the chart to %1: %2</source>
        <translation>无法将图表保存到 %1：%2</translation>
    </message>
    <message>
        <source>Chart exported from Portrait</source>
        <translation>由客户画像工作台导出的图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation>图像无法绘制</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CustomerCard</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买金额</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退货金额</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>‹ &amp;Previous</source>
        <translation>‹ 上一位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation>下一位(&amp;N) ›</translation>
    </message>
    <message>
        <source>Previous customer of the list (Page Up)</source>
        <translation>列表中的上一位客户（Page Up）</translation>
    </message>
    <message>
        <source>Next customer of the list (Page Down)</source>
        <translation>列表中的下一位客户（Page Down）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Why in this segment</source>
        <translation>为什么在这个分群</translation>
    </message>
    <message>
        <source>Preferences and survey</source>
        <translation>偏好与调研</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 位，共 %2 位</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>RFM %1 · %2</source>
        <translation>RFM %1 · %2</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>暂无标签。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CustomerTableModel</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>最近一次消费间隔（天）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>RFM code</source>
        <translation>RFM 代码</translation>
    </message>
    <message>
        <source>RFM score</source>
        <translation>RFM 评分</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CustomersPage</name>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Search id, name, phone, e-mail, province or city</source>
        <translation>搜索客户 ID、姓名、电话、邮箱、省份或城市</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>分群(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>价值等级(&amp;T)：</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部分群</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>&amp;Export This List…</source>
        <translation>导出此列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the customers shown, in their current order, as CSV or Excel</source>
        <translation>按当前顺序把显示的客户保存为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Customers…</source>
        <translation>为所选客户打标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag from Selected…</source>
        <translation>移除所选客户的标签(&amp;R)…</translation>
    </message>
    <message>
        <source>Clear the score filter</source>
        <translation>清除评分筛选</translation>
    </message>
    <message>
        <source>Clear the score filter: show customers of any score</source>
        <translation>清除评分筛选：显示所有评分的客户</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>评分：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CutPanel</name>
    <message>
        <source>Recency: days since the last purchase</source>
        <translation>最近消费：距上次购买的天数</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>消费频次</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Cut points:</source>
        <translation>分界点：</translation>
    </message>
    <message>
        <source>Axis stops at the 99th percentile (%1); the %2 customers above it are in the hatched last bar.</source>
        <translation>横轴截止于第 99 百分位（%1）；高于该值的 %2 位客户计入最后一根斜线柱。</translation>
    </message>
    <message>
        <source>Cut point %1</source>
        <translation>分界点 %1</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DataPage</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Add orders, customers or survey answers from CSV, Excel, a database dump or a SQLite file</source>
        <translation>从 CSV、Excel、数据库转储或 SQLite 文件添加订单、客户或调研数据</translation>
    </message>
    <message>
        <source>&amp;Refresh from Newer File…</source>
        <translation>用新文件刷新(&amp;R)…</translation>
    </message>
    <message>
        <source>Re-import the selected source from a newer file with the same mapping</source>
        <translation>用同样的字段映射，从较新的文件重新导入所选数据源</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>%1 customers (%2 with orders) · %3 orders, %4 of them returns only · %5 survey answers</source>
        <translation>%1 位客户（%2 位有订单）· %3 笔订单，其中 %4 笔仅含退货 · %5 份调研答卷</translation>
    </message>
    <message>
        <source>Orders from %1 to %2 · purchases %3, returns %4</source>
        <translation>订单时间 %1 至 %2 · 购买 %3，退货 %4</translation>
    </message>
    <message>
        <source>Loading rejected rows…</source>
        <translation>正在加载被拒绝的行…</translation>
    </message>
    <message>
        <source>This source rejected no rows.</source>
        <translation>该数据源没有被拒绝的行。</translation>
    </message>
    <message>
        <source>Rejected rows: the first %1 of %2</source>
        <translation>被拒绝的行：显示前 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>被拒绝的行：%1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DatabaseDialog</name>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%2 上用户 %1 的密码：</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Save the password in the system keychain</source>
        <translation>把密码保存到系统钥匙串</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Read from a database</source>
        <translation>从数据库读取</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MariaDB / MySQL</source>
        <translation>MariaDB / MySQL</translation>
    </message>
    <message>
        <source>Empty: this computer, through its socket</source>
        <translation>留空：通过套接字连接本机</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Empty: from the keychain or PORTRAIT_DB_PASSWORD</source>
        <translation>留空：取自钥匙串或 PORTRAIT_DB_PASSWORD</translation>
    </message>
    <message>
        <source>The keychain is turned off here (PORTRAIT_DB_KEYCHAIN=off).</source>
        <translation>此处已关闭钥匙串（PORTRAIT_DB_KEYCHAIN=off）。</translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation>表或视图</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>行数（估计）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Socket:</source>
        <translation>套接字：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Portrait only reads: it opens a read-only session, sums the orders on the server and never writes the password into the project.</source>
        <translation>Portrait 只读取数据：使用只读会话，在服务器上汇总订单，密码绝不写入项目文件。</translation>
    </message>
    <message>
        <source>Optional: the socket folder, e.g. /var/run/postgresql</source>
        <translation>可选：套接字所在文件夹，如 /var/run/postgresql</translation>
    </message>
    <message>
        <source>Optional: the socket file, e.g. /run/mysqld/mysqld.sock</source>
        <translation>可选：套接字文件，如 /run/mysqld/mysqld.sock</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message numerus="yes">
        <source>Connected (%1): %n table(s) and view(s) to read.</source>
        <translation>
            <numerusform>已连接（%1）：可读取 %n 张表和视图。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The password is kept until Portrait closes; you will be asked again next time.</source>
        <translation>%1
密码将保留到 Portrait 关闭为止；下次使用时会再次询问。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ExportDialog</name>
    <message>
        <source>Export List</source>
        <translation>导出名单</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will be written, in the order shown.</source>
        <translation>
            <numerusform>将按当前显示顺序写出 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation>CSV（逗号分隔文本）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (opens correctly in Excel)</source>
        <translation>UTF-8 带 BOM（Excel 可直接正确打开）</translation>
    </message>
    <message>
        <source>GB18030 (older Chinese software)</source>
        <translation>GB18030（适用于较旧的中文软件）</translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation>个人信息脱敏(&amp;M)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>导出列(&amp;C)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Personal data: masked unless you untick &quot;Mask personal data&quot;</source>
        <translation>个人信息：除非取消勾选“个人信息脱敏”，否则会脱敏导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Names, phone numbers and e-mail addresses are partly hidden, e.g. 张*, 138****5678, a***@example.com. Untick only when the recipient may see full contact details.</source>
        <translation>姓名、手机号和邮箱将部分隐藏，如 张*、138****5678、a***@example.com。仅当接收方有权查看完整联系方式时才取消勾选。</translation>
    </message>
    <message>
        <source>The file will contain full names, phone numbers and e-mail addresses. Store and share it as personal data.</source>
        <translation>文件将包含完整的姓名、手机号和邮箱，请按个人信息的要求保管和传递。</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 是文件夹，请指定文件名。</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <source>(row %1, column %2)</source>
        <translation>（第 %1 行，第 %2 列）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::GovernanceModel</name>
    <message>
        <source>rule error</source>
        <translation>规则有误</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>unused: no rule, nobody assigned</source>
        <translation>未使用：无规则且无人工标记</translation>
    </message>
    <message>
        <source>in no group</source>
        <translation>未被人群引用</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>打标方式</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>治理提示</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::GroupBuilder</name>
    <message>
        <source>Example: has_tag(&quot;高价值&quot;) and has_tag(&quot;沉睡&quot;) and segment != &quot;Lost&quot;</source>
        <translation>示例：has_tag(&quot;高价值&quot;) and has_tag(&quot;沉睡&quot;) and segment != &quot;Lost&quot;</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建人群</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>保存人群</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>删除人群</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the customers of this group as a list</source>
        <translation>将该人群的客户导出为名单</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>人群名称：</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人群</translation>
    </message>
    <message>
        <source>%1 (error)</source>
        <translation>%1（有错误）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HeatmapChart</name>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Mean spend</source>
        <translation>平均消费</translation>
    </message>
    <message>
        <source>Customers by R and F score</source>
        <translation>R × F 得分客户分布</translation>
    </message>
    <message>
        <source>Mean spend by R and F score</source>
        <translation>R × F 得分平均消费金额</translation>
    </message>
    <message>
        <source>%1
%2%</source>
        <translation>%1
%2%</translation>
    </message>
    <message>
        <source>R %1 · F %2
%3 customers
Mean spend %4</source>
        <translation>R %1 · F %2
客户 %3 人
平均消费 %4</translation>
    </message>
    <message>
        <source>Frequency score (F), higher = more orders</source>
        <translation>频次得分 (F)，越高购买越多</translation>
    </message>
    <message>
        <source>Recency score (R), higher = more recent</source>
        <translation>近度得分 (R)，越高越近期</translation>
    </message>
    <message>
        <source>Click to list these customers</source>
        <translation>点击查看这些客户</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HistogramChart</name>
    <message>
        <source>Distribution of recency</source>
        <translation>最近购买间隔分布</translation>
    </message>
    <message>
        <source>Distribution of frequency</source>
        <translation>购买频次分布</translation>
    </message>
    <message>
        <source>Distribution of monetary value</source>
        <translation>消费金额分布</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>%1, clipped at the 99th percentile (%2)</source>
        <translation>%1，截至第 99 百分位数（%2）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Score cut points</source>
        <translation>评分分界点</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HistogramWidget</name>
    <message>
        <source>Drag a cut line, or focus it (Tab) and move it with the arrow keys.</source>
        <translation>拖动分界线；也可以用 Tab 选中后按方向键移动。</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ImportPage</name>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The rows are written in one step: if the import stops, the project stays as it was.</source>
        <translation>数据一次性写入：导入中途停止时，项目保持原样。</translation>
    </message>
    <message>
        <source>Rejected rows (kept in the project with their reasons):</source>
        <translation>被拒绝的行（连同原因保存在项目中）：</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Imported %1 as source %2.</source>
        <translation>已将 %1 导入为数据源 %2。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::IssuesPage</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>分群方案</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1: rows rejected (bad dates, numbers or missing required values); see the Data page for each row, column and reason.</source>
        <translation>%1：有行被拒绝（日期或数字有误，或缺少必填值）；每一行的行号、列和原因见“数据”页。</translation>
    </message>
    <message>
        <source>%1: rows without a customer id; they count in the file&apos;s totals but belong to no customer.</source>
        <translation>%1：有行缺少客户编号；它们计入文件合计，但不属于任何客户。</translation>
    </message>
    <message>
        <source>Customers with no orders (from a customers or survey source only); they are not scored.</source>
        <translation>没有订单的客户（只出现在客户或调研数据中），不参与评分。</translation>
    </message>
    <message>
        <source>Customers not scored: no purchase in the window up to the as-of date %1.</source>
        <translation>未评分的客户：截至分析日 %1 的时间窗口内没有购买。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>No issues: every row was imported and every customer scored.</source>
        <translation>没有问题：所有行都已导入，所有客户都已评分。</translation>
    </message>
    <message>
        <source>Double-click an issue about a file to see its rows.</source>
        <translation>双击与文件有关的问题，查看对应的行。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MainWindow</name>
    <message>
        <source>Portrait — Customer Profiles</source>
        <translation>Portrait — 客户画像工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Create &amp;Demo Project…</source>
        <translation>创建示例项目(&amp;D)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Classic 8 classes (cn8)</source>
        <translation>RFM 八大客户类型（cn8）</translation>
    </message>
    <message>
        <source>rfm package, 10 segments (rfm10)</source>
        <translation>R 语言 rfm 包十类客户（rfm10）</translation>
    </message>
    <message>
        <source>Shop, 11 segments (shop11)</source>
        <translation>电商十一类客户（shop11）</translation>
    </message>
    <message>
        <source>The scheme&apos;s own</source>
        <translation>按分群方案设定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Portrait projects (*.portrait);;All files (*)</source>
        <translation>Portrait 项目 (*.portrait);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Create Demo Project</source>
        <translation>创建示例项目</translation>
    </message>
    <message>
        <source>demo.portrait</source>
        <translation>demo.portrait</translation>
    </message>
    <message>
        <source>Portrait projects (*.portrait)</source>
        <translation>Portrait 项目 (*.portrait)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>分群(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>Open a project (Ctrl+O), create one (Ctrl+N) or drop a .portrait file here.</source>
        <translation>打开项目（Ctrl+O）、新建项目（Ctrl+N），或把 .portrait 文件拖到这里。</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>分群方案(&amp;H)：</translation>
    </message>
    <message>
        <source>Sc&amp;oring:</source>
        <translation>评分方法(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;RFM</source>
        <translation>RFM(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>问题(&amp;I)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>人工标记</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>&amp;Issues (%1)</source>
        <translation>问题(&amp;I)（%1）</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>customers.portrait</source>
        <translation>客户画像.portrait</translation>
    </message>
    <message>
        <source>%1 already exists; open it, or choose another name.</source>
        <translation>%1 已存在；请打开它，或换一个名称。</translation>
    </message>
    <message>
        <source>Change scoring to %1 · %2</source>
        <translation>评分改为 %1 · %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>The scoring settings could not be saved in the project: %1</source>
        <translation>无法把评分设置保存到项目中：%1</translation>
    </message>
    <message>
        <source>The saved scoring could not be applied (%1); the toolbar&apos;s scoring is used.</source>
        <translation>无法应用项目中保存的评分设置（%1），已改用工具栏上的评分方式。</translation>
    </message>
    <message>
        <source>The selected customers already have &quot;%1&quot;.</source>
        <translation>所选客户已带有“%1”。</translation>
    </message>
    <message>
        <source>None of the selected customers has &quot;%1&quot;.</source>
        <translation>所选客户都没有“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Set &quot;%1&quot; on %n customer(s).</source>
        <translation>
            <numerusform>已为 %n 位客户设置“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed &quot;%1&quot; from %n customer(s).</source>
        <translation>
            <numerusform>已移除 %n 位客户的“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags Not Saved</source>
        <translation>标签未保存</translation>
    </message>
    <message>
        <source>%1

Go on without these tag edits? Cancel keeps the project open, so that you can try again.</source>
        <translation>%1

放弃这些标签修改并继续吗？选择“取消”会保持项目打开，以便重试。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ManualTagDialog</name>
    <message>
        <source>Tag Selected Customers</source>
        <translation>为所选客户打标签</translation>
    </message>
    <message>
        <source>Remove Tag from Selected Customers</source>
        <translation>移除所选客户的标签</translation>
    </message>
    <message numerus="yes">
        <source>Set a tag by hand on the %n selected customer(s):</source>
        <translation>
            <numerusform>为所选的 %n 位客户人工标记标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a hand-set tag from the %n selected customer(s):</source>
        <translation>
            <numerusform>移除所选的 %n 位客户的人工标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Search tags</source>
        <translation>搜索标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Selected customers with it</source>
        <translation>所选客户中已有</translation>
    </message>
    <message>
        <source>Set Tag</source>
        <translation>设置标签</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The tag dictionary has no tag that is set by hand. To add one, open the Tags page, click Add tag and leave the new tag&apos;s rule empty; then select customers here again.</source>
        <translation>标签字典中没有人工标记的标签。如需添加：打开“标签”页，点击“添加标签”，并让新标签的规则保持为空；然后再回到这里选择客户。</translation>
    </message>
    <message>
        <source>None of the selected customers has a tag set by hand.</source>
        <translation>所选客户都没有人工标记的标签。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MappingPage</name>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>字段对应</translation>
    </message>
    <message>
        <source>Say what each column means. The roles were proposed from the column names and values; a type you set is checked on every row.</source>
        <translation>请说明每一列的含义。系统已根据列名和数据给出建议；手动设置的类型会逐行校验。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>字段含义</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>识别类型</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Reading the whole file to detect the column types…</source>
        <translation>正在读取整个文件以识别列类型…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>按识别结果</translation>
    </message>
    <message>
        <source>All the roles this kind of data needs are mapped.</source>
        <translation>此类数据所需的字段均已对应。</translation>
    </message>
    <message>
        <source>Still needed: %1. (An amount may also come from quantity × unit price.)</source>
        <translation>还需要：%1。（金额也可以由数量 × 单价得出。）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::MedianChart</name>
    <message>
        <source>Median recency, frequency and monetary per segment</source>
        <translation>各分群 R/F/M 中位数</translation>
    </message>
    <message>
        <source>%1: median %2 days since the last purchase, %3 purchases, spend %4
Click to list them</source>
        <translation>%1：中位数 距上次购买 %2 天，购买 %3 次，消费 %4
点击查看客户名单</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>最近购买（天）</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费金额</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::OrderTimeline</name>
    <message>
        <source>No orders</source>
        <translation>暂无订单</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::OverlapModel</name>
    <message>
        <source>%1 customers have both %2 and %3 (%4 of %2)</source>
        <translation>%1 位客户同时拥有 %2 和 %3（占 %2 的 %4）</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PdfReport</name>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>无法把报告写到 %1：%2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>there is nothing to report: score a project first</source>
        <translation>没有可报告的内容：请先为项目评分</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>无法绘制页面</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PresentationWindow</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing to present: score a project first.</source>
        <translation>没有可演示的内容：请先为项目评分。</translation>
    </message>
    <message>
        <source>Presentation — %1</source>
        <translation>演示 — %1</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>退出（Esc）</translation>
    </message>
    <message>
        <source>Previous slide (Left, Page Up)</source>
        <translation>上一页（←、Page Up）</translation>
    </message>
    <message>
        <source>Next slide (Right, Page Down, Space)</source>
        <translation>下一页（→、Page Down、空格）</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::PreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ProjectLoader</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>Scoring customers</source>
        <translation>正在为客户评分</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RefreshDialog</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh from newer file</source>
        <translation>用新文件刷新</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Newer file:</source>
        <translation>新文件：</translation>
    </message>
    <message>
        <source>Newer file</source>
        <translation>新文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The source was not changed: %1</source>
        <translation>数据源未改动：%1</translation>
    </message>
    <message>
        <source>Source %1 now comes from %2.</source>
        <translation>数据源 %1 现在来自 %2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new customers, &lt;b&gt;%2&lt;/b&gt; new orders, &lt;b&gt;%3&lt;/b&gt; orders no longer in the file (removed), &lt;b&gt;%4&lt;/b&gt; rows rejected.</source>
        <translation>新增客户 &lt;b&gt;%1&lt;/b&gt; 位，新增订单 &lt;b&gt;%2&lt;/b&gt; 笔，&lt;b&gt;%3&lt;/b&gt; 笔订单已不在文件中（已移除），&lt;b&gt;%4&lt;/b&gt; 行被拒绝。</translation>
    </message>
    <message>
        <source>Orders of this source: %1 before, %2 now.</source>
        <translation>此数据源的订单：原有 %1 笔，现有 %2 笔。</translation>
    </message>
    <message>
        <source>Survey answers: %1 before, %2 now.</source>
        <translation>问卷回答：原有 %1 条，现有 %2 条。</translation>
    </message>
    <message>
        <source>%1 customers had rows only in the old file and were removed.</source>
        <translation>%1 位客户只在旧文件中有数据，已移除。</translation>
    </message>
    <message>
        <source>The server is asked again, with this source&apos;s mapping, for the last day read and later days.</source>
        <translation>将按此数据源的映射，向服务器重新读取已读的最后一天及之后各天的数据。</translation>
    </message>
    <message>
        <source>The newer file is read with this source&apos;s mapping and replaces its rows.</source>
        <translation>按此数据源的映射读取新文件，并替换其原有数据。</translation>
    </message>
    <message>
        <source>Source %1: %2 (%3), %4 rows read. %5</source>
        <translation>数据源 %1：%2（%3），已读取 %4 行。%5</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RejectedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RfmOptionsPanel</name>
    <message>
        <source>Segment scheme</source>
        <translation>分群方案</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the rules of this scheme: bounds, colours, suggested actions</source>
        <translation>编辑本方案的规则：评分范围、颜色和运营建议</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Score levels per dimension; mean and median always give two</source>
        <translation>每个维度的评分档数；均值法和中位数法固定为两档</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>评分方法：</translation>
    </message>
    <message>
        <source>Score levels:</source>
        <translation>评分档数：</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标口径</translation>
    </message>
    <message>
        <source>Day after the latest order</source>
        <translation>最近订单日的次日</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Only the last</source>
        <translation>仅最近</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>购买天数</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>累计消费额</translation>
    </message>
    <message>
        <source>Average per order</source>
        <translation>客单价（每单平均）</translation>
    </message>
    <message>
        <source>Net of returns</source>
        <translation>扣除退货（净额）</translation>
    </message>
    <message>
        <source>Leave returns out</source>
        <translation>不计退货</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>分析日期：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>时间窗：</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>频次口径：</translation>
    </message>
    <message>
        <source>Monetary:</source>
        <translation>金额口径：</translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation>退货：</translation>
    </message>
    <message>
        <source>Change how frequency is counted</source>
        <translation>修改消费频次口径</translation>
    </message>
    <message>
        <source>Change how monetary is measured</source>
        <translation>修改消费金额口径</translation>
    </message>
    <message>
        <source>Change how returns count</source>
        <translation>修改退货处理方式</translation>
    </message>
    <message>
        <source>Open scheme file…</source>
        <translation>打开方案文件…</translation>
    </message>
    <message>
        <source>Edited here: “%1”, %2 rules (export it from the editor to keep a file)</source>
        <translation>已在此修改：“%1”，共 %2 条规则（如需保留为文件，请在编辑器中导出）</translation>
    </message>
    <message>
        <source>Change scoring method</source>
        <translation>修改评分方法</translation>
    </message>
    <message>
        <source>Change score levels</source>
        <translation>修改评分档数</translation>
    </message>
    <message>
        <source>Change as-of date</source>
        <translation>修改分析日期</translation>
    </message>
    <message>
        <source>Change analysis window</source>
        <translation>修改分析时间窗</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RfmPage</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>各分群人数</translation>
    </message>
    <message>
        <source>Rows: the segment customers leave. Columns: the one they join. Cells: customers · revenue.</source>
        <translation>行：客户离开的分群；列：客户进入的分群；单元格：客户数 · 消费额。</translation>
    </message>
    <message>
        <source>Move %1 cut</source>
        <translation>移动%1分界线</translation>
    </message>
    <message>
        <source>Set %1 cut</source>
        <translation>设置%1分界点</translation>
    </message>
    <message>
        <source>Who moves where: nobody changes segment at this position.</source>
        <translation>客户流向：分界线在此位置时没有客户换分群。</translation>
    </message>
    <message>
        <source>Who moves where: the last change moved nobody.</source>
        <translation>客户流向：上一次修改没有让任何客户换分群。</translation>
    </message>
    <message>
        <source>Who moves where if you drop the line here: %1 customers (%2 revenue) change segment.</source>
        <translation>如果分界线放在这里：%1 位客户（消费额 %2）将换到其他分群。</translation>
    </message>
    <message>
        <source>Who moved where in the last change: %1 customers (%2 revenue) changed segment.</source>
        <translation>上一次修改的客户流向：%1 位客户（消费额 %2）换了分群。</translation>
    </message>
    <message>
        <source>%1 · %2 levels · %3 of %4 customers scored · as of %5</source>
        <translation>%1 · %2 档 · 已评分 %3 / %4 位客户 · 截至 %5</translation>
    </message>
    <message>
        <source>Who moves where: drag a cut line to see which customers change segment.</source>
        <translation>客户流向：拖动分界线，查看哪些客户会换分群。</translation>
    </message>
    <message>
        <source>Use scheme %1</source>
        <translation>改用方案“%1”</translation>
    </message>
    <message>
        <source>Open segment scheme</source>
        <translation>打开分群方案</translation>
    </message>
    <message>
        <source>Scheme files (*.json)</source>
        <translation>方案文件 (*.json)</translation>
    </message>
    <message>
        <source>Edit segment scheme</source>
        <translation>编辑分群方案</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::RuleEditor</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 customers (%2 %)</source>
        <translation>%1 位客户（%2%）</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ScatterChart</name>
    <message>
        <source>R × M</source>
        <translation>R × M</translation>
    </message>
    <message>
        <source>F × M</source>
        <translation>F × M</translation>
    </message>
    <message>
        <source>R × F</source>
        <translation>R × F</translation>
    </message>
    <message>
        <source>Recency against monetary by segment</source>
        <translation>各分群最近购买间隔与消费金额</translation>
    </message>
    <message>
        <source>Frequency against monetary by segment</source>
        <translation>各分群购买频次与消费金额</translation>
    </message>
    <message>
        <source>Recency against frequency by segment</source>
        <translation>各分群最近购买间隔与购买频次</translation>
    </message>
    <message>
        <source>%1 (sampled %2 of %3)</source>
        <translation>%1（从 %3 人中抽样 %2 人）</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>%1, clipped at the 99th percentile (%2)</source>
        <translation>%1，截至第 99 百分位数（%2）</translation>
    </message>
    <message>
        <source>%1
%2 customers (%3%)
Click to list them</source>
        <translation>%1
客户 %2 人（%3%）
点击查看客户名单</translation>
    </message>
    <message>
        <source>%1
%2 days · %3 purchases · spend %4
Click to list the segment</source>
        <translation>%1
%2 天 · %3 次购买 · 消费 %4
点击查看该分群的客户</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SchemeEditorDialog</name>
    <message>
        <source>Edit segment scheme</source>
        <translation>编辑分群方案</translation>
    </message>
    <message>
        <source>Rules, in match order: the first rule a customer&apos;s scores fall in wins.</source>
        <translation>规则按匹配顺序排列：客户评分最先命中的规则生效。</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>检查结果：</translation>
    </message>
    <message>
        <source>R, F and M</source>
        <translation>R、F、M 三项</translation>
    </message>
    <message>
        <source>R against FM = (F + M) / 2</source>
        <translation>R 对 FM（FM = (F + M) / 2）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名：</translation>
    </message>
    <message>
        <source>Nobody else (fallback):</source>
        <translation>兜底分群（未命中任何规则）：</translation>
    </message>
    <message>
        <source>Fallback, Chinese:</source>
        <translation>兜底分群中文名：</translation>
    </message>
    <message>
        <source>Score levels:</source>
        <translation>评分档数：</translation>
    </message>
    <message>
        <source>Rules bound:</source>
        <translation>规则依据：</translation>
    </message>
    <message>
        <source>Preferred method:</source>
        <translation>默认评分方法：</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Every rule can match and every score cell has a rule.</source>
        <translation>每条规则都能命中，每个评分组合都有对应规则。</translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation>分群颜色</translation>
    </message>
    <message>
        <source>Import segment scheme</source>
        <translation>导入分群方案</translation>
    </message>
    <message>
        <source>Scheme files (%1)</source>
        <translation>方案文件 (%1)</translation>
    </message>
    <message>
        <source>Export segment scheme</source>
        <translation>导出分群方案</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SchemeRulesModel</name>
    <message>
        <source>New segment</source>
        <translation>新分群</translation>
    </message>
    <message>
        <source>R × FM schemes bound R and the FM score only</source>
        <translation>R × FM 方案只限定 R 和 FM 评分</translation>
    </message>
    <message>
        <source>Inclusive score bound, 1 to %1</source>
        <translation>评分范围（含端点），取值 1 到 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>R from</source>
        <translation>R 下限</translation>
    </message>
    <message>
        <source>R to</source>
        <translation>R 上限</translation>
    </message>
    <message>
        <source>FM from</source>
        <translation>FM 下限</translation>
    </message>
    <message>
        <source>F from</source>
        <translation>F 下限</translation>
    </message>
    <message>
        <source>FM to</source>
        <translation>FM 上限</translation>
    </message>
    <message>
        <source>F to</source>
        <translation>F 上限</translation>
    </message>
    <message>
        <source>M from</source>
        <translation>M 下限</translation>
    </message>
    <message>
        <source>M to</source>
        <translation>M 上限</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>运营建议</translation>
    </message>
    <message>
        <source>Suggested action (Chinese)</source>
        <translation>运营建议（中文）</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentPreviewModel</name>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>While dragging</source>
        <translation>拖动中</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentShareChart</name>
    <message>
        <source>Share of revenue against share of customers</source>
        <translation>各分群销售额占比与客户占比</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比 (%)</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentSizeChart</name>
    <message>
        <source>Customers per segment (%1 scored)</source>
        <translation>各分群客户数（已评分 %1 人）</translation>
    </message>
    <message>
        <source>%1  %2 (%3%)</source>
        <translation>%1  %2（%3%）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentSummaryModel</name>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>Median recency (days)</source>
        <translation>最近一次消费间隔中位数（天）</translation>
    </message>
    <message>
        <source>Median orders</source>
        <translation>订单数中位数</translation>
    </message>
    <message>
        <source>Median spend</source>
        <translation>消费金额中位数</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议措施</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentToolTip</name>
    <message>
        <source>%1
%2 customers (%3% of customers)
Revenue %4 (%5% of revenue)
Click to list them</source>
        <translation>%1
客户 %2 人（占客户 %3%）
销售额 %4（占销售额 %5%）
点击查看客户名单</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SegmentsPage</name>
    <message>
        <source>Double-click a segment to list its customers</source>
        <translation>双击分群查看其客户名单</translation>
    </message>
    <message>
        <source>Open a project to see its customer segments.</source>
        <translation>打开项目后即可查看客户分群。</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 customers scored · click a segment in any chart to list its customers</source>
        <translation>%1 · 已评分客户 %2 / %3 · 点击任一图表中的分群即可查看其客户名单</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::Slides</name>
    <message>
        <source>Segments and what to do with them</source>
        <translation>各分群及建议动作</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Median R (days)</source>
        <translation>R 中位数（天）</translation>
    </message>
    <message>
        <source>Median F</source>
        <translation>F 中位数</translation>
    </message>
    <message>
        <source>Median M</source>
        <translation>M 中位数</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>建议动作</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>分析日 %1</translation>
    </message>
    <message>
        <source>%1 of %2 customers scored</source>
        <translation>已评分客户 %1 / %2</translation>
    </message>
    <message>
        <source>Segment scheme: %1</source>
        <translation>分群方案：%1</translation>
    </message>
    <message>
        <source>Scoring: %1, %2 score levels</source>
        <translation>评分：%1，%2 档</translation>
    </message>
    <message>
        <source>Made with Portrait on %1</source>
        <translation>由客户画像工作台生成于 %1</translation>
    </message>
    <message>
        <source>Customer segment report</source>
        <translation>客户分群报告</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SourcePage</name>
    <message>
        <source>Sheet or table:</source>
        <translation>工作表或数据表：</translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation>选择数据</translation>
    </message>
    <message>
        <source>Pick the file and say what it holds. The preview shows the first rows as they will be read.</source>
        <translation>选择文件并说明其内容。预览按实际读取方式显示前几行。</translation>
    </message>
    <message>
        <source>A CSV, Excel workbook, SQL dump or SQLite file</source>
        <translation>CSV、Excel 工作簿、SQL 转储或 SQLite 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Orders (one row per order line)</source>
        <translation>订单（每行一条订单明细）</translation>
    </message>
    <message>
        <source>Customers (one row per customer)</source>
        <translation>客户资料（每行一位客户）</translation>
    </message>
    <message>
        <source>Survey answers (NPS, satisfaction)</source>
        <translation>问卷回答（NPS、满意度）</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>None: the first row is data</source>
        <translation>无：第一行就是数据</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Column names in:</source>
        <translation>列名所在行：</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.tsv *.xlsx *.sql *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>数据文件 (*.csv *.txt *.tsv *.xlsx *.sql *.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Read as %1, delimiter “%2”.</source>
        <translation>按 %1 编码读取，分隔符“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s).</source>
        <translation>
            <numerusform>显示前 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped: %1 Try another encoding.</source>
        <translation>读取中断：%1 请换一种编码试试。</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>数据库…</translation>
    </message>
    <message>
        <source>Read a table or view of a PostgreSQL or MariaDB/MySQL server</source>
        <translation>读取 PostgreSQL 或 MariaDB/MySQL 服务器上的表或视图</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SourcesModel</name>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调研</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>No customer id</source>
        <translation>无客户编号</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Orders</source>
        <comment>kind of source file</comment>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TagForm</name>
    <message>
        <source>Empty: the tag is set by hand. Example: promo_share &gt;= 0.6</source>
        <translation>留空表示人工打标。示例：promo_share &gt;= 0.6</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名：</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>定义：</translation>
    </message>
    <message>
        <source>Data source:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <source>Refresh rule:</source>
        <translation>更新规则：</translation>
    </message>
    <message>
        <source>Owner / note:</source>
        <translation>负责人/备注：</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Select a tag to edit it.</source>
        <translation>选择一个标签进行编辑。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TagsPage</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>标签治理</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>人群</translation>
    </message>
    <message>
        <source>Rename tag &quot;%1&quot;</source>
        <translation>重命名标签“%1”</translation>
    </message>
    <message>
        <source>Edit tag &quot;%1&quot;</source>
        <translation>编辑标签“%1”</translation>
    </message>
    <message>
        <source>there is already a group &quot;%1&quot;</source>
        <translation>已存在人群“%1”</translation>
    </message>
    <message>
        <source>Save group &quot;%1&quot;</source>
        <translation>保存人群“%1”</translation>
    </message>
    <message>
        <source>Delete group &quot;%1&quot;</source>
        <translation>删除人群“%1”</translation>
    </message>
    <message>
        <source>Tags saved to the project.</source>
        <translation>标签已保存到项目。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>人工标记</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 customers, %2 tags.</source>
        <translation>%1 位客户，%2 个标签。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with errors; first: %1: %2</source>
        <translation>
            <numerusform>%n 条规则有错误；第一条：%1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Add child tag</source>
        <translation>添加子标签</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Starter dictionary</source>
        <translation>预置标签字典</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save to project</source>
        <translation>保存到项目</translation>
    </message>
    <message>
        <source>Tags have at most %1 levels.</source>
        <translation>标签最多 %1 级。</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation>新标签 %1</translation>
    </message>
    <message>
        <source>Add tag &quot;%1&quot;</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>Delete tag &quot;%1&quot;</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <source>Move tag &quot;%1&quot;</source>
        <translation>移动标签“%1”</translation>
    </message>
    <message>
        <source>Replace the current tag dictionary by the starter dictionary? You can undo this.</source>
        <translation>用预置标签字典替换当前标签字典吗？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Install the starter dictionary</source>
        <translation>安装预置标签字典</translation>
    </message>
    <message>
        <source>Import tag dictionary</source>
        <translation>导入标签字典</translation>
    </message>
    <message>
        <source>Tag dictionaries (*.json)</source>
        <translation>标签字典 (*.json)</translation>
    </message>
    <message>
        <source>Export tag dictionary</source>
        <translation>导出标签字典</translation>
    </message>
    <message>
        <source>tag-dictionary.json</source>
        <translation>标签字典.json</translation>
    </message>
    <message>
        <source>Exported the dictionary to %1.</source>
        <translation>标签字典已导出到 %1。</translation>
    </message>
    <message>
        <source>The tags of %1 could not be read: %2</source>
        <translation>无法读取 %1 中的标签：%2</translation>
    </message>
    <message>
        <source>The tags could not be saved to %1: %2</source>
        <translation>无法将标签保存到 %1：%2</translation>
    </message>
    <message>
        <source>The tags could not be saved to %1: its tags were never read, and saving would replace them.</source>
        <translation>无法将标签保存到 %1：其中的标签未能读取，保存会覆盖它们。</translation>
    </message>
    <message numerus="yes">
        <source>Set tag &quot;%1&quot; on %n customer(s)</source>
        <translation>
            <numerusform>为 %n 位客户设置标签“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag &quot;%1&quot; from %n customer(s)</source>
        <translation>
            <numerusform>移除 %n 位客户的标签“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TierChart</name>
    <message>
        <source>Value tiers (%1 scored customers)</source>
        <translation>价值等级分布（已评分 %1 人）</translation>
    </message>
    <message>
        <source>%1  %2 (%3%)</source>
        <translation>%1  %2（%3%）</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TransitionModel</name>
    <message>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 customers move from %2 to %3, with %4 revenue</source>
        <translation>%1 位客户从“%2”移到“%3”，涉及消费额 %4</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Customers joining %1</source>
        <translation>进入“%1”的客户</translation>
    </message>
    <message>
        <source>Customers leaving %1</source>
        <translation>离开“%1”的客户</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TreemapChart</name>
    <message>
        <source>Segment sizes (treemap)</source>
        <translation>分群规模（矩形树图）</translation>
    </message>
    <message>
        <source>%1
%2 customers (%3%)
Click to list them</source>
        <translation>%1
客户 %2 人（%3%）
点击查看客户名单</translation>
    </message>
    <message>
        <source>%1% · %2</source>
        <translation>%1% · %2 人</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ValidationPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; accepted, &lt;b&gt;%3&lt;/b&gt; rejected, &lt;b&gt;%4&lt;/b&gt; without a customer id.</source>
        <translation>共读取 &lt;b&gt;%1&lt;/b&gt; 行：接受 &lt;b&gt;%2&lt;/b&gt; 行，拒绝 &lt;b&gt;%3&lt;/b&gt; 行，&lt;b&gt;%4&lt;/b&gt; 行没有客户ID。</translation>
    </message>
    <message>
        <source>%1 orders of %2 customers in the file, amount total %3.</source>
        <translation>文件中有 %2 位客户的 %1 笔订单，金额合计 %3。</translation>
    </message>
    <message>
        <source>%1 orders stored (%2 only returns); %3 new customers.</source>
        <translation>已保存 %1 笔订单（其中 %2 笔仅含退货）；新增客户 %3 位。</translation>
    </message>
    <message>
        <source>%1 customers in the file.</source>
        <translation>文件中有 %1 位客户。</translation>
    </message>
    <message>
        <source>%1 new customers.</source>
        <translation>新增客户 %1 位。</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查数据行</translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would; nothing is written yet.</source>
        <translation>按导入规则逐行读取并检查，此时尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Rows that would be rejected:</source>
        <translation>将被拒绝的行：</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>The rows cannot be checked: %1</source>
        <translation>无法检查数据行：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::WorkbenchSession</name>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>用法：portrait [PROJECT.portrait]             打开工作台
      portrait import FILE --project P [--kind orders|customers|survey] [--map role=column]
      portrait rfm --project P [--as-of DATE] [--method M] [--bins N] [--scheme S] [--out F]
      portrait info --project P
      portrait inspect FILE [--sheet NAME | --table NAME]
      portrait tag --project P --rules FILE [--out tags.csv]
      portrait sample --out demo.portrait
每个命令都可以用 --help 查看其选项说明。</translation>
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
        <source>Import a CSV file into a project (created when missing).</source>
        <translation>将 CSV 文件导入项目（项目不存在时自动创建）。</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>数据文件。</translation>
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
        <source>Print, as JSON, what import would make of a file.</source>
        <translation>以 JSON 格式输出导入时将如何解析该文件。</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>数据文件。</translation>
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
        <source>Scheme:</source>
        <translation>分群方案：</translation>
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
        <source>Scoring:</source>
        <translation>评分方法：</translation>
    </message>
    <message>
        <source>The scheme&apos;s own</source>
        <translation>按分群方案设定</translation>
    </message>
    <message>
        <source>Open a project (Ctrl+O) or drop a .portrait file here.</source>
        <translation>打开项目（Ctrl+O），或将 .portrait 文件拖放到这里。</translation>
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
        <source>%1 customers, %2 scored · %3 orders from %4 to %5 · as of %6 · %7</source>
        <translation>%1 位客户，已评分 %2 位 · %3 个订单，%4 至 %5 · 分析日期 %6 · %7</translation>
    </message>
    <message>
        <source>The language changes the next time Portrait starts.</source>
        <translation>语言设置将在下次启动 Portrait 时生效。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cut points — %1</source>
        <translation>切分点 — %1</translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation>分群方案：%1</translation>
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
</TS>

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
       portrait inspect FILE
       portrait sample --out demo.portrait
Each command explains its options with --help.</source>
        <translation>用法： portrait [PROJECT.portrait]             打开工作台
       portrait import FILE --project P [--kind orders|customers|survey] [--map role=column]
       portrait rfm --project P [--as-of DATE] [--method M] [--bins N] [--scheme S] [--out F]
       portrait info --project P
       portrait inspect FILE
       portrait sample --out demo.portrait
各命令的选项说明可用 --help 查看。</translation>
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
    <name>Portrait::Export::RfmCsv</name>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Portrait::Analytics::Archetypes</name>
    <message>
        <source>Keep them close: VIP service, early access to new products; they need no discounts.</source>
        <translation>重点维护：提供 VIP 服务、新品优先体验；无需折扣刺激。</translation>
    </message>
    <message>
        <source>Reward their loyalty: points, member tiers, and cross-selling of related products.</source>
        <translation>回馈忠诚：积分、会员等级，并交叉推荐相关商品。</translation>
    </message>
    <message>
        <source>Grow them: recommend related products and raise the order value with bundles.</source>
        <translation>培育提升：推荐相关商品，用组合套餐拉高客单价。</translation>
    </message>
    <message>
        <source>Welcome them: an onboarding offer that brings the second purchase.</source>
        <translation>欢迎新客：用新人礼促成第二次购买。</translation>
    </message>
    <message>
        <source>Keep in touch with the regular campaigns and find out what moves them.</source>
        <translation>保持常规营销触达，摸清什么能打动他们。</translation>
    </message>
    <message>
        <source>Win them back now: personal contact and a tailored offer before they are gone.</source>
        <translation>立即挽回：在流失前一对一联系并给出定制优惠。</translation>
    </message>
    <message>
        <source>Wake them up with a low-cost reactivation campaign; keep the spend small.</source>
        <translation>用低成本的唤醒活动激活，控制投入。</translation>
    </message>
    <message>
        <source>Low priority: an occasional win-back message at most.</source>
        <translation>低优先级：至多偶尔发送召回信息。</translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::BgNbdText</name>
    <message>
        <source>customer %1 of the BG/NBD data: %2</source>
        <translation>BG/NBD 数据的第 %1 位客户：%2</translation>
    </message>
    <message>
        <source>x must be a whole number of repeat purchases</source>
        <translation>x 必须是复购次数（整数）</translation>
    </message>
    <message>
        <source>T must be positive</source>
        <translation>T 必须为正数</translation>
    </message>
    <message>
        <source>t_x must lie between 0 and T, and be 0 without repeat purchases</source>
        <translation>t_x 必须介于 0 和 T 之间，没有复购时应为 0</translation>
    </message>
    <message>
        <source>x, t_x and T have different lengths</source>
        <translation>x、t_x 和 T 的长度不一致</translation>
    </message>
    <message>
        <source>The churn model needs at least %1 customers with a repeat purchase in the calibration period; there are %2.</source>
        <translation>流失模型要求校准期内至少有 %1 位复购客户；目前只有 %2 位。</translation>
    </message>
    <message>
        <source>The churn model fit was cancelled.</source>
        <translation>流失模型的拟合已取消。</translation>
    </message>
    <message>
        <source>The churn model did not converge from any of %1 starting points: the purchases may not follow the model (for example almost nobody stops buying). Try a longer calibration period or the other time unit.</source>
        <translation>流失模型从 %1 个初始点出发均未收敛：购买行为可能不符合该模型（例如几乎没有客户流失）。请尝试更长的校准期，或换用另一种时间单位。</translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::ClusterFeatures</name>
    <message>
        <source>Choose at least one feature to cluster on.</source>
        <translation>请至少选择一个用于聚类的特征。</translation>
    </message>
    <message>
        <source>The feature “%1” is not available.</source>
        <translation>特征“%1”不可用。</translation>
    </message>
    <message>
        <source>Clustering needs at least two customers with every chosen feature; there are %1 (of %2 scored customers).</source>
        <translation>聚类至少需要两位具备全部所选特征的客户；目前只有 %1 位（已评分客户共 %2 位）。</translation>
    </message>
    <message>
        <source>The feature “%1” has the same value (%2) for every customer clustered, so it cannot tell them apart; leave it out.</source>
        <translation>参与聚类的客户在特征“%1”上取值全都相同（%2），无法区分客户，请去掉该特征。</translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::ClusterProfile</name>
    <message>
        <source>%1 much higher (median %2 vs %3)</source>
        <translation>%1 明显偏高（中位数 %2，整体 %3）</translation>
    </message>
    <message>
        <source>%1 higher (median %2 vs %3)</source>
        <translation>%1 偏高（中位数 %2，整体 %3）</translation>
    </message>
    <message>
        <source>%1 much lower (median %2 vs %3)</source>
        <translation>%1 明显偏低（中位数 %2，整体 %3）</translation>
    </message>
    <message>
        <source>%1 lower (median %2 vs %3)</source>
        <translation>%1 偏低（中位数 %2，整体 %3）</translation>
    </message>
    <message>
        <source>close to the average on every feature</source>
        <translation>各项特征均接近整体平均</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>%1高</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>%1低</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>%1居中</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>In “%1” (cluster %2 of %3, a group of %4): its centre is the nearest to this customer (distance %5)</source>
        <translation>属于“%1”（第 %2 个客群，共 %3 个；特点：%4）：该客群中心离这位客户最近（距离 %5）</translation>
    </message>
    <message>
        <source>; this customer: %1</source>
        <translation>；这位客户：%1</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::Clustering</name>
    <message>
        <source>The saved clustering settings are damaged (field “%1”).</source>
        <translation>保存的聚类设置已损坏（字段“%1”）。</translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::GammaGammaText</name>
    <message>
        <source>x and the mean spends have different lengths</source>
        <translation>x 与平均消费金额的长度不一致</translation>
    </message>
    <message>
        <source>customer %1 of the spend data needs a repeat purchase and a positive mean spend</source>
        <translation>消费数据的第 %1 位客户需要有复购且平均消费金额为正</translation>
    </message>
    <message>
        <source>The spend model needs at least %1 repeat customers with a positive mean spend; there are %2.</source>
        <translation>消费模型要求至少有 %1 位平均消费金额为正的复购客户；目前只有 %2 位。</translation>
    </message>
    <message>
        <source>The spend model fit was cancelled.</source>
        <translation>消费模型的拟合已取消。</translation>
    </message>
    <message>
        <source>The spend model did not converge from any of %1 starting points.</source>
        <translation>消费模型从 %1 个初始点出发均未收敛。</translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::KMeans</name>
    <message>
        <source>There are no points to cluster.</source>
        <translation>没有可聚类的数据点。</translation>
    </message>
    <message>
        <source>k = %1 cannot be fitted: there are only %2 distinct points.</source>
        <translation>无法拟合 k = %1：只有 %2 个互不相同的数据点。</translation>
    </message>
    <message>
        <source>The clustering was cancelled.</source>
        <translation>聚类已取消。</translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::LifetimeFeatures</name>
    <message>
        <source>Probability, 0–1, that the customer is still buying (BG/NBD churn model), at the calibration end of the lifetime model fitted on the Analytics page. Missing without a fitted model and for customers without a purchase in its calibration period.</source>
        <translation>客户仍在购买（未流失）的概率，0–1（BG/NBD 流失模型），以分析页所拟合生命周期模型的校准期末为准。未拟合模型时，以及校准期内没有购买的客户，该值缺失。</translation>
    </message>
    <message>
        <source>Purchase days the BG/NBD model expects in the 90 days after its calibration end. Missing as for p_alive.</source>
        <translation>BG/NBD 模型预计校准期末之后 90 天内的购买天数。缺失情况同 p_alive。</translation>
    </message>
    <message>
        <source>Customer lifetime value: expected spend over the model&apos;s horizon (12 months by default), discounted monthly; BG/NBD purchases times Gamma-Gamma spend per purchase. Missing as for p_alive, and when the spend model was refused.</source>
        <translation>客户终身价值：模型预测期内（默认 12 个月）的预期消费，按月贴现；即 BG/NBD 预计购买次数乘以 Gamma-Gamma 预计单次消费。缺失情况同 p_alive，消费模型未通过时也缺失。</translation>
    </message>
</context>
<context>
    <name>Portrait::Analytics::LifetimeText</name>
    <message>
        <source>The saved lifetime model is damaged (field “%1”).</source>
        <translation>已保存的生命周期模型已损坏（字段“%1”）。</translation>
    </message>
    <message>
        <source>The saved lifetime model was written by a newer Portrait; fit it again.</source>
        <translation>已保存的生命周期模型由更新版本的 Portrait 写入，请重新拟合。</translation>
    </message>
    <message>
        <source>The CLV horizon must be 1 to %1 months.</source>
        <translation>CLV 预测期必须为 1 到 %1 个月。</translation>
    </message>
    <message>
        <source>The monthly discount rate must be at least 0 and below 1.</source>
        <translation>月贴现率必须不小于 0 且小于 1。</translation>
    </message>
    <message>
        <source>The project has no purchases to fit the lifetime models on.</source>
        <translation>项目中没有可用于拟合生命周期模型的购买记录。</translation>
    </message>
    <message>
        <source>No customer has a purchase on or before the calibration end %1.</source>
        <translation>没有客户在校准期末 %1 当天或之前有购买。</translation>
    </message>
    <message>
        <source>The spend model&apos;s fitted q is %1 (at most 1): the average spend it implies is unbounded, so no CLV is given.</source>
        <translation>消费模型拟合出的 q 为 %1（不大于 1）：其隐含的平均消费金额无界，因此不给出 CLV。</translation>
    </message>
    <message>
        <source>The churn model&apos;s standard errors are unknown: its likelihood is flat at the optimum, so the parameters are poorly determined.</source>
        <translation>流失模型的标准误无法计算：似然函数在最优点附近过于平坦，参数估计不够可靠。</translation>
    </message>
    <message>
        <source>No CLV: %1</source>
        <translation>无 CLV：%1</translation>
    </message>
    <message>
        <source>Purchase frequency and spend per purchase are correlated (r = %1): the spend model assumes they are independent, so read the CLV with care.</source>
        <translation>购买频次与单次消费金额存在相关（r = %1）：消费模型假定二者相互独立，请谨慎解读 CLV。</translation>
    </message>
    <message numerus="yes">
        <source>Expected purchases could not be computed for %n customer(s).</source>
        <translation>
            <numerusform>有 %n 位客户的预计购买次数无法计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading purchase days</source>
        <translation>正在读取购买日</translation>
    </message>
    <message>
        <source>Fitting the churn model (BG/NBD)</source>
        <translation>正在拟合流失模型（BG/NBD）</translation>
    </message>
    <message>
        <source>Fitting the spend model (Gamma-Gamma)</source>
        <translation>正在拟合消费模型（Gamma-Gamma）</translation>
    </message>
    <message>
        <source>The lifetime fit was cancelled.</source>
        <translation>生命周期模型的拟合已取消。</translation>
    </message>
    <message>
        <source>Scoring customers</source>
        <translation>正在为客户计算得分</translation>
    </message>
</context>
<context>
    <name>Portrait::Bundled</name>
    <message>
        <source>The bundled data set %1 is missing from this build.</source>
        <translation>此版本缺少内置数据集 %1。</translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::DuplicateFinder</name>
    <message>
        <source>same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same member id</source>
        <translation>会员号相同</translation>
    </message>
    <message>
        <source>same name in the same city</source>
        <translation>同城同名</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; keys: %2</source>
        <translation>未知的匹配键“%1”；可用的键：%2</translation>
    </message>
    <message>
        <source>no keys given; keys: %1</source>
        <translation>未指定匹配键；可用的键：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::Flag</name>
    <message>
        <source>not a Chinese mobile or landline number</source>
        <translation>不是国内手机号或固定电话</translation>
    </message>
    <message>
        <source>landline number without area code</source>
        <translation>固定电话缺少区号</translation>
    </message>
    <message>
        <source>service number (400/800), not a person&apos;s</source>
        <translation>400/800 客服号码，不是个人电话</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>邮箱地址无效</translation>
    </message>
    <message>
        <source>name contains digits</source>
        <translation>姓名中含有数字</translation>
    </message>
    <message>
        <source>gender not recognised</source>
        <translation>无法识别的性别</translation>
    </message>
    <message>
        <source>birth date in the future</source>
        <translation>出生日期晚于今天</translation>
    </message>
    <message>
        <source>birth date implies an impossible age</source>
        <translation>按出生日期推算的年龄不合理</translation>
    </message>
    <message>
        <source>impossible age</source>
        <translation>年龄不合理</translation>
    </message>
    <message>
        <source>age disagrees with the birth date</source>
        <translation>年龄与出生日期不符</translation>
    </message>
    <message>
        <source>province not in the region table</source>
        <translation>省份不在行政区划表中</translation>
    </message>
    <message>
        <source>city not in the region table</source>
        <translation>城市不在行政区划表中</translation>
    </message>
    <message>
        <source>city lies in another province</source>
        <translation>城市不属于所填省份</translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::Pipeline</name>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>one of the choices</source>
        <translation>可选值之一</translation>
    </message>
    <message>
        <source>a list of fields</source>
        <translation>字段列表</translation>
    </message>
    <message>
        <source>option %1 of %2 must be %3</source>
        <translation>%2 的选项 %1 必须是%3</translation>
    </message>
    <message>
        <source>option %1 of %2 must be from %3 to %4</source>
        <translation>%2 的选项 %1 必须在 %3 到 %4 之间</translation>
    </message>
    <message>
        <source>option %1 of %2 must be one of: %3</source>
        <translation>%2 的选项 %1 必须是以下之一：%3</translation>
    </message>
    <message>
        <source>option %1 of %2 names the unknown field &quot;%3&quot;; text fields: %4</source>
        <translation>%2 的选项 %1 指定了未知字段“%3”；文本字段有：%4</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>expected an object such as {&quot;step&quot;: &quot;phone&quot;}</source>
        <translation>应为对象，例如 {&quot;step&quot;: &quot;phone&quot;}</translation>
    </message>
    <message>
        <source>the step&apos;s &quot;step&quot; is missing; steps: %1</source>
        <translation>步骤缺少“step”；可用的步骤：%1</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;; steps: %2</source>
        <translation>未知步骤“%1”；可用的步骤：%2</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; of %2; its options: %3</source>
        <translation>%2 没有选项“%1”；它的选项有：%3</translation>
    </message>
    <message>
        <source>minAge must be below maxAge</source>
        <translation>minAge 必须小于 maxAge</translation>
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
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
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
        <source>White space</source>
        <translation>空白字符</translation>
    </message>
    <message>
        <source>Full-width characters</source>
        <translation>全角字符</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Birth date and age</source>
        <translation>出生日期与年龄</translation>
    </message>
    <message>
        <source>Province and city</source>
        <translation>省份与城市</translation>
    </message>
    <message>
        <source>Trims values and folds runs of spaces (the ideographic space too) into one.</source>
        <translation>去掉首尾空白，并把连续空格（包括全角空格）合并为一个。</translation>
    </message>
    <message>
        <source>Turns full-width letters, digits and signs (１３８, ＠) into ordinary ones.</source>
        <translation>把全角字母、数字和符号（１３８、＠）转换为半角。</translation>
    </message>
    <message>
        <source>Tidies names: spaces, full-width characters, spaces between Chinese characters, the dot of transcribed names.</source>
        <translation>整理姓名：空格、全角字符、汉字之间的空格，以及译名中的间隔点。</translation>
    </message>
    <message>
        <source>Writes 男/女, M/F, male/female, 先生/女士, 1/2 one way; 未知, 保密, 0, 9 become empty.</source>
        <translation>把 男/女、M/F、male/female、先生/女士、1/2 统一为一种写法；未知、保密、0、9 置为空。</translation>
    </message>
    <message>
        <source>Mobiles in any writing (+86, 0086, spaces, hyphens) to 11 digits; landlines as area code-number; anything else is kept and flagged.</source>
        <translation>各种写法的手机号（+86、0086、空格、连字符）统一为 11 位；固定电话写成“区号-号码”；其他值保留并标记。</translation>
    </message>
    <message>
        <source>Removes spaces and full-width forms, lower-cases the domain (and the name before @ if asked); flags what is no address.</source>
        <translation>去掉空格和全角字符，域名转为小写（可选把 @ 前的部分也转为小写）；标记无效地址。</translation>
    </message>
    <message>
        <source>Flags birth dates in the future and impossible ages, and ages that disagree with the birth date.</source>
        <translation>标记晚于今天的出生日期、不合理的年龄，以及与出生日期不符的年龄。</translation>
    </message>
    <message>
        <source>Province and city to their official names (广东 → 广东省, 深圳 → 深圳市); a known city fills a missing province; unknown values are kept and listed.</source>
        <translation>省份和城市统一为规范名称（广东 → 广东省，深圳 → 深圳市）；可由已知城市补全缺失的省份；无法识别的值保留并列出。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Full-width characters to ordinary ones</source>
        <translation>全角字符转为半角</translation>
    </message>
    <message>
        <source>Remove spaces between Chinese characters</source>
        <translation>去掉汉字之间的空格</translation>
    </message>
    <message>
        <source>Write male as</source>
        <translation>男性写作</translation>
    </message>
    <message>
        <source>Write female as</source>
        <translation>女性写作</translation>
    </message>
    <message>
        <source>Values not recognised</source>
        <translation>无法识别的值</translation>
    </message>
    <message>
        <source>Write landlines as area code-number</source>
        <translation>固定电话写成“区号-号码”</translation>
    </message>
    <message>
        <source>Numbers that are neither</source>
        <translation>既非手机也非固话的号码</translation>
    </message>
    <message>
        <source>Lower-case the name before @ too</source>
        <translation>@ 前的部分也转为小写</translation>
    </message>
    <message>
        <source>Values that are no address</source>
        <translation>无效的地址</translation>
    </message>
    <message>
        <source>Youngest possible age</source>
        <translation>最小合理年龄</translation>
    </message>
    <message>
        <source>Oldest possible age</source>
        <translation>最大合理年龄</translation>
    </message>
    <message>
        <source>Impossible values</source>
        <translation>不合理的值</translation>
    </message>
    <message>
        <source>A known city fills a missing province</source>
        <translation>由已知城市补全缺失的省份</translation>
    </message>
    <message>
        <source>not a cleaning pipeline: %1 at offset %2</source>
        <translation>不是清洗流程文件：%1（偏移 %2）</translation>
    </message>
    <message>
        <source>pipeline version %1 is not supported (this Portrait reads version %2)</source>
        <translation>不支持版本 %1 的清洗流程（此版本的 Portrait 只能读取版本 %2）</translation>
    </message>
    <message>
        <source>a cleaning pipeline needs &quot;steps&quot;: a list of steps</source>
        <translation>清洗流程需要“steps”：一个步骤列表</translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::QualityReport</name>
    <message>
        <source>%1: %2 (e.g. %3 of customer %4)</source>
        <translation>%1：%2（例如客户 %4 的 %3）</translation>
    </message>
    <message>
        <source> (e.g. order %1 of customer %2)</source>
        <translation>（例如客户 %2 的订单 %1）</translation>
    </message>
    <message>
        <source>Orders above %1 (Q3 + 3 × IQR): kept in the analysis</source>
        <translation>金额高于 %1（Q3 + 3 × IQR）的订单：仍计入分析</translation>
    </message>
    <message>
        <source>Orders with a zero amount</source>
        <translation>金额为零的订单</translation>
    </message>
    <message>
        <source>Orders dated after today</source>
        <translation>日期晚于今天的订单</translation>
    </message>
    <message>
        <source>Orders dated before the customer signed up</source>
        <translation>日期早于客户注册日的订单</translation>
    </message>
</context>
<context>
    <name>Portrait::Clean::RegionTable</name>
    <message>
        <source>the name %1 is used twice</source>
        <translation>名称 %1 重复出现</translation>
    </message>
    <message>
        <source>the code %1 is used twice</source>
        <translation>代码 %1 重复出现</translation>
    </message>
    <message>
        <source>the city %1 (%2) comes before its province</source>
        <translation>城市 %1（%2）出现在其所属省份之前</translation>
    </message>
    <message>
        <source>expected a six-digit code, a name and short forms</source>
        <translation>应为六位代码、名称和简称</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CampaignCommand</name>
    <message>
        <source>Name the list .csv or .xlsx: %1</source>
        <translation>名单文件须以 .csv 或 .xlsx 结尾：%1</translation>
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
        <source>Campaign “%1” as of %2: %3 customers, %4 treated, %5 in the control group.</source>
        <translation>活动“%1”（基准日 %2）：共 %3 位客户，触达 %4 位，对照组 %5 位。</translation>
    </message>
    <message>
        <source>Record a campaign as of a date: its customers, with a seeded random control group drawn in every segment, and write the treated list (masked unless --no-mask).</source>
        <translation>按某一日期登记一次营销活动：记录活动客户，并在每个客群内按随机种子抽取对照组，写出触达名单（默认脱敏，--no-mask 除外）。</translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation>活动名称。</translation>
    </message>
    <message>
        <source>The campaign&apos;s date (default: the day after the latest order).</source>
        <translation>活动日期（默认：最新订单的次日）。</translation>
    </message>
    <message>
        <source>Only this segment; repeatable: any of them.</source>
        <translation>仅限该客群；可重复，满足其一即可。</translation>
    </message>
    <message>
        <source>Only customers with this tag; repeatable: all.</source>
        <translation>仅限带有该标签的客户；可重复，须全部满足。</translation>
    </message>
    <message>
        <source>Only customers in this group; repeatable: all.</source>
        <translation>仅限该人群中的客户；可重复，须全部满足。</translation>
    </message>
    <message>
        <source>Percentage of each segment held back.</source>
        <translation>每个客群留作对照组的百分比。</translation>
    </message>
    <message>
        <source>Seed of the random draw.</source>
        <translation>随机抽样的种子。</translation>
    </message>
    <message>
        <source>Write the treated customers here (.csv or .xlsx).</source>
        <translation>触达客户名单写入此文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>Write the control group here.</source>
        <translation>对照组名单写入此文件。</translation>
    </message>
    <message>
        <source>Write names, phones and e-mails unmasked.</source>
        <translation>姓名、手机号和邮箱不脱敏。</translation>
    </message>
    <message>
        <source>campaign create needs --project, --name, --control, --seed and --out.</source>
        <translation>campaign create 需要 --project、--name、--control、--seed 和 --out。</translation>
    </message>
    <message>
        <source>--control must be a percentage above 0 and below 100.</source>
        <translation>--control 必须是大于 0、小于 100 的百分比。</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more.</source>
        <translation>--seed 必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation>--as-of 必须是形如 2024-12-31 的日期。</translation>
    </message>
    <message>
        <source>Evaluate a recorded campaign against the orders the project has now: responders, revenue and the uplift of treated over control customers with its 95 % confidence interval, per segment and overall.</source>
        <translation>用项目当前的订单评估已登记的活动：按客群及整体给出响应人数、销售额，以及触达组相对对照组的提升及其 95% 置信区间。</translation>
    </message>
    <message>
        <source>A response is an order within N days after the campaign&apos;s date (default: %1).</source>
        <translation>活动日期后 N 天内下单即视为响应（默认：%1）。</translation>
    </message>
    <message>
        <source>Write evaluation.csv here.</source>
        <translation>evaluation.csv 写入此处。</translation>
    </message>
    <message>
        <source>Write segment names in Chinese.</source>
        <translation>客群名称用中文。</translation>
    </message>
    <message>
        <source>campaign evaluate needs --project, --name and --out.</source>
        <translation>campaign evaluate 需要 --project、--name 和 --out。</translation>
    </message>
    <message>
        <source>--window-days must be a positive whole number.</source>
        <translation>--window-days 必须是正整数。</translation>
    </message>
    <message>
        <source>warning: the orders end on %1, before the window&apos;s last day %2: the figures may still grow.</source>
        <translation>警告：订单截至 %1，早于响应窗口的最后一天 %2，数字可能还会增长。</translation>
    </message>
    <message>
        <source>warning: %1 members are no longer in the project; they count as not responding.</source>
        <translation>警告：有 %1 位活动客户已不在项目中，按未响应计。</translation>
    </message>
    <message>
        <source>Only customers of this cluster of the project&apos;s saved clustering (its name or number); repeatable: any of them.</source>
        <translation>只选项目已保存聚类中该聚类客群的客户（名称或编号）；可重复指定，满足其一即可。</translation>
    </message>
    <message>
        <source>the project has no campaign named “%1”</source>
        <translation>项目中没有名为“%1”的活动</translation>
    </message>
    <message>
        <source>Write a recorded campaign&apos;s treated (and control) customers again, with their segments as of the campaign&apos;s date (masked unless --no-mask). Members the project no longer has are left out.</source>
        <translation>重新导出已登记活动的触达组（及对照组）客户名单，客群按活动日期计算（除非指定 --no-mask，否则个人信息脱敏）。项目中已不存在的成员不列入。</translation>
    </message>
    <message>
        <source>campaign export needs --project, --name and --out.</source>
        <translation>campaign export 需要 --project、--name 和 --out。</translation>
    </message>
    <message>
        <source>warning: %1 members are no longer in the project; they are left out.</source>
        <translation>警告：有 %1 位成员已不在项目中，未列入名单。</translation>
    </message>
    <message>
        <source>List the recorded campaigns, newest first.</source>
        <translation>列出已登记的活动，最新的在前。</translation>
    </message>
    <message>
        <source>campaign list needs --project.</source>
        <translation>campaign list 需要 --project。</translation>
    </message>
    <message>
        <source>Delete a recorded campaign with its treated and control members.</source>
        <translation>删除一个已登记的活动及其触达组与对照组成员。</translation>
    </message>
    <message>
        <source>campaign delete needs --project and --name.</source>
        <translation>campaign delete 需要 --project 和 --name。</translation>
    </message>
    <message>
        <source>Deleted campaign “%1”.</source>
        <translation>已删除活动“%1”。</translation>
    </message>
    <message>
        <source>Only this customer (an id, e.g. from a list the analyst picked); repeatable: only these.</source>
        <translation>只包含该客户（客户编号，例如分析师挑选的名单中的编号）；可重复：只包含这些客户。</translation>
    </message>
    <message>
        <source>usage: portrait campaign create --project P --name N [--as-of DATE] [--segment S ...]
                                [--tag T ...] [--group G ...] [--cluster C ...]
                                [--customer ID ...] --control PCT --seed S
                                --out treated.csv [--control-out control.csv]
       portrait campaign evaluate --project P --name N [--window-days N]
                                --out evaluation.csv
       portrait campaign export --project P --name N --out treated.csv
                                [--control-out control.csv]
       portrait campaign list --project P
       portrait campaign delete --project P --name N</source>
        <translation>用法：portrait campaign create --project P --name N [--as-of DATE] [--segment S ...]
                                [--tag T ...] [--group G ...] [--cluster C ...]
                                [--customer ID ...] --control PCT --seed S
                                --out treated.csv [--control-out control.csv]
      portrait campaign evaluate --project P --name N [--window-days N]
                                --out evaluation.csv
      portrait campaign export --project P --name N --out treated.csv
                                [--control-out control.csv]
      portrait campaign list --project P
      portrait campaign delete --project P --name N</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CleanCommand</name>
    <message>
        <source>cannot read the steps file: %1</source>
        <translation>无法读取步骤文件：%1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Clean the customers&apos; values with a recorded pipeline of steps (the imported values stay in the project).</source>
        <translation>按记录的清洗流程清洗客户数据（导入的原始值仍保留在项目中）。</translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation>要使用的 .portrait 项目文件。</translation>
    </message>
    <message>
        <source>Use the default pipeline.</source>
        <translation>使用默认清洗流程。</translation>
    </message>
    <message>
        <source>Use the pipeline of this JSON file (docs/cleaning.md).</source>
        <translation>使用此 JSON 文件中的清洗流程（见 docs/cleaning.md）。</translation>
    </message>
    <message>
        <source>Report what would change; change nothing.</source>
        <translation>只报告将会修改的内容，不做任何修改。</translation>
    </message>
    <message>
        <source>Write the quality report here (JSON).</source>
        <translation>把质量报告写入此文件（JSON）。</translation>
    </message>
    <message>
        <source>clean needs --project.</source>
        <translation>clean 需要 --project。</translation>
    </message>
    <message>
        <source>clean takes --default or --steps, not both.</source>
        <translation>clean 只能指定 --default 或 --steps 之一。</translation>
    </message>
    <message>
        <source>%1 has no cleaning pipeline yet: give --default or --steps.</source>
        <translation>%1 还没有清洗流程：请指定 --default 或 --steps。</translation>
    </message>
    <message>
        <source>Cleaned %1 customers; the pipeline is stored in %2.</source>
        <translation>已清洗 %1 位客户；清洗流程已保存在 %2 中。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何修改。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CleanReport</name>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>customers: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>step %1: changed %2; flagged %3</source>
        <translation>步骤 %1：修改 %2；标记 %3</translation>
    </message>
    <message>
        <source>  not in the region table: %1</source>
        <translation>  不在行政区划表中：%1</translation>
    </message>
    <message>
        <source>column %1: missing %2% → %3%, distinct %4 → %5</source>
        <translation>字段 %1：缺失 %2% → %3%，不同值 %4 → %5</translation>
    </message>
    <message>
        <source>orders: %1; above %2 (Q3 + 3 × IQR): %3; zero amounts: %4; dated after today: %5; before the customer&apos;s signup: %6</source>
        <translation>订单：%1；高于 %2（Q3 + 3 × IQR）：%3；零金额：%4；日期晚于今天：%5；早于客户注册日：%6</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>cleaning: %1 (%2 customers with cleaned values)</source>
        <translation>清洗：%1（%2 位客户的值已清洗）</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>无步骤</translation>
    </message>
    <message>
        <source>cleaning: none (values as imported)</source>
        <translation>清洗：无（保留导入时的值）</translation>
    </message>
    <message>
        <source>duplicates: %1 merges, %2 aliases; decisions: %3 accepted, %4 rejected</source>
        <translation>重复客户：合并 %1 次，别名 %2 个；判定：接受 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>provinces: %1</source>
        <translation>省份：%1</translation>
    </message>
    <message>
        <source>cities: %1</source>
        <translation>城市：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::CliText</name>
    <message>
        <source>portrait: there is no command &quot;%1&quot;.</source>
        <translation>portrait：没有名为“%1”的命令。</translation>
    </message>
    <message>
        <source>portrait: unknown option %1.</source>
        <translation>portrait：未知选项 %1。</translation>
    </message>
    <message>
        <source>portrait: &quot;%1&quot; is neither a command nor an existing file.</source>
        <translation>portrait：“%1”既不是命令，也不是已存在的文件。</translation>
    </message>
    <message>
        <source>portrait: unknown command &quot;%1&quot;.</source>
        <translation>portrait：未知命令“%1”。</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>open the workbench</source>
        <translation>打开工作台</translation>
    </message>
    <message>
        <source>Each command explains its options with --help.</source>
        <translation>各命令的选项可用 --help 查看。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ClusterCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>Number of clusters, 2–%1, or auto: chosen by silhouette over 2–8.</source>
        <translation>客群数，2–%1；或 auto：在 2–8 之间按轮廓系数自动选择。</translation>
    </message>
    <message>
        <source>Comma-separated numeric features (default recency,frequency,monetary); skewed ones are taken as log1p unless NAME:raw, NAME:log forces it.</source>
        <translation>以逗号分隔的数值特征（默认 recency,frequency,monetary）；偏态特征默认取 log1p，写 NAME:raw 则不取，写 NAME:log 则强制取。</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same clusters.</source>
        <translation>随机种子：种子相同，聚类结果相同。</translation>
    </message>
    <message>
        <source>k-means++ restarts; the lowest inertia is kept.</source>
        <translation>k-means++ 重启次数；保留簇内误差平方和（inertia）最小的一次。</translation>
    </message>
    <message>
        <source>Write clusters.csv (customer_id,cluster,cluster_name,distance) here.</source>
        <translation>将 clusters.csv（customer_id,cluster,cluster_name,distance）写到此处。</translation>
    </message>
    <message>
        <source>Write summary.json here.</source>
        <translation>将 summary.json 写到此处。</translation>
    </message>
    <message>
        <source>Save the clusters in the project under this name; they become the clusters of the workbench, exports (--cluster) and rules (cluster).</source>
        <translation>以此名称把客群保存到项目中；工作台、导出（--cluster）和标签规则（cluster）都将使用这组客群。</translation>
    </message>
    <message>
        <source>Name the clusters in Chinese.</source>
        <translation>用中文命名客群。</translation>
    </message>
    <message>
        <source>cluster needs --project.</source>
        <translation>cluster 命令需要 --project。</translation>
    </message>
    <message>
        <source>--k must be auto or a whole number from 2 to %1.</source>
        <translation>--k 必须为 auto 或 2 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more.</source>
        <translation>--seed 必须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>--restarts must be a whole number from 1 to 1000.</source>
        <translation>--restarts 必须为 1 到 1000 之间的整数。</translation>
    </message>
    <message>
        <source>--save needs a name.</source>
        <translation>--save 需要一个名称。</translation>
    </message>
    <message>
        <source>k = %1: inertia %2, silhouette %3%4</source>
        <translation>k = %1：inertia %2，轮廓系数 %3%4</translation>
    </message>
    <message>
        <source>  ← chosen</source>
        <translation>  ← 选用</translation>
    </message>
    <message>
        <source>Silhouette computed on a seeded sample of %1 of the %2 customers clustered.</source>
        <translation>轮廓系数基于固定种子抽取的 %1 位客户样本计算（参与聚类的客户共 %2 位）。</translation>
    </message>
    <message>
        <source>Silhouette computed over all %1 customers clustered.</source>
        <translation>轮廓系数基于全部 %1 位参与聚类的客户计算。</translation>
    </message>
    <message>
        <source>%1 scored customers left out: a feature is missing for them.</source>
        <translation>%1 位已评分客户缺少某项特征，未参与聚类。</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Cluster the scored customers with k-means (k-means++ restarts, the lowest inertia kept) on z-scored features, name the clusters and describe them. The customers are scored as last saved in the workbench.</source>
        <translation>对已评分客户按标准化（z-score）特征做 k-means 聚类（k-means++ 多次重启，保留 inertia 最小的一次），为客群命名并给出画像。客户评分沿用工作台上次保存的设置。</translation>
    </message>
    <message>
        <source>Saved the %1 clusters in the project as “%2”.</source>
        <translation>已将 %1 个客群以“%2”保存到项目中。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::ClvCommand</name>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>Last day of the calibration period (default: the last purchase day; later purchases are the holdout check).</source>
        <translation>校准期的最后一天（默认：最后一个购买日；之后的购买用于留出期检验）。</translation>
    </message>
    <message>
        <source>Time unit of the model: days or weeks.</source>
        <translation>模型的时间单位：days（天）或 weeks（周）。</translation>
    </message>
    <message>
        <source>CLV horizon in months.</source>
        <translation>CLV 的预测期（月）。</translation>
    </message>
    <message>
        <source>Monthly discount rate of the CLV.</source>
        <translation>CLV 的月贴现率。</translation>
    </message>
    <message>
        <source>Write clv.csv here (one row per customer).</source>
        <translation>将 clv.csv 写到此处（每位客户一行）。</translation>
    </message>
    <message>
        <source>Write params.json here (parameters, errors, holdout).</source>
        <translation>将 params.json 写到此处（参数、标准误、留出期检验）。</translation>
    </message>
    <message>
        <source>Keep the fit in the project: tag rules and exports then see p_alive, expected_purchases_90d and clv.</source>
        <translation>把拟合结果保存到项目中：之后标签规则和导出即可使用 p_alive、expected_purchases_90d 和 clv。</translation>
    </message>
    <message>
        <source>--calibration-end must be a date like 2011-09-30.</source>
        <translation>--calibration-end 必须是形如 2011-09-30 的日期。</translation>
    </message>
    <message>
        <source>--unit must be days or weeks.</source>
        <translation>--unit 必须是 days 或 weeks。</translation>
    </message>
    <message>
        <source>--horizon-months must be a whole number from 1 to 120.</source>
        <translation>--horizon-months 必须是 1 到 120 之间的整数。</translation>
    </message>
    <message>
        <source>--discount-monthly must be a rate from 0 to below 1, e.g. 0.01.</source>
        <translation>--discount-monthly 必须是 0 到 1（不含）之间的比率，例如 0.01。</translation>
    </message>
    <message>
        <source>customers	%1
repeat customers	%2</source>
        <translation>客户	%1
复购客户	%2</translation>
    </message>
    <message>
        <source>BG/NBD	r %1	alpha %2	a %3	b %4	log-likelihood %5</source>
        <translation>BG/NBD	r %1	alpha %2	a %3	b %4	对数似然 %5</translation>
    </message>
    <message>
        <source>Gamma-Gamma	p %1	q %2	gamma %3	log-likelihood %4</source>
        <translation>Gamma-Gamma	p %1	q %2	gamma %3	对数似然 %4</translation>
    </message>
    <message>
        <source>holdout %1 – %2	actual %3	predicted %4</source>
        <translation>留出期 %1 – %2	实际 %3	预测 %4</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2.</source>
        <translation>已将 %1 位客户写入 %2。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Fit the BG/NBD churn and Gamma-Gamma spend models on the customers&apos; purchase days and give each customer P(alive), expected purchases and CLV.</source>
        <translation>基于客户的购买日拟合 BG/NBD 流失模型和 Gamma-Gamma 消费模型，并给出每位客户的存活概率、预计购买次数和 CLV。</translation>
    </message>
    <message>
        <source>clv needs --project.</source>
        <translation>clv 需要 --project。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Saved the lifetime model in %1.</source>
        <translation>已将生命周期模型保存到 %1。</translation>
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
    <name>Portrait::Cli::DedupeCommand</name>
    <message>
        <source>cannot write the review file: %1</source>
        <translation>无法写入复核文件：%1</translation>
    </message>
    <message>
        <source>Find customers entered more than once; merge the exact-key groups with --apply.</source>
        <translation>查找重复录入的客户；使用 --apply 合并精确匹配的分组。</translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation>要使用的 .portrait 项目文件。</translation>
    </message>
    <message>
        <source>What duplicates share: phone, email, external_id, name+city (comma-separated; default phone,email,external_id).</source>
        <translation>判定重复的依据：phone、email、external_id、name+city（用逗号分隔；默认 phone,email,external_id）。</translation>
    </message>
    <message>
        <source>Write the candidate groups here (group,customer_id,key,value).</source>
        <translation>把候选分组写入此文件（group,customer_id,key,value）。</translation>
    </message>
    <message>
        <source>Merge the exact-key groups and record them; without it nothing changes.</source>
        <translation>合并精确匹配的分组并记录；不加此选项则不做修改。</translation>
    </message>
    <message>
        <source>dedupe needs --project.</source>
        <translation>dedupe 需要 --project。</translation>
    </message>
    <message>
        <source>candidate groups: %1 (%2 by exact keys), %3 customers</source>
        <translation>候选分组：%1 组（精确匹配 %2 组），共 %3 位客户</translation>
    </message>
    <message>
        <source>left out: %1 groups rejected before</source>
        <translation>已跳过：%1 组此前已被拒绝</translation>
    </message>
    <message>
        <source>not used: %1 %2 is shared by %3 customers</source>
        <translation>未使用：%1 %2 被 %3 位客户共用</translation>
    </message>
    <message>
        <source>merged: %1 customers into %2</source>
        <translation>已合并：%1 位客户并入 %2 位</translation>
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
    <message>
        <source>Only customers of this cluster of the project&apos;s saved clustering (its name or number); repeatable: any of them.</source>
        <translation>只导出项目已保存聚类中该客群的客户（客群名称或编号）；可重复指定，满足其一即可。</translation>
    </message>
    <message>
        <source>the project has no saved clusters; make them with `portrait cluster --save NAME` or on the Analytics page.</source>
        <translation>项目中没有已保存的客群；请用 `portrait cluster --save NAME` 或在“分析”页生成。</translation>
    </message>
    <message>
        <source>unknown cluster &quot;%1&quot;; the clusters of “%2” are: %3.</source>
        <translation>未知客群“%1”；“%2”中的客群有：%3。</translation>
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
        <translation>已用 %2 刷新数据源 %1（原为 %3）：读取 %4 行，接受 %5 行，拒绝 %6 行，%7 行没有客户 ID。</translation>
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
    <name>Portrait::Cli::MigrateCommand</name>
    <message>
        <source>%1 → %2: %3 customers changed segment.</source>
        <translation>%1 → %2：%3 位客户换了客群。</translation>
    </message>
    <message>
        <source> (loss)</source>
        <translation>（流失）</translation>
    </message>
    <message>
        <source>Who moved from which segment to which between two dates or snapshots.</source>
        <translation>两个日期或快照之间，哪些客户从哪个客群迁移到了哪个客群。</translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a snapshot&apos;s name.</source>
        <translation>日期（YYYY-MM-DD）或快照名称。</translation>
    </message>
    <message>
        <source>Write the segment × segment matrix here.</source>
        <translation>客群 × 客群迁移矩阵写入此处。</translation>
    </message>
    <message>
        <source>Write the customers who changed segment here.</source>
        <translation>换了客群的客户写入此处。</translation>
    </message>
    <message>
        <source>Write, per tag, who entered and who left here.</source>
        <translation>按标签写出新增和失去该标签的客户。</translation>
    </message>
    <message>
        <source>migrate needs --project, --from, --to and --out.</source>
        <translation>migrate 需要 --project、--from、--to 和 --out。</translation>
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
    <message>
        <source>The report&apos;s title (default: as set in the workbench, else &quot;Customer segment report&quot;).</source>
        <translation>报告标题（默认：工作台中设置的标题，否则为“客户分群报告”）。</translation>
    </message>
    <message>
        <source>The line below the title (default: as set in the workbench, else the project&apos;s name).</source>
        <translation>标题下方的副标题（默认：工作台中设置的副标题，否则为项目名称）。</translation>
    </message>
    <message>
        <source>Write the segment report (title, findings, every dashboard chart, the segment table with actions, method and data quality) as a PDF.</source>
        <translation>将分群报告（标题、主要发现、全部看板图表、分群及行动建议表、方法说明和数据质量）导出为 PDF。</translation>
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
    <name>Portrait::Cli::SavedLifetime</name>
    <message>
        <source>warning: the saved lifetime model cannot be used (%1); p_alive, expected_purchases_90d and clv are missing.</source>
        <translation>警告：已保存的生命周期模型无法使用（%1）；p_alive、expected_purchases_90d 和 clv 将缺失。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::SnapshotCommand</name>
    <message>
        <source>the project has no snapshot “%1”</source>
        <translation>项目中没有快照“%1”</translation>
    </message>
    <message>
        <source>Deleted snapshot “%1”.</source>
        <translation>已删除快照“%1”。</translation>
    </message>
    <message>
        <source>Take a snapshot of the segments, scores and tags as of a date (with the scoring saved in the workbench), list the snapshots, or delete one.</source>
        <translation>按某一日期（用工作台保存的评分设置）为客群、得分和标签拍快照，或列出、删除快照。</translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>Score as of this date (default: the day after the latest order).</source>
        <translation>以此日期为分析日期评分（默认：最新订单的次日）。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s name (default: Snapshot DATE).</source>
        <translation>快照名称（默认：快照 日期）。</translation>
    </message>
    <message>
        <source>List the snapshots.</source>
        <translation>列出快照。</translation>
    </message>
    <message>
        <source>Delete the snapshot with this name (or id).</source>
        <translation>删除该名称（或编号）的快照。</translation>
    </message>
    <message>
        <source>snapshot needs --project.</source>
        <translation>snapshot 需要 --project。</translation>
    </message>
    <message>
        <source>Give --list, --delete N, or what to take (--as-of, --name).</source>
        <translation>请指定 --list、--delete N，或要拍的快照（--as-of、--name）。</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2024-12-31.</source>
        <translation>--as-of 必须是形如 2024-12-31 的日期。</translation>
    </message>
    <message>
        <source>--name must not be empty.</source>
        <translation>--name 不能为空。</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>Took snapshot %1 “%2” as of %3: %4 customers, %5 scored.</source>
        <translation>已拍快照 %1“%2”（分析日期 %3）：%4 位客户，%5 位参与评分。</translation>
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
    <name>Portrait::Cli::TimelineOptions</name>
    <message>
        <source>(default: as saved in the workbench)</source>
        <translation>（默认：工作台中保存的设置）</translation>
    </message>
    <message>
        <source>--window-days must be a positive whole number.</source>
        <translation>--window-days 必须是正整数。</translation>
    </message>
    <message>
        <source>--returns must be net or exclude.</source>
        <translation>--returns 必须是 net 或 exclude。</translation>
    </message>
    <message>
        <source>--frequency must be orders or days.</source>
        <translation>--frequency 必须是 orders 或 days。</translation>
    </message>
    <message>
        <source>--monetary must be sum or average.</source>
        <translation>--monetary 必须是 sum 或 average。</translation>
    </message>
    <message>
        <source>Only orders of the last N days before each date %1.</source>
        <translation>只统计每个日期之前 N 天内的订单 %1。</translation>
    </message>
    <message>
        <source>Score levels: 3, 4 or 5 %1.</source>
        <translation>评分档数：3、4 或 5 %1。</translation>
    </message>
    <message>
        <source>quantile, rfmpkg, ntile, mean or median %1.</source>
        <translation>quantile、rfmpkg、ntile、mean 或 median %1。</translation>
    </message>
    <message>
        <source>JSON file with cut points per dimension.</source>
        <translation>各维度分界点的 JSON 文件。</translation>
    </message>
    <message>
        <source>cn8, rfm10, shop11 or a scheme file %1.</source>
        <translation>cn8、rfm10、shop11 或分群方案文件 %1。</translation>
    </message>
    <message>
        <source>net or exclude %1.</source>
        <translation>net 或 exclude %1。</translation>
    </message>
    <message>
        <source>orders or days %1.</source>
        <translation>orders 或 days %1。</translation>
    </message>
    <message>
        <source>sum or average %1.</source>
        <translation>sum 或 average %1。</translation>
    </message>
    <message>
        <source>Write segment names in Chinese.</source>
        <translation>客群名称用中文。</translation>
    </message>
    <message>
        <source>--bins must be 3, 4 or 5.</source>
        <translation>--bins 必须是 3、4 或 5。</translation>
    </message>
    <message>
        <source>--method must be quantile, rfmpkg, ntile, mean or median.</source>
        <translation>--method 必须是 quantile、rfmpkg、ntile、mean 或 median。</translation>
    </message>
    <message>
        <source>The saved scoring cannot be read (%1); the defaults are used.</source>
        <translation>无法读取保存的评分设置（%1），改用默认设置。</translation>
    </message>
</context>
<context>
    <name>Portrait::Cli::TrendCommand</name>
    <message>
        <source>Segment sizes and revenue at the first day of every week, month or quarter between two dates, each scored as `portrait rfm --as-of` would.</source>
        <translation>两个日期之间每周、每月或每季度第一天的各客群人数和销售额，每个日期的评分与 `portrait rfm --as-of` 相同。</translation>
    </message>
    <message>
        <source>The .portrait project.</source>
        <translation>.portrait 项目文件。</translation>
    </message>
    <message>
        <source>The first period is the one holding this date.</source>
        <translation>第一个周期为包含此日期的周期。</translation>
    </message>
    <message>
        <source>The last period is the one holding this date.</source>
        <translation>最后一个周期为包含此日期的周期。</translation>
    </message>
    <message>
        <source>month, week or quarter.</source>
        <translation>month、week 或 quarter。</translation>
    </message>
    <message>
        <source>Write trend.csv here.</source>
        <translation>trend.csv 写入此处。</translation>
    </message>
    <message>
        <source>trend needs --project, --from, --to and --out.</source>
        <translation>trend 需要 --project、--from、--to 和 --out。</translation>
    </message>
    <message>
        <source>--from and --to must be dates like 2024-12-31.</source>
        <translation>--from 和 --to 必须是形如 2024-12-31 的日期。</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to 不能早于 --from。</translation>
    </message>
    <message>
        <source>--every must be month, week or quarter.</source>
        <translation>--every 必须是 month、week 或 quarter。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n period(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个周期写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Export::ClusterOutput</name>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>Portrait::Export::ClvCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
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
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>售后状态</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
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
    <name>Portrait::Io::MySqlStream</name>
    <message>
        <source>The connection gives no access to the MySQL client library.</source>
        <translation>无法通过该连接使用 MySQL 客户端库。</translation>
    </message>
    <message>
        <source>This build of Portrait reads MySQL only through Qt&apos;s driver.</source>
        <translation>此版本的 Portrait 只能通过 Qt 驱动读取 MySQL。</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::OrderState</name>
    <message>
        <source>purchase</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>refunded in full</source>
        <translation>全额退款</translation>
    </message>
</context>
<context>
    <name>Portrait::Io::Platform</name>
    <message>
        <source>Taobao / Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>Youzan</source>
        <translation>有赞</translation>
    </message>
    <message>
        <source>Weidian</source>
        <translation>微店</translation>
    </message>
    <message>
        <source>WeChat shop (Channels / Mini Program)</source>
        <translation>微信小店（视频号/小程序）</translation>
    </message>
    <message>
        <source>Douyin shop</source>
        <translation>抖店</translation>
    </message>
    <message>
        <source>Meituan</source>
        <translation>美团</translation>
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
    <name>Portrait::Jobs</name>
    <message>
        <source>Cleaning was cancelled.</source>
        <translation>清洗已取消。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::CleanJob</name>
    <message>
        <source>Cleaning was cancelled.</source>
        <translation>清洗已取消。</translation>
    </message>
    <message>
        <source>Cleaning customers</source>
        <translation>正在清洗客户数据</translation>
    </message>
    <message>
        <source>Checking orders</source>
        <translation>正在检查订单</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::ClusterFeatures</name>
    <message>
        <source>“%1” is not a numeric feature; the features are: %2.</source>
        <translation>“%1”不是数值特征；可用的特征有：%2。</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1”重复列出。</translation>
    </message>
    <message>
        <source>Name at least one feature; the features are: %1.</source>
        <translation>请至少指定一个特征；可用的特征有：%1。</translation>
    </message>
    <message>
        <source>“%1” is not a numeric feature.</source>
        <translation>“%1”不是数值特征。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::ClusterJob</name>
    <message>
        <source>k must be between 2 and %1.</source>
        <translation>k 必须在 2 到 %1 之间。</translation>
    </message>
    <message>
        <source>k = %1 is more clusters than there are different customers: the %2 customers clustered have only %3 distinct combinations of the features. Choose k ≤ %3.</source>
        <translation>k = %1 超过了互不相同的客户数：参与聚类的 %2 位客户只有 %3 种不同的特征组合。请选择 k ≤ %3。</translation>
    </message>
    <message>
        <source>Choosing k by silhouette needs at least three customers and two different combinations of the features; there are %1 customers with %2 distinct ones.</source>
        <translation>按轮廓系数选择 k 至少需要三位客户和两种不同的特征组合；目前有 %1 位客户、%2 种不同组合。</translation>
    </message>
    <message>
        <source>Preparing the features</source>
        <translation>正在准备特征</translation>
    </message>
    <message>
        <source>Fitting k-means (k = %1)</source>
        <translation>正在拟合 k-means（k = %1）</translation>
    </message>
    <message>
        <source>Fitting k-means (k = %1 … %2)</source>
        <translation>正在拟合 k-means（k = %1 … %2）</translation>
    </message>
    <message>
        <source>Computing silhouettes</source>
        <translation>正在计算轮廓系数</translation>
    </message>
    <message>
        <source>The clustering was cancelled.</source>
        <translation>聚类已取消。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DataQuality</name>
    <message>
        <source>%1: rows rejected (bad dates, numbers or missing required values); they are not in any figure. The Data page lists each row, column and reason.</source>
        <translation>%1：被拒绝的行（日期或数字无法识别，或缺少必填值），不计入任何统计。“数据”页列出了每一行的行号、列和原因。</translation>
    </message>
    <message>
        <source>%1: rows without a customer id; they count in the file&apos;s totals but belong to no customer.</source>
        <translation>%1：没有客户 ID 的行；计入文件合计，但不属于任何客户。</translation>
    </message>
    <message>
        <source>%1: orders made only of returns (their purchase lies before the data, or elsewhere). They are not purchases; with returns counted net they lower their customers&apos; spend.</source>
        <translation>%1：仅含退货的订单（对应的购买发生在数据起始之前或不在本数据中）。它们不算购买；按净额计退货时，会拉低这些客户的消费金额。</translation>
    </message>
    <message>
        <source>%1: cancellation rows (an order id starting with C); they were read as returns of their customer.</source>
        <translation>%1：取消行（订单号以 C 开头），已按该客户的退货处理。</translation>
    </message>
    <message>
        <source>Customers who returned more than they bought: their net spend is below zero, which puts them at the bottom of monetary. Excluding returns scores what they bought.</source>
        <translation>退货多于购买的客户：净消费金额为负，因此在消费金额（M）上排在最末。不计退货后，按他们实际购买的金额评分。</translation>
    </message>
    <message>
        <source>Customers who returned more than they bought (net spend below zero); returns are excluded from the scores, so only their purchases count. Export the list to check them.</source>
        <translation>退货多于购买的客户（净消费金额为负）；评分已不计退货，只按购买金额计算。可导出名单逐一核查。</translation>
    </message>
    <message>
        <source>Customers with no orders (from a customers or survey source only); they are not scored.</source>
        <translation>没有订单的客户（只出现在客户资料或调研数据源中），不参与评分。</translation>
    </message>
    <message>
        <source>The customers are not scored: %1</source>
        <translation>客户未能评分：%1</translation>
    </message>
    <message>
        <source>Customers not scored: no purchase in the window up to the as-of date %1.</source>
        <translation>未评分的客户：截至分析日 %1 的时间窗口内没有购买。</translation>
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
    <name>Portrait::Jobs::DedupeJob</name>
    <message>
        <source>Finding duplicates was cancelled.</source>
        <translation>查找重复客户已取消。</translation>
    </message>
    <message>
        <source>Reading customers</source>
        <translation>正在读取客户</translation>
    </message>
    <message>
        <source>Grouping duplicates</source>
        <translation>正在分组重复客户</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::DisplaySettings</name>
    <message>
        <source>%1: the saved currency &quot;%2&quot; is not one of CNY, USD, EUR or none.</source>
        <translation>%1：保存的币种“%2”不是 CNY、USD、EUR 或 none 之一。</translation>
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
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::Mismatch</name>
    <message>
        <source>Its orders run from %1 to %2, the project&apos;s from %3 to %4: not one day in common, and %5 days apart (more than %6, so not simply the next month&apos;s export).</source>
        <translation>该文件的订单时间为 %1 至 %2，项目中的为 %3 至 %4：没有一天重合，且相隔 %5 天（超过 %6 天，不像是下个月的新导出）。</translation>
    </message>
    <message>
        <source>Not one of its %1 customer ids is among the project&apos;s %2 customers (the file&apos;s look like %3; the project&apos;s like %4).</source>
        <translation>文件中的 %1 个客户 ID 没有一个出现在项目的 %2 位客户中（文件中的 ID 形如 %3；项目中的形如 %4）。</translation>
    </message>
    <message>
        <source>Its median order amount is %1, the project&apos;s %2: a factor of %3 apart (the warning starts at %4). The amounts may be in another currency or unit, such as cents instead of yuan.</source>
        <translation>该文件的订单金额中位数为 %1，项目中的为 %2，相差 %3 倍（相差 %4 倍起即提示）。金额可能用的是另一种货币或单位，例如以分而不是以元计。</translation>
    </message>
</context>
<context>
    <name>Portrait::Jobs::PlatformReport</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1 单</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message numerus="yes">
        <source>The file has no customer id column (shop platforms&apos; anonymised reports leave it out), so no customer profiles, RFM scores or tags can be made from it. Its %n order(s) are kept for order-level analysis on the Data page: orders by province and day, payment conversion and refund share. If a column does name the buyer, map it to customer_id.</source>
        <translation>
            <numerusform>文件中没有客户 ID 列（电商平台导出的匿名报表通常不含买家信息），因此无法据此建立客户画像、计算 RFM 或打标签。其中的 %n 个订单已保留，可在“数据”页做订单层面的分析：按省份和日期统计订单、付款转化率和退款占比。如果确有某列标识买家，请把它映射为 customer_id。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are not purchases (%1): they are listed with their status on the Data page and are not scored.</source>
        <translation>
            <numerusform>有 %n 个订单不算购买（%1）：已连同订单状态列在“数据”页，不参与评分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are not purchases (%1): the import will list them with their status and not score them.</source>
        <translation>
            <numerusform>有 %n 个订单不算购买（%1）：导入后会连同订单状态列出，不参与评分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have an order status Portrait does not know (%1); read as purchases.</source>
        <translation>
            <numerusform>有 %n 行的订单状态无法识别（%1），已按购买处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 customer ids are masked (like %3): the platform hid part of each id, so different buyers whose ids look alike are merged into one customer. Export the report with full buyer ids if the platform allows it.</source>
        <translation>%2 个客户 ID 中有 %1 个经过脱敏（如 %3）：平台隐去了 ID 的一部分，脱敏后相同的不同买家会被合并为同一位客户。如果平台允许，请导出含完整买家 ID 的报表。</translation>
    </message>
    <message>
        <source>Looks like a %1 order export; its preset mapping was used.</source>
        <translation>看起来是%1的订单导出文件，已使用其预设映射。</translation>
    </message>
    <message>
        <source>Order level: %1 orders, %2 paid (payment conversion %3)</source>
        <translation>订单层面：共 %1 个订单，已付款 %2 个（付款转化率 %3）</translation>
    </message>
    <message>
        <source>; not purchases: %1</source>
        <translation>；不算购买：%1</translation>
    </message>
    <message>
        <source>; refunds %1 of %2 paid (%3).</source>
        <translation>；已付款 %2 中退款 %1（%3）。</translation>
    </message>
    <message>
        <source>Orders refunded in full (counted as returns): %1; refunded in part (net amount lowered): %2.</source>
        <translation>全额退款（计为退货）的订单 %1 个；部分退款（净额相应减少）的订单 %2 个。</translation>
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
    <name>Portrait::Jobs::Removal</name>
    <message>
        <source>Saving a copy of %1</source>
        <translation>正在保存 %1 的副本</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the copy of the project.</source>
        <translation>无法创建用于保存项目副本的文件夹 %1。</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>正在移除 %1</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>正在恢复 %1</translation>
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
    <name>Portrait::Libraries</name>
    <message>
        <source>windows, threads, the SQLite driver, translations</source>
        <translation>窗口、多线程、SQLite 驱动、界面翻译</translation>
    </message>
    <message>
        <source>the dashboard&apos;s charts</source>
        <translation>仪表盘图表</translation>
    </message>
    <message>
        <source>the project file (public domain)</source>
        <translation>项目文件（公有领域）</translation>
    </message>
    <message>
        <source>matrix arithmetic for the analytics</source>
        <translation>分析所用的矩阵运算</translation>
    </message>
    <message>
        <source>reading Excel workbooks (with zlib)</source>
        <translation>读取 Excel 工作簿（配合 zlib）</translation>
    </message>
    <message>
        <source>writing Excel workbooks</source>
        <translation>写出 Excel 工作簿</translation>
    </message>
    <message>
        <source>Chinese text in the report and the charts</source>
        <translation>报告和图表中的中文</translation>
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
    <message>
        <source>%1 is not a snapshot of this project at its schema version.</source>
        <translation>%1 不是本项目在当前结构版本下的快照。</translation>
    </message>
    <message>
        <source>The snapshot %1 is gone.</source>
        <translation>快照 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>Portrait::Project::CampaignStore</name>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation>已有名为“%1”的活动。</translation>
    </message>
</context>
<context>
    <name>Portrait::Project::ClusterStore</name>
    <message>
        <source>%1: the saved clustering is damaged: %2</source>
        <translation>%1：保存的聚类已损坏：%2</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>客群 %1</translation>
    </message>
    <message>
        <source>%1 clusters for k = %2</source>
        <translation>k = %2 却有 %1 个客群</translation>
    </message>
    <message>
        <source>a customer in cluster %1</source>
        <translation>有客户属于客群 %1</translation>
    </message>
    <message>
        <source>Every cluster needs a name.</source>
        <translation>每个客群都需要名称。</translation>
    </message>
    <message>
        <source>Two clusters are called “%1”; cluster names must differ.</source>
        <translation>有两个客群都叫“%1”；客群名称不能重复。</translation>
    </message>
    <message>
        <source>A saved clustering needs a name.</source>
        <translation>保存聚类需要一个名称。</translation>
    </message>
    <message>
        <source>The clustering is incomplete.</source>
        <translation>聚类结果不完整。</translation>
    </message>
    <message>
        <source>%1 has %2 customers, the clustering %3: its customers changed since.</source>
        <translation>%1 有 %2 位客户，聚类中却有 %3 位：客户数据已发生变化。</translation>
    </message>
    <message>
        <source>%1 has no clustering called “%2”.</source>
        <translation>%1 中没有名为“%2”的聚类。</translation>
    </message>
</context>
<context>
    <name>Portrait::Project::MergeStore</name>
    <message>
        <source>The project has no customer %1 to merge.</source>
        <translation>项目中没有要合并的客户 %1。</translation>
    </message>
    <message>
        <source>The project has no customer %1 to merge into.</source>
        <translation>项目中没有要并入的客户 %1。</translation>
    </message>
    <message>
        <source>Merge %1 can no longer be undone: %2</source>
        <translation>合并 %1 已无法撤销：%2</translation>
    </message>
    <message>
        <source>a later merge into the same customer must be undone first.</source>
        <translation>需先撤销之后并入同一客户的合并。</translation>
    </message>
    <message>
        <source>the customer %1 exists again.</source>
        <translation>客户 %1 已重新出现。</translation>
    </message>
    <message>
        <source>the orders or answers it moved have changed since.</source>
        <translation>它移动过的订单或问卷答案此后已被修改。</translation>
    </message>
    <message>
        <source>The project has no merge %1.</source>
        <translation>项目中没有合并 %1。</translation>
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
    <name>Portrait::Project::RowSnapshot</name>
    <message>
        <source>The project has no table %1.</source>
        <translation>项目中没有表 %1。</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>表 %1 中没有列 %2。</translation>
    </message>
</context>
<context>
    <name>Portrait::Project::SnapshotStore</name>
    <message>
        <source>%1 has no snapshot %2.</source>
        <translation>%1 中没有快照 %2。</translation>
    </message>
    <message>
        <source>Reading the snapshot was cancelled.</source>
        <translation>读取快照已取消。</translation>
    </message>
    <message>
        <source>There is already a snapshot named “%1”.</source>
        <translation>已有名为“%1”的快照。</translation>
    </message>
    <message>
        <source>A snapshot needs a name.</source>
        <translation>快照需要一个名称。</translation>
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
    <message>
        <source>The customer&apos;s cluster in the project&apos;s saved k-means clustering (Analytics page, `portrait cluster --save`), by the cluster&apos;s name. Missing for customers who were not clustered, and for everyone while the project has no saved clustering.</source>
        <translation>客户在项目已保存的 k-means 聚类（“分析”页或 `portrait cluster --save`）中所属的客群，取值为客群名称。未参与聚类的客户为缺失；项目没有已保存的聚类时，所有客户均为缺失。</translation>
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
        <source>en</source>
        <comment>The language of the starter tag dictionary&apos;s texts: resources/data/starter_dictionary.LANG.json, en for English</comment>
        <translation>zh_CN</translation>
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
    <name>Portrait::Timeline::Campaign</name>
    <message>
        <source>95 % confidence interval %1 to %2 points</source>
        <translation>95% 置信区间 %1 至 %2 个百分点</translation>
    </message>
    <message>
        <source>Treated customers responded %1 points more often than the control group (%2): the campaign made a significant difference.</source>
        <translation>触达客户的响应率比对照组高 %1 个百分点（%2）：活动效果显著。</translation>
    </message>
    <message>
        <source>Treated customers responded %1 points less often than the control group (%2): significantly worse than doing nothing.</source>
        <translation>触达客户的响应率比对照组低 %1 个百分点（%2）：明显不如不做活动。</translation>
    </message>
    <message>
        <source>The difference of %1 points between treated and control customers is within what chance gives (%2): not significant.</source>
        <translation>触达组与对照组相差 %1 个百分点，仍在随机波动范围内（%2）：不显著。</translation>
    </message>
    <message>
        <source>No verdict: the treated or the control group is empty.</source>
        <translation>无法下结论：触达组或对照组为空。</translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::CampaignJob</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <source>The control group must be more than 0 % and less than 100 % of each segment.</source>
        <translation>对照组须占每个客群的 0% 以上、100% 以下。</translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation>已有名为“%1”的活动。</translation>
    </message>
    <message>
        <source>No scored customer matches the selection.</source>
        <translation>没有参与评分的客户符合所选条件。</translation>
    </message>
    <message>
        <source>The evaluation window must be at least one day.</source>
        <translation>评估窗口至少为一天。</translation>
    </message>
    <message>
        <source>The project has no campaign named “%1”.</source>
        <translation>项目中没有名为“%1”的活动。</translation>
    </message>
    <message>
        <source>The project has no saved clusters to select by; make them on the Analytics page or with `portrait cluster --save NAME`.</source>
        <translation>项目中没有可供选择的已保存聚类；请在“分析”页或用 `portrait cluster --save NAME` 生成。</translation>
    </message>
    <message>
        <source>Unknown cluster “%1”; the clusters of “%2” are: %3</source>
        <translation>未知聚类客群“%1”；“%2”中的聚类客群有：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n picked customer(s) are not in the project, e.g. “%1”.</source>
        <translation>
            <numerusform>挑选的客户中有 %n 位不在本项目中，例如“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Comparison</name>
    <message>
        <source>“%1” is neither a date (YYYY-MM-DD) nor a snapshot of the project.</source>
        <translation>“%1”既不是日期（YYYY-MM-DD），也不是项目中的快照。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>对比已取消。</translation>
    </message>
    <message>
        <source>Scoring as of %1 and %2</source>
        <translation>正在按 %1 和 %2 两个日期评分</translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Migration</name>
    <message>
        <source>(new)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>（未评分）</translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Selection</name>
    <message>
        <source>; did you mean “%1”?</source>
        <translation>；是否要写“%1”？</translation>
    </message>
    <message>
        <source>Unknown segment “%1”; the segments of %2 are: %3</source>
        <translation>未知客群“%1”；%2 的客群有：%3</translation>
    </message>
    <message>
        <source>Unknown tag “%1”%2</source>
        <translation>未知标签“%1”%2</translation>
    </message>
    <message>
        <source>The rule of tag “%1” has an error; fix it first.</source>
        <translation>标签“%1”的规则有错误，请先修正。</translation>
    </message>
    <message>
        <source>Unknown group “%1”%2</source>
        <translation>未知人群“%1”%2</translation>
    </message>
    <message>
        <source>Group “%1” has an error: %2</source>
        <translation>人群“%1”有错误：%2</translation>
    </message>
    <message>
        <source>The project has no tag dictionary: there are no tags or groups to select by.</source>
        <translation>项目没有标签体系，无法按标签或人群筛选。</translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Snapshot</name>
    <message>
        <source>taken by hand</source>
        <translation>手动拍摄</translation>
    </message>
    <message>
        <source>after an import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <source>after a refresh</source>
        <translation>刷新后</translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::SnapshotJob</name>
    <message>
        <source>Scoring for the snapshot</source>
        <translation>正在为快照评分</translation>
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation>快照已取消。</translation>
    </message>
    <message>
        <source>Saving the snapshot “%1”</source>
        <translation>正在保存快照“%1”</translation>
    </message>
    <message>
        <source>No snapshot was taken: %1</source>
        <translation>未能拍快照：%1</translation>
    </message>
    <message>
        <source>The saved scoring cannot be read (%1); the snapshot uses the defaults.</source>
        <translation>无法读取保存的评分设置（%1），快照改用默认设置。</translation>
    </message>
    <message>
        <source>%1 (refresh)</source>
        <translation>%1（刷新）</translation>
    </message>
    <message>
        <source>%1 (import)</source>
        <translation>%1（导入）</translation>
    </message>
    <message>
        <source>Snapshot “%1” taken as of %2 (%3 customers scored).</source>
        <translation>已拍快照“%1”，分析日期 %2（%3 位客户参与评分）。</translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::TimelineCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
</context>
<context>
    <name>Portrait::Timeline::Trend</name>
    <message numerus="yes">
        <source>Scoring at %n date(s)</source>
        <translation>
            <numerusform>正在按 %n 个日期评分</numerusform>
        </translation>
    </message>
    <message>
        <source>The trend was cancelled.</source>
        <translation>趋势计算已取消。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::AboutDialog</name>
    <message>
        <source>About Portrait</source>
        <translation>关于 Portrait</translation>
    </message>
    <message>
        <source>Portrait — Customer Profiles</source>
        <translation>Portrait — 客户画像工作台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>RFM scoring, segments, tags and customer cards for marketing analysts; everything runs on this computer.</source>
        <translation>为营销分析人员提供 RFM 评分、客户分群、标签和客户卡片；所有计算都在本机完成。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Hover over a library for where it comes from. Each keeps its own licence; the texts come with the installed packages (on Debian, /usr/share/doc/*/copyright).</source>
        <translation>将鼠标悬停在组件上可查看其出处。各组件沿用各自的许可证，许可证全文随已安装的软件包提供（Debian 上位于 /usr/share/doc/*/copyright）。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用的组件：</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::AnalyticsPage</name>
    <message>
        <source>&amp;Clusters</source>
        <translation>聚类客群(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CampaignActions</name>
    <message>
        <source>The project has no campaign named “%1”.</source>
        <translation>项目中没有名为“%1”的活动。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::CampaignPanel</name>
    <message>
        <source>New Campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>活动日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Control group:</source>
        <translation>对照组(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Segments (any)</source>
        <translation>客群（满足其一）</translation>
    </message>
    <message>
        <source>Tags (all)</source>
        <translation>标签（全部满足）</translation>
    </message>
    <message>
        <source>Groups (all)</source>
        <translation>人群（全部满足）</translation>
    </message>
    <message>
        <source>&amp;Record Campaign</source>
        <translation>登记活动(&amp;R)</translation>
    </message>
    <message>
        <source>Recorded Campaigns</source>
        <translation>已登记的活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Control %</source>
        <translation>对照组 %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <source>Responses within:</source>
        <translation>响应窗口：</translation>
    </message>
    <message>
        <source>Drawing the control group of “%1”…</source>
        <translation>正在为“%1”抽取对照组…</translation>
    </message>
    <message>
        <source>Recording campaign “%1”</source>
        <translation>正在登记活动“%1”</translation>
    </message>
    <message>
        <source>Recorded “%1”: %2 treated, %3 in the control group.</source>
        <translation>已登记“%1”：触达 %2 位，对照组 %3 位。</translation>
    </message>
    <message>
        <source>Record campaign “%1”</source>
        <translation>登记活动“%1”</translation>
    </message>
    <message>
        <source>Evaluating “%1”…</source>
        <translation>正在评估“%1”…</translation>
    </message>
    <message>
        <source>Responses from %1 to %2.</source>
        <translation>响应期间：%1 至 %2。</translation>
    </message>
    <message>
        <source>The orders end on %1, before the window&apos;s last day: the figures may still grow.</source>
        <translation>订单截至 %1，早于响应窗口的最后一天，数字可能还会增长。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are no longer in the project and count as not responding.</source>
        <translation>
            <numerusform>有 %n 位活动客户已不在项目中，按未响应计。</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>响应人数</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>响应率 %</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Uplift (points)</source>
        <translation>提升（百分点）</translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation>95% 下限</translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation>95% 上限</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Response rate, %</source>
        <translation>响应率（%）</translation>
    </message>
    <message>
        <source>Clusters (any)</source>
        <translation>聚类客群（满足其一）</translation>
    </message>
    <message>
        <source>Export &amp;Treated…</source>
        <translation>导出触达组(&amp;T)…</translation>
    </message>
    <message>
        <source>Export Co&amp;ntrol…</source>
        <translation>导出对照组(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>The clusters of “%1”, the project&apos;s saved clustering.</source>
        <translation>项目已保存的聚类“%1”中的聚类客群。</translation>
    </message>
    <message>
        <source>The project has no saved clusters; make them on the Analytics page.</source>
        <translation>项目中没有已保存的聚类；请在“分析”页生成。</translation>
    </message>
    <message>
        <source>Deleted “%1” (Undo brings it back).</source>
        <translation>已删除“%1”（撤销即可恢复）。</translation>
    </message>
    <message>
        <source>Delete campaign “%1”</source>
        <translation>删除活动“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are no longer in the project and are not in the list.</source>
        <translation>
            <numerusform>有 %n 位成员已不在项目中，未列入名单。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 control</source>
        <translation>%1 对照组</translation>
    </message>
    <message>
        <source>%1 treated</source>
        <translation>%1 触达组</translation>
    </message>
    <message>
        <source>Forget the customers picked on the Customers page: the lists above decide alone</source>
        <translation>忘掉在客户页挑选的客户：只按上方的列表筛选</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n customer(s) picked on the Customers page (narrowed further by any segment, tag, group or cluster ticked above).</source>
        <translation>
            <numerusform>只包含在客户页挑选的 %n 位客户（上方勾选的客群、标签、人群或聚类会进一步缩小范围）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back to All Customers</source>
        <translation>恢复全部客户(&amp;B)</translation>
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
    <message>
        <source>last purchase</source>
        <translation>最近一次消费</translation>
    </message>
    <message>
        <source>orders and spend</source>
        <translation>订单数和消费金额</translation>
    </message>
    <message>
        <source>long ago</source>
        <translation>很久以前</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>a while ago</source>
        <translation>有一段时间</translation>
    </message>
    <message>
        <source>longest ago</source>
        <translation>最久以前</translation>
    </message>
    <message>
        <source>most recent</source>
        <translation>最近期</translation>
    </message>
    <message>
        <source>low</source>
        <comment>score level</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>high</source>
        <comment>score level</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>middle</source>
        <comment>score level</comment>
        <translation>中等</translation>
    </message>
    <message>
        <source>lower middle</source>
        <comment>score level</comment>
        <translation>中下</translation>
    </message>
    <message>
        <source>upper middle</source>
        <comment>score level</comment>
        <translation>中上</translation>
    </message>
    <message>
        <source>lowest</source>
        <comment>score level</comment>
        <translation>最低</translation>
    </message>
    <message>
        <source>highest</source>
        <comment>score level</comment>
        <translation>最高</translation>
    </message>
    <message>
        <source>%1. %2 — the %3 does not fit</source>
        <translation>%1. %2 —— %3不符合</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>score range</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>dimension: score words</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>any scores</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <source>Rule %1 needs %2</source>
        <translation>规则 %1 要求%2</translation>
    </message>
    <message>
        <source>Exactly: %1</source>
        <translation>精确规则：%1</translation>
    </message>
    <message>
        <source>FM is the mean of the F and M scores, rounded.</source>
        <translation>FM 为 F 与 M 评分的平均值，四舍五入取整。</translation>
    </message>
    <message>
        <source>Scores run from 1 to %1; higher is better (R: more recent).</source>
        <translation>评分为 1 至 %1，越高越好（R 越高表示越近期消费）。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>%1% of orders</source>
        <translation>占订单的 %1%</translation>
    </message>
    <message>
        <source>No lifetime model yet: fit one on the Analytics page to see churn risk and value.</source>
        <translation>尚无生命周期模型：在分析页拟合后即可查看流失风险和客户价值。</translation>
    </message>
    <message>
        <source>No purchase on or before %1, the lifetime model&apos;s calibration end: no churn or value estimate.</source>
        <translation>在生命周期模型的校准期末 %1 当天或之前没有购买：无法估计流失风险和价值。</translation>
    </message>
    <message>
        <source>&lt;b&gt;P(alive) %1 %&lt;/b&gt;: the churn model&apos;s chance that this customer still buys, as of %2.</source>
        <translation>&lt;b&gt;存活概率 %1%&lt;/b&gt;：流失模型判断截至 %2 该客户仍在购买的概率。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 purchases&lt;/b&gt; expected in the 90 days after %2 (purchase days, several orders on one day count once).</source>
        <translation>预计 %2 之后 90 天内购买 &lt;b&gt;%1 次&lt;/b&gt;（按购买日计，同一天的多笔订单算一次）。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;CLV %1&lt;/b&gt;: the spend expected over the next %n month(s), discounted %2 % a month.</source>
        <translation>
            <numerusform>&lt;b&gt;CLV %1&lt;/b&gt;：未来 %n 个月的预期消费，按每月 %2% 贴现。</numerusform>
        </translation>
    </message>
    <message>
        <source>No CLV: the spend model was not fitted (%1).</source>
        <translation>无 CLV：消费模型未能拟合（%1）。</translation>
    </message>
    <message>
        <source>Merged ids</source>
        <translation>已合并的编号</translation>
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
    <name>Portrait::Ui::CleanPage</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>清洗前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>清洗后</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>质量报告</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>Cleaning steps, applied in this order to the imported values (which stay in the project):</source>
        <translation>清洗步骤，按以下顺序作用于导入的原始值（原始值仍保留在项目中）：</translation>
    </message>
    <message>
        <source>Customers are the same person when they share</source>
        <translation>以下信息相同时视为同一客户</translation>
    </message>
    <message>
        <source>The same name in the same city is a weaker rule: its groups are only proposed, never merged by “accept all exact-key groups”.</source>
        <translation>同城同名是较弱的规则：这类分组只作为候选，“全部接受精确匹配分组”不会合并它们。</translation>
    </message>
    <message>
        <source>Reading the cleaning pipeline…</source>
        <translation>正在读取清洗流程…</translation>
    </message>
    <message>
        <source>The project&apos;s values are cleaned by the steps shown.</source>
        <translation>项目中的数据已按所列步骤清洗。</translation>
    </message>
    <message>
        <source>The project&apos;s values are as imported. The default pipeline is previewed: Apply to clean them.</source>
        <translation>项目中的数据仍是导入时的原始值。当前预览的是默认流程：点击“应用”即可清洗。</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>正在预览…</translation>
    </message>
    <message>
        <source>Preview: nothing was changed yet.</source>
        <translation>预览：尚未做任何修改。</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>正在清洗…</translation>
    </message>
    <message>
        <source>Cleaned %1 customers.</source>
        <translation>已清洗 %1 位客户。</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <source>Choose at least one thing duplicates share.</source>
        <translation>请至少选择一项判定重复的依据。</translation>
    </message>
    <message>
        <source>Finding duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>No duplicate customers found (%1 groups rejected before).</source>
        <translation>未发现重复客户（%1 组此前已被拒绝）。</translation>
    </message>
    <message>
        <source>No duplicate customers found.</source>
        <translation>未发现重复客户。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Merged %1 customers into others; %2 decisions remembered.</source>
        <translation>已将 %1 位客户并入其他客户；记录了 %2 条判定。</translation>
    </message>
    <message>
        <source> — %1 changed, %2 flagged</source>
        <translation> — 修改 %1，标记 %2</translation>
    </message>
    <message>
        <source>Columns (%1 customers)</source>
        <translation>字段（%1 位客户）</translation>
    </message>
    <message>
        <source>%1 distinct → %2</source>
        <translation>不同值 %1 → %2</translation>
    </message>
    <message>
        <source>missing %1 → %2</source>
        <translation>缺失 %1 → %2</translation>
    </message>
    <message>
        <source>Findings (kept, listed here)</source>
        <translation>发现的问题（数据保留，在此列出）</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>添加步骤(&amp;S)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
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
        <source>Removes the selected step (Delete in the list).</source>
        <translation>移除所选步骤（在列表中按 Delete）。</translation>
    </message>
    <message>
        <source>Moves the selected step up (Ctrl+Up in the list).</source>
        <translation>将所选步骤上移（在列表中按 Ctrl+↑）。</translation>
    </message>
    <message>
        <source>Moves the selected step down (Ctrl+Down in the list).</source>
        <translation>将所选步骤下移（在列表中按 Ctrl+↓）。</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>默认流程</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>预览(&amp;W)</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>应用(&amp;Y)</translation>
    </message>
    <message>
        <source>Undo last &amp;change</source>
        <translation>撤销上次更改(&amp;C)</translation>
    </message>
    <message>
        <source>Chec&amp;k for duplicates…</source>
        <translation>检查重复客户(&amp;K)…</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>选项…</translation>
    </message>
    <message>
        <source>The selected step&apos;s options (double-click or Enter in the list).</source>
        <translation>所选步骤的选项（也可在列表中双击或按回车）。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ClusterProfilesModel</name>
    <message>
        <source>close to the average on every feature</source>
        <translation>各项特征均接近整体平均</translation>
    </message>
    <message>
        <source>Median %1 in this cluster, %2 over all clustered customers.</source>
        <translation>本客群中位数 %1，全部参与聚类客户为 %2。</translation>
    </message>
    <message>
        <source>Double-click to rename the cluster.</source>
        <translation>双击可重命名客群。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>What sets it apart</source>
        <translation>显著特点</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议动作</translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation>%1中位数</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ClusterScatter</name>
    <message>
        <source>No clusters yet: choose the features and k, then Fit.</source>
        <translation>尚无客群：选择特征和 k，然后点击“拟合”。</translation>
    </message>
    <message>
        <source>Principal axis 1 (%1% of the spread)</source>
        <translation>主成分 1（解释 %1% 的差异）</translation>
    </message>
    <message>
        <source>Principal axis 2 (%1%)</source>
        <translation>主成分 2（%1%）</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ClusteringPanel</name>
    <message>
        <source>Clustering</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>log1p</source>
        <translation>log1p</translation>
    </message>
    <message>
        <source>Tick the features to cluster on; log1p tames the long tail of counts and amounts. Each feature is z-scored.</source>
        <translation>勾选用于聚类的特征；log1p 可压缩次数和金额的长尾。每个特征都会做 z-score 标准化。</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Auto: best silhouette, 2–8</source>
        <translation>自动：2–8 中轮廓系数最佳</translation>
    </message>
    <message>
        <source>Clusters (k)</source>
        <translation>客群数 (k)</translation>
    </message>
    <message>
        <source>The same seed gives the same clusters.</source>
        <translation>种子相同，聚类结果相同。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>拟合(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name of the clustering</source>
        <translation>聚类名称</translation>
    </message>
    <message>
        <source>&amp;Save in project</source>
        <translation>保存到项目(&amp;S)</translation>
    </message>
    <message>
        <source>Saved clusters are used by the customer table, exports (--cluster), tag rules (cluster) and the customer card.</source>
        <translation>保存后的客群可用于客户列表、导出（--cluster）、标签规则（cluster）和客户卡片。</translation>
    </message>
    <message>
        <source>Tick at least one feature to cluster on.</source>
        <translation>请至少勾选一个用于聚类的特征。</translation>
    </message>
    <message>
        <source>Fit clusters (k = %1 by silhouette)</source>
        <translation>拟合客群（按轮廓系数选 k = %1）</translation>
    </message>
    <message>
        <source>Fit %1 clusters</source>
        <translation>拟合 %1 个客群</translation>
    </message>
    <message>
        <source>Use %1 clusters</source>
        <translation>改用 %1 个客群</translation>
    </message>
    <message>
        <source>Another cluster is already called “%1”.</source>
        <translation>已有其他客群叫“%1”。</translation>
    </message>
    <message>
        <source>Rename cluster “%1” to “%2”</source>
        <translation>将客群“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Give the clustering a name to save it under.</source>
        <translation>请为聚类起一个名称再保存。</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>聚类客群</translation>
    </message>
    <message>
        <source>Open a project with scored customers to cluster them.</source>
        <translation>请打开一个已评分客户的项目再进行聚类。</translation>
    </message>
    <message>
        <source>No clusters yet: choose the features and k, then Fit.</source>
        <translation>尚无客群：选择特征和 k，然后点击“拟合”。</translation>
    </message>
    <message>
        <source>%1 clusters of %2 customers; inertia %3, silhouette %4.</source>
        <translation>%2 位客户分为 %1 个客群；inertia %3，轮廓系数 %4。</translation>
    </message>
    <message>
        <source>Silhouette on a seeded sample of %1 customers (it is exact below %2).</source>
        <translation>轮廓系数基于固定种子抽取的 %1 位客户样本（客户少于 %2 位时精确计算）。</translation>
    </message>
    <message>
        <source>Silhouette exact, over every clustered customer.</source>
        <translation>轮廓系数基于全部参与聚类的客户精确计算。</translation>
    </message>
    <message>
        <source>Saved in the project as “%1”.</source>
        <translation>已保存到项目中，名称为“%1”。</translation>
    </message>
    <message>
        <source>Not saved: Save keeps these clusters in the project.</source>
        <translation>尚未保存：点击“保存到项目”可保留这组客群。</translation>
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
    <message>
        <source>Tags (%1)</source>
        <translation>标签（%1）</translation>
    </message>
    <message>
        <source>Churn risk and value</source>
        <translation>流失风险与价值</translation>
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
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Purchases next 90 days</source>
        <translation>未来90天购买次数</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
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
    <message>
        <source>Co&amp;lumns</source>
        <translation>列(&amp;L)</translation>
    </message>
    <message>
        <source>Choose the columns shown (also a right click on the column headers)</source>
        <translation>选择要显示的列（也可在列标题上右键选择）</translation>
    </message>
    <message>
        <source>Show Phone and E-mail</source>
        <translation>显示手机号和邮箱</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>全部客群</translation>
    </message>
    <message>
        <source>In no cluster</source>
        <translation>未参与聚类</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>客群(&amp;C)：</translation>
    </message>
    <message>
        <source>Phone numbers and e-mail addresses are masked on screen (138****5678) until you show them; Portrait remembers the choice until it is closed.</source>
        <translation>手机号和邮箱在屏幕上默认脱敏显示（138****5678），点击显示后本次运行期间保持显示，关闭程序后恢复脱敏。</translation>
    </message>
    <message>
        <source>Create &amp;Campaign from Selection…</source>
        <translation>用所选客户创建营销活动(&amp;C)…</translation>
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
    <message>
        <source>Recency (days)</source>
        <translation>最近一次消费（天）</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数坐标(&amp;L)</translation>
    </message>
    <message>
        <source>A logarithmic axis spreads the many small values, where most cut lines are, and keeps the long tail in view.</source>
        <translation>对数坐标能把大量集中在小数值处的数据展开（分界线多在此处），同时保留长尾。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) below zero (their returns exceed their purchases) are in the bar left of the axis.</source>
        <translation>
            <numerusform>%n 位客户净消费为负（退货超过购买），显示在坐标轴左侧的柱中。</numerusform>
        </translation>
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
    <message>
        <source>Re&amp;move Source…</source>
        <translation>移除数据源(&amp;M)…</translation>
    </message>
    <message>
        <source>Take the selected source out of the project: its orders, answers and rejected rows, and the customers it alone brought. Edit › Undo puts it back.</source>
        <translation>从项目中移除所选数据源：连同它的订单、调研答卷和被拒绝的行，以及只来自该数据源的客户。“编辑 › 撤销”可以恢复。</translation>
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
    <message>
        <source>Sa&amp;ve the password in the system keychain</source>
        <translation>把密码保存到系统钥匙串(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>Soc&amp;ket:</source>
        <translation>套接字(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DisplayFormat</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A long date without the weekday, as QDate::toString() patterns: Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DropZone</name>
    <message>
        <source>Drop a project (.portrait), or a CSV, Excel or database dump file to import, here.</source>
        <translation>把项目文件（.portrait），或要导入的 CSV、Excel、数据库导出文件拖放到这里。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::DuplicateReviewDialog</name>
    <message>
        <source>Review duplicate customers</source>
        <translation>复核重复客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>相同项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %n customers</source>
        <translation>
            <numerusform>第 %1 组：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>exact keys</source>
        <translation>精确匹配</translation>
    </message>
    <message>
        <source>same name and city only</source>
        <translation>仅同城同名</translation>
    </message>
    <message>
        <source>kept (imported first)</source>
        <translation>保留（最先导入）</translation>
    </message>
    <message>
        <source>%1 (%2 customers)</source>
        <translation>%1（%2 位客户）</translation>
    </message>
    <message>
        <source>Values shared by too many customers to say who is who, not used: %1</source>
        <translation>以下值被太多客户共用，无法据此区分客户，未使用：%1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Accept all &amp;exact-key groups</source>
        <translation>全部接受精确匹配分组(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Merge accepted</source>
        <translation>合并已接受的分组(&amp;M)</translation>
    </message>
    <message>
        <source>Accepted groups are merged into the customer imported first; every order, survey answer and tag is kept and the other ids stay as aliases. Rejected groups are not proposed again.</source>
        <translation>已接受的分组会并入最先导入的客户；所有订单、问卷答案和标签都会保留，其他客户编号作为别名保留。已拒绝的分组不会再次提出。</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>不同的人</translation>
    </message>
    <message>
        <source>%1 groups: %2 to merge, %3 rejected</source>
        <translation>共 %1 组：待合并 %2 组，已拒绝 %3 组</translation>
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
    <name>Portrait::Ui::FittingChoices</name>
    <message numerus="yes">
        <source>This scheme&apos;s rules are written for %n score level(s), which this choice cannot give.</source>
        <translation>
            <numerusform>该分群方案的规则按 %n 个评分等级编写，这个选项给不出这样的等级数。</numerusform>
        </translation>
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
    <name>Portrait::Ui::HelpDialog</name>
    <message>
        <source>Portrait Help</source>
        <translation>Portrait 帮助</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>What is RFM?</source>
        <translation>什么是 RFM？</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::HelpTopics</name>
    <message>
        <source>Portrait in five minutes</source>
        <translation>五分钟上手 Portrait</translation>
    </message>
    <message>
        <source>A project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>A project is one file (.portrait) on this computer; nothing leaves it unless you export. Start one with Import a File… on the welcome screen, or File › New Project… and then Import Data… on the Data page.</source>
        <translation>一个项目就是本机上的一个文件（.portrait）；除非您主动导出，数据不会离开这台电脑。可以在欢迎页点击“导入文件…”开始，也可以用“文件 › 新建项目…”，再在“数据”页点击“导入数据…”。</translation>
    </message>
    <message>
        <source>The import wizard shows the first rows, proposes which column is the customer id, the order id, the date and the amount, checks every row and tells you which it would reject and why. Nothing is written until you press Import; afterwards Undo This Import, or Edit › Undo, takes it back. When a file does not look like the project (other dates, other customers, amounts in another currency) the wizard says so and offers a new project instead.</source>
        <translation>导入向导会先预览前几行，自动识别哪一列是客户 ID、订单号、日期和金额，再逐行检查，告诉您哪些行会被拒绝以及原因。在您点击“导入”之前不会写入任何数据；导入后可用“撤销本次导入”或“编辑 › 撤销”撤回。如果文件看起来不属于这个项目（日期、客户都对不上，或金额像是另一种货币），向导会提示，并建议改为导入新项目。</translation>
    </message>
    <message>
        <source>The pages</source>
        <translation>各个页面</translation>
    </message>
    <message>
        <source>Data: the imported sources, their counts and every rejected row; Remove Source takes a file out again.</source>
        <translation>数据：已导入的数据源、各项计数和每一条被拒绝的行；“移除数据源”可把某个文件再移出项目。</translation>
    </message>
    <message>
        <source>RFM: how customers are scored (method, levels, as-of date, window) with the histograms and cut lines you can drag, and the segment scheme.</source>
        <translation>RFM：客户的评分方式（方法、档数、分析日、时间窗口），可拖动切分线的分布直方图，以及分群方案。</translation>
    </message>
    <message>
        <source>Segments: the dashboard; click a segment or a heatmap cell to list its customers.</source>
        <translation>分群：仪表盘；点击某个分群或热力图的格子即可列出其中的客户。</translation>
    </message>
    <message>
        <source>Customers: filter, sort and export; double-click a customer for the card that explains their segment.</source>
        <translation>客户：筛选、排序和导出；双击客户打开客户卡片，查看其所属分群的依据。</translation>
    </message>
    <message>
        <source>Tags: the tag dictionary, rules with live counts, and groups of tags for campaigns.</source>
        <translation>标签：标签体系、实时显示命中人数的规则，以及用于营销活动的标签组合。</translation>
    </message>
    <message>
        <source>Issues: what to check before trusting the numbers, each with a button that deals with it.</source>
        <translation>问题：使用这些数字之前需要核查的事项，每项都附有处理按钮。</translation>
    </message>
    <message>
        <source>Safe changes</source>
        <translation>放心修改</translation>
    </message>
    <message>
        <source>Every change of the scoring, every tag set by hand, every import and every removed source is one step of Edit › Undo. Before a source is removed, a copy of the whole project is saved in the folder NAME.snapshots beside it; open that copy to get everything back even after closing Portrait.</source>
        <translation>每一次评分调整、每一个手动标签、每一次导入和每一次移除数据源，都是“编辑 › 撤销”中的一步。移除数据源之前，整个项目的副本会先保存在项目旁的“项目名.snapshots”文件夹里；即使关闭了 Portrait，打开这份副本也能找回全部数据。</translation>
    </message>
    <message>
        <source>Presenting and exporting</source>
        <translation>演示与导出</translation>
    </message>
    <message>
        <source>F5 shows the segments full screen for a meeting; Present › Export Report… writes a PDF. Lists of customers are exported with phone numbers, e-mail addresses and names masked unless you turn that off; each chart exports as PNG, SVG or PDF.</source>
        <translation>按 F5 可全屏演示分群结果，“演示 › 导出报告…”可生成 PDF。导出客户名单时，手机号、邮箱和姓名默认打码，除非您关闭此选项；每张图表都可导出为 PNG、SVG 或 PDF。</translation>
    </message>
    <message>
        <source>What is RFM?</source>
        <translation>什么是 RFM？</translation>
    </message>
    <message>
        <source>RFM sorts customers by three facts of their orders, which together say more about their value than any one of them:</source>
        <translation>RFM 依据订单中的三项事实给客户分类，三者结合起来比任何单一指标都更能说明客户价值：</translation>
    </message>
    <message>
        <source>R, recency: how many days ago the customer last bought (fewer is better).</source>
        <translation>R，最近一次消费：客户最近一次购买距今多少天（越少越好）。</translation>
    </message>
    <message>
        <source>F, frequency: how many orders they placed.</source>
        <translation>F，消费频率：客户下了多少笔订单。</translation>
    </message>
    <message>
        <source>M, monetary: how much they spent, net of returns unless returns are excluded.</source>
        <translation>M，消费金额：客户花了多少钱；除非设置为不计退货，否则按扣除退货后的净额计算。</translation>
    </message>
    <message>
        <source>Scores and codes</source>
        <translation>得分与编码</translation>
    </message>
    <message>
        <source>Each of R, F and M becomes a score from 1 to 5 (or 1 to 3, 1 to 4, or two levels), 5 being best: the customers are split at cut points, by default the quantiles, so each score holds about as many customers. The three scores make a code: 545 is a customer who bought recently, often and much.</source>
        <translation>R、F、M 各自换算成 1 到 5 分（也可以是 1–3、1–4 分或高低两档），5 分最好：客户按切分点划分，默认取分位数，因此每个分数段的人数大致相当。三个得分组成一个编码：545 表示最近买过、买得频繁、花得也多的客户。</translation>
    </message>
    <message>
        <source>When most customers bought only once, several frequency scores collapse into one; the RFM page and the Issues page say so and show the cut points.</source>
        <translation>如果大多数客户只买过一次，频率的几个分数段会合并成一个；RFM 页和问题页会提示这一点，并列出切分点。</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>A segment scheme turns codes into names with an action: Champions buy recently, often and much; At Risk bought often but long ago; Lost bought little, long ago. The first rule a customer matches decides. The Classic 8 classes scheme (重要价值客户 …) uses two levels: above or below the average.</source>
        <translation>分群方案把编码变成带有建议动作的客群名称：“冠军客户”最近买过、买得多也买得勤；“流失风险客户”以前常买但已很久没买；“已流失客户”买得少且很久没来。客户命中的第一条规则决定其分群。经典八类方案（重要价值客户……）只分两档：高于或低于平均值。</translation>
    </message>
    <message>
        <source>Customers without a purchase up to the as-of date are listed but not scored. Change the as-of date or the window on the RFM page to score a past period.</source>
        <translation>截至分析日没有购买的客户会列出，但不参与评分。在 RFM 页修改分析日或时间窗口，可以为过去的某段时间评分。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
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
    <message>
        <source>&lt; 0</source>
        <translation>&lt; 0</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with negative net spend: their returns exceed their purchases.</source>
        <translation>
            <numerusform>%n 位客户净消费为负：退货金额超过购买金额。</numerusform>
        </translation>
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
    <message>
        <source>Saving a copy of the project for Undo</source>
        <translation>正在保存项目副本，以便撤销</translation>
    </message>
    <message>
        <source>Close keeps the import; Undo This Import, or Edit › Undo later, takes it out again.</source>
        <translation>点击“关闭”保留本次导入；点击“撤销本次导入”，或稍后使用“编辑 › 撤销”，可把它再撤回。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>撤销本次导入(&amp;U)</translation>
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
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>No issues: every row was imported and every customer scored.</source>
        <translation>没有问题：所有行都已导入，所有客户都已评分。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Show Rows</source>
        <translation>查看数据行</translation>
    </message>
    <message>
        <source>Exclude Returns</source>
        <translation>不计退货</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>导出名单…</translation>
    </message>
    <message>
        <source>Open RFM Page</source>
        <translation>打开 RFM 页</translation>
    </message>
    <message>
        <source>Edit Scheme…</source>
        <translation>编辑分群方案…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Most severe first. Each button deals with its finding; double-click a finding about a file to see its rows.</source>
        <translation>按严重程度排序。每个按钮处理对应的问题；双击与文件相关的问题可查看其数据行。</translation>
    </message>
    <message>
        <source>Open Clean Page</source>
        <translation>打开清洗页</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::LifetimeCharts</name>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Holdout %1 – %2: purchase days</source>
        <translation>留出期 %1 – %2：购买天数</translation>
    </message>
    <message>
        <source>Repeat purchases in the calibration period</source>
        <translation>校准期内的复购次数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Customers by P(alive)</source>
        <translation>按存活概率分布的客户数</translation>
    </message>
    <message>
        <source>P(alive), up to</source>
        <translation>存活概率（上限）</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::LifetimePanel</name>
    <message>
        <source>Hold out the orders after</source>
        <translation>留出此日之后的订单</translation>
    </message>
    <message>
        <source>Fit on the orders up to this day and check the prediction against the orders after it.</source>
        <translation>用截至此日的订单拟合模型，并用此日之后的订单检验预测效果。</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> %/月</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>拟合(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Calibration end:</source>
        <translation>校准期末：</translation>
    </message>
    <message>
        <source>Time unit:</source>
        <translation>时间单位：</translation>
    </message>
    <message>
        <source>CLV horizon:</source>
        <translation>CLV 预测期：</translation>
    </message>
    <message>
        <source>Discount rate:</source>
        <translation>贴现率：</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>标准误</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>平均 CLV</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>CLV 合计</translation>
    </message>
    <message>
        <source>Not fitted: %1</source>
        <translation>未能拟合：%1</translation>
    </message>
    <message>
        <source>Fit lifetime model</source>
        <translation>拟合生命周期模型</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>正在拟合…</translation>
    </message>
    <message>
        <source>No lifetime model yet: choose the settings and fit.</source>
        <translation>尚无生命周期模型：请选择参数后点击拟合。</translation>
    </message>
    <message>
        <source>Holdout check</source>
        <translation>留出期检验</translation>
    </message>
    <message>
        <source>Customers by P(alive)</source>
        <translation>按存活概率分布的客户数</translation>
    </message>
    <message>
        <source>Fitted on %1 customers (%2 with repeat purchases) up to %3, in %4.</source>
        <translation>基于截至 %3 的 %1 位客户（其中 %2 位有复购）拟合，时间单位：%4。</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Holdout check: no orders after the calibration end</source>
        <translation>留出期检验：校准期末之后没有订单</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>BG/NBD log-likelihood</source>
        <translation>BG/NBD 对数似然</translation>
    </message>
    <message>
        <source>Gamma-Gamma log-likelihood</source>
        <translation>Gamma-Gamma 对数似然</translation>
    </message>
    <message>
        <source>Frequency–spend correlation</source>
        <translation>频次与消费金额的相关系数</translation>
    </message>
    <message>
        <source>Segment or cluster</source>
        <translation>分群或客群</translation>
    </message>
    <message>
        <source>Cluster %1 %2</source>
        <translation>客群 %1 %2</translation>
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
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>移除数据源</translation>
    </message>
    <message>
        <source>Remove %1 from the project?</source>
        <translation>要从项目中移除 %1 吗？</translation>
    </message>
    <message>
        <source>Its %1 orders, %2 rejected rows and any survey answers go, and so do the customers no other source has. A copy of the whole project is saved first in %3; Edit › Undo puts the source back.</source>
        <translation>它的 %1 笔订单、%2 条被拒绝的行以及调研答卷都将移除，没有其他数据源的客户也会一并移除。移除前会先把整个项目的副本保存到 %3；“编辑 › 撤销”可以恢复该数据源。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Removed %1: %2 orders, %3 survey answers, %4 rejected rows, %5 customers. A copy from before is at %6.</source>
        <translation>已移除 %1：%2 笔订单、%3 份调研答卷、%4 条被拒绝的行、%5 位客户。移除前的副本保存在 %6。</translation>
    </message>
    <message>
        <source>The step could not be undone or redone; the project is unchanged and the undo history was cleared. %1</source>
        <translation>这一步无法撤销或重做；项目未作任何改动，撤销记录已清空。%1</translation>
    </message>
    <message>
        <source>Exclude returns</source>
        <translation>不计退货</translation>
    </message>
    <message>
        <source>customers-to-check</source>
        <translation>待核查客户</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Portrait &amp;Guide</source>
        <translation>Portrait 使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>What Is &amp;RFM?</source>
        <translation>什么是 RFM(&amp;R)？</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Portrait</source>
        <translation>关于 Portrait(&amp;A)</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the demo.</source>
        <translation>无法为示例项目创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Data files (*.csv *.txt *.tsv *.xlsx *.sql *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>数据文件 (*.csv *.txt *.tsv *.xlsx *.sql *.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>Report &amp;Title…</source>
        <translation>报告标题(&amp;T)…</translation>
    </message>
    <message>
        <source>¥ Yuan</source>
        <translation>¥ 人民币</translation>
    </message>
    <message>
        <source>$ Dollar</source>
        <translation>$ 美元</translation>
    </message>
    <message>
        <source>€ Euro</source>
        <translation>€ 欧元</translation>
    </message>
    <message>
        <source>Clea&amp;n</source>
        <translation>清洗(&amp;N)</translation>
    </message>
    <message>
        <source>The lifetime model could not be saved in the project: %1</source>
        <translation>生命周期模型无法保存到项目中：%1</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Churn and lifetime value</source>
        <translation>流失风险与客户终身价值</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>时间线(&amp;M)</translation>
    </message>
    <message>
        <source>No currency sign</source>
        <translation>不显示币种符号</translation>
    </message>
    <message>
        <source>New Project for %1</source>
        <translation>为 %1 新建项目</translation>
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
    <name>Portrait::Ui::MigrationPanel</name>
    <message>
        <source>A date (YYYY-MM-DD) or a snapshot&apos;s name</source>
        <translation>日期（YYYY-MM-DD）或快照名称</translation>
    </message>
    <message>
        <source>With &amp;tags</source>
        <translation>含标签(&amp;T)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>对比(&amp;M)</translation>
    </message>
    <message>
        <source>Since the &amp;Previous Snapshot</source>
        <translation>与上一个快照对比(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export Movers…</source>
        <translation>导出迁移客户(&amp;E)…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>What Moved</source>
        <translation>迁移情况</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>迁移矩阵</translation>
    </message>
    <message>
        <source>Tags Entered / Left</source>
        <translation>标签增减</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在对比…</translation>
    </message>
    <message>
        <source>The project has fewer than two snapshots: nothing to compare yet.</source>
        <translation>项目中的快照不足两个，暂时无法对比。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n customer(s) changed segment.</source>
        <translation>
            <numerusform>%1 → %2：%n 位客户换了客群。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a band or double-click a cell to list its customers.</source>
        <translation>单击流带或双击单元格可查看对应客户。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原客群</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新客群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Monetary before</source>
        <translation>之前消费金额</translation>
    </message>
    <message>
        <source>Monetary after</source>
        <translation>之后消费金额</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>失去</translation>
    </message>
    <message>
        <source>Moved %1 → %2 (%3 → %4)</source>
        <translation>从 %1 迁移到 %2（%3 → %4）</translation>
    </message>
    <message>
        <source>movers %1 to %2</source>
        <translation>迁移客户 %1 至 %2</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>没有该标签</translation>
    </message>
    <message>
        <source>Kept “%1” (%2 → %3)</source>
        <translation>保持“%1”（%2 → %3）</translation>
    </message>
    <message>
        <source>Left “%1” (%2 → %3)</source>
        <translation>失去“%1”（%2 → %3）</translation>
    </message>
    <message>
        <source>Entered “%1” (%2 → %3)</source>
        <translation>新获得“%1”（%2 → %3）</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::OrderLevelPanel</name>
    <message>
        <source>Orders by province</source>
        <translation>按省份统计订单</translation>
    </message>
    <message>
        <source>Orders by day</source>
        <translation>按日期统计订单</translation>
    </message>
    <message>
        <source>Not purchases</source>
        <translation>不算购买的订单</translation>
    </message>
    <message>
        <source>Order level: %1 orders, %2 paid — payment conversion %3.</source>
        <translation>订单层面：共 %1 个订单，已付款 %2 个，付款转化率 %3。</translation>
    </message>
    <message>
        <source>Not purchases: %1 unpaid, %2 closed, %3 cancelled.</source>
        <translation>不算购买：未付款 %1 个，已关闭 %2 个，已取消 %3 个。</translation>
    </message>
    <message>
        <source>Refunds: %1 of %2 paid (%3) — refunded in full (returns): %4, in part: %5.</source>
        <translation>退款：已付款 %2 中退款 %1（%3）；全额退款（计为退货）%4 个，部分退款 %5 个。</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Payment conversion</source>
        <translation>付款转化率</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>付款金额</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>归类为</translation>
    </message>
    <message>
        <source>Status in the file</source>
        <translation>文件中的状态</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Not purchases (first %1 of %2)</source>
        <translation>不算购买的订单（共 %2 个，显示前 %1 个）</translation>
    </message>
    <message>
        <source>Not purchases (%1)</source>
        <translation>不算购买的订单（%1）</translation>
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
    <name>Portrait::Ui::PlatformNotice</name>
    <message>
        <source>Import for order-level analysis only (no customers)</source>
        <translation>仅导入用于订单层面分析（不建立客户）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Looks like a %1 order export.&lt;/b&gt; The roles below are its preset mapping; change any of them.</source>
        <translation>&lt;b&gt;看起来是%1的订单导出文件。&lt;/b&gt;下表的字段含义来自该平台的预设映射，均可修改。</translation>
    </message>
    <message>
        <source>The buyer ids are masked (%1): different buyers whose ids look alike will be merged into one customer.</source>
        <translation>买家 ID 经过脱敏（%1）：脱敏后相同的不同买家会被合并为同一位客户。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file has no customer id column&lt;/b&gt; — shop platforms&apos; anonymised reports leave it out. Portrait cannot build customer profiles, RFM scores or tags from it, but it can import its orders for order-level analysis on the Data page: orders by province and day, payment conversion and refund share.</source>
        <translation>&lt;b&gt;此文件没有客户 ID 列&lt;/b&gt;——电商平台导出的匿名报表通常不含买家信息。Portrait 无法据此建立客户画像、计算 RFM 或打标签，但可以导入其中的订单，在“数据”页做订单层面的分析：按省份和日期统计订单、付款转化率和退款占比。</translation>
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
    <message>
        <source>Applying the lifetime model</source>
        <translation>正在应用生命周期模型</translation>
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
    <name>Portrait::Ui::ReportTitleDialog</name>
    <message>
        <source>Report Title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>副标题(&amp;S)：</translation>
    </message>
    <message>
        <source>Shown on the first page of the report and in presentation mode, and saved in the project. Leave a box empty for the default.</source>
        <translation>显示在报告首页和演示模式中，并保存在项目里。留空则使用默认内容。</translation>
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
    <message>
        <source>&amp;Open a Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>试用示例项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import Orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>尚未打开项目</translation>
    </message>
    <message>
        <source>RFM scores customers by how recently, how often and how much they bought. Open a project, or try the demo project to see how it works.</source>
        <translation>RFM 按客户最近一次消费、消费频次和消费金额为客户评分。请打开一个项目，或先用示例项目看看效果。</translation>
    </message>
    <message>
        <source>This project has no orders yet</source>
        <translation>此项目还没有订单</translation>
    </message>
    <message>
        <source>Import an order export (CSV, Excel or a database dump) with a customer id, an order date and an amount; the customers are scored as soon as it is in.</source>
        <translation>导入一份订单导出文件（CSV、Excel 或数据库转储），需包含客户 ID、下单日期和金额；导入后立即为客户评分。</translation>
    </message>
    <message>
        <source>Who moves where</source>
        <translation>客户流向</translation>
    </message>
    <message>
        <source>Nobody changes segment at this position of the line.</source>
        <translation>分界线在此位置时，没有客户改变分群。</translation>
    </message>
    <message>
        <source>The last change moved nobody. Drag a cut line, or change the method or the levels, to see which customers change segment.</source>
        <translation>上一次调整没有让任何客户改变分群。拖动分界线，或更改评分方法、档数，即可查看哪些客户会改变分群。</translation>
    </message>
    <message>
        <source>Drag a cut line to see which customers would change segment, and to which; after each change this shows who moved.</source>
        <translation>拖动分界线，可以看到哪些客户会改变分群、去往哪个分群；每次调整后这里显示客户的流向。</translation>
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
    <name>Portrait::Ui::RuleHelper</name>
    <message>
        <source>The customer features a rule can use</source>
        <translation>规则可以使用的客户特征</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>Write the field and value into the rule at the cursor</source>
        <translation>在光标处把字段和值写入规则</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SankeyWidget</name>
    <message>
        <source>Compare two dates or snapshots to see who moved.</source>
        <translation>对比两个日期或快照，查看客户的迁移。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n customer(s). Click to list them.</source>
        <translation>
            <numerusform>%1 → %2：%n 位客户。单击查看名单。</numerusform>
        </translation>
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
    <message>
        <source>%1 (log scale)</source>
        <translation>%1（对数坐标）</translation>
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
%2 customers (%3 of customers)
Revenue %4 (%5 of revenue)
Click to list them</source>
        <translation>%1
%2 位客户（占客户 %3）
收入 %4（占收入 %5）
点击查看客户列表</translation>
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
    <name>Portrait::Ui::SilhouetteCurve</name>
    <message>
        <source>Silhouette by number of clusters</source>
        <translation>各客群数的轮廓系数</translation>
    </message>
    <message>
        <source>With k chosen automatically, the silhouette of each k from 2 to 8 is drawn here.</source>
        <translation>自动选择 k 时，这里会画出 k = 2 到 8 各自的轮廓系数。</translation>
    </message>
    <message>
        <source>k (number of clusters)</source>
        <translation>k（客群数）</translation>
    </message>
    <message>
        <source>k = %1: silhouette %2, inertia %3</source>
        <translation>k = %1：轮廓系数 %2，inertia %3</translation>
    </message>
    <message>
        <source>Click to use these %1 clusters.</source>
        <translation>点击改用这 %1 个客群。</translation>
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
    <message>
        <source>The largest segment is %1: %2 customers, %3 of those scored.</source>
        <translation>最大的分群是“%1”：%2 位客户，占已评分客户的 %3。</translation>
    </message>
    <message>
        <source>The largest segment is %1: %2 customers, %3 of those scored, who bring %4 of the revenue.</source>
        <translation>最大的分群是“%1”：%2 位客户，占已评分客户的 %3，贡献了 %4 的收入。</translation>
    </message>
    <message>
        <source>No segment shrank since %1 (same rules and cut points).</source>
        <translation>自 %1 以来没有分群缩小（按相同的规则和分界点比较）。</translation>
    </message>
    <message>
        <source>Shrinking fastest: %1, from %2 customers on %3 to %4 now (%5), by the same rules and cut points.</source>
        <translation>缩小最快的分群是“%1”：从 %3 的 %2 位客户降至现在的 %4 位（%5），按相同的规则和分界点比较。</translation>
    </message>
    <message>
        <source>Recency cut points (days): %1</source>
        <translation>最近一次消费分界点（天）：%1</translation>
    </message>
    <message>
        <source>Frequency cut points: %1</source>
        <translation>消费频次分界点：%1</translation>
    </message>
    <message>
        <source>Spend cut points: %1</source>
        <translation>消费金额分界点：%1</translation>
    </message>
    <message>
        <source>Spend (M) is a customer&apos;s average order, less what they returned.</source>
        <translation>消费金额（M）为客户的平均订单金额，已扣除退货。</translation>
    </message>
    <message>
        <source>Spend (M) is what a customer spent, less what they returned.</source>
        <translation>消费金额（M）为客户的累计消费，已扣除退货。</translation>
    </message>
    <message>
        <source>Spend (M) is a customer&apos;s average order; returns are left out.</source>
        <translation>消费金额（M）为客户的平均订单金额，不计退货。</translation>
    </message>
    <message>
        <source>Spend (M) is what a customer spent; returns are left out.</source>
        <translation>消费金额（M）为客户的累计消费，不计退货。</translation>
    </message>
    <message>
        <source>the orders of the last day</source>
        <translation>最近一天的订单</translation>
    </message>
    <message>
        <source>the orders of the last %1 days</source>
        <translation>最近 %1 天的订单</translation>
    </message>
    <message>
        <source>every order up to that day</source>
        <translation>截至当日的全部订单</translation>
    </message>
    <message>
        <source>As of %1, counting %2.</source>
        <translation>分析日为 %1，统计%2。</translation>
    </message>
    <message>
        <source>Recency (R) is the days since the last purchase: recent customers score high.</source>
        <translation>最近一次消费（R）为距上次购买的天数：越近期消费的客户得分越高。</translation>
    </message>
    <message>
        <source>Frequency (F) counts the days a customer bought on.</source>
        <translation>消费频次（F）按客户有购买的天数计算。</translation>
    </message>
    <message>
        <source>Frequency (F) counts a customer&apos;s orders.</source>
        <translation>消费频次（F）按客户的订单数计算。</translation>
    </message>
    <message>
        <source>Scores: %1, %2 levels per dimension.</source>
        <translation>评分：%1，每个维度 %2 档。</translation>
    </message>
    <message>
        <source>Cut points or value tiers set by hand on the RFM page are used as set.</source>
        <translation>在 RFM 页面手动设置的分界点或价值等级按设置原样使用。</translation>
    </message>
    <message>
        <source>At risk means a recency score of %1 or less with a spend score of %2 or more.</source>
        <translation>“流失风险”指最近一次消费评分不高于 %1、消费金额评分不低于 %2 的客户。</translation>
    </message>
    <message>
        <source>Segment scheme %1: the first rule a customer matches decides.</source>
        <translation>分群方案“%1”：客户按首先符合的规则归入分群。</translation>
    </message>
    <message>
        <source>%1: R %2, FM %3</source>
        <translation>%1：R %2，FM %3</translation>
    </message>
    <message>
        <source>%1: R %2, F %3, M %4</source>
        <translation>%1：R %2，F %3，M %4</translation>
    </message>
    <message>
        <source>%1: everyone else</source>
        <translation>%1：其余所有客户</translation>
    </message>
    <message>
        <source>%1 customers and %2 orders, from %3 to %4.</source>
        <translation>共 %1 位客户、%2 笔订单，时间从 %3 到 %4。</translation>
    </message>
    <message>
        <source>%1 customers and no orders.</source>
        <translation>共 %1 位客户，没有订单。</translation>
    </message>
    <message>
        <source>%1 orders include returns, %2 in all; %3 orders are returns only.</source>
        <translation>%1 笔订单含退货，退货金额合计 %2；其中 %3 笔订单只有退货。</translation>
    </message>
    <message>
        <source>%1 orders after the as-of date are not counted.</source>
        <translation>分析日之后的 %1 笔订单未计入。</translation>
    </message>
    <message>
        <source>%1 orders before the period are not counted.</source>
        <translation>统计期之前的 %1 笔订单未计入。</translation>
    </message>
    <message>
        <source>%1 of the customers have a phone number, %2 an e-mail address.</source>
        <translation>%1 的客户留有手机号，%2 留有邮箱。</translation>
    </message>
    <message>
        <source>No customer has a purchase to score: there is nothing to report yet.</source>
        <translation>没有客户有可评分的购买记录，暂无可报告的内容。</translation>
    </message>
    <message>
        <source>%1 customers bought up to %2 and were scored; together they spent %3.</source>
        <translation>截至 %2，共有 %1 位客户有购买并参与评分，累计消费 %3。</translation>
    </message>
    <message>
        <source>The fifth of customers who spent the most bring %1 of the revenue.</source>
        <translation>消费最高的前 20% 客户贡献了 %1 的收入。</translation>
    </message>
    <message>
        <source>At risk: %1 customers who spent much have not bought for a long time. They brought %2 (%3 of the revenue); most of them are in %4.</source>
        <translation>流失风险：%1 位高消费客户已经很久没有购买，他们贡献了 %2（占收入的 %3），大多属于“%4”。</translation>
    </message>
    <message>
        <source>No customer who spent much has been away for long: no value is at risk.</source>
        <translation>没有高消费客户长期未购买，暂无流失风险的价值。</translation>
    </message>
    <message>
        <source>%1 customers were scored; %2 were left out: no purchase in the period, or only returns.</source>
        <translation>%1 位客户参与评分；%2 位未评分：统计期内没有购买，或只有退货。</translation>
    </message>
    <message>
        <source>%1 scored customers returned more than they bought (net spend below zero).</source>
        <translation>%1 位已评分客户的退货超过购买（净消费为负）。</translation>
    </message>
    <message>
        <source>No scored customer returned more than they bought.</source>
        <translation>已评分客户中没有退货超过购买的。</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>What the data shows</source>
        <translation>主要发现</translation>
    </message>
    <message>
        <source>How the customers were scored</source>
        <translation>评分方法</translation>
    </message>
    <message>
        <source>The data behind the report</source>
        <translation>数据说明与质量</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::SnapshotsPanel</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>e.g. Before the spring campaign</source>
        <translation>例如：春季活动前</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>分析日期：</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>拍快照(&amp;T)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>分析日期</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>参与评分</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Compare the Two Selected</source>
        <translation>对比所选两个(&amp;C)</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>%1 快照</translation>
    </message>
    <message>
        <source>Taking “%1”…</source>
        <translation>正在拍“%1”…</translation>
    </message>
    <message>
        <source>Took “%1”.</source>
        <translation>已拍“%1”。</translation>
    </message>
    <message>
        <source>Take snapshot “%1”</source>
        <translation>拍快照“%1”</translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation>重命名快照</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Rename snapshot “%1” to “%2”</source>
        <translation>将快照“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Delete snapshot “%1”</source>
        <translation>删除快照“%1”</translation>
    </message>
    <message>
        <source>No snapshots yet. Take one here, at any past date; Portrait also takes one after every import and refresh, so that you can see later who moved.</source>
        <translation>还没有快照。可以在这里按任意过去的日期拍一张；每次导入和刷新后 Portrait 也会自动拍一张，方便日后查看谁发生了迁移。</translation>
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
        <translation>无客户 ID</translation>
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
    <message>
        <source>Generated</source>
        <comment>format of the demo data</comment>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::StepOptionsDialog</name>
    <message>
        <source>Keep them as they are (and list them)</source>
        <translation>保留原样（并列出）</translation>
    </message>
    <message>
        <source>Clear them (and list them)</source>
        <translation>清空（并列出）</translation>
    </message>
    <message>
        <source>Options of “%1”</source>
        <translation>“%1”的选项</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>This step has no options.</source>
        <translation>此步骤没有可设置的选项。</translation>
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
    <message>
        <source>Not saved: see the message above</source>
        <translation>未保存：请查看上方的提示</translation>
    </message>
    <message>
        <source>Reading the project&apos;s tags…</source>
        <translation>正在读取项目中的标签…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>已自动保存</translation>
    </message>
    <message>
        <source>Tags, groups and hand-set tags are saved in the project a moment after every change, and before it is closed.</source>
        <translation>标签、标签组和手动打的标签在每次修改后稍后即自动保存到项目中，关闭项目前也会保存。</translation>
    </message>
    <message>
        <source>&amp;Open a Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>试用示例项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Use the Starter Dictionary</source>
        <translation>使用预置标签字典(&amp;U)</translation>
    </message>
    <message>
        <source>Start With an &amp;Empty Tag</source>
        <translation>从空白标签开始(&amp;E)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>尚未打开项目</translation>
    </message>
    <message>
        <source>Tags describe customers in words a team shares (高价值, 沉睡, 促销敏感 …), each with a definition and a rule. Open a project, or try the demo project.</source>
        <translation>标签用团队共同理解的词语描述客户（高价值、沉睡、促销敏感……），每个标签都有定义和规则。请打开一个项目，或先试用示例项目。</translation>
    </message>
    <message>
        <source>This project has no tags yet</source>
        <translation>此项目还没有标签</translation>
    </message>
    <message numerus="yes">
        <source>Start from the starter dictionary: %n tag(s) for basic attributes, behaviour, preferences, value and attitude, each with its definition, data source and rule, ready to change. Or build your own from an empty tag.</source>
        <translation>
            <numerusform>可以从预置标签字典开始：%n 个标签，涵盖基础属性、行为、偏好、价值和态度，每个都附有定义、数据来源和规则，可随时修改。也可以从空白标签开始自建。</numerusform>
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
        <source>scored customers</source>
        <translation>已评分客户</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2 customers (%3)</source>
        <translation>%1
%2 位客户（%3）</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TimelinePage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>客群迁移</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
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
%2 customers (%3)
Click to list them</source>
        <translation>%1
%2 位客户（%3）
点击查看客户列表</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::TrendPanel</name>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Show &amp;Trend</source>
        <translation>查看趋势(&amp;T)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message numerus="yes">
        <source>Scoring at %n date(s)…</source>
        <translation>
            <numerusform>正在按 %n 个日期评分…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), each scored as of its first day.</source>
        <translation>
            <numerusform>共 %n 个周期，每个周期按其第一天评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Monetary per segment</source>
        <translation>各客群消费金额</translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation>各客群客户数</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>参与评分</translation>
    </message>
    <message>
        <source>Untick a segment to leave it out of the chart.</source>
        <translation>取消勾选某个客群，即可将其从图中去掉。</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::ValidationPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; accepted, &lt;b&gt;%3&lt;/b&gt; rejected, &lt;b&gt;%4&lt;/b&gt; without a customer id.</source>
        <translation>共读取 &lt;b&gt;%1&lt;/b&gt; 行：接受 &lt;b&gt;%2&lt;/b&gt; 行，拒绝 &lt;b&gt;%3&lt;/b&gt; 行，&lt;b&gt;%4&lt;/b&gt; 行没有客户 ID。</translation>
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
    <message>
        <source>Import into a &amp;New Project Instead…</source>
        <translation>改为导入新项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would; nothing is written until you press Import.</source>
        <translation>按导入时的方式读取并检查每一行；点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>This file may not belong to this project.</source>
        <translation>这个文件可能不属于当前项目。</translation>
    </message>
    <message>
        <source>Importing merges its customers and orders into this project&apos;s and scores everyone again. If it comes from another shop, period or currency, give it a project of its own.</source>
        <translation>导入会把其中的客户和订单并入本项目，并为所有客户重新评分。如果它来自另一家店铺、另一个时期或另一种货币，请为它单独建一个项目。</translation>
    </message>
    <message>
        <source>The rows will go into the new project %1.</source>
        <translation>数据将导入新项目 %1。</translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation>仍然导入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>New Project for %1</source>
        <translation>为 %1 新建项目</translation>
    </message>
    <message>
        <source>Portrait projects (*.portrait)</source>
        <translation>Portrait 项目 (*.portrait)</translation>
    </message>
</context>
<context>
    <name>Portrait::Ui::WelcomePage</name>
    <message>
        <source>Portrait — customer profiles from your order exports</source>
        <translation>Portrait — 用订单导出数据做客户画像</translation>
    </message>
    <message>
        <source>Import orders, customers and survey answers from CSV, Excel or a database dump into one project file that stays on this computer.</source>
        <translation>把 CSV、Excel 或数据库导出文件中的订单、客户资料和调研答卷导入一个项目文件，数据始终留在本机。</translation>
    </message>
    <message>
        <source>Score every customer by how recently, how often and how much they buy (RFM), and see which segments are valuable, growing, slipping or lost.</source>
        <translation>按最近一次消费、消费频率和消费金额（RFM）为每位客户评分，看清哪些客群有价值、在成长、在下滑或已流失。</translation>
    </message>
    <message>
        <source>Tag customers by rules, open any customer&apos;s card, and hand on masked lists, charts and a PDF report.</source>
        <translation>用规则给客户打标签，查看任意客户的画像卡片，并输出打码名单、图表和 PDF 报告。</translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Start a new project from a CSV, Excel or database dump file</source>
        <translation>从 CSV、Excel 或数据库导出文件新建项目</translation>
    </message>
    <message>
        <source>&amp;Open a Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .portrait project file</source>
        <translation>打开 .portrait 项目文件</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>试用示例(&amp;D)</translation>
    </message>
    <message>
        <source>Open a generated shop with 5,000 customers to look around</source>
        <translation>打开一家约 5,000 位客户的模拟店铺，随便看看</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>上次打开</translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation>打开过的项目会显示在这里。</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（文件不存在）</translation>
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

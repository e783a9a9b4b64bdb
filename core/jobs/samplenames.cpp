#include "jobs/sampledata.h"

// Tables for the demo generator. Weights are rough shares (surnames: per mille of the
// population; cities: urban population in 10,000s, nudged up on the e-commerce-heavy coast)
// so the demo looks like a real Chinese customer base without claiming to be one.

namespace Portrait::Jobs::SampleTables {

namespace {

constexpr Entry kSurnames[] = {
    {u"王", "wang", 72},  {u"李", "li", 72},     {u"张", "zhang", 68}, {u"刘", "liu", 54},
    {u"陈", "chen", 46},  {u"杨", "yang", 33},   {u"黄", "huang", 24}, {u"赵", "zhao", 22},
    {u"吴", "wu", 20},    {u"周", "zhou", 19},   {u"徐", "xu", 13},    {u"孙", "sun", 12},
    {u"马", "ma", 12},    {u"朱", "zhu", 11},    {u"胡", "hu", 11},    {u"郭", "guo", 11},
    {u"何", "he", 10},    {u"林", "lin", 10},    {u"高", "gao", 10},   {u"罗", "luo", 9},
    {u"郑", "zheng", 8},  {u"梁", "liang", 8},   {u"谢", "xie", 7},    {u"宋", "song", 6},
    {u"唐", "tang", 6},   {u"许", "xu", 6},      {u"韩", "han", 6},    {u"邓", "deng", 6},
    {u"冯", "feng", 6},   {u"曹", "cao", 5},     {u"彭", "peng", 5},   {u"曾", "zeng", 5},
    {u"肖", "xiao", 5},   {u"田", "tian", 5},    {u"董", "dong", 5},   {u"潘", "pan", 4},
    {u"袁", "yuan", 4},   {u"蔡", "cai", 4},     {u"蒋", "jiang", 4},  {u"余", "yu", 4},
    {u"于", "yu", 4},     {u"杜", "du", 4},      {u"叶", "ye", 4},     {u"程", "cheng", 4},
    {u"魏", "wei", 3},    {u"苏", "su", 3},      {u"吕", "lv", 3},     {u"丁", "ding", 3},
    {u"任", "ren", 3},    {u"卢", "lu", 3},      {u"姚", "yao", 3},    {u"沈", "shen", 3},
    {u"钟", "zhong", 3},  {u"姜", "jiang", 3},   {u"崔", "cui", 3},    {u"谭", "tan", 3},
    {u"陆", "lu", 3},     {u"范", "fan", 3},     {u"汪", "wang", 3},   {u"廖", "liao", 3},
    {u"石", "shi", 3},    {u"金", "jin", 3},     {u"韦", "wei", 2},    {u"贾", "jia", 2},
    {u"夏", "xia", 2},    {u"付", "fu", 2},      {u"方", "fang", 2},   {u"邹", "zou", 2},
    {u"熊", "xiong", 2},  {u"白", "bai", 2},     {u"孟", "meng", 2},   {u"秦", "qin", 2},
    {u"邱", "qiu", 2},    {u"侯", "hou", 2},     {u"江", "jiang", 2},  {u"尹", "yin", 2},
    {u"薛", "xue", 2},    {u"闫", "yan", 2},     {u"段", "duan", 2},   {u"雷", "lei", 2},
    {u"龙", "long", 2},   {u"黎", "li", 2},      {u"史", "shi", 2},    {u"陶", "tao", 2},
    {u"贺", "he", 2},     {u"毛", "mao", 2},     {u"郝", "hao", 2},    {u"顾", "gu", 2},
    {u"龚", "gong", 2},   {u"邵", "shao", 2},    {u"万", "wan", 1},    {u"覃", "qin", 1},
    {u"武", "wu", 1},     {u"钱", "qian", 1},    {u"戴", "dai", 1},    {u"严", "yan", 1},
    {u"莫", "mo", 1},     {u"孔", "kong", 1},    {u"向", "xiang", 1},  {u"常", "chang", 1},
    {u"欧阳", "ouyang", 1},
};

constexpr Entry kMaleChars[] = {
    {u"伟", "wei", 6},   {u"强", "qiang", 4}, {u"磊", "lei", 4},  {u"军", "jun", 4},
    {u"洋", "yang", 3},  {u"勇", "yong", 3},  {u"杰", "jie", 4},  {u"涛", "tao", 3},
    {u"明", "ming", 4},  {u"超", "chao", 3},  {u"刚", "gang", 2}, {u"平", "ping", 2},
    {u"辉", "hui", 3},   {u"鹏", "peng", 3},  {u"华", "hua", 3},  {u"飞", "fei", 3},
    {u"鑫", "xin", 3},   {u"波", "bo", 2},    {u"斌", "bin", 2},  {u"宇", "yu", 4},
    {u"浩", "hao", 4},   {u"凯", "kai", 3},   {u"健", "jian", 2}, {u"俊", "jun", 3},
    {u"帆", "fan", 2},   {u"帅", "shuai", 2}, {u"旭", "xu", 2},   {u"宁", "ning", 2},
    {u"龙", "long", 2},  {u"林", "lin", 2},   {u"博", "bo", 2},   {u"文", "wen", 3},
    {u"志", "zhi", 3},   {u"建", "jian", 3},  {u"国", "guo", 3},  {u"海", "hai", 2},
    {u"子", "zi", 3},    {u"轩", "xuan", 3},  {u"晨", "chen", 3}, {u"睿", "rui", 2},
    {u"泽", "ze", 2},    {u"然", "ran", 2},   {u"天", "tian", 2}, {u"一", "yi", 2},
    {u"嘉", "jia", 2},   {u"瑞", "rui", 2},   {u"思", "si", 1},   {u"成", "cheng", 2},
    {u"永", "yong", 2},  {u"家", "jia", 2},   {u"东", "dong", 2}, {u"亮", "liang", 2},
};

constexpr Entry kFemaleChars[] = {
    {u"芳", "fang", 5},  {u"娜", "na", 4},    {u"敏", "min", 4},  {u"静", "jing", 5},
    {u"丽", "li", 4},    {u"艳", "yan", 3},   {u"娟", "juan", 3}, {u"霞", "xia", 3},
    {u"秀", "xiu", 2},   {u"英", "ying", 2},  {u"玲", "ling", 3}, {u"婷", "ting", 4},
    {u"雪", "xue", 3},   {u"慧", "hui", 3},   {u"琳", "lin", 3},  {u"颖", "ying", 3},
    {u"洁", "jie", 2},   {u"梅", "mei", 2},   {u"琴", "qin", 2},  {u"倩", "qian", 3},
    {u"晶", "jing", 2},  {u"欣", "xin", 4},   {u"怡", "yi", 4},   {u"佳", "jia", 3},
    {u"悦", "yue", 3},   {u"雨", "yu", 3},    {u"萱", "xuan", 3}, {u"彤", "tong", 2},
    {u"诗", "shi", 3},   {u"涵", "han", 3},   {u"梦", "meng", 2}, {u"璐", "lu", 2},
    {u"丹", "dan", 2},   {u"红", "hong", 2},  {u"燕", "yan", 2},  {u"兰", "lan", 2},
    {u"莉", "li", 2},    {u"凤", "feng", 1},  {u"玉", "yu", 2},   {u"晓", "xiao", 3},
    {u"思", "si", 3},    {u"可", "ke", 2},    {u"馨", "xin", 3},  {u"雅", "ya", 3},
    {u"楠", "nan", 2},   {u"蕾", "lei", 2},   {u"月", "yue", 2},  {u"瑶", "yao", 2},
    {u"宁", "ning", 1},  {u"文", "wen", 2},   {u"子", "zi", 2},   {u"琪", "qi", 3},
};

constexpr City kCities[] = {
    {u"广东", u"广州", 190},   {u"广东", u"深圳", 180},   {u"广东", u"东莞", 100},
    {u"广东", u"佛山", 95},    {u"广东", u"汕头", 55},    {u"广东", u"惠州", 45},
    {u"广东", u"中山", 45},    {u"广东", u"珠海", 25},    {u"浙江", u"杭州", 125},
    {u"浙江", u"宁波", 95},    {u"浙江", u"温州", 95},    {u"浙江", u"金华", 70},
    {u"浙江", u"台州", 65},    {u"浙江", u"绍兴", 55},    {u"浙江", u"嘉兴", 55},
    {u"江苏", u"苏州", 130},   {u"江苏", u"南京", 95},    {u"江苏", u"徐州", 90},
    {u"江苏", u"无锡", 75},    {u"江苏", u"南通", 75},    {u"江苏", u"常州", 55},
    {u"北京", u"北京", 220},   {u"上海", u"上海", 250},   {u"天津", u"天津", 140},
    {u"重庆", u"重庆", 320},   {u"山东", u"临沂", 110},   {u"山东", u"青岛", 105},
    {u"山东", u"济南", 95},    {u"山东", u"潍坊", 90},    {u"山东", u"烟台", 70},
    {u"河南", u"郑州", 130},   {u"河南", u"南阳", 95},    {u"河南", u"洛阳", 70},
    {u"河南", u"新乡", 60},    {u"四川", u"成都", 210},   {u"四川", u"南充", 55},
    {u"四川", u"绵阳", 50},    {u"四川", u"宜宾", 45},    {u"河北", u"石家庄", 110},
    {u"河北", u"邯郸", 94},    {u"河北", u"保定", 92},    {u"河北", u"唐山", 77},
    {u"湖南", u"长沙", 105},   {u"湖南", u"衡阳", 66},    {u"湖南", u"岳阳", 50},
    {u"湖南", u"株洲", 39},    {u"湖北", u"武汉", 125},   {u"湖北", u"襄阳", 53},
    {u"湖北", u"宜昌", 40},    {u"安徽", u"合肥", 95},    {u"安徽", u"阜阳", 82},
    {u"安徽", u"芜湖", 37},    {u"福建", u"泉州", 88},    {u"福建", u"福州", 83},
    {u"福建", u"厦门", 53},    {u"广西", u"南宁", 87},    {u"广西", u"桂林", 49},
    {u"广西", u"柳州", 42},    {u"云南", u"昆明", 85},    {u"云南", u"曲靖", 58},
    {u"云南", u"大理", 33},    {u"江西", u"赣州", 90},    {u"江西", u"南昌", 63},
    {u"江西", u"九江", 46},    {u"辽宁", u"沈阳", 91},    {u"辽宁", u"大连", 75},
    {u"辽宁", u"鞍山", 33},    {u"陕西", u"西安", 130},   {u"陕西", u"咸阳", 40},
    {u"陕西", u"宝鸡", 33},    {u"贵州", u"遵义", 66},    {u"贵州", u"贵阳", 60},
    {u"山西", u"太原", 53},    {u"山西", u"大同", 31},    {u"黑龙江", u"哈尔滨", 100},
    {u"黑龙江", u"大庆", 28},  {u"吉林", u"长春", 90},    {u"吉林", u"吉林", 36},
    {u"内蒙古", u"呼和浩特", 34}, {u"内蒙古", u"包头", 27}, {u"新疆", u"乌鲁木齐", 41},
    {u"甘肃", u"兰州", 44},    {u"海南", u"海口", 29},    {u"海南", u"三亚", 10},
    {u"宁夏", u"银川", 29},    {u"青海", u"西宁", 25},    {u"西藏", u"拉萨", 9},
};

constexpr Choice kChannels[] = {{u"天猫", 32}, {u"京东", 26}, {u"小程序", 24}, {u"门店", 18}};
constexpr Choice kPayments[] = {{u"微信", 45}, {u"支付宝", 42}, {u"银行卡", 13}};

// Weighted towards lunch and the evening peak.
constexpr Choice kHours[24] = {
    {u"0", 3},  {u"1", 2},   {u"2", 1},   {u"3", 1},   {u"4", 1},  {u"5", 1},
    {u"6", 1},  {u"7", 2},   {u"8", 4},   {u"9", 5},   {u"10", 6}, {u"11", 6},
    {u"12", 8}, {u"13", 6},  {u"14", 5},  {u"15", 5},  {u"16", 5}, {u"17", 6},
    {u"18", 7}, {u"19", 9},  {u"20", 12}, {u"21", 13}, {u"22", 11}, {u"23", 6},
};

constexpr Category kCategories[] = {
    {u"服装", 28, 14, 1000, 75, 250}, {u"美妆", 24, 4, 850, 30, 250},  {u"母婴", 14, 6, 900, 35, 250},
    {u"食品", 12, 16, 400, 10, 600},  {u"数码", 5, 30, 2200, 45, 250}, {u"家居", 10, 12, 1400, 40, 250},
    {u"运动", 7, 18, 1000, 50, 250},
};
static_assert(kCategories[kGroceryCategory].multiBuy == 600, "kGroceryCategory must point at 食品");

// Counts, recency windows and order values tuned so that, under quintile scoring, every rfm10,
// cn8 and shop11 segment holds customers (tst_sampledata checks this).
constexpr Persona kPersonas[] = {
    {70, 20, 38, 0, 20, 400, 730, 320, true, 0},     // champions: frequent, recent, big spenders
    {100, 10, 20, 5, 90, 300, 730, 260, true, 0},    // loyal
    {80, 2, 4, 0, 60, 30, 180, 160, true, 0},        // potential loyalists: new but repeating
    {90, 1, 1, 0, 60, 0, 0, 110, true, 0},           // new: one order in the last two months
    {60, 1, 1, 60, 120, 0, 0, 120, true, 0},         // promising
    {80, 3, 6, 150, 300, 100, 400, 200, true, 0},    // needing attention
    {70, 1, 2, 200, 420, 0, 120, 110, true, 0},      // about to sleep
    {90, 8, 22, 370, 600, 100, 400, 260, true, 0},   // at risk: many orders, none for a year
    {30, 15, 30, 370, 480, 150, 400, 600, true, 0},  // can't lose: very high spend, lapsed
    {90, 2, 3, 300, 520, 30, 200, 150, true, 0},     // hibernating
    {140, 1, 2, 360, 725, 0, 60, 80, true, 0},       // lost: small orders long ago
    {50, 1, 1, 0, 720, 0, 0, 2500, false, 0},        // one big order, never returned
    {50, 10, 24, 0, 500, 200, 730, 80, true, 800},   // frequent small baskets (groceries)
};

constexpr const char16_t *kPromoterReasons[] = {u"品质好", u"品牌信任", u"朋友推荐", u"物流快",
                                                 u"售后服务好", u"款式新颖", u"正品保障"};
constexpr const char16_t *kPassiveReasons[] = {u"价格优惠", u"购买方便", u"品质还行", u"习惯在这买",
                                                u"会员积分"};
constexpr const char16_t *kDetractorReasons[] = {u"物流太慢", u"质量一般", u"价格偏高", u"客服态度差",
                                                  u"退换货麻烦", u"商品与描述不符"};

// The text column is unused for domains; the ASCII form is the domain itself.
constexpr Entry kEmailDomains[] = {
    {u"", "qq.com", 34},      {u"", "163.com", 24},  {u"", "126.com", 10},
    {u"", "foxmail.com", 6},  {u"", "139.com", 5},   {u"", "sina.com", 5},
    {u"", "outlook.com", 5},  {u"", "yeah.net", 4},  {u"", "gmail.com", 3},
    {u"", "sohu.com", 2},     {u"", "hotmail.com", 2},
};

// Mobile network prefixes in current use (China Mobile, Unicom, Telecom, Broadnet).
constexpr int kMobilePrefixes[] = {
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158,
    159, 166, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 191,
    198, 199,
};

} // namespace

std::span<const Choice> channels() { return kChannels; }
std::span<const Choice> payments() { return kPayments; }
std::span<const Choice> hoursOfDay() { return kHours; }
std::span<const Category> categories() { return kCategories; }
std::span<const Persona> personas() { return kPersonas; }

std::span<const char16_t *const> motivations(int nps)
{
    if (nps >= 9)
        return kPromoterReasons;
    return nps >= 7 ? std::span<const char16_t *const>(kPassiveReasons) : std::span<const char16_t *const>(kDetractorReasons);
}

std::span<const Entry> surnames() { return kSurnames; }
std::span<const Entry> givenNameChars(bool female) { return female ? std::span<const Entry>(kFemaleChars) : std::span<const Entry>(kMaleChars); }
std::span<const City> cities() { return kCities; }
std::span<const Entry> emailDomains() { return kEmailDomains; }
std::span<const int> mobilePrefixes() { return kMobilePrefixes; }

} // namespace Portrait::Jobs::SampleTables

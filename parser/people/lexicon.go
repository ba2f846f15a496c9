package people

import "strings"

// The word lists below are what the heuristics of people.go know about
// Chinese. They are deliberately conservative: a word missing here costs
// recall, a word too many may cost precision.

// singleSurnames are common one-character surnames (roughly the 300 most
// frequent), minus characters that far more often start ordinary words or
// are function words in report prose (向 和 全 区 国 平 都 门 海 时 明 原
// 党 商 应 位 农 计 银 南 乐 花 权 支 井 丰 巴 班 盖 练 满 盘 劳 封 官 谈
// 查 麻 沙 荣 边 简 车 古 路 曲 谷 解 阳 展 师 司 强 衣 会 代 虎 鲜 揭 …).
const singleSurnames = "" +
	"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗盛翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆卓吉缪项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄丛仲虞敖巩佘池苑迟邝匡鞠惠荆冀郁胥储栗燕楚鄢谌奚皮粟冼蔺楼闻厉伊仝郜阚屠朴禹祖漆卿狄綦钮逯恽茹訾庹昝郦洪晁"

// compoundSurnames are the two-character surnames still in use.
var compoundSurnames = []string{
	"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
	"长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "独孤",
	"南宫", "呼延", "澹台", "公冶", "申屠", "太史", "万俟", "闻人", "赫连",
}

// roleSuffixes end a title or office that the text puts right before a
// name: 市委书记陈向平, 副市长、市公安局局长房国卫, 市领导刘颖.
var roleSuffixes = []string{
	"书记", "市长", "省长", "县长", "区长", "镇长", "乡长", "村长", "州长",
	"主任", "主席", "委员", "常委", "组长", "局长", "厅长", "处长", "科长",
	"部长", "社长", "会长", "院长", "校长", "所长", "站长", "馆长", "行长",
	"队长", "团长", "司长", "署长", "台长", "庭长", "检察长", "审计长",
	"秘书长", "董事长", "董事", "理事长", "总经理", "经理", "总裁", "总监",
	"监事长", "监事", "主委", "院士", "巡视员", "调研员", "研究员", "教授",
	"工程师", "参事", "领导", "代表", "主编", "总编", "作家", "模范",
	"运动员", "科员", "合伙人", "创始人", "负责人", "政委", "记者",
	"主持人", "专员", "秘书", "顾问", "大使", "领事", "委员长", "教练",
	"教练员", "导演", "画家", "书法家", "诗人", "劳模", "工匠", "博士",
	"指导员", "特派员",
}

// genericRoles say only that someone is a leader; a more specific role,
// when the text gives one, wins.
func genericRole(r string) bool { return strings.HasSuffix(r, "领导") }

// boundaryChars are one-character words that may directly follow a name:
// 陈向平以……, 陈伟在……, 董新铎和秦海霞.
const boundaryChars = "在与和及等到对为向以作率就从将被还也都是说赴并同"

// boundaryWords may directly follow a name: 凌兵奎出席, 李明俊主持, 张冰分别讲话.
var boundaryWords = []string{
	"出席", "主持", "参加", "参与", "讲话", "致辞", "致贺", "陪同", "带队",
	"带领", "率队", "率领", "一行", "一同", "一起", "分别", "共同", "先后",
	"以及", "同志", "通报", "介绍", "强调", "指出", "表示", "会见", "会谈",
	"当选", "专题", "调研", "调度", "来到", "来平", "来我", "走进", "察看",
	"深入", "认真", "详细", "受邀", "获得", "获颁", "获评", "取得", "发挥",
	"凭借", "推介", "座谈", "举行", "前往", "莅临", "宣讲", "颁发", "暗访",
	"督导", "视察", "考察", "首先", "随后", "认为", "希望", "要求", "感谢",
	"代表", "院士", "教授", "同时", "现场", "亲切", "发言", "讲述", "出任",
	"担任", "签署", "见证", "交流", "汇报", "批示", "作了", "部署", "安排",
	"提出", "看望", "慰问", "检查", "访问", "接见", "会晤", "牵头", "主讲",
	"讲授", "作出", "到会", "还到", "还来", "还先",
}

// notGiven are characters that do not occur in given names but do follow
// surname characters in ordinary prose: function words, administrative
// words and the ends of place names (王庄村, 曹镇乡).
const notGiven = "的了是在和与及等到对为以就从将被还也都说赴并市县区省局厅委党府议这那们个其之年月日号第次届项于" +
	"村庄镇乡街路厂矿寨屯站阵港湾岛"

// stopWords are ordinary two-character words that begin with a surname
// character and could otherwise pass for a name, or start a
// three-character one (高新区, 文明办, 班子负责……). Only the first two
// characters of a candidate are looked up.
const stopWords = "" +
	"高新 高质 高度 高校 高端 高速 高效 高标 高水 高品 高层 高级 高温 高铁 高压 " +
	"文明 文化 文物 文件 文旅 文艺 文创 文字 文学 文章 文本 " +
	"安全 安排 安置 安徽 安心 安阳 安装 安康 成果 成效 成员 成立 成为 成绩 " +
	"成本 成都 成长 成熟 成就 成交 金融 金山 金牌 金额 金属 石化 石油 石头 " +
	"石材 江苏 江西 江南 江北 江河 华为 华丽 华章 华夏 华北 华中 华南 万千 " +
	"万元 万人 万家 万达 龙泉 龙头 龙门 龙湖 宁波 宁夏 宁静 常委 常务 常态 " +
	"常年 常住 常规 常州 常德 关于 关注 关心 关键 关系 关爱 关切 关乎 关口 " +
	"关联 温暖 温度 温馨 温州 康养 康复 康乐 易地 易于 齐心 齐聚 齐全 黄河 " +
	"黄金 黄色 黄山 马力 马路 马上 马来 方案 方式 方面 方向 方法 方针 方便 " +
	"方圆 白龟 白石 白色 白天 周密 周边 周年 周期 周末 周日 史料 史上 史诗 " +
	"叶县 叶片 余人 余家 余户 余名 任务 任期 任何 任命 任职 程序 程度 武器 " +
	"武术 武汉 武装 武警 雷锋 雷霆 陆续 陆地 陆军 包括 包装 包头 包容 苏州 " +
	"林业 林长 林场 林草 林区 田园 田地 田间 董事 申报 申请 严格 严重 严肃 " +
	"严守 严控 严谨 许多 许可 许昌 韩国 秦岭 段落 郑州 郑重 卫生 卫东 卫星 " +
	"夏季 夏天 景区 景观 景色 景点 柴油 施工 施策 施行 左右 左侧 舒适 舒展 " +
	"祝贺 祝福 纪律 纪念 纪委 纪检 凌晨 凌空 毕业 毕竟 单位 单元 单独 单一 " +
	"季度 季节 房间 房屋 房产 房价 卓越 项目 连续 连接 连片 费用 巩固 惠民 " +
	"惠及 储备 储能 廉政 廉洁 祖国 揭牌 揭示 揭露 宗旨 甘肃 甘心 冷链 冷水 " +
	"冷暖 于是 于此 付出 付款 付费 符合 符号 欧洲 欧美 管理 管控 管道 管网 " +
	"管护 蒙古 蓝色 蓝天 蓝图 游客 游戏 游览 辛苦 辛劳 童年 童话 尤其 尤为 " +
	"吉林 吉祥 席位 席卷 柏油 桂林 仲裁 池塘 迟到 鞠躬 荆州 郁闷 漆器 闪电 " +
	"鲜花 鲜活 毛病 孙女 孙子 王者 王国 王府 王朝 陈列 陈述 陈旧 胡同 何况 " +
	"何时 何地 罗马 谢谢 曾经 肖像 杜绝 丁香 钟表 钟声 范围 范本 范例 陶瓷 " +
	"黎明 顾问 顾客 毛巾 钱币 庞大 颜色 颜值 庄园 庄严 章程 殷切 焦点 焦虑 " +
	"柳树 尚未 尚且 苗头 苗圃 盛会 盛大 盛开 屈指 项下 娄底 丛林 班子 杨柳 " +
	"戴帽 涂料 涂装 朱砂 胡椒 乔木 牛羊 牛肉 贺信 贺词 梅花 包联 包抓 包保 " +
	"包片 包案 包干 方阵 方队 雷厉 林间"

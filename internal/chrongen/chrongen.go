// Package chrongen generates county chronicles (大事记) for tests and
// benchmarks: a text of many years and the model the parser is expected
// to make of it. It is deterministic: the same years and seed give the
// same text, byte for byte.
//
// A chronicle has a title, then each year under a year heading
// (#### 2004年, ## 2004年, 2005年 or 二〇〇六年), some years with month
// headings under it (### 3月, 3月 or 三月), and about 1,500 events a year
// in the forms of the chronicle fixtures (parser/chronicle_test.go): day
// lines (3月5日，3月5日 and 3月5日：, bare 5日, full-width and padded
// digits, the date alone on its line), ranges (3月5—8日, 5-8日, 5~8日,
// 5～8日, 5─8日, 5至8日, 3月5日～4月2日, 12 月 25 — 27 日), lists
// (5月16日和7月31日), 同日 and its kin, △ lines, 是月 and its kin at the
// end of a month, 是年 and its kin at the end of a year. A year is laid
// out one of three ways: each event a line with blank lines between;
// hard-wrapped without blank lines; or as pdftotext -layout gives it,
// the dates indented and the text in a column, continuation lines
// indented to it. Twenty years make about 3 MB.
package chrongen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/yuebao/yuebao/model"
)

// Text returns a county chronicle (大事记) of years years from 2004,
// deterministic from seed.
func Text(years int, seed int64) string {
	text, _ := Generate(years, seed)
	return text
}

// Generate returns the text and its expected model, for tests.
func Generate(years int, seed int64) (string, *Doc) {
	g := generate(years, seed)
	return g.b.String(), g.doc
}

// Doc is the model expected of a chronicle, as the projection of the
// parser's chronicle tests reads it: the title, the publication date and
// the sections.
type Doc struct {
	Title, Published string
	// PageNumbers are the lines that hold a page number alone, which the
	// parser takes out of the text as page furniture.
	PageNumbers []int
	Sections    []Section
}

// Section is a section: its name as printed and the line of its heading.
type Section struct {
	Name    string // "" for text before any heading
	Line    int    // 1-based; 0 when it has no heading
	Entries []Entry
}

// Entry is an entry of a section.
type Entry struct {
	Date  string // model.Date.String of the entry's date; "" for none
	Line  int
	Title string
	// Plain says that the entry is an event as chronicles have them: no
	// title, one paragraph on the entry's line, dated as the entry or not
	// at all. Its text is Paras[0].Text.
	Plain bool
	Paras []Para
}

// Para is a paragraph of an entry: the line it starts at, its date
// (model.Date.String; "" for none) and its text.
type Para struct {
	Line int
	Date string
	Text string
}

// generate runs the generator and returns it, done.
func generate(years int, seed int64) *chronGen {
	g := &chronGen{rng: rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15)), doc: &Doc{Title: "宁川县大事记"},
		forms: map[string]int{}}
	g.line("# 宁川县大事记")
	g.line("")
	var layouts, heads, months []int
	for y := 0; y < years; y++ {
		if y%3 == 0 {
			// Each run of three years has each layout, each form of
			// year heading, and years with and without month headings.
			layouts, heads, months = g.rng.Perm(3), g.rng.Perm(3), g.rng.Perm(3)
		}
		g.year(2004+y, layouts[y%3], heads[y%3], months[y%3] != 0 && (months[y%3] == 1 || g.rng.IntN(2) == 0))
	}
	return g
}

// Layouts of a year.
const (
	layBlank  = iota // one line an event, blank lines between
	layWrap          // hard-wrapped, no blank lines
	layIndent        // pdftotext -layout: indented dates, the text in a column
)

type chronGen struct {
	rng   *rand.Rand
	b     strings.Builder
	lines int  // lines written
	blank bool // the last line written was blank
	doc   *Doc
	forms map[string]int // how often each form was used, for the tests
	// turn rotates the markers of months and years, so that a few years
	// use them all.
	monthTurn, yearTurn int

	y      int
	layout int
	width  int // columns a line is wrapped at
	// What the next event may lean on: the month a bare 5日 is in (0
	// when none may follow), and the day of the item before when it was
	// a single day (for 同日 and △).
	ctxMonth int
	prevDay  model.Date
}

func (g *chronGen) line(s string) {
	g.b.WriteString(s)
	g.b.WriteByte('\n')
	g.lines++
	g.blank = s == ""
}

func (g *chronGen) use(form string) { g.forms[form]++ }

// heading writes a heading with blank lines around it and starts its
// section.
func (g *chronGen) heading(printed, name string) {
	if !g.blank {
		g.line("")
	}
	g.doc.Sections = append(g.doc.Sections, Section{Name: name, Line: g.lines + 1})
	g.line(printed)
	g.line("")
}

var cnDigitChars = []string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// cnYear writes a year digit by digit: 二〇〇四.
func cnYear(y int) string {
	s := ""
	for _, c := range fmt.Sprint(y) {
		s += cnDigitChars[c-'0']
	}
	return s
}

// cnMonth writes a month with units: 三, 十, 十一.
func cnMonth(m int) string {
	switch {
	case m < 10:
		return cnDigitChars[m]
	case m == 10:
		return "十"
	}
	return "十" + cnDigitChars[m-10]
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func (g *chronGen) year(y, layout, headForm int, months bool) {
	g.y, g.layout = y, layout
	g.width = 2 * (18 + g.rng.IntN(23)) // 18 to 40 CJK characters
	g.ctxMonth, g.prevDay = 0, model.Date{}
	name := fmt.Sprintf("%d年", y)
	printed := name
	switch headForm {
	case 0:
		if months {
			printed = "## " + name
		} else {
			printed = "#### " + name
		}
		g.use("year heading ATX")
	case 1:
		g.use("year heading plain")
	case 2:
		name = cnYear(y) + "年"
		printed = name
		g.use("year heading Chinese")
	}
	g.heading(printed, name)
	monthForm := g.rng.IntN(3)
	for m := 1; m <= 12; m++ {
		if months {
			name := fmt.Sprintf("%d月", m)
			printed := name
			switch monthForm {
			case 0:
				printed = "### " + name
				g.use("month heading ATX")
			case 1:
				g.use("month heading plain")
			case 2:
				name = cnMonth(m) + "月"
				printed = name
				g.use("month heading Chinese")
			}
			g.heading(printed, name)
			g.ctxMonth, g.prevDay = m, model.Date{}
		}
		for d := 1; d <= daysIn(y, m); d++ {
			k := g.rng.IntN(9) // 4 events a day on average
			if k == 0 {
				continue
			}
			g.head(m, d)
			for ; k > 1; k-- {
				g.follower(m, d)
			}
		}
		if g.rng.IntN(3) == 0 && g.ctxMonth == m && (!g.prevDay.IsZero() || months) {
			marker := []string{"是月", "该月", "本月"}[g.monthTurn%3]
			g.monthTurn++
			g.use("month " + marker)
			g.event(marker, g.markerSep(), fmt.Sprintf("%d-%02d", y, m), false)
			g.ctxMonth, g.prevDay = m, model.Date{}
		}
	}
	for n := 1 + g.rng.IntN(3); n > 0; n-- {
		marker := []string{"是年", "该年", "同年", "年内"}[g.yearTurn%4]
		g.yearTurn++
		g.use("year " + marker)
		g.event(marker, g.markerSep(), fmt.Sprint(y), false)
		g.ctxMonth, g.prevDay = 0, model.Date{}
	}
}

// markerSep is what goes between 同日 (and its kin) and the text.
func (g *chronGen) markerSep() string {
	if g.rng.IntN(3) == 0 {
		return " "
	}
	return "，"
}

// sep is what goes between a date and its text on a line.
func (g *chronGen) sep() string {
	switch n := g.rng.IntN(10); {
	case n < 5:
		return "，"
	case n < 9:
		return " "
	}
	return "："
}

var fullWidth = strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９")

// head writes the first event of day d of month m.
func (g *chronGen) head(m, d int) {
	y := g.y
	day := fmt.Sprintf("%d-%02d-%02d", y, m, d)
	single := model.MakeDate(y, m, d)
	bare := g.ctxMonth == m
	last := daysIn(y, m)
	switch n := g.rng.IntN(100); {
	case n < 8 && d < last:
		e := d + 1 + g.rng.IntN(min(4, last-d))
		date := fmt.Sprintf("%s..%d-%02d-%02d", day, y, m, e)
		dash := []string{"—", "-", "~", "～", "─", "至"}[g.rng.IntN(6)]
		switch {
		case bare && g.rng.IntN(2) == 0:
			g.use("range bare " + dash)
			g.event(fmt.Sprintf("%d%s%d日", d, dash, e), g.sep(), date, false)
		case g.rng.IntN(6) == 0:
			g.use("range padded")
			g.event(fmt.Sprintf("%d 月 %d — %d 日", m, d, e), " ", date, false)
		default:
			g.use("range " + dash)
			g.event(fmt.Sprintf("%d月%d%s%d日", m, d, dash, e), g.sep(), date, false)
		}
		g.ctxMonth, g.prevDay = m, model.Date{}
		return
	case n < 9 && m < 12:
		e := 1 + g.rng.IntN(28)
		g.use("range across months")
		g.event(fmt.Sprintf("%d月%d日～%d月%d日", m, d, m+1, e), g.sep(), fmt.Sprintf("%s..%d-%02d-%02d", day, y, m+1, e), false)
		g.ctxMonth, g.prevDay = 0, model.Date{}
		return
	case n < 11 && m < 12:
		m2 := m + 1 + g.rng.IntN(12-m)
		g.use("list")
		d2 := 1 + g.rng.IntN(28)
		// A list is dated by its span, first day to last.
		g.event(fmt.Sprintf("%d月%d日和%d月%d日", m, d, m2, d2), g.sep(), fmt.Sprintf("%s..%d-%02d-%02d", day, y, m2, d2), false)
		g.ctxMonth, g.prevDay = 0, model.Date{}
		return
	case n < 40 && bare:
		if g.rng.IntN(10) == 0 {
			g.use("bare day full-width")
			g.event(fullWidth.Replace(fmt.Sprintf("%d日", d)), g.sep(), day, false)
		} else {
			g.use("bare day")
			g.event(fmt.Sprintf("%d日", d), g.sep(), day, false)
		}
	default:
		g.fullDate(m, d)
	}
	g.ctxMonth, g.prevDay = m, single
}

// fullDate writes an event dated 3月5日 in one of its spellings.
func (g *chronGen) fullDate(m, d int) {
	day := fmt.Sprintf("%d-%02d-%02d", g.y, m, d)
	switch n := g.rng.IntN(100); {
	case n < 3:
		g.use("padded 1月 3日")
		g.event(fmt.Sprintf("%d月 %d日", m, d), g.sep(), day, false)
	case n < 5:
		g.use("padded 5    月 3日")
		g.event(fmt.Sprintf("%d    月 %d日", m, d), " ", day, false)
	case n < 7:
		g.use("padded 8 月 16 日")
		g.event(fmt.Sprintf("%d 月 %d 日", m, d), g.sep(), day, false)
	case n < 11:
		g.use("full-width")
		g.event(fullWidth.Replace(fmt.Sprintf("%d月%d日", m, d)), g.sep(), day, false)
	default:
		s := g.sep()
		switch s {
		case "，":
			g.use("day comma")
		case " ":
			g.use("day space")
		default:
			g.use("day colon")
		}
		g.event(fmt.Sprintf("%d月%d日", m, d), s, day, true)
	}
}

// follower writes another event of the day of the one before.
func (g *chronGen) follower(m, d int) {
	day := fmt.Sprintf("%d-%02d-%02d", g.y, m, d)
	if g.prevDay.IsZero() {
		// After a range or a list: only a full date says which day.
		g.fullDate(m, d)
		g.ctxMonth, g.prevDay = m, model.MakeDate(g.y, m, d)
		return
	}
	switch n := g.rng.IntN(100); {
	case n < 30:
		marker := []string{"同日", "当日", "该日", "是日"}[g.rng.IntN(4)]
		g.use("day " + marker)
		g.event(marker, g.markerSep(), day, false)
	case n < 65:
		if g.rng.IntN(4) == 0 {
			g.use("△ without space")
			g.event("△", "", day, false)
		} else {
			g.use("△")
			g.event("△", " ", day, false)
		}
	case n < 80 && g.ctxMonth == m:
		g.use("bare day again")
		g.event(fmt.Sprintf("%d日", d), g.sep(), day, false)
	default:
		g.fullDate(m, d)
	}
}

// event writes one event: head (its date, or 同日, △…), sep and a text
// made up here, laid out as the year is. alone says that the head may
// stand alone on its line with the text on the next.
func (g *chronGen) event(head, sep, date string, alone bool) {
	text := g.text()
	s := &g.doc.Sections[len(g.doc.Sections)-1]
	e := Entry{Date: date, Line: g.lines + 1, Plain: true}
	var para string
	switch {
	case g.layout == layIndent:
		pad := max(2, 12-DisplayCols(head))
		if head == "△" {
			pad = 1
		}
		first := "    " + head + strings.Repeat(" ", pad)
		cont := strings.Repeat(" ", max(16, DisplayCols(first)))
		for i, l := range g.wrap(text, 2, g.width-DisplayCols(first), g.width-len(cont)) {
			if i == 0 {
				g.line(first + l)
			} else {
				g.line(cont + l)
			}
		}
		para = head + strings.Repeat(" ", pad) + text
		if pad > 2 || head == "△" {
			g.use("indented")
		}
	case alone && g.rng.IntN(16) == 0:
		g.use("date alone")
		g.line(head)
		g.lines2(g.wrap(text, 2, g.width, g.width))
		para = head + " " + text
	default:
		first := head + sep
		g.lines2(g.wrap(first+text, len([]rune(first))+2, g.width, g.width))
		para = first + text
	}
	if g.layout == layBlank {
		g.line("")
	}
	e.Paras = []Para{{Line: e.Line, Date: date, Text: para}}
	s.Entries = append(s.Entries, e)
}

func (g *chronGen) lines2(ls []string) {
	if len(ls) > 1 {
		g.use("continuation")
	}
	for _, l := range ls {
		g.line(l)
	}
}

// wrap cuts s as WrapText does in the hard-wrapped and indented
// layouts; in the blank layout it is one line.
func (g *chronGen) wrap(s string, keep, first, rest int) []string {
	if g.layout == layBlank {
		return []string{s}
	}
	return WrapText(s, keep, first, rest)
}

// Words the texts are made of.
var (
	genSubjects = []string{"县委", "县政府", "县人大常委会", "县政协", "县纪委监委", "县委组织部", "县委宣传部", "县委统战部",
		"县发展改革委", "县教育局", "县卫生健康委", "县交通运输局", "县农业农村局", "县水利局", "县应急管理局", "县自然资源局",
		"县总工会", "团县委", "县妇联", "县科协", "县人民法院", "县公安局", "宁川县人民医院", "城关镇", "南山乡", "北河镇", "临河乡"}
	genVisitors = []string{"省委副书记", "副省长", "市委书记", "市长", "市人大常委会主任", "市政协主席", "省农业农村厅调研组",
		"市委督导组", "省生态环境督察组", "县委书记", "县长"}
	genMeetings = []string{"常委会议", "常务会议", "全体会议", "工作会议", "推进会", "动员大会", "座谈会", "现场观摩会",
		"专题会议", "培训班", "表彰大会", "联席会议"}
	genTopics = []string{"安全生产", "防汛抗旱", "乡村振兴", "森林防火", "招商引资", "重点项目建设", "民生实事",
		"生态环境保护", "城乡环境整治", "教育", "文化旅游", "秋粮收购", "农田水利建设", "基层党建", "作风建设",
		"优化营商环境", "信访稳定", "春季植树造林", "冬季供暖", "食品药品安全", "河长制", "林长制", "禁毒"}
	genPlaces   = []string{"城关镇", "南山乡", "北河镇", "临河乡", "东岭镇", "西坪乡", "县产业集聚区", "南山林场", "北河水库", "县城新区"}
	genProjects = []string{"城东大桥改建工程", "北河水库除险加固工程", "县城污水处理厂", "南山隧道", "县第二人民医院",
		"职业教育中心", "体育中心", "城区供热管网改造工程", "农贸市场", "农村安全饮水工程", "垃圾焚烧发电项目", "物流园区"}
	genRoads    = []string{"宁川至临河公路", "宁川至平安一级公路", "县城环城路", "南山旅游公路", "北河大道"}
	genEvents   = []string{"农民丰收节", "职工运动会", "茶文化节", "桃花节", "中小学生运动会", "农产品展销会", "书画展", "文艺汇演", "招聘会"}
	genPartners = []string{"省交通投资集团", "省农业银行", "市供电公司", "省建设投资集团", "宁川职业技术学院"}
	genClauses  = []string{"会议传达学习了上级有关会议精神", "安排部署下一阶段重点工作", "各乡镇、县直各单位主要负责人参加",
		"要求各级各部门压实责任、狠抓落实", "会议听取了有关部门工作汇报", "县领导出席并讲话", "并实地察看了项目建设进度",
		"对做好下一步工作提出要求"}
	// genFigures are clauses with a number in them, and its range.
	genFigures = []struct {
		format string
		lo, hi int
	}{
		{"总投资%d亿元", 1, 20}, {"建设工期%d个月", 6, 36}, {"参加人数达%d余人", 100, 3000}, {"全县共有%d个单位参加", 10, 120},
		{"截至%d月底，全县已完成年度任务的百分之八十", 1, 12},
	}
)

func (g *chronGen) pick(ws []string) string { return ws[g.rng.IntN(len(ws))] }

// text makes the text of an event: a sentence and up to two clauses.
func (g *chronGen) text() string {
	var s string
	switch g.rng.IntN(8) {
	case 0, 1, 2:
		s = g.pick(genSubjects) + "召开全县" + g.pick(genTopics) + g.pick(genMeetings)
	case 3:
		s = g.pick(genVisitors) + "到" + g.pick(genPlaces) + "视察" + g.pick(genTopics) + "工作"
	case 4:
		s = g.pick(genProjects) + "开工建设"
	case 5:
		s = fmt.Sprintf("%s建成通车，全长%d公里", g.pick(genRoads), 5+g.rng.IntN(60))
	case 6:
		s = "宁川县第" + cnMonth(1+g.rng.IntN(12)) + "届" + g.pick(genEvents) + "开幕"
	case 7:
		s = g.pick(genSubjects) + "与" + g.pick(genPartners) + "签订" + g.pick(genTopics) + "合作协议"
	}
	for n := g.rng.IntN(3); n > 0; n-- {
		if g.rng.IntN(4) == 0 {
			f := genFigures[g.rng.IntN(len(genFigures))]
			s += "，" + fmt.Sprintf(f.format, f.lo+g.rng.IntN(f.hi-f.lo+1))
		} else {
			s += "，" + g.pick(genClauses)
		}
	}
	return s + "。"
}

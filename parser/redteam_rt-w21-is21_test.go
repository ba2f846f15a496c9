package parser

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// An article's own inner structure, set inside an article of every
// fixture: numbered points, sub-headings of a notice reprinted in full, a
// sign-off (the issuing body and its date, a 文号), a reprinted notice
// with its addressee, a box (相关链接 over its text), an interview's
// 问：/答：, an editor's note, a byline, a reference to another issue.
// Each looks like structure the parser reads (a section's 一、, a title's
// bold, an entry's or a chronicle's date, a column's name); set inside an
// article it is the article's text and leaves the rest of the parse alone.

// innerForm is one block an article carries: where it goes (after the
// article's first paragraph, or before it: a byline, an editor's note),
// and its lines, made for the copy (bold when the copy bolds, its year).
type innerForm struct {
	name      string
	before    bool // set before the article's first paragraph
	end       bool // set after the article's last paragraph (a sign-off, a box)
	chronicle bool // a chronicle's entries carry it too
	// periodical: only an issue numbered as a periodical's (第11期)
	// carries it: a byline, an editors' note, a 文号 over a document, a
	// reference to another issue are a 月报's or a 简报's; a yearbook's
	// or a gazetteer's 条目 (宁川年鉴（2023）, no number) carries none.
	periodical bool
	lines      func(c innerCopy) []string
}

// innerCopy is what a block takes from the copy it goes into.
type innerCopy struct {
	bold  bool   // the copy bolds (**…**)
	year  int    // the issue's year, 2023 when unknown
	title string // the issue's title (平顶山月报), 宁川月报 when unknown
	num   int    // the issue's number, 11 when unknown
	k     int    // which of the copy's blocks: each signed by another office, another day
}

// office and day are the signature of the copy's k-th block.
func (c innerCopy) office() string {
	return [...]string{"平顶山市人民政府办公室", "宁川县地方史志办公室", "市发展和改革委员会"}[c.k%3]
}

func (c innerCopy) day() string {
	return strconv.Itoa(c.year) + [...]string{"年11月5日", "年10月28日", "年11月12日"}[c.k%3]
}

func (c innerCopy) b(s string) string {
	if c.bold {
		return "**" + s + "**"
	}
	return s
}

func innerForms() []innerForm {
	y := func(c innerCopy) string { return strconv.Itoa(c.year) }
	return []innerForm{
		{name: "run-in points", chronicle: true, lines: func(c innerCopy) []string {
			return []string{"一是加强组织领导，压实各方责任，确保工作有序推进。二是强化督促检查，对发现的问题及时整改。三是注重总结宣传，营造良好氛围。"}
		}},
		{name: "（一） points", lines: func(c innerCopy) []string {
			return []string{"（一）提高政治站位。各地要充分认识做好此项工作的重要意义，切实把思想和行动统一到部署要求上来。", "（二）强化责任落实。各级各部门要明确分工，细化措施，层层压实责任，确保各项任务落到实处。"}
		}},
		{name: "1. points", lines: func(c innerCopy) []string {
			return []string{"1. 提高政治站位。各地要充分认识做好此项工作的重要意义。", "2. 强化责任落实。各级各部门要明确分工，细化措施，确保任务落实。"}
		}},
		{name: "① points", lines: func(c innerCopy) []string {
			return []string{"①完善工作机制，健全常态化长效化推进体系；", "②加大投入力度，全年安排专项资金1200万元；", "③强化考核评价，将结果纳入年度目标考核。"}
		}},
		{name: "bold points", lines: func(c innerCopy) []string {
			return []string{c.b("一要提高站位。") + "各地要充分认识做好此项工作的重要意义，切实增强责任感和紧迫感。", c.b("二要压实责任。") + "各级各部门要明确分工，细化措施，确保各项任务落到实处。"}
		}},
		{name: "一、 sub-headings", lines: func(c innerCopy) []string {
			return []string{"一、总体要求", "坚持以人民为中心的发展思想，统筹发展和安全，全面提升服务保障水平。", "二、重点任务", "加快推进基础设施建设，完善公共服务体系，持续改善群众生产生活条件。"}
		}},
		{name: "sign-off", end: true, lines: func(c innerCopy) []string {
			return []string{c.office(), c.day()}
		}},
		{name: "sign-off laid out", end: true, lines: func(c innerCopy) []string {
			return []string{strings.Repeat(" ", 36) + c.office(), strings.Repeat(" ", 40) + c.day()}
		}},
		{name: "文号", before: true, periodical: true, lines: func(c innerCopy) []string {
			return []string{"平政办〔" + y(c) + "〕" + strconv.Itoa(12+c.k) + "号"}
		}},
		{name: "notice", end: true, lines: func(c innerCopy) []string {
			return []string{"现将通知全文刊发如下：", "关于做好" + y(c) + "年度冬季供暖工作的通知", "各县（市、区）人民政府，市人民政府各部门：", "为切实做好今冬明春供暖保障工作，确保群众温暖过冬，经市政府同意，现就有关事项通知如下。", c.office(), c.day()}
		}},
		{name: "notice dated", end: true, lines: func(c innerCopy) []string {
			return []string{"通知全文如下：", "关于做好" + y(c) + "年度冬季供暖工作的通知", c.day(), "各县（市、区）人民政府，市人民政府各部门：", "为切实做好今冬明春供暖保障工作，确保群众温暖过冬，经市政府同意，现就有关事项通知如下。"}
		}},
		{name: "相关链接", end: true, lines: func(c innerCopy) []string {
			return []string{"相关链接", "智慧供热平台是运用物联网技术对供热管网实时监测的信息化系统，可实现按需供热、精准调控。"}
		}},
		{name: "bold 相关链接", end: true, lines: func(c innerCopy) []string {
			return []string{c.b("相关链接"), "智慧供热平台是运用物联网技术对供热管网实时监测的信息化系统，可实现按需供热、精准调控。"}
		}},
		{name: "【相关链接】", end: true, lines: func(c innerCopy) []string {
			return []string{"【相关链接】", "智慧供热平台是运用物联网技术对供热管网实时监测的信息化系统，可实现按需供热、精准调控。"}
		}},
		{name: "背景资料", end: true, lines: func(c innerCopy) []string {
			return []string{"背景资料", "该项目于2019年启动建设，总投资约3.2亿元，是全省首批同类示范工程之一。", "项目建成后可惠及周边群众约12万人。"}
		}},
		{name: "相关阅读", end: true, lines: func(c innerCopy) []string {
			return []string{"相关阅读", "全市冬季供暖工作有序推进，各供热企业已完成设备检修和管网试压。"}
		}},
		{name: "interview", lines: func(c innerCopy) []string {
			return []string{"问：今年的工作有哪些新特点？", "答：今年我们更加注重统筹协调，突出重点领域，强化督导落实，取得了明显成效。"}
		}},
		{name: "编者按", before: true, periodical: true, lines: func(c innerCopy) []string {
			return []string{"编者按：为全面反映全市重点工作推进情况，本刊特刊发此文，供各地各部门参阅。"}
		}},
		{name: "byline", before: true, periodical: true, lines: func(c innerCopy) []string {
			return []string{"（记者 张伟　通讯员 李娜）"}
		}},
		{name: "文/ byline", before: true, periodical: true, lines: func(c innerCopy) []string {
			return []string{"文/李娜"}
		}},
		{name: "□ byline", before: true, periodical: true, lines: func(c innerCopy) []string {
			return []string{"□ 本刊记者 王丽"}
		}},
		{name: "（详见） reference", chronicle: true, lines: func(c innerCopy) []string {
			return []string{"（详见《" + c.title + "》" + y(c) + "年第" + strconv.Itoa(max(c.num-1, 1)) + "期）"}
		}},
		{name: "issue reference", periodical: true, lines: func(c innerCopy) []string {
			// Each block names another issue (第10期, 第9期, 第8期): one
			// line printed again and again, naming the publication and an
			// issue, is a head whose template was not updated.
			return []string{c.title + y(c) + "年第" + strconv.Itoa(max(c.num-1-c.k, 1)) + "期"}
		}},
	}
}

// innerSite is an article a block went into: the issue's and the entry's
// index in the copy's reading, and the block's lines.
type innerSite struct {
	issue, section, entry int
	block                 []string
}

// innerInsert sets form's block in up to three articles of the copy text
// reads as all (the first, a middle and the last that has a paragraph
// whose end can be told), after (or before) the article's first
// paragraph, as the copy sets its paragraphs: a blank line apart or
// none, set in as it is set in. It returns the new copy and the sites,
// nil when no article takes it.
func innerInsert(text string, all []*model.Issue, f innerForm) (string, []innerSite) {
	lines := strings.Split(text, "\n")
	bold := strings.Contains(text, "**")
	cols := innerWrapWidth(lines)
	// Every line something starts on: a paragraph ends before the next.
	starts := map[int]bool{}
	for _, iss := range all {
		for _, s := range iss.Sections {
			starts[s.Line] = true
			for _, e := range s.Entries {
				starts[e.Line] = true
				for _, p := range e.Paragraphs {
					starts[p.Line] = true
				}
			}
		}
		for _, fu := range iss.Furniture {
			starts[fu.Line] = true
		}
		for _, ts := range iss.TOC {
			starts[ts.Line] = true
			for _, te := range ts.Entries {
				starts[te.Line] = true
			}
		}
	}
	type cand struct {
		site      innerSite
		at        int // insert after this 0-based line index (before: at this index)
		sep       bool
		indent    string
		chronicle bool
		c         innerCopy
	}
	var cands []cand
	for ii, iss := range all {
		dated, paras := 0, 0
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				for _, p := range e.Paragraphs {
					paras++
					if !p.Date.IsZero() {
						dated++
					}
				}
			}
		}
		chron := dated*2 > paras
		c := innerCopy{bold: bold, year: iss.Year, title: iss.Title, num: iss.Number}
		if c.year == 0 {
			c.year = 2023
		}
		if c.title == "" || strings.ContainsAny(c.title, "\n#*") {
			c.title = "宁川月报"
		}
		if c.num == 0 {
			if f.periodical {
				continue
			}
			c.num = 11
		}
		for si, s := range iss.Sections {
			for ei, e := range s.Entries {
				if len(e.Paragraphs) == 0 || e.Title == "" && !chron {
					continue
				}
				p := e.Paragraphs[0]
				if f.end {
					p = e.Paragraphs[len(e.Paragraphs)-1]
				}
				i := p.Line - 1
				if i < 0 || i >= len(lines) {
					continue
				}
				first := lines[i]
				t := strings.TrimSpace(first)
				if t == "" || strings.ContainsAny(t[:1], "#|>-*+`<![") {
					continue
				}
				indent := first[:len(first)-len(strings.TrimLeft(first, " \u3000\t"))]
				if len(indent) > 8 {
					continue // a layout copy's margin: its columns move
				}
				end := i
				for end+1 < len(lines) && strings.TrimSpace(lines[end+1]) != "" && !starts[end+2] {
					end++
				}
				last := strings.TrimRight(strings.TrimSpace(lines[end]), "*")
				if !strings.HasSuffix(last, "。") && !strings.HasSuffix(last, "”") && !strings.HasSuffix(last, "！") {
					continue // the paragraph may run on (past a page's furniture)
				}
				pt := strings.TrimRight(p.Text, "*")
				if !strings.HasSuffix(pt, "。") && !strings.HasSuffix(pt, "”") && !strings.HasSuffix(pt, "！") {
					continue
				}
				j := end + 1
				for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
					j++
				}
				if j < len(lines) && !starts[j+1] {
					continue // a paragraph the parser joins across (a page's note between)
				}
				sep := end+1 < len(lines) && strings.TrimSpace(lines[end+1]) == ""
				if f.before {
					sep = i > 0 && strings.TrimSpace(lines[i-1]) == ""
					if !sep && i > 0 && !starts[i] {
						continue // the line above runs into the paragraph
					}
				}
				at := end
				if f.before {
					at = i
				}
				cands = append(cands, cand{innerSite{ii, si, ei, nil}, at, sep, indent, chron, c})
			}
		}
	}
	if len(cands) == 0 {
		return text, nil
	}
	pick := []int{0, len(cands) / 2, len(cands) - 1}
	seen := map[int]bool{}
	var chosen []cand
	for _, k := range pick {
		if seen[k] {
			continue
		}
		seen[k] = true
		if cands[k].chronicle && !f.chronicle {
			continue
		}
		chosen = append(chosen, cands[k])
	}
	if len(chosen) == 0 {
		return text, nil
	}
	var sites []innerSite
	ins := map[int][]string{} // lines to go after line index k (before: at k, key -k-1)
	for k, c := range chosen {
		c.c.k = k
		block := f.lines(c.c)
		var add []string
		for k, l := range block {
			if k > 0 && c.sep {
				add = append(add, "")
			}
			switch {
			case strings.HasPrefix(l, " "):
				add = append(add, l)
			case cols > 0 && displayWidth(c.indent+l) > cols:
				// A hard-wrapped copy: the block wrapped as its text.
				ls, _, err := wrapPara(l, cols, c.indent, false, false, nil)
				if err != nil {
					return text, nil
				}
				add = append(add, ls...)
			default:
				add = append(add, c.indent+l)
			}
		}
		if f.before {
			if c.sep {
				add = append(add, "")
			}
			ins[-c.at-1] = add
		} else {
			if c.sep {
				add = append([]string{""}, add...)
			}
			ins[c.at] = add
		}
		c.site.block = block
		sites = append(sites, c.site)
	}
	var out []string
	for k, l := range lines {
		out = append(out, ins[-k-1]...)
		out = append(out, l)
		out = append(out, ins[k]...)
	}
	return strings.Join(out, "\n"), sites
}

// innerWrapWidth is the width the copy's lines are hard-wrapped at, 0
// when they are not.
func innerWrapWidth(lines []string) int {
	var hist [maxWrap + 1]int
	total := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		w := displayWidth(l)
		if w < 12 {
			continue
		}
		total++
		hist[min(w, maxWrap)]++
	}
	return wrapWidth(&hist, total, 3)
}

// innerPlain is s without markup and blanks, to find a block's text in
// an entry's.
func innerPlain(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u3000', '\t', '\n', '*', '#', '【', '】', '□', '>':
			return -1
		}
		return r
	}, s)
}

// innerDiff compares the reading of a copy with blocks set in (got) with
// the copy's own (want): the same issues, sections, entries and dates,
// each entry's paragraphs in order, and in an entry a block went into its
// paragraphs and more, which hold the block's text. "" when they read so.
func innerDiff(want, got []*model.Issue, sites []innerSite) string {
	if len(want) != len(got) {
		return fmt.Sprintf("%d issues, not %d", len(got), len(want))
	}
	into := map[[3]int][]string{}
	for _, s := range sites {
		into[[3]int{s.issue, s.section, s.entry}] = s.block
	}
	for ii := range want {
		w, g := want[ii], got[ii]
		if w.Title != g.Title || w.Year != g.Year || w.Number != g.Number || w.Total != g.Total {
			return fmt.Sprintf("issue %q %d %d %d, not %q %d %d %d", g.Title, g.Year, g.Number, g.Total, w.Title, w.Year, w.Number, w.Total)
		}
		if len(w.Sections) != len(g.Sections) {
			return fmt.Sprintf("%d sections, not %d: %s", len(g.Sections), len(w.Sections), firstSectionDiff(w, g))
		}
		for si := range w.Sections {
			ws, gs := w.Sections[si], g.Sections[si]
			if ws.Name != gs.Name {
				return fmt.Sprintf("section %q, not %q", gs.Name, ws.Name)
			}
			if len(ws.Entries) != len(gs.Entries) {
				return fmt.Sprintf("section %q: %d entries, not %d: %s", ws.Name, len(gs.Entries), len(ws.Entries), firstEntryDiff(ws, gs))
			}
			for ei := range ws.Entries {
				we, ge := ws.Entries[ei], gs.Entries[ei]
				if we.Title != ge.Title || we.Date != ge.Date {
					return fmt.Sprintf("entry %q %s, not %q %s", ge.Title, ge.Date, we.Title, we.Date)
				}
				block, in := into[[3]int{ii, si, ei}]
				if !in {
					if len(we.Paragraphs) != len(ge.Paragraphs) {
						return fmt.Sprintf("entry %q: %d paragraphs, not %d", we.Title, len(ge.Paragraphs), len(we.Paragraphs))
					}
					for k := range we.Paragraphs {
						if we.Paragraphs[k].Text != ge.Paragraphs[k].Text || we.Paragraphs[k].Date != ge.Paragraphs[k].Date {
							return fmt.Sprintf("entry %q paragraph %d: %s %q, not %s %q", we.Title, k, ge.Paragraphs[k].Date, clipText(ge.Paragraphs[k].Text, 40), we.Paragraphs[k].Date, clipText(we.Paragraphs[k].Text, 40))
						}
					}
					continue
				}
				// The entry's text holds its paragraphs' in order, and the
				// block's (a paragraph of its own, or run into the one
				// above it, as a copy that sets its paragraphs tight runs
				// a line on).
				var all strings.Builder
				for _, gp := range ge.Paragraphs {
					all.WriteString(gp.Text)
				}
				have := innerPlain(all.String())
				at := 0
				for k, wp := range we.Paragraphs {
					i := strings.Index(have[at:], innerPlain(wp.Text))
					if i < 0 {
						return fmt.Sprintf("entry %q: paragraph %d %q is gone", we.Title, k, clipText(wp.Text, 40))
					}
					at += i + len(innerPlain(wp.Text))
				}
				for _, l := range block {
					if !strings.Contains(have, innerPlain(l)) {
						return fmt.Sprintf("entry %q: %q is not its text", we.Title, clipText(strings.TrimSpace(l), 30))
					}
				}
			}
		}
	}
	return ""
}

func firstSectionDiff(w, g *model.Issue) string {
	for k := 0; k < len(w.Sections) || k < len(g.Sections); k++ {
		var a, b string
		if k < len(w.Sections) {
			a = w.Sections[k].Name
		}
		if k < len(g.Sections) {
			b = g.Sections[k].Name
		}
		if a != b {
			return fmt.Sprintf("section %d %q, not %q", k, b, a)
		}
	}
	return ""
}

func firstEntryDiff(w, g model.Section) string {
	for k := 0; k < len(w.Entries) || k < len(g.Entries); k++ {
		var a, b string
		if k < len(w.Entries) {
			a = w.Entries[k].Title + " " + w.Entries[k].Date.String()
		}
		if k < len(g.Entries) {
			b = g.Entries[k].Title + " " + g.Entries[k].Date.String()
		}
		if a != b {
			return fmt.Sprintf("entry %d %q, not %q", k, b, a)
		}
	}
	return ""
}

func innerWarnings(all []*model.Issue) int {
	n := 0
	for _, i := range all {
		n += len(i.Warnings)
	}
	return n
}

// innerOpen are the forms not yet read the same: none since the
// twenty-second session. There an article's own 一、 sub-headings (36 of
// 166 silent at main: a point numbered as the copy's sections was read as
// one, or under ### titles as an entry; 17 after), a 文号 over a
// reprinted notice (17 of 101: run into the title above it, or the title
// of the dated text under it; 3 after), an editors' note and the bylines
// (5, 2, 4, 4 of 101, once set only in issues numbered as a periodical's:
// 32, 28, 33, 32 of 163 before, nearly all in yearbooks, whose 条目 carry
// none), and a reference to another issue alone on its line (33 of 104:
// dropped as a running head, read as a title or a section; 4 after) were
// taken out. What still fails is in innerFormSkip.
var innerOpen = map[string]bool{}

// innerFormSkip: a form that still reads otherwise in a fixture, by
// "form|fixture", with the reason (as innerSkip's).
var innerFormSkip = map[string]string{
	"一、 sub-headings|rt-w22-tb22-cells.md":       "open: a plan's own points in a copy of plain titles under one ## heading make the heading an article's title, the titles its text (every build since before the sweep)",
	"issue reference|rt-plain-points.txt":        "open: a copy of plain lines loses its second section (史志研究) with the reference set in",
	"issue reference|rt-w1-back-notice.md":       "open: the reference at a page's foot, over its number, is still taken for the page's head",
	"一、 sub-headings|rt-c2-whole1.md":            "open: a wrapped copy's 二、重点任务 runs into the paragraph above it",
	"一、 sub-headings|rt-c5-place-plain.md":       "open: a copy of plain lines loses its second section (县区动态) with the points set in",
	"一、 sub-headings|rt-c5-subtitle-tight.md":    "open: a copy with no blank lines and no sections reads the point as one",
	"一、 sub-headings|rt-mineru-essay.md":         "open: an essay's own 一、陆游的家世 becomes an entry with the block's points before it",
	"一、 sub-headings|rt-part-head-once.md":       "open: a yearbook's part named once (经济) is read otherwise with the points set in",
	"一、 sub-headings|rt-w13-chapter-parts.md":    "open: a gazetteer's 第二编 name is read otherwise with the points in its 概述",
	"一、 sub-headings|rt-w14-editor-atop-page.md": "open: 二、重点任务 atop a page is taken for the page's head",
	"一、 sub-headings|rt-yx-gazetteer-layout.md":  "artefact: a gazetteer's 目 are numbered 一、小麦 / 二、玉米; a 目 carries no plan's points restarting at 一",
	"一、 sub-headings|rt-yx-gazetteer-mineru.md":  "artefact: a gazetteer's 目 are numbered 一、小麦 / 二、玉米; a 目 carries no plan's points restarting at 一",
	"一、 sub-headings|rt-yx-gazetteer-runin.md":   "artefact: a gazetteer's 目 are numbered 一、小麦 / 二、玉米; a 目 carries no plan's points restarting at 一",
	"一、 sub-headings|rt-yx-gazetteer-spaced.md":  "artefact: a gazetteer's 目 are numbered 一、小麦 / 二、玉米; a 目 carries no plan's points restarting at 一",
	"编者按|rt-c5-place-plain.md":                   "open: a copy of plain lines: the note under a column's run-in item makes it an entry",
}

// innerSkip: where a fixture still reads otherwise with a block set in,
// by fixture. "knock-on": the block's lines shift what the parser
// measures of the whole copy (its wrap width, how tight its paragraphs
// are set, how its OCR spaces a year), and an article or a heading the
// block did not go into reads otherwise; the transform, not the block's
// reading, is to blame. "open": the block itself is misread, a family
// left for later.
var innerSkip = map[string]string{
	"month-events.md":                   "knock-on: a chronicle's events after the reference are dated by another month",
	"title-dates.md":                    "open: a block after a dated title's text is read as an undated event",
	"gazetteer.md":                      "open: a sign-off set far right in a gazetteer is read as a 分目's name",
	"noblank-fenmu.md":                  "knock-on: a yearbook without blank lines splits its paragraphs otherwise",
	"hant-chronicle-published.md":       "open: a chronicle's run-in 一是… after an event becomes an event of its own",
	"hant-chronicle-wrapped.md":         "open: a reference in a chronicle's wrapped text is dropped as a head",
	"hant-formal-parts.md":              "open: a sign-off in a report of parts is read as the report's end, its parts lost",
	"hant-gazetteer.md":                 "open: a sign-off set far right in a gazetteer is read as a 分目's name",
	"hant-yearbook.md":                  "knock-on: the yearbook's edition year is not read with points in its text",
	"rt-c1-whole-plain.md":              "knock-on: a copy hard-wrapped at twenty characters splits an article the block is not in",
	"rt-c3-whole-report.md":             "knock-on: a wrapped report splits an article the block is not in",
	"rt-c4-era-ocr.md":                  "open: a chronicle's run-in 一是… after an event is taken for another event's text",
	"rt-c4-run-together.md":             "open: a chronicle's run-in 一是… after an event is taken for another event's text",
	"rt-c4-runin-years.md":              "open: a chronicle's run-in 一是… after an event is taken for another event's text",
	"rt-c5-notes-inline.md":             "open: 1. points under an article with notes [1] are read as its notes",
	"rt-c5-place-day-heads.md":          "open: a sign-off under a day's heading is dropped as a head",
	"rt-chr2-end-style-last.md":         "knock-on: a chronicle that prints its dates last reads its style otherwise",
	"rt-chr2-end-unclear.md":            "knock-on: a chronicle that prints its dates last reads its style otherwise",
	"rt-cv-note-colon.md":               "open: a sign-off above an article's notes still dates it",
	"rt-fa-month-apart-numerals.md":     "knock-on: a chronicle's month in numerals is read otherwise",
	"rt-formal-parts.md":                "open: a sign-off in a report of parts is read as the report's end, its parts lost",
	"rt-w1-noblank.md":                  "knock-on: a notice without blank lines splits its points otherwise",
	"rt-w12-word-speech-points.md":      "open: a sign-off under a speech in a copy of plain lines is read as an article's title",
	"rt-w13-notes-block-numbered.md":    "knock-on: a chronicle's numbered notes are read otherwise",
	"rt-w15-whole-hk-yuebao.md":         "knock-on: a wrapped copy splits an article the block is not in",
	"rt-w16-back-cover.md":              "knock-on: a copy without blank lines splits an article the block is not in",
	"rt-w16-chron-month-gap.md":         "knock-on: OCR's spaced year (1986 年) is read as spaced with the block's text",
	"rt-w16-ocr-dash-range.md":          "knock-on: OCR's spaced year (1986 年) is read as spaced with the block's text",
	"rt-w16-ocr-letters.md":             "knock-on: OCR's spaced year (2O23 年) is read as spaced with the block's text",
	"rt-w16-tess-hant-chron.md":         "knock-on: OCR's spaced year (1950 年) is read as spaced with the block's text",
	"rt-w16-whole-tess-dsj.md":          "knock-on: OCR's spaced year (1986 年) is read as spaced with the block's text",
	"rt-w17-cn-yearbook.md":             "open: a bold box label in a yearbook's 特载 is read as a title",
	"rt-w17-nf-yearbook.md":             "open: a block in a yearbook's 特载 moves its 条目",
	"rt-w20-hw20-set-in.md":             "knock-on: a copy set in by spaces splits an article the block is not in",
	"rt-w3-pandoc-bold-points-notoc.md": "open: a bold box label in an essay without contents is read as a section",
	"rt-w4-pandoc-parts.md":             "open: a bold box label in a report of parts is read as a section",
	"rt-w8-yearbook-table-label.md":     "open: a sign-off under a yearbook's table is read as a 条目's title",
	"rt-wb-essay-emsp.md":               "open: a box in a web page's essay makes its title a section",
	"rt-wb-essay.md":                    "open: a box in a web page's essay makes its title a section",
}

// TestArticleInnerReadsTheSame: every fixture reads the same with an
// article's own inner structure set in three of its articles (the
// first, a middle and the last that have a paragraph whose end can be
// told): numbered points (一是…二是…, （一）, 1., ①, 一要 in bold), a
// sign-off (平顶山市人民政府办公室 / 2023年11月5日, right-aligned too), a
// notice reprinted whole after 如下： (its title, date, addressee, text),
// a box (相关链接 / 背景资料 / 相关阅读, bold and in brackets too, over its
// text), an interview's 问：/答：, a reference to another issue in
// brackets: the same sections, entries and dates, the block the text of
// the article it went into; or the parser warns. A chronicle takes only
// what it carries (一是…, a reference). A copy laid out by pdftotext
// -layout is left out: the block is set in none of its columns.
func TestArticleInnerReadsTheSame(t *testing.T) {
	forms := innerForms()
	tried := map[string]int{}
	for _, fx := range fixtureTexts(t) {
		if laidOut(fx.text) {
			continue
		}
		if _, skip := innerSkip[filepath.Base(fx.path)]; skip {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range forms {
			if innerOpen[f.name] {
				continue
			}
			if _, skip := innerFormSkip[f.name+"|"+filepath.Base(fx.path)]; skip {
				continue
			}
			alt, sites := innerInsert(fx.text, ref, f)
			if sites == nil {
				continue
			}
			tried[f.name]++
			got, err := ParseAll([]byte(alt))
			if err != nil {
				t.Fatal(err)
			}
			if d := innerDiff(ref, got, sites); d != "" && innerWarnings(got) <= innerWarnings(ref) {
				t.Errorf("%s with %s set in reads otherwise, silently: %s", fx.path, f.name, d)
			}
		}
	}
	for _, f := range forms {
		if !innerOpen[f.name] {
			t.Logf("%s: %d fixtures tried", f.name, tried[f.name])
		}
		least := 100
		if f.periodical {
			least = 90 // (a periodical's issues only, a hundred of them)
		}
		if !innerOpen[f.name] && tried[f.name] < least {
			t.Errorf("%s: only %d fixtures tried", f.name, tried[f.name])
		}
	}
}

// TestRedTeamW21Inner: a copy of plain lines, a blank line after each,
// whose articles end with what articles carry: a
// notice reprinted after 现将通知全文刊发如下：, its date under its title
// over its addressee, its sign-off; a box (相关链接 over its text); a
// sign-off alone. Each the article's text, no article of its own, and no
// sign-off dates its article (the notice's date had run into its
// addressee and the sign-offs and the box had been articles, silently).
func TestRedTeamW21Inner(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{
		file:    "rt-w21-is21-inner.md",
		cover:   "宁川县情|2023|11|宁川县地方史志办公室|",
		entries: "工作动态|县政府召开冬季供暖工作会议|2023-11-06|8; 工作动态|智慧供热平台建成投用||3; 工作动态|县志办开展地情资料征集||3",
	})
	ps := iss.Sections[0].Entries[0].Paragraphs
	if ps[3].Text != "2023年11月5日" || ps[4].Text != "各乡镇人民政府，县直各单位：" {
		t.Errorf("the notice's date and addressee: %q, %q", ps[3].Text, ps[4].Text)
	}
}

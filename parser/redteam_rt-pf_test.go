package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRedTeamPageFurniture holds copies with PDF pages printed into them
// as pdftotext leaves them (testdata/rt-pf-*.md): each entry as
// section|title|date|paragraphs|page.
func TestRedTeamPageFurniture(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		// The publication's title once after a form feed, over a page's
		// text, in a short copy whose cover prints no 年第N期: the head
		// atop page 3 (it had been a paragraph of the entry, silently).
		{"rt-pf-head-once.md", "时政要闻|全市春季植树造林动员会召开|2024-03-05|3|2; 时政要闻|鹰城至郑州城际公交开通|2024-03-12|1|3"},
		// The same over a column's heading, in an issue whose cover
		// prints its number (2023年第11期): the head, not the next
		// issue's cover (it had been a paragraph, silently).
		{"rt-pf-head-once-heading.md", "工作动态|县志办召开志书评审会|2023-11-03|1|2; 工作动态|县志办开展地情资料征集|2023-11-10|1|2; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1|3"},
		// A chronicle's title with its years once at a form feed, over a
		// month's heading: the book's head (it had been an event's
		// paragraph, silently).
		{"rt-pf-chron-title.md", "一月||1990-01-03|1|2; 一月||1990-01-20|1|2; 二月||1990-02-08|1|3; 二月||1990-02-20|1|3"},
		// A bold title and its text atop a page after a sentence that
		// ended (it had been a paragraph of the entry above, which took
		// its date, silently); a bold title alone at a page's foot over
		// its text atop the next (so too).
		{"rt-pf-bold-top.md", "工作动态|市志办召开年鉴评审会|2024-05-08|1|2; 工作动态|东城区召开村志编纂推进会|2024-05-21|1|3; 工作动态|市志办开展“方志进社区”活动|2024-05-24|1|3; 工作动态|市志办完成旧志整理|2024-05-28|1|4"},
		// A list's next item atop a page (1. 加强组织领导 / — 2 — /
		// 2. 落实造林任务): a paragraph of its own (it had been run into
		// the item before, 1. 加强组织领导2. 落实造林任务, silently).
		{"rt-pf-list-item.md", "时政要闻|全市春季植树造林动员会召开|2024-03-05|4|2; 时政要闻|鹰城至郑州城际公交开通|2024-03-12|1|3"},
		// A title after its bullet (◇县志办开展地情资料征集活动) alone at
		// a page's foot, its text atop the next: its own entry (it had
		// been a paragraph of the entry above, which took its date, or run
		// into the text under it, the entry untitled, silently).
		{"rt-pf-marked-title.md", "【工作动态】|县史志办召开年鉴编纂工作会议|2023-11-03|1|3; 【工作动态】|县志办开展地情资料征集活动|2023-11-08|1|3; 【县区动态】|东城区完成村志初稿|2023-11-20|1|4; 【县区动态】|西城区启动街道志编纂|2023-11-24|1|5"},
		// A date the wrap cut (5 / 月14日，…) atop a page, under its head:
		// the 5 is the date's, not a page's number after — 3 — (it had
		// been taken as page 5, the entry undated, silently).
		{"rt-pf-date-cut.md", "工作动态|县史志办召开年鉴编纂工作会议|2024-05-08|1|3; 工作动态|县志办开展地情资料征集活动|2024-05-14|1|3"},
	} {
		t.Run(c.file, func(t *testing.T) {
			all := parseAllFile(t, c.file)
			if len(all) != 1 {
				t.Fatalf("%d issues, want 1", len(all))
			}
			var got []string
			for _, s := range all[0].Sections {
				for _, e := range s.Entries {
					got = append(got, fmt.Sprintf("%s|%s|%s|%d|%d", s.Name, e.Title, e.Date, len(e.Paragraphs), e.Page))
				}
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("entries\n  %s\nwant\n  %s", g, c.want)
			}
			if c.file == "rt-pf-list-item.md" {
				var ps []string
				for _, para := range all[0].Sections[0].Entries[0].Paragraphs {
					ps = append(ps, para.Text)
				}
				if g, w := strings.Join(ps, "/"), "3月5日，全市春季植树造林动员会召开。会议部署了三项工作：/1. 加强组织领导/2. 落实造林任务/3. 强化督导检查"; g != w {
					t.Errorf("paragraphs %s, want %s", g, w)
				}
			}
			if len(all[0].Warnings) > 0 {
				t.Errorf("warnings %v, want none", all[0].Warnings)
			}
		})
	}
}

// pfBreak is how a page break is printed into a copy: its page number's
// form, where the form feed goes, the running head, the blank lines.
type pfBreak struct {
	num   string // fmt form of the page number: — %d —, ·%d·, %d, 第%d页
	ffOwn bool   // the form feed on a line of its own, else before the head (pdftotext)
	head  string // "" for the copy's first line
	blank bool   // blank lines around the break
	every int    // at every every-th blank line between paragraphs
	mid   bool   // also cut a paragraph in the middle, at every every-th one
}

func (b pfBreak) String() string {
	return fmt.Sprintf("num %q ffOwn %v head %q blank %v every %d mid %v", b.num, b.ffOwn, b.head, b.blank, b.every, b.mid)
}

// pfHead is the running head a copy's first line makes: its text without
// Markdown's marks.
func pfHead(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if _, h, ok := heading(l); ok {
			l = h // (# 宁川史志 #, ## 时政要闻 {#sec-1}: the heading's text, as the page prints it)
		}
		l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#*> "))
		l = strings.Trim(l, "*_") // (**name** and __name__ alike)
		if l != "" {
			return l
		}
	}
	return ""
}

// withFurniture prints page breaks into text as b says.
func withFurniture(text string, b pfBreak) string {
	lines := strings.Split(text, "\n")
	head := b.head
	if head == "" {
		head = pfHead(text)
	}
	page := 2
	brk := func(out []string) []string {
		if b.blank {
			out = append(out, "")
		}
		out = append(out, fmt.Sprintf(b.num, page))
		if b.ffOwn {
			out = append(out, "\f", head)
		} else {
			out = append(out, "\f"+head)
		}
		if b.blank {
			out = append(out, "")
		}
		page++
		return out
	}
	var out []string
	gaps, paras := 0, 0
	for i, l := range lines {
		if b.mid && i > 0 && strings.TrimSpace(lines[i-1]) == "" && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) == "" && pfCuttable(l) {
			if paras++; paras%b.every == 0 {
				r := []rune(l)
				// Between two Han characters: a page that cuts a line
				// after its full stop or comma leaves a copy that may end
				// its paragraph there.
				cut := len(r) / 2
				for cut < len(r)-1 && !(r[cut-1] >= 0x4E00 && r[cut-1] <= 0x9FFF && r[cut] >= 0x4E00 && r[cut] <= 0x9FFF) {
					cut++
				}
				out = append(out, string(r[:cut]))
				out = brk(out)
				out = append(out, string(r[cut:]))
				continue
			}
		}
		if !b.mid && strings.TrimSpace(l) == "" && i > 0 && i+1 < len(lines) && strings.TrimSpace(lines[i-1]) != "" && strings.TrimSpace(lines[i+1]) != "" {
			if gaps++; gaps%b.every == 0 {
				if b.blank {
					out = brk(out)
				} else {
					out = brk(out)
				}
				continue
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// pfCuttable reports whether line l is a paragraph a page may cut: a
// sentence's text, long, of wide characters, no markup.
func pfCuttable(l string) bool {
	t := strings.TrimSpace(l)
	if len([]rune(t)) < 40 || strings.ContainsAny(t[:1], "#|*>-+[!<0123456789") {
		return false
	}
	return strings.HasSuffix(t, "。")
}

// pfSkip lists the fixtures TestPageFurnitureReadsTheSame leaves out, and
// why. Some are ambiguous once pages are printed into them; the rest
// read otherwise still, and are listed so that the test guards the others
// (see the report of branch rpf).
var pfSkip = map[string]string{
	"testdata/rt-w23-op23-kicker.md": "open: a lead-in atop a page (— 3 — / 宁川史志 / 凝心聚力谋发展 砥砺奋进新征程 / ### …), in a copy with no contents, is read as the text above, editor's line or not",
	// A line that ends no sentence at the foot of a page, in a copy not
	// wrapped (a paragraph a line): the page may have cut its sentence
	// (…要求： / — 2 — / 一是…), and a cut sentence must be joined; the
	// copy without the pages had a blank line there, which the break's
	// blank lines no longer tell from the break's own.
	"../testdata/yearbooks/image-caption.md": "ambiguous: a caption at a page's foot",
	"../testdata/yearbooks/report-parts.md":  "ambiguous: 各位代表： at a page's foot",
	"testdata/rt-rows-tezai.md":              "ambiguous: 各位代表： at a page's foot",
	"testdata/rt-n-annex-points.md":          "ambiguous: 附件： at a page's foot",
	"testdata/rt-sp-double-indent-crlf.md":   "ambiguous: a caption at a page's foot",
	"testdata/rt-chron-day-heads.md":         "ambiguous: 11月16日 星期四 at a page's foot",
	"testdata/rt-w3-whole-word.md":           "ambiguous: 名单如下： at a page's foot",
	"testdata/rt-w13-whole-yuebao-notes.md":  "a running head alone, no page under it, over the back cover's masthead (---): the last entry's text",
	"testdata/rt-w5-briefing-plain.md":       "ambiguous: 名单（…）： at a page's foot",
	"testdata/rt-w5-whole-briefing.md":       "ambiguous: a names row set one space apart (王建国　刘晓梅　…　张　恒) at a page's foot",
	"testdata/rt-w8-yearbook-list-title.md":  "ambiguous: a 名录's row (陈立新　　全国劳动模范) at a page's foot over the next list's title",
	// Bound volumes and files of several issues whose covers print no
	// number, or only a bare one: the publication's title at a form feed
	// may be the next issue's cover, and is read so (warned, or an issue
	// cut where the page broke).
	"testdata/rt-cv-bound-bare-gap.md":       "ambiguous: a bound volume's bare covers",
	"testdata/rt-cv-bound-bare.md":           "ambiguous: a bound volume's bare covers",
	"testdata/rt-cv-bound-by-column.md":      "ambiguous: a bound volume's bare covers",
	"testdata/rt-cv-bound-by-issue.md":       "ambiguous: a bound volume's bare covers",
	"testdata/rt-cv-bound-issue-pages.md":    "ambiguous: a bound volume's bare covers",
	"testdata/rt-mh-split-gapped.md":         "ambiguous: the next issue's cover prints no number",
	"testdata/rt-mh-split-heading-number.md": "ambiguous: the next issue's cover prints no number",
	"testdata/rt-mh-split-total.md":          "ambiguous: the next issue's cover prints no number",
	"testdata/rt-mh-contents-first.md":       "ambiguous: issues that begin with their contents",
	"testdata/rt-mh-contents-no-cover.md":    "ambiguous: issues that begin with their contents",
	// Web pages and a chat assistant's answers: no printed pages, and
	// their first line (an article's title, a chat's preface) is no
	// publication's name to head pages with.
	"testdata/rt-wb-docx-underline.md":      "web/docx: no printed pages",
	"testdata/rt-wb-docx2txt-masthead.md":   "web/docx: no printed pages",
	"testdata/rt-wb-image-placeholder.md":   "web: no printed pages",
	"testdata/rt-wb-jina-article.md":        "web: no printed pages",
	"testdata/rt-s7-chat-fence-preface.md":  "chat: no printed pages",
	"testdata/rt-s7-chat-fence.md":          "chat: no printed pages",
	"testdata/rt-m-turndown.md":             "web: no printed pages",
	"testdata/rt-wb-essay.md":               "web: no printed pages",
	"testdata/rt-w6-web-script-links.md":    "web: no printed pages (a page cut inside a link)",
	"testdata/rt-w6-whole-web-dsj.md":       "web: no printed pages (a page cut inside a link)",
	"testdata/rt-w6-web-link-title.md":      "web: no printed pages (a page cut inside a link)",
	"testdata/rt-w4-whole-pandoc.md":        "docx: no printed pages",
	"testdata/rt-c5-whole-pandoc.md":        "docx: no printed pages (a bold day atop every page is read as a head)",
	"testdata/rt-c5-notes-end.md":           "docx: no printed pages (a head over the back cover's rule is a Setext heading)",
	"testdata/rt-w8-whole-yearbook-docx.md": "docx: no printed pages (资料来源：… at a page's foot)",
	"testdata/rt-w8-whole-briefings.md":     "pasted from Word: no printed pages (its first line, 内部资料　注意保存, heads no page)",
	"testdata/rt-m-line-block.md":           "pandoc's line block: the head inside the block",
	"testdata/rt-m-pandoc-divs.md":          "pandoc's divs: the head inside a div",
	// Read otherwise still (not fixed on this branch): a date at an
	// entry's end, a cover's line, a chronicle's year, a title the
	// contents split.
	"../testdata/chronicles/no-title.md":       "open: a year heading after a break",
	"../testdata/families/cover-month-only.md": "open: a cover with its month alone",
	"../testdata/families/masthead-back.md":    "open: the masthead at the back",
	"../testdata/families/quoted-issue.md":     "open: a correction quoting the issue",
	"../testdata/yearbooks/cover.md":           "open: a yearbook's cover",
	"testdata/rt-chr2-end-two-paras.md":        "open: a chronicle's end",
	"testdata/rt-sp-double-title-one.md":       "open: a double-spaced copy",
	"testdata/rt-sp-double.md":                 "open: a double-spaced copy",
	"testdata/rt-ly-cover-beside-toc.md":       "its first line is the cover beside the contents' highlights: no running head prints that",
	"testdata/rt-yx-tezai.md":                  "open: a yearbook's 特载 article under a page's head warns its title",
	"testdata/rt-tx-halfwidth-plain-titles.md": "open: a yearbook's plain titles",
	// A paragraph before the contents (本期导读, 【编者按】…) that a page
	// cuts in the middle: the half on the first page is read as a line
	// of the front matter of its own.
	"testdata/rt-n-guide-prose.md": "open: the guide's paragraph cut by a page",
	"testdata/rt-toc-bullets.md":   "open: 【编者按】's paragraph cut by a page",
	// A page that cuts a paragraph in the middle of its line, in a WeChat
	// copy (no pages of its own): the half atop the next page, under the
	// account's one-line title as its head, is read as a title. (A page
	// break among its end lines, 继续滑动看下一个 / 轻触阅读原文 / — 20 — /
	// … / 向上滑动看下一个, had been warned of as a cut text: read since rc5.)
	"testdata/rt-w3-whole-wechat.md": "open: a page cutting a paragraph of a WeChat copy",
	// A copy of two pages whose head is its one-line cover (《青岚月报》
	// 2024年增刊第1期, as 《青岚月报》2024年第1期 is): atop the one page a
	// mid-sentence cut makes, printed once, it is read as the sentence's.
	"testdata/rt-w11-zengkan-number.md":  "open: a one-line cover as the head of one page",
	"testdata/rt-w11-zengkan-bracket.md": "open: a one-line cover as the head of one page",
	"testdata/rt-w11-speech-notoc.md":    "open: a one-line cover as the head of one page",
	// A running head printed inside a pandoc table (a docx has no pages):
	// the table reads it as a row.
	"testdata/rt-w3-pandoc-picture-table.md": "open: a page's head inside a table",
	// A page (its number, a form feed, the head 宁川史志) right over the
	// second issue's cover, # 宁川史志 2023年第12期: that issue's number is
	// lost, its closing hashes or not.
	"testdata/rt-w17-hd-closing-two.md": "open: a page break right over the second issue's one-line cover",
	// Two publications in one file: the transform heads every page with
	// the file's first line, the second publication's pages with the
	// first's name, which no copy prints.
	"testdata/rt-w21-op21-two-counties.md":        "the transform's: the first publication's head atop the second's pages",
	"testdata/rt-w21-op21-two-counties-plain.txt": "the transform's: the first publication's head atop the second's pages",
}

// TestPageFurnitureReadsTheSame: every fixture (as
// TestInvisibleChangesReadTheSame takes them) reads the same — sections,
// titles, dates, paragraphs, the count of warnings but those about pages
// — with PDF pages printed into it as pdftotext leaves them: a page's
// number (— 2 —, ·2·, 第2页) after every third paragraph, a form feed
// (before the next page's first line, or on a line of its own), the
// running head (the copy's first line), with blank lines around them or
// none; and with a page that cuts a paragraph in the middle of its line.
// A bare number is not tried: it is a page's only in a run of three
// (see furniture), which a short copy does not print. Nor is a head
// that names another publication than the copy's.
func TestPageFurnitureReadsTheSame(t *testing.T) {
	var breaks []pfBreak
	for _, num := range []string{"— %d —", "·%d·", "第%d页"} {
		for _, ffOwn := range []bool{false, true} {
			for _, blank := range []bool{true, false} {
				breaks = append(breaks, pfBreak{num, ffOwn, "", blank, 3, false},
					pfBreak{num, ffOwn, "", blank, 1, true}, pfBreak{num, ffOwn, "", blank, 3, true})
			}
		}
	}
	for _, fx := range fixtureTexts(t) {
		f, text := fx.path, fx.text
		if _, skip := pfSkip[f]; skip {
			continue
		}
		ref, err := ParseAll([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if pfPaged(ref) || strings.Contains(text, "\f") {
			continue
		}
		want := pfShape(ref)
		for _, b := range breaks {
			got, err := ParseAll([]byte(withFurniture(text, b)))
			if err != nil {
				t.Errorf("%s with %s: %v", f, b, err)
				continue
			}
			if d := shapeDiff(want, pfShape(got)); d != "" {
				t.Errorf("%s with pages (%s) reads otherwise: %s", f, b, d)
				break
			}
		}
	}
}

// pfShape is readShape but for the warnings about pages, which pages
// printed in the copy take away (an entry without a page).
func pfShape(all []*model.Issue) string {
	return shapeCounting(all, func(w model.Warning) bool { return !strings.Contains(w.Message, "page") })
}

// pfPaged reports whether a copy holds pages already (their numbers, heads
// or breaks): a second set printed into it makes pages of pages, which
// no copy prints.
func pfPaged(all []*model.Issue) bool {
	for _, iss := range all {
		for _, f := range iss.Furniture {
			switch f.Kind {
			case model.RunningHead, model.PageNumber, model.FormFeed, model.PageBreak:
				return true
			}
		}
	}
	return false
}

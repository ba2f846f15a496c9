package parser

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestContentsLostMoreReadTheSame: contents that print no page, whose
// heading the copy lost (目录 an image, a page converted without it), read
// exactly as under their heading: the same contents, sections, entries,
// dates and paragraphs (not merely warned of), as a reader tells them by
// the body's printing their lines again. (The lines had been the body's:
// titles entries of no text, names sections of none, silently.)
func TestContentsLostMoreReadTheSame(t *testing.T) {
	tried := 0
	for _, fx := range fixtureTexts(t) {
		vs, s, b := contentsLost(fx.text)
		alt, ok := vs["b"]
		if !ok {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil || len(ref) != 1 || len(ref[0].TOC) == 0 {
			continue
		}
		pageless := true
		for _, sec := range ref[0].TOC {
			for _, e := range sec.Entries {
				pageless = pageless && e.Page == 0
			}
		}
		if !pageless {
			continue
		}
		base := filepath.Base(fx.path)
		if _, skip := contentsLostMoreSkip[base]; skip {
			continue
		}
		tried++
		got, err := ParseAll([]byte(alt))
		if err != nil {
			t.Fatal(err)
		}
		bodyText := strings.Join(strings.Split(fx.text, "\n")[b:], "\n")
		want, have := lostOutline(ref, true, bodyText, -1, -1, -1), lostOutline(got, true, bodyText, -1, -1, -1)
		want += contentsOutline(ref[0].TOC)
		have += contentsOutline(got[0].TOC)
		if d := shapeDiff(want, have); d != "" {
			t.Errorf("%s (its contents' heading lost, line %d) reads otherwise: %s", fx.path, s+1, d)
		}
	}
	if tried < 15 {
		t.Errorf("only %d fixtures tried", tried)
	}
}

func contentsOutline(toc []model.TOCSection) string {
	var b strings.Builder
	for _, s := range toc {
		b.WriteString("contents " + s.Name + "\n")
		for _, e := range s.Entries {
			b.WriteString("  " + e.Title + "\n")
		}
	}
	return b.String()
}

// contentsLostMoreSkip: why a fixture whose contents print no page reads
// otherwise with their heading lost.
var contentsLostMoreSkip = map[string]string{
	"rt-w12-contents-interleaved.md": "open, warned: a bilingual contents laid out in columns (pdftotext -layout), its pages beside the English; without its heading its lines are warned of as not understood",
	"rt-w12-preface-points.md":       "open, warned: contents under a yearbook's front piece (编辑说明's points) that the heading told from the piece; without it, the piece's last point and the contents run together, warned",
	"rt-w14-whole-province-web.md":   "open, warned: a web page's contents set as links among the site's navigation, which the heading told apart; without it they are warned of",
	"rt-w2-whole-mineru.md":          "open, warned: a chronicle's months listed with pages on lines of their own (一月……1 as MinerU sets them); without the heading the months are warned of as lines not understood",
	"toc-pageless-neg-date.md":       "better: under 目录 the cover's date (2024年3月25日) is read as a line of the contents, warned; without the heading the cover takes it, as it should",
	"toc-pageless-neg-office.md":     "better: under 目录 the office's line (鹰城市地方史志办公室编) is read as a line of the contents, warned; without the heading the cover takes it, as it should",
}

// TestRedTeamW20HeadlessContents: contents of no page whose heading was
// lost (时政要闻 / 县委常委会召开会议 / … / 史志工作 / …, then the body printing
// them again over their text): read as the contents, each entry warned
// only for the page its line does not print (they had been the body's,
// the titles entries of no text, warned only as a cover line).
func TestRedTeamW20HeadlessContents(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w20-cl20-headless.md", "宁川史志月报|2024|5|宁川县地方史志办公室|",
		"时政要闻|县委常委会召开会议|2024-05-06|1; 时政要闻|县政府召开第八次常务会议|2024-05-13|1; 史志工作|县史志办召开年鉴编纂工作会议|2024-05-20|1", "19,21,25"})
	if got := contentsOutline(iss.TOC); got != "contents 时政要闻\n  县委常委会召开会议\n  县政府召开第八次常务会议\ncontents 史志工作\n  县史志办召开年鉴编纂工作会议\n" {
		t.Errorf("contents:\n%s", got)
	}
}

// TestRedTeamW20NoteContents: an editors' note on the cover (卷首语 / its
// prose) over contents whose heading was lost, lines with leaders and
// pages: the contents, which give the entries their pages (they had
// been the note's text, the contents and its pages lost, silently).
func TestRedTeamW20NoteContents(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w20-cl20-note-contents.md", "宁川史志月报|2024|6||",
		"|卷首语||1; 史志工作|县史志办召开年鉴编纂工作会议|2024-06-08|1; 地情研究|宁川古渡口考||1", ""})
	if len(iss.TOC) != 2 || iss.Sections[2].Entries[0].Page != 3 {
		t.Errorf("contents: %+v", iss.TOC)
	}
}

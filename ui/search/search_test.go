package search

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
)

const sampleFile = "../../testdata/pingdingshan-2023-11.md"

func readSample(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile(sampleFile)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func parse(tb testing.TB, src []byte) *model.Issue {
	tb.Helper()
	iss, err := parser.Parse(src)
	if err != nil {
		tb.Fatal(err)
	}
	return iss
}

func sampleIndex(t *testing.T) (*model.Issue, *Index) {
	iss := parse(t, readSample(t))
	return iss, New(iss)
}

func title(iss *model.Issue, h Hit) string { return iss.Sections[h.Sec].Entries[h.Ent].Title }

// split returns the titles of the title matches and the number of the
// others, checking that the title matches come first and that each group
// is in document order.
func split(t *testing.T, iss *model.Issue, hits []Hit) (titles []string, textOnly int) {
	t.Helper()
	before := func(a, b Hit) bool { return a.Sec < b.Sec || a.Sec == b.Sec && a.Ent < b.Ent }
	for i, h := range hits {
		if i > 0 && hits[i-1].InTitle == h.InTitle && !before(hits[i-1], h) {
			t.Errorf("hit %d %v is not after hit %d %v", i, h, i-1, hits[i-1])
		}
		if h.InTitle {
			if textOnly > 0 {
				t.Errorf("title match %q after a text-only match", title(iss, h))
			}
			titles = append(titles, title(iss, h))
		} else {
			textOnly++
		}
	}
	return titles, textOnly
}

func TestFilterSample(t *testing.T) {
	iss, ix := sampleIndex(t)

	titles, textOnly := split(t, iss, ix.Filter("李明俊"))
	want := []string{
		"李明俊调研信访稳定、城市公交和城乡客运工作",
		"李明俊专题调研市区供暖工作",
		"李明俊到部分重点项目现场调度",
		"李明俊到宝丰县、郏县调研乡村振兴和特色产业发展工作",
		"李明俊暗访督导生态环境保护工作",
		"李明俊主持召开专题会议听取平顶山市综合交通运输体系优化提升方案、平顶山市建设全省枢纽经济先行区实施方案汇报等工作",
		"李明俊与绿地集团中原区域公司总经理王俊立举行工作会谈",
		"李明俊带队到上海江苏安徽部分企业考察招商",
		"李明俊与来平考察的心里程控股集团董事、副董事长李剑锋一行举行工作会谈",
		"李明俊与来平考察的大连交通大学党委副书记、校长陈秉智举行工作会谈",
	}
	if !slices.Equal(titles, want) {
		t.Errorf("李明俊: title matches\n%q\nwant\n%q", titles, want)
	}
	if textOnly != 22 {
		t.Errorf("李明俊: %d text-only matches, want 22", textOnly)
	}

	// Spaces typed or printed anywhere in a name do not matter.
	for _, q := range []string{"李明 俊", " 李 明 俊 ", "李明俊\u3000"} {
		if got, want := ix.Filter(q), ix.Filter("李明俊"); !slices.Equal(got, want) {
			t.Errorf("Filter(%q) differs from Filter(李明俊)", q)
		}
	}

	hits := ix.Filter("陈天富")
	titles, textOnly = split(t, iss, hits)
	if len(titles) != 0 || textOnly != 16 {
		t.Errorf("陈天富: %d title matches %q and %d text-only, want 0 and 16", len(titles), titles, textOnly)
	}
	var texts []string
	for _, h := range hits {
		texts = append(texts, title(iss, h))
	}
	for _, w := range []string{"李明俊专题调研市区供暖工作", "尧山实验室理事会第一次会议召开"} {
		if !slices.Contains(texts, w) {
			t.Errorf("陈天富: %q not found; got %q", w, texts)
		}
	}

	for _, c := range []struct{ q, title string }{
		{"constantinos", "陈向平会见英国皇家工程院院士 Constantinos Soutis"},
		{"CONSTANTINOS SOUTIS", "陈向平会见英国皇家工程院院士 Constantinos Soutis"},
		{"ｃｏｎｓｔａｎｔｉｎｏｓｓｏｕｔｉｓ", "陈向平会见英国皇家工程院院士 Constantinos Soutis"},
		{"院士constantinos", "陈向平会见英国皇家工程院院士 Constantinos Soutis"},
		{"(五)", "《中国古代文学家（五）》邮票在郏县首发"},
		{"（五）", "《中国古代文学家（五）》邮票在郏县首发"},
		{"(2023)", "《平顶山年鉴（2023）》出版发行"},
		{"（２０２３）", "《平顶山年鉴（2023）》出版发行"},
	} {
		hits := ix.Filter(c.q)
		if len(hits) == 0 || !hits[0].InTitle || title(iss, hits[0]) != c.title {
			t.Errorf("Filter(%q) = %v, want %q first, in its title", c.q, hits, c.title)
		}
	}

	for _, q := range []string{"不存在的人", "李明俊俊", "constantinos x"} {
		if got := ix.Filter(q); got == nil || len(got) != 0 {
			t.Errorf("Filter(%q) = %#v, want empty and non-nil", q, got)
		}
	}
	for _, q := range []string{"", " ", "\u3000\t\n", "\u200b"} {
		if got := ix.Filter(q); got != nil {
			t.Errorf("Filter(%q) = %v, want nil (no filter)", q, got)
		}
	}
}

// TestFilterAgainstMatches checks Filter against a plain reading of the
// issue: an entry is a hit when Matches finds the query in its title or in
// one of its paragraphs, literally or else by pinyin. Section names are
// not searched.
func TestFilterAgainstMatches(t *testing.T) {
	iss, ix := sampleIndex(t)
	queries := []string{"李明俊", "陈天富", "陈向平", "李", "市", "供暖", "，", ",", "11月", "１１月",
		"Soutis", "GWh", "gwh", "(", "“", "3金1银", "领导活动", "经济视点", "平顶山市人民政府", "x",
		"limingjun", "lmj", "gn", "g", "constantinos", "chenxiangping", "shizhang", "zzzzz"}
	for _, q := range queries {
		fq := Fold(q)
		// groups[0] literal in the title, then literal in the text,
		// pinyin in the title, pinyin in the text.
		var groups [4][]Hit
		in := func(s string, pinyin bool) bool {
			if pinyin {
				return isPinyin(fq) && matchesPinyin(s, fq) != nil
			}
			return matchesFolded(s, fq) != nil
		}
		for si, s := range iss.Sections {
		entries:
			for ei, e := range s.Entries {
				for g, pinyin := range []bool{false, true} {
					if in(e.Title, pinyin) {
						groups[2*g] = append(groups[2*g], Hit{Sec: si, Ent: ei, InTitle: true, Pinyin: pinyin})
						continue entries
					}
					for _, p := range e.Paragraphs {
						if in(p.Text, pinyin) {
							groups[2*g+1] = append(groups[2*g+1], Hit{Sec: si, Ent: ei, Pinyin: pinyin})
							continue entries
						}
					}
				}
			}
		}
		want := slices.Concat(groups[:]...)
		if got := ix.Filter(q); !slices.Equal(got, want) {
			t.Errorf("Filter(%q): %d hits, want %d", q, len(got), len(want))
		}
	}
}

// typing lists the states of a query box while q is typed one character
// at a time and then deleted one character at a time.
func typing(q string) []string {
	var out []string
	for i := range q {
		if i > 0 {
			out = append(out, q[:i])
		}
	}
	out = append(out, q)
	for i := len(out) - 2; i >= 0; i-- {
		out = append(out, out[i])
	}
	return append(out, "")
}

func TestFiltererMatchesFilter(t *testing.T) {
	iss, ix := sampleIndex(t)
	check := func(f *Filterer, q string) {
		t.Helper()
		got, want := f.Filter(q), ix.Filter(q)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("Filterer.Filter(%q): %d hits, Filter: %d", q, len(got), len(want))
		}
	}
	f := ix.NewFilterer()
	for _, q := range []string{"李明俊主持召开", "陈天富", "Constantinos Soutis", "（五）", "市长李明俊", "陈向平会见", "平顶山市", "CONSTANTINOS", "李 明 俊"} {
		for _, s := range typing(q) {
			check(f, s)
		}
	}
	// The same Filterer, reused across queries without clearing.
	for _, q := range []string{"李", "李明", "李明俊", "李明", "陈", "陈天", "陈天富", "陈天", "陈天富", "李明俊", "李明", "李明俊与", ""} {
		check(f, q)
	}
	// A query longer than the history keeps, then deleted.
	long := iss.Sections[2].Entries[8].Title
	if utf8.RuneCountInString(long) <= maxDepth {
		t.Fatalf("title %q is too short for this test", long)
	}
	for _, s := range typing(long) {
		check(f, s)
	}
	// Random edits anywhere in the query, from characters of the sample.
	alphabet := []rune("李明俊陈天富市长平顶山召开会议工作,，（）() Ａa")
	rng := rand.New(rand.NewPCG(1, 2))
	var q []rune
	for range 3000 {
		switch op := rng.IntN(10); {
		case op < 6:
			q = append(q, alphabet[rng.IntN(len(alphabet))])
		case op < 9 && len(q) > 0:
			q = q[:len(q)-1]
		case len(q) > 0:
			i := rng.IntN(len(q))
			q = slices.Delete(q, i, i+1)
		}
		if len(q) > 6 {
			q = q[:0]
		}
		check(f, string(q))
	}
	// Results are the caller's: changing one does not change the next.
	hits := f.Filter("李明俊")
	hits[0] = Hit{}
	check(f, "李明俊")
}

func TestMatches(t *testing.T) {
	for _, c := range []struct {
		s, q string
		want [][2]int
	}{
		{"Constantinos Soutis", "constantinos", [][2]int{{0, 12}}},
		{"陈向平会见 CONSTANTINOS SOUTIS", "Constantinos Soutis", [][2]int{{16, 35}}},
		{"CONSTANTINOS SOUTIS", "constantinossoutis", [][2]int{{0, 19}}},
		{"（五）", "(五)", [][2]int{{0, 9}}},
		{"(五)", "（五）", [][2]int{{0, 5}}},
		{"ＡＢＣ abc", "abc", [][2]int{{0, 9}, {10, 13}}},
		{"第１２期", "12", [][2]int{{3, 9}}},
		{"责 任 编辑：张 征", "张征", [][2]int{{17, 24}}},
		{"责 任 编辑：张 征", "责任编辑", [][2]int{{0, 14}}},
		{"编辑：张\u3000征", "张征", [][2]int{{9, 18}}},
		{"x 张征 y", "张征", [][2]int{{2, 8}}},
		{"李明俊", "李明 俊", [][2]int{{0, 9}}},
		{"李明俊", " 李明俊 ", [][2]int{{0, 9}}},
		{"市长李明俊。李明俊强调", "李明俊", [][2]int{{6, 15}, {18, 27}}},
		{"aaa", "aa", [][2]int{{0, 2}}},
		{"aaaa", "aa", [][2]int{{0, 2}, {2, 4}}},
		{"李李李", "李李", [][2]int{{0, 6}}},
		{"ΣΑΣ", "σας", [][2]int{{0, 6}}},
		{"abc", "abcd", nil},
		{"abc", "", nil},
		{"abc", " \u3000", nil},
		{"", "a", nil},
		{"\xff李明俊\xfe", "李明俊", [][2]int{{1, 10}}},
		{"李\xff明俊", "李明俊", nil},
		{"ab\xffcd", "\xff", [][2]int{{2, 3}}},
		{"\xe6\x9d", "李", nil}, // the first two bytes of 李
	} {
		if got := Matches(c.s, c.q); !slices.Equal(got, c.want) {
			t.Errorf("Matches(%q, %q) = %v, want %v", c.s, c.q, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"李明俊", "李明俊"},
		{"李明 俊", "李明俊"},
		{"ＡＢＣ（五）１２３，", "abc(五)123,"},
		{"CONSTANTINOS Soutis", "constantinossoutis"},
		{"｢平顶山｣､", "「平顶山」、"},
		{"\u200b张\u00ad征\ufeff", "张征"},
		{"a\xffb", "a\ufffdb"},
		{" \t\u3000", ""},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// checkRanges checks what a reader relies on when it highlights: ranges
// in order, not overlapping, each exactly a match and never cutting a
// character. The pinyin matches of a query of letters are checked against
// oracleMatches; the others are the literal matches.
func checkRanges(t *testing.T, s, q string, got [][2]int) {
	t.Helper()
	fq := Fold(q)
	var py [][2]int
	if isPinyin(fq) {
		py = oracleMatches(s, fq)
	}
	if n := strings.Count(Fold(s), fq); fq != "" && n+len(py) != len(got) {
		t.Errorf("Matches(%q, %q): %d ranges, want %d and %d by pinyin", s, q, len(got), n, len(py))
	}
	last := 0
	for _, r := range got {
		if r[0] < last || r[1] <= r[0] || r[1] > len(s) {
			t.Fatalf("Matches(%q, %q) = %v: bad range %v", s, q, got, r)
		}
		if slices.Contains(py, r) {
			py = slices.DeleteFunc(py, func(p [2]int) bool { return p == r })
		} else if Fold(s[r[0]:r[1]]) != fq {
			t.Errorf("Matches(%q, %q): range %v is %q", s, q, r, s[r[0]:r[1]])
		}
		if Fold(s[:r[0]])+Fold(s[r[0]:]) != Fold(s) || Fold(s[:r[1]])+Fold(s[r[1]:]) != Fold(s) {
			t.Errorf("Matches(%q, %q): range %v cuts a character", s, q, r)
		}
		last = r[1]
	}
}

func TestMatchesSample(t *testing.T) {
	iss, _ := sampleIndex(t)
	for _, q := range []string{"李明俊", "陈天富", "11月", "，", "Soutis", "(", "GWh", "lmj", "gongnuan"} {
		n := 0
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				m := Matches(e.Title, q)
				checkRanges(t, e.Title, q, m)
				n += len(m)
				for _, p := range e.Paragraphs {
					m := Matches(p.Text, q)
					checkRanges(t, p.Text, q, m)
					n += len(m)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no matches in the sample", q)
		}
	}
}

func TestMatchesGarbage(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"\xff", "\xe6", "\x9d", "\x8e", "李", "明", " ", "\u3000", "Ａ", "a", "A", "（", "(", "\u200b", "σ", "ς",
		"l", "m", "长", "行", "i", "Ｌ"}
	for range 20000 {
		var s, q strings.Builder
		for range rng.IntN(12) {
			s.WriteString(pieces[rng.IntN(len(pieces))])
		}
		for range 1 + rng.IntN(3) {
			q.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkRanges(t, s.String(), q.String(), Matches(s.String(), q.String()))
	}
}

// TestConcurrent shares one Index among goroutines that search it at once,
// as the SSH server's sessions do; run with -race.
func TestConcurrent(t *testing.T) {
	iss := parse(t, testkit.Repeated(readSample(t), 3))
	ix := New(iss)
	queries := []string{"李明俊", "陈天富", "constantinos", "(五)", "市长", "不存在", "lmj", "shizhang"}
	want := make(map[string][]Hit)
	for _, q := range queries {
		want[q] = ix.Filter(q)
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			f := ix.NewFilterer()
			for i := range 50 {
				q := queries[(g+i)%len(queries)]
				if got := ix.Filter(q); !slices.Equal(got, want[q]) {
					t.Errorf("Filter(%q) differs under concurrency", q)
				}
				for _, s := range typing(q) {
					f.Filter(s)
				}
				if got := f.Filter(q); !slices.Equal(got, want[q]) {
					t.Errorf("Filterer.Filter(%q) differs under concurrency", q)
				}
			}
		})
	}
	wg.Wait()
}

// TestIndex compares index with strings.Index on text made of few
// characters, so that the byte looked for is everywhere and the switch to
// strings.Index happens too.
func TestIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "b", "李", "明", "\n"}
	gen := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for range 5000 {
		s, fq := gen(rng.IntN(400)), gen(1+rng.IntN(4))
		want := strings.Index(s, fq)
		for k := range len(fq) {
			if got := index(s, fq, k); got != want {
				t.Fatalf("index(%q, %q, %d) = %d, want %d", s, fq, k, got, want)
			}
		}
	}
}

// A name typed in simplified characters finds it printed in traditional
// ones, and the other way round; the ranges are the printed characters.
func TestMatchesAcrossScripts(t *testing.T) {
	for _, c := range []struct {
		s, q string
		want [][2]int
	}{
		{"市長陳向平出席會議", "陈向平", [][2]int{{6, 15}}},
		{"市长陈向平出席会议", "陳向平", [][2]int{{6, 15}}},
		{"縣志辦公室", "县志办", [][2]int{{0, 9}}},
		{"農曆正月初一", "农历", [][2]int{{0, 6}}},
		{"歷史與曆書", "历", [][2]int{{0, 3}, {9, 12}}},
	} {
		got := Matches(c.s, c.q)
		if !slices.Equal(got, c.want) {
			t.Errorf("Matches(%q, %q) = %v, want %v", c.s, c.q, got, c.want)
		}
		checkRanges(t, c.s, c.q, got)
	}
	if got := Fold("陳向平 會見"); got != "陈向平会见" {
		t.Errorf("Fold = %q", got)
	}
}

// The filter finds the sample's names in a copy of it in traditional
// characters, typed in either script, as in the sample itself.
func TestFilterAcrossScripts(t *testing.T) {
	src, err := os.ReadFile("../../parser/testdata/hant-masthead-lines.md")
	if err != nil {
		t.Fatal(err)
	}
	iss, err := parser.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	ix := New(iss)
	var names []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			names = append(names, e.Title)
		}
	}
	if len(names) != 2 {
		t.Fatalf("entries %q", names)
	}
	// 趙春華 in the text, typed 赵春华.
	if hits := ix.Filter("赵春华"); len(hits) != 1 || hits[0].Sec != 0 || hits[0].Ent != 0 {
		t.Errorf("赵春华: %v, want the first entry", hits)
	}
	// Each title, typed in simplified characters, finds its entry.
	for i, title := range names {
		simp := strings.Map(func(r rune) rune { return foldRune(r) }, title)
		if simp == title {
			continue
		}
		hits := ix.Filter(simp)
		found := false
		for _, h := range hits {
			if iss.Sections[h.Sec].Entries[h.Ent].Title == title {
				found = true
			}
		}
		if !found {
			t.Errorf("entry %d %q: not found by %q", i, title, simp)
		}
		if !slices.Equal(ix.Filter(title), hits) {
			t.Errorf("%q and %q find otherwise", title, simp)
		}
	}
}

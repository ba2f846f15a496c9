package search

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
)

// oracleReadings is what go-pinyin itself says a character reads, in the
// letters a reader types, with ü also as u: the spec the table is held to.
var oracleReadings = func() func(r rune) []string {
	var mu sync.Mutex
	cache := make(map[rune][]string)
	return func(r rune) []string {
		mu.Lock()
		defer mu.Unlock()
		if ys, ok := cache[r]; ok {
			return ys
		}
		var ys []string
		add := func(s string) {
			if s != "" && !slices.Contains(ys, s) {
				ys = append(ys, s)
			}
		}
		for _, p := range pinyin.SinglePinyin(r, pinyin.Args{Heteronym: true}) {
			// Normal style leaves the tone marks on ê and m (ê̄, m̀).
			var b strings.Builder
			for _, c := range p {
				switch {
				case 'a' <= c && c <= 'z':
					b.WriteRune(c)
				case strings.ContainsRune("êếề", c):
					b.WriteByte('e')
				}
			}
			add(b.String())
			add(strings.ReplaceAll(b.String(), "v", "u"))
		}
		cache[r] = ys
		return ys
	}
}()

// TestPinyinTable holds pinyin_table.go, which go generate writes from
// go-pinyin's dictionary, to go-pinyin itself: no character outside the
// dictionary has a reading, and each in it has those pinyin.SinglePinyin
// gives it (in -short, a sixteenth of them are looked at). When go-pinyin
// changes, run go generate in ui/search.
func TestPinyinTable(t *testing.T) {
	tab := buildTable()
	read := 0
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		if tab.set(r) == 0 {
			continue
		}
		read++
		if _, ok := pinyin.PinyinDict[int(r)]; !ok {
			t.Errorf("%U has a reading but is not in go-pinyin's dictionary", r)
		}
	}
	if read != pyRuneCount || len(tab.sparse) != pySparseCount {
		t.Errorf("%d characters have a reading, %d outside dense: pinyin_table.go says %d, %d", read, len(tab.sparse), pyRuneCount, pySparseCount)
	}
	n := 0
	for k := range pinyin.PinyinDict {
		n++
		if testing.Short() && n%16 != 0 {
			continue
		}
		r := rune(k)
		var got []string
		for _, y := range tab.sets[tab.set(r)] {
			got = append(got, tab.syl[y])
		}
		want := oracleReadings(r)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%c %U: readings %q, go-pinyin says %q", r, r, got, want)
		}
	}
	for _, c := range []struct {
		r    rune
		want []string
	}{
		{'长', []string{"chang", "zhang"}},
		{'行', []string{"hang", "heng", "xing"}},
		{'绿', []string{"lu", "lv"}},
		{'李', []string{"li"}},
		{'a', nil},
		{'，', nil},
		{utf8.RuneError, nil},
	} {
		var got []string
		for _, y := range tab.sets[tab.set(c.r)] {
			got = append(got, tab.syl[y])
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q reads %q, want %q", c.r, got, c.want)
		}
	}
}

// oracleMatches is matchesPinyin written from the description alone, by
// recursion over go-pinyin's readings: at each character, in order, the
// shortest match that starts there.
func oracleMatches(s, q string) [][2]int {
	type char struct {
		r          rune
		start, end int
	}
	var cs []char
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if foldRune(r) >= 0 { // what folding drops does not break a run
			cs = append(cs, char{r, i, i + size})
		}
		i += size
	}
	var at func(j, k int) int // the last character of the shortest match from j, k
	at = func(j, k int) int {
		if j >= len(cs) {
			return -1
		}
		best := -1
		for _, y := range oracleReadings(cs[j].r) {
			if strings.HasPrefix(y, q[k:]) {
				return j
			}
			ps := []string{y, y[:1]}
			if len(y) >= 2 && y[1] == 'h' && strings.ContainsRune("zcs", rune(y[0])) {
				ps = append(ps, y[:2])
			}
			for _, p := range ps {
				if strings.HasPrefix(q[k:], p) && k+len(p) < len(q) {
					if e := at(j+1, k+len(p)); e >= 0 && (best < 0 || e < best) {
						best = e
					}
				}
			}
		}
		return best
	}
	var out [][2]int
	for i := 0; i < len(cs); i++ {
		if e := at(i, 0); e >= 0 {
			out = append(out, [2]int{cs[i].start, cs[e].end})
			i = e
		}
	}
	return out
}

func TestMatchesPinyin(t *testing.T) {
	for _, c := range []struct {
		s, q string
		want [][2]int
	}{
		{"李明俊专题调研市区供暖工作", "lmj", [][2]int{{0, 9}}},
		{"李明俊专题调研市区供暖工作", "LMJ", [][2]int{{0, 9}}},
		{"李明俊专题调研市区供暖工作", "limingjun", [][2]int{{0, 9}}},
		{"李明俊专题调研市区供暖工作", "Li Ming Jun", [][2]int{{0, 9}}},
		{"李明俊专题调研市区供暖工作", "ＬｉＭｉｎｇＪｕｎ", [][2]int{{0, 9}}},
		{"李明俊专题调研市区供暖工作", "gongnuan", [][2]int{{27, 33}}},
		{"李明俊专题调研市区供暖工作", "gn", [][2]int{{27, 33}}},
		{"市长李明俊出席", "lmj", [][2]int{{6, 15}}},
		// Pieces mixed, and the last one only begun.
		{"市长李明俊出席", "limj", [][2]int{{6, 15}}},
		{"市长李明俊出席", "lmjun", [][2]int{{6, 15}}},
		{"市长李明俊出席", "limingju", [][2]int{{6, 15}}},
		{"市长李明俊出席", "limi", [][2]int{{6, 12}}},
		{"市长李明俊出席", "shizhanglimingjunchuxi", [][2]int{{0, 21}}},
		// Heteronyms: either reading.
		{"市长李明俊出席", "shizhang", [][2]int{{0, 6}}},
		{"市长李明俊出席", "shichang", [][2]int{{0, 6}}},
		{"楚长城遗址", "changcheng", [][2]int{{3, 9}}},
		{"楚长城遗址", "zhangcheng", [][2]int{{3, 9}}},
		{"在市行政服务综合楼", "xingzheng", [][2]int{{6, 12}}},
		{"银行", "yinhang", [][2]int{{0, 6}}},
		{"绿地集团", "lvdi", [][2]int{{0, 6}}},
		{"绿地集团", "ludi", [][2]int{{0, 6}}},
		{"张三", "zhs", [][2]int{{0, 6}}},
		{"张三", "zs", [][2]int{{0, 6}}},
		{"张三", "zhangs", [][2]int{{0, 6}}},
		// Spaces in the text are skipped, as for any query; anything
		// else ends a run.
		{"李 明 俊", "lmj", [][2]int{{0, 11}}},
		{"李\u3000明俊", "lmj", [][2]int{{0, 12}}},
		{"李，明俊", "lmj", nil},
		{"李a明俊", "lmj", nil},
		{"李\xff明俊", "lmj", nil},
		{"\xff李明俊\xfe", "lmj", [][2]int{{1, 10}}},
		// Literal matches of the letters too, in order.
		{"Li Mingjun 李明俊", "limingjun", [][2]int{{0, 10}, {11, 20}}},
		{"李明俊 lmj", "lmj", [][2]int{{0, 9}, {10, 13}}},
		// Not pinyin: digits, Han, too long.
		{"李明俊", "lmj2", nil},
		{"李明俊", "李mj", nil},
		{strings.Repeat("李", 40), strings.Repeat("li", 32), [][2]int{{0, 96}}},
		{strings.Repeat("李", 40), strings.Repeat("li", 33), nil},
		// Leftmost, shortest, not overlapping.
		{"李李李", "ll", [][2]int{{0, 6}}},
		{"李李李李", "ll", [][2]int{{0, 6}, {6, 12}}},
		{"西安先", "xian", [][2]int{{0, 6}, {6, 9}}},
	} {
		got := Matches(c.s, c.q)
		if !slices.Equal(got, c.want) {
			t.Errorf("Matches(%q, %q) = %v, want %v", c.s, c.q, got, c.want)
		}
		if fq := Fold(c.q); isPinyin(fq) {
			if o := oracleMatches(c.s, fq); !slices.Equal(matchesPinyin(c.s, fq), o) {
				t.Errorf("matchesPinyin(%q, %q) = %v, oracle %v", c.s, fq, matchesPinyin(c.s, fq), o)
			}
		}
	}
}

// pinyinQueries are checked against the oracle and through Filter.
var pinyinQueries = []string{"limingjun", "lmj", "limj", "lmjun", "gongnuan", "gn", "chenxiangping", "cxp",
	"changcheng", "zhangcheng", "shizhang", "yinhang", "xianxingqu", "lvdi", "l", "x", "zh", "gwh", "soutis", "an", "zhuang"}

// TestMatchesPinyinSample compares matchesPinyin with the oracle on every
// title and paragraph of the sample.
func TestMatchesPinyinSample(t *testing.T) {
	iss, _ := sampleIndex(t)
	qs := pinyinQueries
	if testing.Short() {
		qs = qs[:4]
	}
	for _, q := range qs {
		n := 0
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				texts := []string{e.Title}
				for _, p := range e.Paragraphs {
					texts = append(texts, p.Text)
				}
				for _, text := range texts {
					got, want := matchesPinyin(text, q), oracleMatches(text, q)
					if !slices.Equal(got, want) {
						t.Errorf("matchesPinyin(%q, %q) = %v, oracle %v", text, q, got, want)
					}
					n += len(got)
				}
			}
		}
		if n == 0 && q != "soutis" {
			t.Errorf("%q: no pinyin matches in the sample", q)
		}
	}
}

// hitsOf returns the entries of hits, without the kind of match.
func hitsOf(hits []Hit) []Hit {
	out := make([]Hit, len(hits))
	for i, h := range hits {
		out[i] = Hit{Sec: h.Sec, Ent: h.Ent, InTitle: h.InTitle}
	}
	return out
}

func TestFilterPinyinSample(t *testing.T) {
	iss, ix := sampleIndex(t)

	// A Chinese query has no pinyin matches.
	chinese := ix.Filter("李明俊")
	for _, h := range chinese {
		if h.Pinyin {
			t.Fatalf("李明俊: pinyin hit %v", h)
		}
	}
	for _, q := range []string{"limingjun", "li ming jun", "LiMingJun", "LIMINGJUN", "ｌｉｍｉｎｇｊｕｎ", "limj", "lmjun", "limingj"} {
		hits := ix.Filter(q)
		if !slices.Equal(hitsOf(hits), chinese) {
			t.Errorf("Filter(%q): %d hits, want the %d of 李明俊", q, len(hits), len(chinese))
		}
		for _, h := range hits {
			if !h.Pinyin {
				t.Errorf("Filter(%q): %v is not a pinyin hit", q, h)
			}
		}
	}
	// Initials are ambiguous: lmj also finds 两枚金 and 了民革, but
	// after the same title matches as 李明俊 and with all its other ones.
	for _, q := range []string{"lmj", "LMJ", "l m j"} {
		hits := hitsOf(ix.Filter(q))
		titles, _ := split(t, iss, hits)
		want, _ := split(t, iss, chinese)
		if !slices.Equal(titles, want) {
			t.Errorf("Filter(%q): title matches %q, want %q", q, titles, want)
		}
		for _, h := range chinese {
			if !slices.Contains(hits, h) {
				t.Errorf("Filter(%q): %v missing", q, h)
			}
		}
		if len(hits) > len(chinese)+5 {
			t.Errorf("Filter(%q): %d hits, want a few more than %d", q, len(hits), len(chinese))
		}
	}

	same := func(q, zh string) {
		t.Helper()
		if got, want := hitsOf(ix.Filter(q)), ix.Filter(zh); !slices.Equal(got, want) {
			t.Errorf("Filter(%q): %d hits, want the %d of %s", q, len(got), len(want), zh)
		}
	}
	same("chenxiangping", "陈向平")
	same("cxp", "陈向平")
	same("gongnuan", "供暖")
	for _, q := range []string{"gongnuan", "gn", "GN", "gongn"} {
		hits := ix.Filter(q)
		if !slices.ContainsFunc(hits, func(h Hit) bool {
			return title(iss, h) == "李明俊专题调研市区供暖工作" && h.InTitle && h.Pinyin
		}) {
			t.Errorf("Filter(%q) = %v, want 李明俊专题调研市区供暖工作 by pinyin in its title", q, hits)
		}
	}

	// Heteronyms: every entry with the Chinese word is found by either
	// reading, and its text shows the word highlighted.
	for _, c := range []struct{ q, zh string }{
		{"changcheng", "长城"}, {"zhangcheng", "长城"}, // 长 chang
		{"shizhang", "市长"}, {"shichang", "市长"}, // 长 zhang
		{"yinhang", "银行"}, {"xianxingqu", "先行区"}, {"xingzheng", "行政"}, // 行 hang, xing
	} {
		hits := ix.Filter(c.q)
		want := ix.Filter(c.zh)
		if len(want) == 0 {
			t.Fatalf("%s: not in the sample", c.zh)
		}
		for _, w := range want {
			i := slices.IndexFunc(hits, func(h Hit) bool { return h.Sec == w.Sec && h.Ent == w.Ent })
			if i < 0 {
				t.Errorf("Filter(%q): %q (with %s) missing", c.q, title(iss, w), c.zh)
				continue
			}
			e := iss.Sections[w.Sec].Entries[w.Ent]
			texts := []string{e.Title}
			for _, p := range e.Paragraphs {
				texts = append(texts, p.Text)
			}
			found := false
			for _, s := range texts {
				for _, r := range Matches(s, c.q) {
					found = found || s[r[0]:r[1]] == c.zh
				}
			}
			if !found {
				t.Errorf("Matches(…, %q): %s not highlighted in %q", c.q, c.zh, title(iss, w))
			}
		}
	}
}

// TestFilterPinyinOrder builds an issue with an entry for each kind of
// match of gn: literal in the title (design) or text, by pinyin in the
// title (工农) or text (供暖).
func TestFilterPinyinOrder(t *testing.T) {
	ent := func(title string, paras ...string) model.Entry {
		e := model.Entry{Title: title}
		for _, p := range paras {
			e.Paragraphs = append(e.Paragraphs, model.Paragraph{Text: p})
		}
		return e
	}
	iss := &model.Issue{Sections: []model.Section{
		{Name: "一", Entries: []model.Entry{
			ent("工农联欢", "无关"), // 0 pinyin, title
			ent("无关", "供暖"),   // 1 pinyin, text
			ent("Design 评审", "无关"),
		}},
		{Name: "二", Entries: []model.Entry{
			ent("无关", "campaign"),         // 0 literal, text
			ent("工农", "a sign", "国内"),     // 1 literal in the text beats pinyin in the title
			ent("无关", "无关"),               // 2 nothing
			ent("国内", "第二段", "广南 Signal"), // 3 pinyin in the title, literal text
			ent("无关", "第一段", "过年"),        // 4 pinyin, text
		}},
	}}
	ix := New(iss)
	want := []Hit{
		{Sec: 0, Ent: 2, InTitle: true},
		{Sec: 1, Ent: 0}, {Sec: 1, Ent: 1}, {Sec: 1, Ent: 3},
		{Sec: 0, Ent: 0, InTitle: true, Pinyin: true},
		{Sec: 0, Ent: 1, Pinyin: true}, {Sec: 1, Ent: 4, Pinyin: true},
	}
	for _, q := range []string{"gn", "G N", "ｇｎ"} {
		if got := ix.Filter(q); !slices.Equal(got, want) {
			t.Errorf("Filter(%q) =\n%v\nwant\n%v", q, got, want)
		}
		f := ix.NewFilterer()
		f.Filter("g")
		if got := f.Filter(q); !slices.Equal(got, want) {
			t.Errorf("Filterer.Filter(%q) after g =\n%v\nwant\n%v", q, got, want)
		}
	}
	if got := ix.Filter("工农"); !slices.Equal(got, []Hit{{Sec: 0, Ent: 0, InTitle: true}, {Sec: 1, Ent: 1, InTitle: true}}) {
		t.Errorf("Filter(工农) = %v", got)
	}
	// Narrowing moves entries between the groups: gong is no longer
	// literal anywhere, and 国内 is not gong.
	if got, want := ix.Filter("gong"), []Hit{{Sec: 0, Ent: 0, InTitle: true, Pinyin: true}, {Sec: 1, Ent: 1, InTitle: true, Pinyin: true}, {Sec: 0, Ent: 1, Pinyin: true}}; !slices.Equal(got, want) {
		t.Errorf("Filter(gong) = %v, want %v", got, want)
	}
}

// TestFiltererPinyin types pinyin one key at a time, deletes it again and
// makes random edits, checking each state against Filter.
func TestFiltererPinyin(t *testing.T) {
	_, ix := sampleIndex(t)
	f := ix.NewFilterer()
	check := func(q string) {
		t.Helper()
		got, want := f.Filter(q), ix.Filter(q)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("Filterer.Filter(%q): %d hits, Filter: %d", q, len(got), len(want))
		}
	}
	for _, q := range append([]string{"li ming jun", "LiMingJun", "lmj2", "gn 供暖", "limingjun陈", "constantinos"}, pinyinQueries...) {
		for _, s := range typing(q) {
			check(s)
		}
	}
	// Backspaces in the middle of typing, and switching between queries.
	for _, q := range []string{"l", "li", "lim", "li", "lim", "limi", "liming", "limin", "liming", "limingjun", "limingju", "limingjun", "lmj", "lm", "lmj", "limingjun", "gn", "g", "gongnuan", "gong", "gongnuan", ""} {
		check(q)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := []rune("limngjuchexapsz ２L供")
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
		if len(q) > 10 {
			q = q[:0]
		}
		check(string(q))
	}
}

// TestConcurrentPinyin builds the pinyin table afresh while sessions start
// on several Indexes at once, and searches them concurrently; run with
// -race.
func TestConcurrentPinyin(t *testing.T) {
	pyOnce, pyTab = sync.Once{}, nil
	src := testkit.Repeated(readSample(t), 2)
	iss := parse(t, src)
	queries := []string{"limingjun", "lmj", "gn", "李明俊", "changcheng", "x", "constantinos"}
	var want map[string][]Hit
	{
		ix := New(iss)
		want = make(map[string][]Hit)
		for _, q := range queries {
			want[q] = ix.Filter(q)
		}
		pyOnce, pyTab = sync.Once{}, nil
	}
	var wg sync.WaitGroup
	ixs := make([]*Index, 4)
	for i := range ixs {
		wg.Go(func() { ixs[i] = New(iss) })
	}
	for range 4 {
		wg.Go(func() {
			if got := Matches("市长李明俊出席", "lmj"); !slices.Equal(got, [][2]int{{6, 15}}) {
				t.Errorf("Matches under concurrency: %v", got)
			}
		})
	}
	wg.Wait()
	for g := range 12 {
		wg.Go(func() {
			ix := ixs[g%len(ixs)]
			f := ix.NewFilterer()
			for i := range 20 {
				q := queries[(g+i)%len(queries)]
				for _, s := range typing(q) {
					f.Filter(s)
				}
				if got := f.Filter(q); !slices.Equal(got, want[q]) {
					t.Errorf("Filterer.Filter(%q) differs under concurrency", q)
				}
				if got := ix.Filter(q); !slices.Equal(got, want[q]) {
					t.Errorf("Filter(%q) differs under concurrency", q)
				}
			}
		})
	}
	wg.Wait()
}

// PinyinCuts gives every way a query can stand for characters, with what
// each piece says of its character: the archive looks candidates up by
// them, so a way left out is an entry the archive does not find.
func TestPinyinCuts(t *testing.T) {
	for _, tc := range []struct {
		query string
		n     int
		want  string
	}{
		{"xian", 6, "xian* | xi an* | xi a* n* | xia n*"},
		{"lmj", 6, "l* m* j*"},
		{"Li Ming", 6, "li ming* | li mi ng* | li mi n* g* | li min g*"},
		{"zhang", 2, "zhang* | z* hang* | z* h* | z* ha | z* han | zh* ang* | zh* a* | zh* an | zha ng* | zha n* | zhan g*"},
		{"xian", 1, "xian* | xi | xia"},
		{"李", 6, ""},
	} {
		var cuts []string
		for _, c := range PinyinCuts(tc.query, tc.n) {
			var ps []string
			for _, p := range c {
				if p.Whole {
					ps = append(ps, p.Letters)
				} else {
					ps = append(ps, p.Letters+"*")
				}
			}
			cuts = append(cuts, strings.Join(ps, " "))
		}
		if got := strings.Join(cuts, " | "); got != tc.want {
			t.Errorf("PinyinCuts(%q, %d) = %s, want %s", tc.query, tc.n, got, tc.want)
		}
	}
}

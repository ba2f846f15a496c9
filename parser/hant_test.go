package parser

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/internal/hant"
	"github.com/yuebao/yuebao/model"
)

// toHant writes s in traditional characters, character by character:
// each simplified character of the table becomes the first traditional
// one that the table gives it (a rarer variant now and then, as 厤 for
// 历, which a copy may print too).
func toHant(s string) string {
	inv := map[rune]rune{}
	hant.Pairs(func(t, v rune) {
		if _, ok := inv[v]; !ok {
			inv[v] = t
		}
	})
	return strings.Map(func(r rune) rune {
		if t, ok := inv[r]; ok {
			return t
		}
		return r
	}, s)
}

// foldHant writes s in simplified characters, as the parser's view, and
// ︰ as ：.
func foldHant(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '︰' {
			return '：'
		}
		return hant.Simplified(r)
	}, s)
}

// modelStrings is every string of the issues, one per line.
func modelStrings(all []*model.Issue) string {
	var b strings.Builder
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.String:
			b.WriteString(v.String())
			b.WriteByte('\n')
		}
	}
	for _, iss := range all {
		walk(reflect.ValueOf(iss))
	}
	return b.String()
}

// strayHant is the characters of got, the model of a copy in traditional
// characters, that are simplified forms the copy does not hold: a place
// where the model shows the parser's view, not the copy.
func strayHant(got string, copy string) string {
	var out []rune
	for _, r := range got {
		if hant.SimplifiedForm(r) && !strings.ContainsRune(copy, r) {
			out = append(out, r)
		}
	}
	return string(out)
}

// Every fixture written in traditional characters reads as it does in
// simplified ones, and its model shows the copy's characters.
func TestTraditionalReadsTheSame(t *testing.T) {
	n := 0
	for _, fx := range fixtureTexts(t) {
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		h := toHant(fx.text)
		got, err := ParseAll([]byte(h))
		if err != nil {
			t.Fatal(err)
		}
		n++
		if d := shapeDiff(foldHant(readShape(ref)), foldHant(readShape(got))); d != "" {
			t.Errorf("%s in traditional characters reads otherwise: %s", fx.path, d)
		}
		allowed := hantStray[fx.path]
		if s := strings.Map(func(r rune) rune {
			if strings.ContainsRune(allowed, r) {
				return -1
			}
			return r
		}, strayHant(modelStrings(got), h)); s != "" {
			t.Errorf("%s in traditional characters: the model shows %q in simplified characters", fx.path, s)
		}
	}
	if n < 900 {
		t.Errorf("only %d fixtures tried", n)
	}
}

// hantStray is the simplified characters a fixture's model shows in
// traditional characters too, with why.
var hantStray = map[string]string{
	// Radicals of the simplified script (⻓ U+2ED3, ⻔ U+2EE8) the copy
	// typed for 长 and 门: read as the characters they stand for.
	"testdata/rt-c2-radicals.md":      "长门",
	"testdata/rt-c2-radicals-bare.md": "长门",
	// A warning's own words: "an item's title (条目) …".
	"../testdata/yearbooks/warnings.md": "条",
}

// Copies converted by OpenCC (opencc-js, Taiwan's forms: 縣誌, 爲, 裡)
// from fixtures in simplified characters read as those do. Before, the
// yearbook's and the gazetteer's year and the chronicle's publication
// date were lost without a warning, and the masthead and the page
// furniture were read as text.
func TestTraditionalCopies(t *testing.T) {
	for _, c := range []struct{ hant, from string }{
		{"testdata/hant-yearbook.md", "../testdata/yearbooks/basic.md"},
		{"testdata/hant-gazetteer.md", "../testdata/yearbooks/gazetteer.md"},
		{"testdata/hant-chronicle-published.md", "../testdata/chronicles/published.md"},
		{"testdata/hant-masthead-lines.md", "../testdata/families/masthead-lines.md"},
		{"testdata/hant-page-of.md", "../testdata/families/page-of.md"},
	} {
		h, err := os.ReadFile(c.hant)
		if err != nil {
			t.Fatal(err)
		}
		from, err := os.ReadFile(c.from)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseAll(h)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ParseAll(from)
		if err != nil {
			t.Fatal(err)
		}
		if d := shapeDiff(foldHant(readShape(want)), foldHant(readShape(got))); d != "" {
			t.Errorf("%s reads otherwise than %s: %s", c.hant, c.from, d)
		}
		if s := strayHant(modelStrings(got), string(h)); s != "" {
			t.Errorf("%s: the model shows %q in simplified characters", c.hant, s)
		}
		checkLossless(t, c.hant, string(h))
	}
}

// A chronicle whose characters stand for two traditional ones each in
// it (历 for 歷 and 曆, 台 for 臺 and for 台 itself, 干 for 幹) shows
// each as the copy prints it: in lines of their own, cut out of the copy,
// and hard-wrapped at 14 characters with page furniture between, joined
// and each character taken from where it was read.
func TestTraditionalKeepsEachCharacter(t *testing.T) {
	want := []string{
		"一月 2023-01-03 1月3日　縣委書記王建國主持召開縣委常委會會議，研究部署歷史文化名城申報工作。",
		"一月 2023-01-22 1月22日（農曆正月初一）　縣領導到臺灣同胞聯誼會走訪慰問，轉達縣委、縣政府的新春祝福。台胞代表陳麗華發言。",
		"一月 2023-01-22 同日　縣文化館舉辦春節書法展，展出作品一百餘幅，其中有清代曆書一冊。",
		"二月 2023-02-05 2月5日　縣裏舉辦元宵燈會，觀燈群眾逾三萬人次。",
		"二月 2023-02-05 △　縣醫院發佈冬春季傳染病防控提示。",
		"二月 2023-02 是月　全縣完成植樹造林一萬二千畝，幹部群眾參加義務植樹。",
	}
	for _, file := range []string{"hant-chronicle.md", "hant-chronicle-wrapped.md"} {
		all := parseAllFile(t, file)
		iss := all[0]
		if len(all) != 1 || iss.Title != "寧川縣2023年大事記" || len(iss.Warnings) != 0 {
			t.Errorf("%s: %s, warnings %v", file, issuesSummary(all), iss.Warnings)
		}
		var got []string
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				got = append(got, s.Name+" "+e.Date.String()+" "+e.Paragraphs[0].Text)
			}
		}
		w := slices.Clone(want)
		if file == "hant-chronicle-wrapped.md" {
			// (The space a line ended in is the wrap's.)
			w[1] = strings.Replace(w[1], "）　縣", "）縣", 1)
		}
		if strings.Join(got, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", file, strings.Join(got, "\n"), strings.Join(w, "\n"))
		}
	}
}

// Only a copy mostly in traditional characters is read through the
// view: a copy in simplified ones that quotes a name, a reign or a title
// in traditional characters is read as it is.
func TestWhichCopyIsTraditional(t *testing.T) {
	sample := string(readTestdata(t, sampleFile))
	body := sample[strings.Index(sample, "11月1日，“平顶山企业家日”"):]
	quoted := strings.Replace(sample, "11月1日，", "11月1日，《寧川縣誌·大事記》載：“民國二十三年，縣長陳禮賢修築東關碼頭。”", 1)
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"the sample", sample, false},
		{"the sample quoting a gazetteer", quoted, false},
		{"the sample in traditional characters", toHant(sample), true},
		{"a line", "寧川縣誌　第七編　農業　第一章　種植業", true},
		// A reprint's note in simplified characters, longer than a probe,
		// before a gazetteer in traditional ones.
		{"a reprint", strings.Repeat("本书据民国二十三年铅印本影印，原书版框高二十厘米，宽十四厘米。", 200) + toHant(sample), true},
		// The first probe: 500 characters in traditional ones, then the
		// sample.
		{"a passage of 500 characters before the sample", toHant(string([]rune(body)[:500])) + "\n\n" + sample, false},
		{"three characters", "縣誌編", false},
	} {
		if got := isHant(c.text); got != c.want {
			t.Errorf("%s: isHant = %v, want %v", c.name, got, c.want)
		}
	}
}

// 乾 is no traditional character to the view: simplified characters keep
// it in 乾隆 and the other reigns' names, which OpenCC's 干 had made no
// reign's.
func TestTraditionalReignNames(t *testing.T) {
	src := "# 寧川縣大事記\n\n## 清代\n\n乾隆三年（1738年）　知縣王某重修縣城，築東關碼頭。\n\n乾隆十年　縣境大旱，米價騰貴。\n"
	iss, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, e.Date.String()+" "+e.Paragraphs[0].Text)
		}
	}
	want := "1738 乾隆三年（1738年）　知縣王某重修縣城，築東關碼頭。\n1745 乾隆十年　縣境大旱，米價騰貴。"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// Each character the view read is given back from the place it was read
// at, not from an earlier place that reads the same in simplified
// characters: a paragraph after a run-in title on its line (臺北 after the
// title's 台北), a paragraph a running head cuts (臺灣歷史大事記 between
// its lines), a masthead's field and the compiler, which have no line of
// their own (准 after the contents's 準備; 台灣 under the title's 臺灣), a
// body title that reads as its contents line only in the view (臺北
// under 台北).
func TestTraditionalRestoresWhereRead(t *testing.T) {
	for _, c := range []struct {
		file string
		want []string
	}{
		{"hant-runin.md", []string{"3月12日，臺北至鄭州城際公交正式開通，全程約兩小時，每日往返二十班次。"}},
		{"hant-furniture.md", []string{"祝福。縣裏代表陳麗華發言，頒發台胞紀念品，天台山僧人出席。"}},
		{"hant-masthead-key.md", []string{"准印證號"}},
		{"hant-compiler.md", []string{"台灣省地方誌編纂委員會辦公室"}},
		{"hant-toc-title.md", []string{"title 臺北春日花季", "toc 台北春日花季"}},
	} {
		all := parseAllFile(t, c.file)
		got := modelStrings(all)
		iss := all[0]
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				got += "title " + e.Title + "\n"
			}
		}
		for _, s := range iss.TOC {
			for _, e := range s.Entries {
				got += "toc " + e.Title + "\n"
			}
		}
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: no %q in the model:\n%s", c.file, w, got)
			}
		}
	}
}

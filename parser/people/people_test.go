package people

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/internal/hant"
	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
)

func readSample(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pingdingshan-2023-11.md"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func parseSample(t testing.TB) *model.Issue {
	t.Helper()
	iss, err := parser.Parse(readSample(t))
	if err != nil {
		t.Fatal(err)
	}
	return iss
}

// sampleTop is the head of the sample's index, written out from reading
// the sample: every person in three or more entries, in order (entries,
// then first appearance), with the role the text gives them most often
// (the more specific one on a tie) and the number of entries whose title
// or text contains the name.
var sampleTop = []struct {
	name, role string
	entries    int
}{
	{"李明俊", "市长", 32},
	{"陈向平", "市委书记", 22},
	{"岳杰勇", "市委副书记、政法委书记", 16},
	{"陈天富", "市委常委、副市长", 16},
	{"赵军", "市委常委、秘书长", 10},
	{"许红兵", "副市长", 8},
	{"罗福迎", "市委常委、组织部部长", 6},
	{"刘文海", "市委常委、市委宣传部长、副市长", 5},
	{"郭秋平", "院长", 4}, // 平顶山学院院长 once, 副理事长、平顶山学院院长 once, 院长 twice
	{"史晓天", "副市长", 4},
	{"王治安", "市委常委、市纪委书记、市监委主任", 4}, // 中共平顶山市委常委、…
	{"丁少革", "副市长", 4},
	{"张明新", "市人大常委会主任", 3},
	{"黄庚倜", "市政协主席", 3},
	{"刘颖", "市委常委、统战部长", 3},
	{"米立伟", "平顶山学院副院长", 3},
	{"王付林", "省委第四巡回督导组组长", 3},
	{"王永记", "副市长", 3},
	{"房国卫", "副市长", 3}, // 副市长 twice, 副市长、市公安局局长 once
	{"王景育", "市委常委", 3},
	{"凌兵奎", "市领导", 3}, // only ever in 市领导 lists
	{"华小鹏", "平顶山学院党委书记", 3},
}

// sampleAlso are people further down the sample's index, with short names
// and names that end where a role+name pattern has to decide it.
var sampleAlso = map[string]string{
	"李毛":  "中国平煤神马集团党委书记、董事长",
	"王翼":  "市委常委", // 市委常委刘文海、王翼、刘颖……
	"王著":  "民盟市委会主委",
	"张弓":  "民革河南省委主委、民革平顶山市委会主委、省粮食和物资储备局局长",
	"郭浩":  "全国人大代表、中原银行股份有限公司党委书记、董事长",
	"陈伟":  "科技部相关直属事业单位处长", // 陈伟在开幕式上致辞
	"王复明": "中国工程院院士、黄河实验室主任",
	"张电子": "市政协副主席",
	"江俊富": "中国平煤神马集团领导",
	"刘明":  "中国炭素行业协会副会长",
	"董汉生": "市领导",
	"李剑锋": "心里程控股集团董事、副董事长",
}

// notNames must never be taken for names.
var notNames = []string{
	"陈向平以", "市委书记", "主持召开", "李明俊主", "平顶山", "市政府", "副市长",
	"调研", "出席", "会议", "李明", "陈向", "岳杰", "市长", "市领导", "班子",
	"院士", "主任", "书记", "市委", "常委", "副市", "王复明出", "张冰分",
}

func TestSampleTop(t *testing.T) {
	ps := Index(parseSample(t))
	if len(ps) < len(sampleTop) {
		t.Fatalf("%d people, want at least %d", len(ps), len(sampleTop))
	}
	for i, w := range sampleTop {
		p := ps[i]
		if p.Name != w.name || p.Role != w.role || len(p.Entries) != w.entries {
			t.Errorf("#%d = %s %q %d, want %s %q %d", i, p.Name, p.Role, len(p.Entries), w.name, w.role, w.entries)
		}
	}
	if n := len(ps[len(sampleTop)].Entries); n >= 3 {
		t.Errorf("#%d %s has %d entries; the list above should hold everyone with 3 or more", len(sampleTop), ps[len(sampleTop)].Name, n)
	}
	byName := map[string]Person{}
	for _, p := range ps {
		byName[p.Name] = p
	}
	for name, role := range sampleAlso {
		if p, ok := byName[name]; !ok {
			t.Errorf("%s not found", name)
		} else if p.Role != role {
			t.Errorf("%s: role %q, want %q", name, p.Role, role)
		}
	}
}

func TestSampleNotNames(t *testing.T) {
	lex := theLexicon()
	for _, p := range Index(parseSample(t)) {
		if slices.Contains(notNames, p.Name) {
			t.Errorf("%q taken for a name", p.Name)
		}
		r := []rune(p.Name)
		if len(r) < 2 || len(r) > 4 || !lex.surnameAt(r, 0) {
			t.Errorf("%q: not 2-4 characters starting with a surname", p.Name)
		}
		for _, c := range r {
			if !isHan(c) {
				t.Errorf("%q: not all Han", p.Name)
			}
		}
		for _, w := range roleSuffixes {
			if strings.Contains(p.Name, w) {
				t.Errorf("%q contains the role word %s", p.Name, w)
			}
		}
	}
}

// entryText is the title and the text of an entry.
func entryText(e model.Entry) string {
	var b strings.Builder
	b.WriteString(e.Title)
	for _, p := range e.Paragraphs {
		b.WriteString("\n")
		b.WriteString(p.Text)
	}
	return b.String()
}

// checkEntries checks that the entries of each person are exactly those
// that contain the name, in document order.
func checkEntries(t *testing.T, iss *model.Issue, ps []Person) {
	t.Helper()
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.Name] {
			t.Errorf("%s listed twice", p.Name)
		}
		seen[p.Name] = true
		var want []Ref
		for si, s := range iss.Sections {
			for ei, e := range s.Entries {
				if strings.Contains(entryText(e), p.Name) {
					want = append(want, Ref{si, ei})
				}
			}
		}
		if !slices.Equal(p.Entries, want) {
			t.Errorf("%s: entries %v, want %v", p.Name, p.Entries, want)
		}
	}
	for i := 1; i < len(ps); i++ {
		if len(ps[i].Entries) > len(ps[i-1].Entries) {
			t.Errorf("%s (%d) after %s (%d)", ps[i].Name, len(ps[i].Entries), ps[i-1].Name, len(ps[i-1].Entries))
		}
	}
}

func TestSampleEntries(t *testing.T) {
	iss := parseSample(t)
	checkEntries(t, iss, Index(iss))
}

// doc builds an issue of one section from entries given as title, then
// paragraphs.
func doc(entries ...[]string) *model.Issue {
	iss := &model.Issue{Title: "平顶山月报"}
	sec := model.Section{Name: "要闻"}
	for _, e := range entries {
		ent := model.Entry{Title: e[0]}
		for _, p := range e[1:] {
			ent.Paragraphs = append(ent.Paragraphs, model.Paragraph{Text: p})
		}
		sec.Entries = append(sec.Entries, ent)
	}
	iss.Sections = []model.Section{sec}
	return iss
}

func names(ps []Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name+"/"+p.Role)
	}
	return out
}

func TestPatterns(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts []string
		want  []string // name/role in index order
	}{
		{"ends at a word", []string{"会议召开", "市长李明俊主持召开会议。市委书记陈向平以“四不两直”方式调研。"},
			[]string{"李明俊/市长", "陈向平/市委书记"}},
		{"two characters", []string{"", "市委常委、秘书长赵军参加调研。副市长、市公安局局长房国卫出席。"},
			[]string{"赵军/市委常委、秘书长", "房国卫/副市长、市公安局局长"}},
		{"list", []string{"", "市领导刘文海、王治安、赵军、王景育、罗福迎、凌兵奎出席座谈会。"},
			[]string{"刘文海/市领导", "王治安/市领导", "赵军/市领导", "王景育/市领导", "罗福迎/市领导", "凌兵奎/市领导"}},
		{"role list", []string{"", "市委副书记、政法委书记岳杰勇主持。中国工程院院士、黄河实验室主任王复明出席。"},
			[]string{"岳杰勇/市委副书记、政法委书记", "王复明/中国工程院院士、黄河实验室主任"}},
		{"role after a name", []string{"", "市长李明俊、市委副书记岳杰勇出席。", "由省委第四巡回督导组组长王付林到会指导。"},
			[]string{"李明俊/市长", "岳杰勇/市委副书记", "王付林/省委第四巡回督导组组长"}},
		{"known elsewhere", []string{"", "副市长许红兵推介了产业。副市长许红兵，市长李明俊出席。"},
			[]string{"许红兵/副市长", "李明俊/市长"}},
		{"more frequent role", []string{"", "市长李明俊出席。理事长、市长李明俊出席。市长李明俊讲话。"},
			[]string{"李明俊/市长"}},
		{"longer reading that recurs", []string{"", "市长孙立同，副市长王五出席。孙立同强调，要抓落实。"},
			[]string{"孙立同/市长", "王五/副市长"}},
		{"shorter reading by default", []string{"", "副市长孙立同志参加。"},
			[]string{"孙立/副市长"}},
		{"title", []string{"张三丰到叶县调研", "11月1日，张三丰到叶县调研。"},
			[]string{"张三丰/"}},
		{"title without support", []string{"黄河流域治理会召开", "会议强调，要治理黄河。"}, nil},
		{"not names", []string{"市政府常务会议召开", "市委书记主持召开会议，市长出席。领导班子负责同志参加。代表全市人民。副市长调研。委员单位负责人参加。"}, nil},
		{"role words before ordinary words", []string{"", "会议由市委书记主持。各县（市、区）委书记、县（市、区）长参加。" +
			"市长热线、市长信箱。主任委员会议。代表团成员。代表们认真审议。院士工作站揭牌。市委书记、市长分别讲话。" +
			"县长王庄村调研。党组书记、局长高度重视。书记项目。县级领导包联。领导干部。代表方阵。代表市委、市政府致辞。" +
			"记者从市统计局获悉。主任医师出诊。局长石化项目。领导关心关爱。代表高新区发言。主任安排部署。委员曹镇乡出席。" +
			"模范带头作用。工匠精神。市长杯足球赛。代表黄河流域。局长安全生产。委员文明城市创建。书记严格要求。局长金山社区。"}, nil},
		{"local roles", []string{"", "县委书记张建国出席。副县长王强调研。镇党委书记刘向东主持。村党支部书记李小红介绍。"},
			[]string{"张建国/县委书记", "王强/副县长", "刘向东/镇党委书记", "李小红/村党支部书记"}},
		{"city prefix", []string{"", "中共平顶山市委常委、组织部部长罗福迎致辞。"},
			[]string{"罗福迎/市委常委、组织部部长"}},
		{"compound surname", []string{"", "省委常委欧阳明出席。"},
			[]string{"欧阳明/省委常委"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			iss := doc(c.texts)
			ps := Index(iss)
			if got := names(ps); !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
			checkEntries(t, iss, ps)
		})
	}
}

func TestFormat(t *testing.T) {
	iss := doc(
		[]string{"陈向平到叶县调研", "11月13日，市委书记陈向平到叶县调研。市委常委、秘书长赵军参加调研。"},
		[]string{"全市主题教育座谈会召开", "市委书记陈向平主持会议并讲话，市长李明俊出席。"},
		[]string{"李明俊调研供暖工作", "市长李明俊调研供暖工作。"},
		[]string{"陈向平带队赴深圳招商考察", "市委书记陈向平带队，市领导赵军参加。"},
		[]string{"市委常委会召开", "张明新出席。"},
	)
	var b bytes.Buffer
	if err := Format(&b, Index(iss), nil); err != nil {
		t.Fatal(err)
	}
	want := "陈向平\t市委书记\t3\n" +
		"赵军\t市委常委、秘书长\t2\n" +
		"李明俊\t市长\t2\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	// Each field on its own: the tabs between them stay, one inside a
	// field does not.
	b.Reset()
	ps := []Person{{Name: "陈\t向平", Role: "市委\n书记", Entries: []Ref{{}}}}
	if err := Format(&b, ps, func(s string) string { return "<" + s + ">" }); err != nil {
		t.Fatal(err)
	}
	if want := "<陈 向平>\t<市委 书记>\t1\n"; b.String() != want {
		t.Errorf("Format with a field cleaner = %q, want %q", b.String(), want)
	}
	if ps := Index(nil); ps != nil {
		t.Errorf("Index(nil) = %v", ps)
	}
	b.Reset()
	if err := Format(&b, nil, nil); err != nil || b.Len() != 0 {
		t.Errorf("Format(nil) = %q, %v", b.String(), err)
	}
}

// TestRepeated indexes the sample's sections ten times over, as one
// issue (a file that holds the sample ten times is ten issues, so the
// model is repeated rather than the text): the people and their roles
// stay, and each is named ten times as often.
func TestRepeated(t *testing.T) {
	iss := parseSample(t)
	big := *iss
	big.Sections = nil
	for range 10 {
		big.Sections = append(big.Sections, iss.Sections...)
	}
	iss = &big
	ps := Index(iss)
	checkEntries(t, iss, ps)
	one := Index(parseSample(t))
	if len(ps) != len(one) {
		t.Fatalf("%d people in the sample ×10, %d in the sample", len(ps), len(one))
	}
	byName := map[string]Person{}
	for _, p := range ps {
		byName[p.Name] = p
	}
	for _, p := range one {
		q, ok := byName[p.Name]
		// roles of people named once or twice may tip with the extra titles
		if !ok || len(p.Entries) >= 3 && q.Role != p.Role || len(q.Entries) < 10*len(p.Entries) {
			t.Errorf("%s %q %d in the sample ×10, %q %d in the sample", q.Name, q.Role, len(q.Entries), p.Role, len(p.Entries))
		}
	}
}

func BenchmarkIndex(b *testing.B) {
	sample := readSample(b)
	for _, bc := range []struct {
		name string
		src  []byte
	}{
		{"sample", sample},
		{"100x", testkit.Repeated(sample, 100)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			iss, err := parser.Parse(bc.src)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(bc.src)))
			b.ReportAllocs()
			var ps []Person
			for b.Loop() {
				ps = Index(iss)
			}
			b.ReportMetric(float64(len(ps)), "people")
		})
	}
}

// A copy in traditional characters names the same people as in simplified
// ones, with the same roles and entries, written as it prints them (市委書記
// 陳向平). Before, the roles the lexicon knows in simplified characters
// were read in none of them: five people were found, not the sample's.
func TestTraditionalCopy(t *testing.T) {
	inv := map[rune]rune{}
	hant.Pairs(func(tr, s rune) {
		if _, ok := inv[s]; !ok {
			inv[s] = tr
		}
	})
	toHant := func(s string) string {
		return strings.Map(func(r rune) rune {
			if tr, ok := inv[r]; ok {
				return tr
			}
			return r
		}, s)
	}
	want := Index(parseSample(t))
	iss, err := parser.Parse([]byte(toHant(string(readSample(t)))))
	if err != nil {
		t.Fatal(err)
	}
	got := Index(iss)
	if len(got) != len(want) {
		t.Fatalf("%d people, want %d", len(got), len(want))
	}
	for i := range want {
		w, g := want[i], got[i]
		if g.Name != toHant(w.Name) || g.Role != toHant(w.Role) || !slices.Equal(g.Entries, w.Entries) {
			t.Errorf("person %d: %s %s %d entries, want %s %s %d", i, g.Name, g.Role, len(g.Entries), toHant(w.Name), toHant(w.Role), len(w.Entries))
		}
	}
}

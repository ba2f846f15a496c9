package layout

import (
	"reflect"
	"strings"
	"testing"
)

type wrapCase struct {
	name string
	in   string
	n    int
	want []string
}

func runWrapCases(t *testing.T, w Width, cases []wrapCase) {
	t.Helper()
	for _, tc := range cases {
		got := w.Wrap(tc.in, tc.n)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Wrap(%q, %d)\n got %q\nwant %q", tc.name, tc.in, tc.n, got, tc.want)
		}
		for _, l := range got {
			if lw := w.String(l); lw > max(tc.n, 1) && !(tc.n < 2 && lw == 2 && len([]rune(l)) == 1) {
				t.Errorf("%s: line %q is %d cells, n=%d", tc.name, l, lw, tc.n)
			}
		}
	}
}

// Both ambiguous modes give the same lines here: the text has no
// ambiguous-width characters.
func TestWrapKinsoku(t *testing.T) {
	cases := []wrapCase{
		{"comma not at line start", "我们在这，他们在那里", 8,
			[]string{"我们在", "这，他们", "在那里"}},
		{"full stop not at line start", "一二三四。五六", 8,
			[]string{"一二三", "四。五六"}},
		{"closing bracket and book title", "一二三《四五》，六七", 10,
			[]string{"一二三《四", "五》，六七"}},
		{"opening bracket not at line end", "一二三四（五六）", 10,
			[]string{"一二三四", "（五六）"}},
		{"opening book title not at line end", "一二三四《五六》", 10,
			[]string{"一二三四", "《五六》"}},
		{"ASCII opening parenthesis", "见附件(一二)", 7,
			[]string{"见附件", "(一二)"}},
		{"ASCII closing punctuation", "一二三四,五", 8,
			[]string{"一二三", "四,五"}},
		{"run of closing punctuation longer than the line", "好。。。。。", 4,
			[]string{"好。", "。。", "。。"}},
		{"ideographic space is kept", "　　平顶山", 6,
			[]string{"　　平", "顶山"}},
	}
	runWrapCases(t, NewWidth(false), cases)
	runWrapCases(t, NewWidth(true), cases)
}

func TestWrapLatin(t *testing.T) {
	cases := []wrapCase{
		{"name not split", "院士 Constantinos Soutis，并为", 20,
			[]string{"院士 Constantinos", "Soutis，并为"}},
		{"number with a space around it", "大赛共有近 200 家企业报名参赛", 12,
			[]string{"大赛共有近", "200 家企业报", "名参赛"}},
		{"number and unit", "年产60GWh储能", 8,
			[]string{"年产", "60GWh储", "能"}},
		{"phone number", "电话：0375-2665581", 14,
			[]string{"电话：", "0375-2665581"}},
		{"e-mail address", "邮箱：pdsnj666@sina.com", 18,
			[]string{"邮箱：", "pdsnj666@sina.com"}},
		{"word longer than the line", "Constantinos", 5,
			[]string{"Const", "antin", "os"}},
		{"cell break keeps comma off the line start", "Constantinos，并", 12,
			[]string{"Constantino", "s，并"}},
		{"spaces at breaks dropped", "aaa bbb   ccc", 7,
			[]string{"aaa bbb", "ccc"}},
		{"trailing spaces dropped", "aaa bbb  ", 20,
			[]string{"aaa bbb"}},
		{"leading spaces kept", "  aaa", 20,
			[]string{"  aaa"}},
		{"no break before a comma after a space", "aa bb ,cc", 6,
			[]string{"aa", "bb ,cc"}},
	}
	runWrapCases(t, NewWidth(false), cases)
	runWrapCases(t, NewWidth(true), cases)
}

func TestWrapEdges(t *testing.T) {
	cases := []wrapCase{
		{"empty", "", 10, []string{""}},
		{"only spaces", "   ", 10, []string{""}},
		{"newline forces a break", "一二\n三四", 10, []string{"一二", "三四"}},
		{"CRLF", "一二\r\n三四", 10, []string{"一二", "三四"}},
		{"blank line kept", "a\n\nb", 10, []string{"a", "", "b"}},
		{"wide character never straddles", "a中文", 4, []string{"a中", "文"}},
		{"n=1 wide characters alone", "中文", 1, []string{"中", "文"}},
		{"n=1 mixed", "a中b", 1, []string{"a", "中", "b"}},
		{"n=0 counts as 1", "ab", 0, []string{"a", "b"}},
		{"n=2", "中文ab", 2, []string{"中", "文", "ab"}},
		{"variation selector stays with its base", "葛\U000E0100城", 2,
			[]string{"葛\U000E0100", "城"}},
		{"combining mark stays with its base", "一e\u0301", 2,
			[]string{"一", "e\u0301"}},
		{"tab dropped at a break", "调研\t(14)", 10, []string{"调研", "(14)"}},
		{"tab kept inside a line", "调研\t(14)", 12, []string{"调研\t(14)"}},
	}
	runWrapCases(t, NewWidth(false), cases)
	runWrapCases(t, NewWidth(true), cases)
}

// “ ” … — · are one cell when narrow and two when wide; the lines differ but
// fit in both modes.
func TestWrapAmbiguous(t *testing.T) {
	const dash = "他看着远方——那里有山"
	const quote = "他说：“你好……”——真的吗？"
	narrowCases := []wrapCase{
		{"dash kept together", dash, 11, []string{"他看着远", "方——那里有", "山"}},
		{"ellipsis and quotes", quote, 10, []string{"他说：“你", "好……”——真", "的吗？"}},
		{"middle dot not at line start", "望瓯·陶溪川", 4, []string{"望", "瓯·", "陶溪", "川"}},
		{"middle dot fits narrow", "望瓯·陶溪川", 5, []string{"望瓯·", "陶溪", "川"}},
		{"closing single quote", "浙江‘千万工程’经验", 13, []string{"浙江‘千万工", "程’经验"}},
		{"opening single quote", "浙江‘千万工程’经验", 5, []string{"浙江", "‘千万", "工程’", "经验"}},
	}
	wideCases := []wrapCase{
		{"dash kept together", dash, 11, []string{"他看着远", "方——那里", "有山"}},
		// 好……”—— is 12 cells and may not be broken: it is broken
		// anyway, before the dash rather than inside it.
		{"unit wider than the line", quote, 10, []string{"他说：“你", "好……”", "——真的", "吗？"}},
		{"ellipsis and quotes", quote, 13, []string{"他说：“你", "好……”——", "真的吗？"}},
		{"middle dot not at line start", "望瓯·陶溪川", 4, []string{"望", "瓯·", "陶溪", "川"}},
		{"middle dot", "望瓯·陶溪川", 5, []string{"望", "瓯·", "陶溪", "川"}},
		{"closing single quote", "浙江‘千万工程’经验", 15, []string{"浙江‘千万工", "程’经验"}},
		{"opening single quote", "浙江‘千万工程’经验", 6, []string{"浙江", "‘千万", "工程’", "经验"}},
	}
	runWrapCases(t, NewWidth(false), narrowCases)
	runWrapCases(t, NewWidth(true), wideCases)
	if got := NewWidth(false).String(quote); got != 24 {
		t.Errorf("narrow width of %q = %d, want 24", quote, got)
	}
	if got := NewWidth(true).String(quote); got != 30 {
		t.Errorf("wide width of %q = %d, want 30", quote, got)
	}
}

// A naive greedy wrap of the first kinsoku case puts the comma first; the
// check that the kinsoku cases catch this is that they disagree with it.
func TestNaiveWrapWouldViolate(t *testing.T) {
	w := NewWidth(false)
	naive := w.Truncate("我们在这，他们在那里", 8, "")
	rest := strings.TrimPrefix("我们在这，他们在那里", naive)
	if !strings.HasPrefix(rest, "，") {
		t.Fatalf("example no longer puts a comma first under naive wrapping: %q|%q", naive, rest)
	}
}

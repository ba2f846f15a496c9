package layout

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

// checkLines checks what Wrap promises for any paragraph without newlines:
// lines fit (or are a single cluster), are not empty, rebuild para with only
// break spaces removed, and start at grapheme boundaries.
func checkLines(w Width, para string, n int, lines []string) error {
	if strings.Trim(para, " \t") == "" {
		if len(lines) != 1 || lines[0] != "" {
			return fmt.Errorf("blank paragraph gave %q", lines)
		}
		return nil
	}
	bounds := map[int]bool{len(para): true}
	for rest, state, off := para, -1, 0; rest != ""; {
		bounds[off] = true
		var cl string
		cl, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		off += len(cl)
	}
	pos := 0
	for i, l := range lines {
		if l == "" {
			return fmt.Errorf("empty line %d in %q", i, lines)
		}
		if lw := w.String(l); lw > max(n, 1) && uniseg.GraphemeClusterCount(l) != 1 {
			return fmt.Errorf("line %q is %d cells, n=%d", l, lw, n)
		}
		// A space followed by a combining mark is a cluster, not a break
		// space. The first line keeps the paragraph's indent unless a break
		// fell right after it.
		if first, _, _, _ := uniseg.FirstGraphemeClusterInString(l, -1); i > 0 && (first == " " || first == "\t") {
			return fmt.Errorf("line %q starts with a break space", l)
		}
		skip := pos + len(para[pos:]) - len(strings.TrimLeft(para[pos:], " \t"))
		for skip > pos && !strings.HasPrefix(para[skip:], l) {
			skip--
		}
		pos = skip
		if e := l[len(l)-1]; e == ' ' || e == '\t' {
			return fmt.Errorf("line %q ends with a space", l)
		}
		if !bounds[pos] {
			return fmt.Errorf("line %q starts inside a grapheme cluster", l)
		}
		if !strings.HasPrefix(para[pos:], l) {
			return fmt.Errorf("lines %q do not rebuild the paragraph", lines)
		}
		pos += len(l)
	}
	if strings.Trim(para[pos:], " \t") != "" {
		return fmt.Errorf("lines %q lose the end of the paragraph", lines)
	}
	return nil
}

var pieces = []string{
	"中", "文", "字", "符", "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』",
	"”", "’", "…", "·", "—", "（", "《", "「", "『", "“", "‘", "　",
	"a", "b", "Z", "0", "9", "-", "@", ".", ",", "(", ")", "/", "%",
	" ", " ", " ", "\t", "e\u0301", "葛\U000E0100", "👍🏽", "🇨🇳", "\u00a0", "ｱ", "ﾞ",
	"\xff", "\xe4\xb8", "\u200d", "\u0301", "\ufe0f", "\u3099", "\U0001F3FB", "——", "……",
	"\r", "\x01", "abc", "123", "0375-2665581", "$5", "50%", "'", "\"", "[", "]", "{", "}",
}

func TestWrapRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, amb := range []bool{false, true} {
		w := NewWidth(amb)
		for range 20000 {
			var b strings.Builder
			for range rng.IntN(50) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			para, n := b.String(), rng.IntN(30)-2
			if err := checkLines(w, para, n, w.Wrap(para, n)); err != nil {
				t.Fatalf("amb=%v Wrap(%q, %d): %v", amb, para, n, err)
			}
		}
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("他说：“你好……”——真的吗？", 10, false)
	f.Add("院士 Constantinos Soutis，并为", 12, true)
	f.Add("  a\t\tb ,c", 3, false)
	f.Add("葛\U000E0100👍🏽🇨🇳e\u0301", 1, true)
	f.Fuzz(func(t *testing.T, s string, n int, amb bool) {
		s = strings.NewReplacer("\n", "", "\r", "").Replace(s)
		n %= 300
		w := NewWidth(amb)
		if err := checkLines(w, s, n, w.Wrap(s, n)); err != nil {
			t.Fatalf("Wrap(%q, %d): %v", s, n, err)
		}
		if tr := w.Truncate(s, n, "…"); w.String(tr) > max(n, 0) {
			t.Fatalf("Truncate(%q, %d) = %q is wider", s, n, tr)
		}
	})
}

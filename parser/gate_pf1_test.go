package parser

import (
	"strings"
	"testing"
)

// TestOfficeGate checks what office's first look takes for granted: every
// name it matches ends with 室, 心, 院, 馆, 会 or 办.
func TestOfficeGate(t *testing.T) {
	for _, s := range append(officeSuffixes[:], "办公室") {
		switch s[len(s)-3:] {
		case "室", "心", "院", "馆", "会", "办":
		default:
			t.Errorf("office suffix %q ends with none of 室心院馆会办: office's gate lets it go", s)
		}
	}
}

// TestSlashOrBar checks slashOrBar against the searches it stands for.
func TestSlashOrBar(t *testing.T) {
	cases := []string{"", "/", "|", "／", "丨", "｜", "文/陈明远", "文丨赵文华", "来源 | 梅岭", "编辑｜王芳", "图／文",
		"县志办召开会议，部署工作。", "abc", "\xef\xbc", "\xe4\xb8", "\xe4/", "\xef\xbc/", "中\xbc\x8f", "a\xef\xbc\x8f", "\xe4\xb8\xa8",
		"宁川县地方史志办公室", "1月10日　召开…", "\xed\xa0\x80/", "丨丨", "x\xe4\xb8\xa9", "\x8f\x9c\xa8", "乐乐乐乐乐乐乐乐乐"}
	for _, r := range []string{"／", "丨", "｜", "/", "|"} {
		for k := 0; k <= 12; k++ {
			cases = append(cases, strings.Repeat("中", k)+r, strings.Repeat("a", k)+r+"b", strings.Repeat("，", k)+r[:len(r)-1]+"x")
		}
	}
	for _, s := range cases {
		want := strings.IndexByte(s, '/') >= 0 || strings.Contains(s, "／") || strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "丨") || strings.Contains(s, "｜")
		if got := slashOrBar(s); got != want {
			t.Errorf("slashOrBar(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAnyOf checks anyOf against strings.ContainsAny, on valid and
// invalid UTF-8.
func TestAnyOf(t *testing.T) {
	lists := []string{"，,；;：:", "，,；;。", "，。；：、,;:", "·a—"}
	cases := []string{"", "a", ",", "，", "县志办召开会议，部署", "县志办召开会议", "\xef\xbc", "\xef\xef\xbc\x8c", "\xbc\x8c", "中\xef\xbc\x8c", "x\xe3\x80\x82",
		"\xe2\x80\x94", "\xe2\x80", "\xc2\xb7", "\xc2", "\xff；", "；", "。", "：", "a;b", "12:30"}
	for _, l := range lists {
		for _, s := range cases {
			if got, want := anyOf(s, l), strings.ContainsAny(s, l); got != want {
				t.Errorf("anyOf(%q, %q) = %v, want %v", s, l, got, want)
			}
		}
	}
}

// TestOpenEnds checks the rune sets that stand for lists against them.
func TestOpenEnds(t *testing.T) {
	for _, c := range []struct {
		set  *runeSet
		list string
	}{
		{openEnds, "，、；：,;:（(《“‘〈「『【—"},
		{relativeFirsts, "同当该是本次翌上去"},
		{chronNameEnds, "记記纪紀要事"},
		{pageDecorationSet, pageDecorations},
		{dateGoesOnSet, dateGoesOn},
		{runInBullets, "●◆■◎◇○□★☆▶►"},
		{chronHeaderEnds, "件项事容记要"},
	} {
		for r := rune(-1); r <= 0x10FFFF+1; r++ {
			if got, want := c.set.has(r), strings.ContainsRune(c.list, r); got != want {
				t.Fatalf("the set of %q has(%U) = %v, want %v", c.list, r, got, want)
			}
		}
	}
}

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

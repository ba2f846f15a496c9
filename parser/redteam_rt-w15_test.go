package parser

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/yuebao/yuebao/internal/hant"
)

// TestRedTeamW15Big5 reads a copy from Taiwan or Hong Kong saved in Big5
// (testdata/rt-w15-big5.md, encoded here): it had been refused (not text
// in UTF-8, UTF-16 or GB18030: its punctuation and many of its common
// characters, 一 among them, lie in GBK's user-defined rows), or, with
// few of those, read as GB18030 nonsense with a warning. It reads as the
// UTF-8 copy does, punctuated in ASCII too, and the same text in
// simplified characters in GB18030 is GB18030 still.
func TestRedTeamW15Big5(t *testing.T) {
	src := readFixture(t, "rt-w15-big5.md")
	ascii := strings.NewReplacer("，", ",", "。", ".", "、", ",", "「", "\"", "」", "\"",
		"（", "(", "）", ")", "　", " ").Replace(string(src))
	model := func(b []byte) string {
		t.Helper()
		iss, err := Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		j, _ := json.Marshal(iss)
		return string(j)
	}
	var simp strings.Builder
	for _, r := range string(src) {
		simp.WriteRune(hant.Simplified(r))
	}
	for _, c := range []struct {
		name string
		text string
		big5 bool // encoded in Big5, else (simplified) in GB18030
		enc  Encoding
	}{
		{"Big5", string(src), true, Big5},
		{"Big5 punctuated in ASCII", ascii, true, Big5},
		{"GB18030", simp.String(), false, GB18030},
		{"GB18030 punctuated in ASCII", strings.NewReplacer("，", ",", "。", ".", "　", " ").Replace(simp.String()), false, GB18030},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b []byte
			var err error
			if c.big5 {
				b, err = traditionalchinese.Big5.NewEncoder().Bytes([]byte(c.text))
			} else {
				b, err = simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(c.text))
			}
			if err != nil {
				t.Fatal(err)
			}
			got, enc, warns, err := decode(b)
			if err != nil || got != c.text || enc != c.enc || len(warns) > 0 {
				t.Fatalf("decode = %.60q as %s (%v, %v), want %.60q as %s", got, enc, warns, err, c.text, c.enc)
			}
			if m, want := model(b), model([]byte(c.text)); m != want {
				t.Errorf("model\n got  %.300s\n want %.300s", m, want)
			}
		})
	}
	// A Big5 file cut inside its last character keeps what came before.
	b, _ := traditionalchinese.Big5.NewEncoder().Bytes(src)
	b = append(b, 0xA4)
	if got, enc, warns, err := decode(b); err != nil || enc != Big5 || got != string(src) || len(warns) != 1 {
		t.Errorf("cut Big5: %s, %v, %v", enc, warns, err)
	}
}

package parser

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	const text = "# 平顶山月报\n\n“陈向平”会见 Constantinos Soutis。\n"
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(text))
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	tests := []struct {
		name string
		in   []byte
		enc  Encoding
		cut  bool // a multi-byte character was cut off at the end
		want string
	}{
		{"utf-8", []byte(text), UTF8, false, text},
		{"utf-8 with BOM", append([]byte("\xEF\xBB\xBF"), text...), UTF8, false, text},
		{"CRLF", []byte(strings.ReplaceAll(text, "\n", "\r\n")), UTF8, false, text},
		{"CR", []byte(strings.ReplaceAll(text, "\n", "\r")), UTF8, false, text},
		{"CRCRLF", []byte(strings.ReplaceAll(text, "\n", "\r\r\n")), UTF8, false, text},
		{"Ctrl-Z at the end", []byte(text + "\x1a"), UTF8, false, text},
		{"GB18030", gb, GB18030, false, text},
		{"GBK", gbk, GB18030, false, text},
		{"GB18030 with BOM", append([]byte{0x84, 0x31, 0x95, 0x33}, gb...), GB18030, false, text},
		{"UTF-16LE with BOM", u16, UTF16, false, text},
		{"utf-8 cut inside a character", []byte(text)[:len("# 平顶山月报\n\n“陈")+1], UTF8, true, "# 平顶山月报\n\n“陈"},
		{"GB18030 cut inside a character", gb[:len(gb)-2], GB18030, true, "# 平顶山月报\n\n“陈向平”会见 Constantinos Soutis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, warns, err := decode(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || enc != tt.enc {
				t.Errorf("decode = %q as %s, want %q as %s", got, enc, tt.want, tt.enc)
			}
			if cut := len(warns) == 1 && strings.Contains(warns[0].Message, "multi-byte"); cut != tt.cut || (!tt.cut && len(warns) > 0) {
				t.Errorf("warnings = %+v, want cut=%v", warns, tt.cut)
			}
		})
	}
}

func TestDecodeDamagedUTF8(t *testing.T) {
	text := strings.Repeat("市长李明俊出席会议并讲话。", 200)
	b := []byte(text)
	b[300] = 0xFF // one damaged byte in a long UTF-8 text: its character's other two go with it
	got, enc, warns, err := decode(b)
	if err != nil || enc != UTF8 {
		t.Fatalf("decode = %s, %v", enc, err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Message, "3 byte(s) are not valid UTF-8") {
		t.Errorf("warnings = %+v", warns)
	}
	if !strings.Contains(got, "\uFFFD") || len([]rune(got)) != len([]rune(text)) {
		t.Errorf("damaged byte not replaced in place")
	}
}

func TestDecodeDamagedGB18030(t *testing.T) {
	text := strings.Repeat("市长李明俊出席会议并讲话。\n", 200)
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
	b := append(append(append([]byte(nil), gb[:297]...), 0xFF), gb[297:]...) // between two lines
	got, enc, warns, err := decode(b)
	if err != nil || enc != GB18030 {
		t.Fatalf("decode = %s, %v", enc, err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Message, "1 character(s) are not valid GB18030") {
		t.Errorf("warnings = %+v", warns)
	}
	if strings.ReplaceAll(got, "\uFFFD", "") != text {
		t.Errorf("the text around the damaged byte changed")
	}
}

func TestDecodeRejects(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 64)...)
	ctrl := bytes.Repeat([]byte{0x01, 0x02, 'a', 0x03}, 100)
	random := make([]byte, 4096)
	x := uint32(2463534242)
	for i := range random {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		random[i] = byte(x) | 0x80 // high bytes only: no NUL to make it easy
	}
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"only white space", []byte(" \n\r\n\t \u3000\n"), ErrEmpty},
		{"only a BOM", []byte("\xEF\xBB\xBF"), ErrEmpty},
		{"NUL bytes", []byte("平顶山\x00月报"), ErrBinary},
		{"PNG", png, ErrBinary},
		{"control characters", ctrl, ErrBinary},
		{"random high bytes", random, ErrEncoding},
		{"too large", make([]byte, MaxSize+1), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, _, err := decode(tt.in); !errors.Is(err, tt.want) {
				t.Errorf("decode error = %v, want %v", err, tt.want)
			}
			if _, err := Parse(tt.in); !errors.Is(err, tt.want) {
				t.Errorf("Parse error = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestValidUTF8 holds validUTF8 to utf8.Valid on every cut of valid text
// and on text with bytes changed at random.
func TestValidUTF8(t *testing.T) {
	src := []byte("平顶山月报 2023年第11期\n　　11月1日，“会议”召开。é€𝄞\uFFFD\u2028 abcdefgh12345678")
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := append([]byte{}, src[r.IntN(len(src)):]...)
		b = b[:r.IntN(len(b)+1)]
		for k := r.IntN(3); k > 0 && len(b) > 0; k-- {
			b[r.IntN(len(b))] = byte(r.IntN(256))
		}
		if got, want := validUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("validUTF8(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestValidControls holds validControls to utf8.Valid, to a count of
// control characters byte by byte and to the ASCII bytes the text holds,
// on text with controls and bytes changed at random and every limit.
func TestValidControls(t *testing.T) {
	src := []byte("平顶山月报 2023年第11期\n\t　　11月1日，“会议”召开。\x01é€𝄞\uFFFD\u2028 abc\x7fdefgh12345678\x1b\r\f\x00ABCDEFGHIJKLMNOP\x02\uFEFF的\u00A0\uFEFF")
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		b := append([]byte{}, src[r.IntN(len(src)):]...)
		b = b[:r.IntN(len(b)+1)]
		for k := r.IntN(3); k > 0 && len(b) > 0; k-- {
			b[r.IntN(len(b))] = byte(r.IntN(256))
		}
		limit := r.IntN(len(b) + 1)
		want := 0
		for _, c := range b[:limit] {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
				want++
			}
		}
		var seen textSeen
		valid, got := validControls(b, limit, &seen)
		if valid != utf8.Valid(b) || valid && got != want {
			t.Fatalf("validControls(%q, %d) = %v, %d; want %v, %d", b, limit, valid, got, utf8.Valid(b), want)
		}
		if !valid {
			continue
		}
		for c := range 256 {
			if c >= utf8.RuneSelf && (c < 0xC2 || c > 0xF4) {
				continue // no character begins with it
			}
			s := string([]byte{byte(c), 0x80, 0x80, 0x80}) // (a character led by c)
			if seen.lacks(s) && bytes.IndexByte(b, byte(c)) >= 0 {
				t.Fatalf("validControls(%q): the text lacks %q, it says", b, byte(c))
			}
			if c < utf8.RuneSelf && !seen.lacks(s) && bytes.IndexByte(b, byte(c)) < 0 {
				t.Fatalf("validControls(%q): the text holds %q, it says", b, byte(c))
			}
		}
		for range 4 {
			// A string it lacks, by any of its bytes, is not there.
			i := r.IntN(len(src))
			needle := src[i : i+1+r.IntN(min(6, len(src)-i))]
			if seen.lacks(string(needle)) && bytes.Contains(b, needle) {
				t.Fatalf("validControls(%q): the text lacks %q, it says", b, needle)
			}
		}
		if seen.lacks("\uFEFF") == bytes.Contains(b, []byte("\uFEFF")) {
			t.Fatalf("validControls(%q): U+FEFF is there: %v", b, !seen.lacks("\uFEFF"))
		}
	}
}

// A web page's source (saved from the office's site, or curl's output) is
// read, but its first line says that its markup is read as text; a copy
// with a few tags of a converter's is no page.
func TestDecodeWebPage(t *testing.T) {
	for _, c := range []struct {
		text string
		page bool
	}{
		{"<!DOCTYPE html>\n<html><head><title>宁川县2023年11月大事记</title></head>\n<body><p>11月1日，县委召开常委会议。</p></body></html>\n", true},
		{"\ufeff<HTML>\n<BODY>\n<P>11月1日，县委召开常委会议。</P>\n", true},
		{"  \n<!doctype html>\n<p>11月1日，县委召开常委会议。</p>\n", true},
		{"<p>11月1日，县委召开常委会议。</p>\n<p>11月3日，县政府召开常务会议。</p>\n", false},
		{"# 平顶山月报\n\n<html>是网页的标记。\n", false},
	} {
		iss, err := Parse([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		var page bool
		for _, w := range iss.Warnings {
			if w.Line == 1 && strings.HasPrefix(w.Message, "the source of a web page") {
				page = true
			}
		}
		if page != c.page {
			t.Errorf("%q: web page warning %v, want %v:%s", c.text, page, c.page, warningsText(iss.Warnings))
		}
	}
}

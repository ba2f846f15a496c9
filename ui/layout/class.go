package layout

import "unicode"

// Character classes for line breaking. The table covers the BMP so that the
// per-rune cost on the Han fast path is one load; it is built once and never
// written again, so sharing it between sessions is safe.

const (
	// fFast marks CJK characters that Wrap handles rune by rune: a break is
	// allowed before and after them unless a kinsoku rule forbids it. Keeping
	// these out of uniseg is where Wrap gets its speed.
	fFast uint8 = 1 << iota
	// fNoStart: must not begin a line (closing and middle punctuation).
	fNoStart
	// fNoEnd: must not end a line (opening punctuation).
	fNoEnd
	// fGlue: no break on either side (no-break spaces, word joiner).
	fGlue
	// fExtend: joins the character before it into one grapheme cluster
	// (combining marks, variation selectors, ZWJ).
	fExtend
)

var bmpFlags = buildFlags()

func flagsOf(r rune) uint8 {
	if r < 0x10000 {
		if r < 0 {
			return 0
		}
		return bmpFlags[r]
	}
	// Han extensions B and later, and compatibility supplements.
	if r >= 0x20000 && r <= 0x3FFFF {
		return fFast
	}
	return 0
}

// Runes that must not start a line. The dash and the ellipsis are here too,
// which is what keeps —— and …… together: no break is allowed before their
// second half.
const noStart = ",.;:?!)]}" +
	"·°–—―’”‥…‧‰‱′″‼⁇⁈⁉⋯℃℉" +
	"、。〃々〉》」』】〕〗〙〛〜〞〟〻" +
	"ぁぃぅぇぉっゃゅょゎゕゖ゛゜ゝゞ゠ァィゥェォッャュョヮヵヶ・ーヽヾ" +
	"ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" +
	"︐︑︒︓︔︕︖︘︙︰︱︲︶︸︺︼︾﹀﹂﹄﹈" +
	"﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞﹪" +
	"！％），．：；？］｝～｠｡｣､･ｧｨｩｪｫｬｭｮｯｰﾞﾟ￠"

// Runes that must not end a line.
const noEnd = "([{" +
	"‘‚“„" +
	"〈《「『【〔〖〘〚〝" +
	"︗︵︷︹︻︽︿﹁﹃﹇" +
	"﹙﹛﹝﹩" +
	"＄（［｛｟｢￡￥￦"

const glue = "\u00a0\u2007\u2011\u202f\u2060\ufeff"

// Ranges handled on the fast path. Combining marks inside them (ideographic
// tone marks, kana voicing marks) are left to uniseg so that a break never
// separates them from their base; TestFastExcludesMarks checks this.
var fastRanges = [][2]rune{
	{0x2E80, 0x2FDF}, // CJK radicals, Kangxi radicals
	{0x2FF0, 0x3029}, // ideographic description, CJK symbols and punctuation
	{0x3030, 0x3098},
	{0x309B, 0x4DBF}, // kana, bopomofo, enclosed CJK, compatibility, extension A
	{0x4E00, 0x9FFF}, // unified ideographs
	{0xA000, 0xA4CF}, // Yi
	{0xF900, 0xFAFF}, // compatibility ideographs
	{0xFE10, 0xFE1F}, // vertical forms
	{0xFE30, 0xFE6F}, // compatibility and small forms
	{0xFF01, 0xFF9D}, // fullwidth and halfwidth forms
	{0xFFE0, 0xFFE6},
}

// Punctuation outside the CJK blocks that Chinese text uses as its own; on
// the fast path they follow the kinsoku lists instead of UAX #14, which
// (in Unicode 15.0, uniseg's version) never breaks next to a quotation mark.
const fastExtra = "·°–—―‘’‚“”„‥…‧‰‱′″⋯℃℉"

func buildFlags() *[0x10000]uint8 {
	t := new([0x10000]uint8)
	for _, rg := range fastRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			t[r] |= fFast
		}
	}
	for _, r := range fastExtra {
		t[r] |= fFast
	}
	for _, r := range noStart {
		t[r] |= fNoStart
	}
	for _, r := range noEnd {
		t[r] |= fNoEnd
	}
	for _, r := range glue {
		t[r] |= fGlue
	}
	for _, tab := range extendTables {
		for _, rg := range tab.R16 {
			for r := int(rg.Lo); r <= int(rg.Hi); r += int(rg.Stride) {
				t[r] |= fExtend
			}
		}
	}
	t[0x200D] |= fExtend
	return t
}

var extendTables = []*unicode.RangeTable{unicode.Mn, unicode.Me, unicode.Mc, unicode.Other_Grapheme_Extend}

// isExtend reports whether r joins the character before it. uniseg sees a
// run of non-CJK text without the CJK character before it, so Wrap checks
// this itself at the start of such a run.
func isExtend(r rune) bool {
	if r < 0x10000 {
		return r >= 0 && bmpFlags[r]&fExtend != 0
	}
	return r >= 0x1F3FB && r <= 0x1F3FF || unicode.In(r, extendTables...)
}

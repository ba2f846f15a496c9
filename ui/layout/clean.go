package layout

// Clean makes text from a file safe to send to a terminal: a control
// character (escape sequences start with one) could move the cursor,
// retitle the window or set the clipboard — over SSH, on someone else's
// terminal. Each becomes '?', and a tab a space, byte for byte, so that
// offsets into the text stay valid; newlines are kept. Clean before
// measuring: control characters count no cells, '?' counts one.
func Clean(s string) string {
	if !needsClean(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\t':
			b[i] = ' '
		case c == '\n':
		case c < 0x20 || c == 0x7F:
			b[i] = '?'
		case c == 0xC2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9F:
			// A C1 control (U+0080–U+009F): two bytes, two '?'.
			b[i], b[i+1] = '?', '?'
			i++
		case c == 0xE2 && i+2 < len(b) && bidi(b[i+1], b[i+2]):
			// A bidirectional control would reorder what the terminal
			// shows after it: three bytes, three '?'.
			b[i], b[i+1], b[i+2] = '?', '?', '?'
			i += 2
		}
	}
	return string(b)
}

func needsClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' || c == 0x7F {
			return true
		}
		if c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F {
			return true
		}
		if c == 0xE2 && i+2 < len(s) && bidi(s[i+1], s[i+2]) {
			return true
		}
	}
	return false
}

// bidi reports whether E2 b1 b2 is a bidirectional control: U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069.
func bidi(b1, b2 byte) bool {
	return b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || b2 >= 0xAA && b2 <= 0xAE) || b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9
}

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
	}
	return false
}

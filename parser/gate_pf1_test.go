package parser

import "testing"

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

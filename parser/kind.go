package parser

import (
	"bytes"
	"strings"
)

// kindError is ErrBinary for a file whose kind its first bytes tell: a
// reader who brings the office's PDF or Word file rather than a text copy
// of it is told what it is and how to get the text.
type kindError struct{ kind string }

func (e kindError) Error() string { return "not a text file: " + e.kind }

func (e kindError) Is(target error) bool { return target == ErrBinary }

// signatures are the first bytes of the files readers bring instead of a
// text copy, and what to say about each.
var signatures = [...]struct{ magic, kind string }{
	{"%PDF-", "a PDF; convert it to text first (pdftotext -layout FILE out.txt)"},
	{"PK\x03\x04", "a zip archive (a .docx or .wps?); convert it to text first (pandoc FILE -t markdown -o out.md)"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "a Word 97-2003 document (.doc); save it as text first"},
	{"\x89PNG\r\n\x1a\n", "a PNG image; run OCR on it first"},
	{"\xFF\xD8\xFF", "a JPEG image; run OCR on it first"},
	{"GIF8", "a GIF image; run OCR on it first"},
	{"II*\x00", "a TIFF image; run OCR on it first"},
	{"MM\x00*", "a TIFF image; run OCR on it first"},
	{"Rar!\x1a\x07", "a RAR archive; unpack it first"},
	{"7z\xBC\xAF\x27\x1C", "a 7z archive; unpack it first"},
	{"\x1f\x8b", "a gzip file; unpack it first (gunzip)"},
	// All ASCII, so it would pass for text, but its Chinese is \'c6\'bd
	// escapes: read as text it is a page of control words.
	{`{\rtf`, "an RTF document; save it as plain text first"},
}

// fileKind is the error for src when its first bytes tell a kind of file
// that is not a text copy; nil when they do not.
func fileKind(src []byte) error {
	for _, s := range signatures {
		if bytes.HasPrefix(src, []byte(s.magic)) {
			return kindError{s.kind}
		}
	}
	return nil
}

// htmlPage says whether text is a whole web page's source (<!DOCTYPE
// html> or <html> first) rather than a text copy with a few tags: its
// head, scripts and styles would be read as text.
func htmlPage(text string) bool {
	head := strings.TrimLeft(text[:min(len(text), 512)], " \t\n\ufeff")
	for _, open := range [...]string{"<!DOCTYPE html", "<!doctype html", "<html"} {
		if len(head) >= len(open) && strings.EqualFold(head[:len(open)], open) {
			return true
		}
	}
	return false
}

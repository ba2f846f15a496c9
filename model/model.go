// Package model holds one issue of a monthly report (月报) as plain data.
//
// An Issue is built once by the parser and never changed afterwards, so a
// single parsed issue can be shared by any number of readers at once (the
// SSH server serves one copy to every session). Nothing here does I/O or
// knows about screens.
package model

// Issue is one number of a monthly report.
type Issue struct {
	Title     string // 平顶山月报
	Year      int    // 2023; 0 when unknown
	Number    int    // 第11期; 0 when unknown
	Total     int    // 总第215期; 0 when unknown
	Compiler  string // 平顶山市地方史志办公室 (without the trailing 编)
	Published Date   // zero when unknown

	// Masthead holds the key/value block (主管, 主办, 主编, …) in print order,
	// with the letter-spacing removed from the keys.
	Masthead []Field
	// Distribution is the 发放范围 text, without its label.
	Distribution string

	// TOC is the printed table of contents, as printed.
	TOC []TOCSection
	// Sections are the body of the issue.
	Sections []Section

	// Pages says where printed pages begin in the source, as the page
	// furniture of a PDF conversion tells it (page numbers in footers or
	// heads, form feeds); empty when the copy carries none.
	Pages []PageStart
	// Furniture lists the lines taken out of the text because they are not
	// part of it: running heads, page numbers, form feeds, images and
	// converter tags on lines of their own. Nothing else is removed, so the
	// body text plus these lines account for every line of the source.
	Furniture []Furniture
	// Unplaced holds the lines before the body that the parser could not
	// read as cover, masthead or table of contents. Each also has a warning.
	Unplaced []Line

	Warnings []Warning

	// Line is the 1-based source line where this issue begins: 1, except
	// for the second and later issues of a file that holds several.
	Line int
	// Name is what to call the issue when it prints no title and has no
	// heading: the name of the file it came from, set by whoever read it.
	Name string
}

// PageStart is where a printed page begins.
type PageStart struct {
	Page int
	Line int // 1-based source line of the first line of text on the page
}

// Furniture is a source line that is not text of the issue.
type Furniture struct {
	Line int // 1-based source line
	Kind FurnitureKind
	// Text is the line as it is in the source (its figures as text
	// where a formula OCR set them as math: — $1 2$ — is — 12 —); for a running head set
	// across the page with the name of the column that begins there
	// (柳州史志 2023年第9期<gap>县区动态), the head's side only: the name
	// is text, a section's heading.
	Text string
}

// FurnitureKind says what a furniture line was.
type FurnitureKind string

const (
	RunningHead FurnitureKind = "head"      // the publication's name (and issue) atop each page
	PageNumber  FurnitureKind = "page"      // — 12 —, - 12 -, ·12·, 第12页, a bare 12
	FormFeed    FurnitureKind = "formfeed"  // a page break character on a line of its own
	PageBreak   FurnitureKind = "pagebreak" // a converter's page separator: {7}------ (marker)
	Image       FurnitureKind = "image"     // ![](images/p12.png), <img …>
	Markup      FurnitureKind = "markup"    // <p>, </div> and the like alone on a line
	WebChrome   FurnitureKind = "web"       // a web page's breadcrumb, buttons and links: 当前位置：首页 > …, 【打印】【关闭】
	Repeat      FurnitureKind = "repeat"    // a line printed again after a page break, as a join of pages by their overlap leaves it
)

// Line is one source line kept as it is.
type Line struct {
	Line int
	Text string
}

// Field is one masthead line, such as 主编：孙洪涛.
type Field struct {
	Key   string
	Value string
}

// TOCSection is a heading of the printed table of contents and its lines.
type TOCSection struct {
	Name    string
	Line    int // 1-based source line of the heading; 0 when the TOC has no heading
	Entries []TOCEntry
}

// TOCEntry is one line of the printed table of contents.
type TOCEntry struct {
	Title    string
	Page     int // 0 when the line carries no page number
	LastPage int // the end of a range (12-13); equal to Page for one page, 0 when unknown
	Line     int // 1-based source line where the entry starts
}

// Section is a part of the body, such as 时政要闻.
type Section struct {
	Name string // as printed in the body; empty for text before any heading
	// Label is the enumerator printed before the name (一、, （一）), kept
	// apart so that the name matches the table of contents; empty when none.
	Label   string
	Line    int // 1-based source line of the heading; 0 when there is none
	Entries []Entry
}

// Entry is one article of a section.
type Entry struct {
	Title string // empty for text that has no title of its own
	Page  int    // printed page from the table of contents or the page furniture; 0 when unknown
	// LastPage is the last printed page of an entry that the table of
	// contents gives a range for (12-13); else Page.
	LastPage int
	Line     int // 1-based source line where the entry starts
	// Date is the first date of the entry; zero when it has none.
	Date       DateRange
	Paragraphs []Paragraph
}

// Paragraph is one paragraph of an entry's text. Paragraphs that begin
// with a date (the day-by-day reports inside one entry) keep that date.
//
// Every Line of the model is a line of the source. Where the parser read
// a page set in two columns side by side (pdftotext -layout) column by
// column, a right column's text is counted at the source line that
// prints it, beside the left column's text: lines need not rise in
// reading order there.
type Paragraph struct {
	Text string
	Date DateRange // zero when the paragraph does not begin with a date (or, in a chronicle that prints it after the event, end with one)
	Line int       // 1-based source line where the paragraph starts
}

// Warning is something in the source the parser could not place with
// certainty. Nothing is dropped because of it.
type Warning struct {
	Line    int // 1-based source line; 0 for the file as a whole
	Message string
}

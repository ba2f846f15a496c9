package parser

import "testing"

// TestRedTeamSpacing holds copies a red team wrote in the line spacings
// converters and offices produce (testdata/rt-sp-*.md), each with its
// cover, its entries (section, title, date, paragraphs) and its
// warnings' lines: Word's or WPS's text, a paragraph on a line with no
// blank line, and a copy set double-spaced, a blank line after every
// line of a hard wrap.
func TestRedTeamSpacing(t *testing.T) {
	const cover = "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04"
	for _, c := range []redTeamCase{
		// A paragraph on a line, no blank line anywhere, a caption between
		// two paragraphs (图为会议现场 / 会议强调，…): the caption a paragraph
		// of its own, not the start of the one under it.
		{"rt-sp-single.md", cover,
			"时政要闻|县委常委会召开扩大会议|2023-11-03|3; 时政要闻|县政府召开第十二次常务会议|2023-11-08|2; 时政要闻|全县主题教育推进会召开|2023-11-15|1; " +
				"领导活动|王建国调研冬季供暖工作|2023-11-10|3; 领导活动|李明华督导重点项目建设|2023-11-21|2; " +
				"史志工作|县史志办召开县志评审会|2023-11-23|3; 史志工作|城关镇完成镇志初稿||1", ""},
		// The same indented (　　 before each paragraph, the caption's too,
		// so that indentation tells nothing), with CRLF line ends.
		{"rt-sp-single-indent-crlf.md", cover,
			"时政要闻|县委常委会召开扩大会议|2023-11-03|3; 时政要闻|县政府召开第十二次常务会议|2023-11-08|2; 时政要闻|全县主题教育推进会召开|2023-11-15|1; " +
				"领导活动|王建国调研冬季供暖工作|2023-11-10|3; 领导活动|李明华督导重点项目建设|2023-11-21|2; " +
				"史志工作|县史志办召开县志评审会|2023-11-23|3; 史志工作|城关镇完成镇志初稿||1", ""},
		// Double-spaced and hard-wrapped at 36 characters: a blank line
		// after every line. A sentence that ends at the end of a full line
		// (…重点工作。 / blank / 县委书记王建国主持会议并讲话。) does not end
		// its paragraph; a short line that ends one does.
		{"rt-sp-double.md", cover,
			"时政要闻|县委常委会召开扩大会议|2023-11-03|3; 时政要闻|县政府召开第十二次常务会议|2023-11-08|2; 时政要闻|全县主题教育推进会召开|2023-11-15|1; " +
				"领导活动|王建国调研冬季供暖工作|2023-11-10|3; 领导活动|李明华督导重点项目建设|2023-11-21|2; " +
				"史志工作|县史志办召开县志评审会|2023-11-23|3; 史志工作|城关镇完成镇志初稿||1", ""},
		// The same indented, with CRLF: a paragraph begins at indentation
		// only (…温暖过冬。 / blank / 县委常委、办公室主任刘晓明参加调研。 is one).
		{"rt-sp-double-indent-crlf.md", cover,
			"时政要闻|县委常委会召开扩大会议|2023-11-03|3; 时政要闻|县政府召开第十二次常务会议|2023-11-08|2; 时政要闻|全县主题教育推进会召开|2023-11-15|1; " +
				"领导活动|王建国调研冬季供暖工作|2023-11-10|3; 领导活动|李明华督导重点项目建设|2023-11-21|2; " +
				"史志工作|县史志办召开县志评审会|2023-11-23|3; 史志工作|城关镇完成镇志初稿||1", ""},
		// Double-spaced, hard-wrapped at 36 characters, a title the wrap
		// left one character of (…工作动员大 / blank / 会 / blank / 11月1日，…):
		// one title, under its section, not a paragraph of the section's
		// name read as a title.
		{"rt-sp-double-title-one.md", cover,
			"时政要闻|宁川县召开全县深入学习贯彻党的二十届二中全会精神暨冬季安全生产工作动员大会|2023-11-01|1; " +
				"时政要闻|县委常委会召开扩大会议|2023-11-03|3; 时政要闻|县政府召开第十二次常务会议|2023-11-08|1", ""},
		// Hard-wrapped at 37 characters, no blank line, a title exactly as
		// wide as the wrap over its dated text (…工作动员大会 / 11月1日，…):
		// a title, not the first line of its text, though it is full.
		{"rt-sp-hard-title-full.md", cover,
			"时政要闻|宁川县召开全县深入学习贯彻党的二十届二中全会精神暨冬季安全生产工作动员大会|2023-11-01|1; " +
				"时政要闻|县委常委会召开扩大会议|2023-11-03|3; 时政要闻|县政府召开第十二次常务会议|2023-11-08|1", ""},
		// Hard-wrapped at 36 characters, no indentation, no blank line: a
		// caption (图为会议现场, 图为调研现场) after a paragraph's last line, a
		// full one or a short one, is a paragraph of its own, not the start
		// of the text under it.
		{"rt-sp-hard-caption.md", cover,
			"时政要闻|县委常委会召开扩大会议|2023-11-03|3; 时政要闻|县政府召开第十二次常务会议|2023-11-08|2; 时政要闻|全县主题教育推进会召开|2023-11-15|1; " +
				"领导活动|王建国调研冬季供暖工作|2023-11-10|3; 领导活动|李明华督导重点项目建设|2023-11-21|2; " +
				"史志工作|县史志办召开县志评审会|2023-11-23|3; 史志工作|城关镇完成镇志初稿||1", ""},
		// A paragraph on a line, titles over undated text (县志办开展读书月
		// 活动 / 为进一步…), no contents: nothing tells a title from a
		// caption, so each short line is a paragraph of its own with a
		// warning, not glued to the text under it.
		{"rt-sp-single-undated.md", cover, "|||14", "5,6,9,11,13,14,17"},
	} {
		checkRedTeam(t, c)
	}
}

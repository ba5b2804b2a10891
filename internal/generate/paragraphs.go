package generate

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// wrapWidth is the widest line that hard-wrapped text is taken to have: a
// longer line was not wrapped.
const wrapWidth = 100

// SplitParagraphs splits an article into paragraphs. Without blank lines,
// every non-blank line is a paragraph. With them, each block between blank
// lines is a paragraph whose hard-wrapped lines are joined with single
// spaces, unless the block's lines read as paragraphs of their own (see
// linesAreParagraphs): then each line is one. Runs of spaces and tabs
// inside a paragraph are collapsed. Consecutive list lines ("- ", "* ",
// "• ", "1. ", "1) ") make one paragraph that stays a list, one line per
// item (addList): the only paragraphs with line breaks. A heading line
// over hard-wrapped lines is a paragraph of its own (headsWrappedLines).
// The paragraphs are valid UTF-8: each byte of invalid UTF-8 in text
// becomes U+FFFD.
func SplitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var blocks [][]string
	var cur []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			cur = append(cur, l)
			continue
		}
		if len(cur) > 0 {
			blocks = append(blocks, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	var out paragraphs
	if len(blocks) == 1 {
		// No blank line: one paragraph per line.
		for _, run := range listRuns(blocks[0], false) {
			if run.list {
				out.addList(run.lines)
				continue
			}
			for _, l := range run.lines {
				out.add(l)
			}
		}
		return out.done()
	}
	single := 0
	for _, b := range blocks {
		if len(b) == 1 {
			single++
		}
	}
	mostSingle := 2*single > len(blocks)
	for _, b := range blocks {
		for _, run := range listRuns(b, out.listOpen()) {
			switch {
			case run.list:
				out.addList(run.lines)
			case linesAreParagraphs(run.lines, mostSingle):
				for _, l := range run.lines {
					out.add(l)
				}
			case headsWrappedLines(run.lines):
				out.add(run.lines[0])
				out.add(strings.Join(run.lines[1:], " "))
			default:
				out.add(strings.Join(run.lines, " "))
			}
		}
	}
	return out.done()
}

// SplitArticle is SplitParagraphs that also takes the article's heading
// off: a first paragraph that reads as a title (looksLikeHeading) when
// others follow it. The heading is "" when there is none. Markdown
// headings are never paragraphs (SplitSections).
func SplitArticle(text string) (heading string, paras []string) {
	heading, paras, _ = SplitSections(text)
	return heading, paras
}

// splitArticle is SplitArticle for a text without Markdown headings.
func splitArticle(text string) (heading string, paras []string) {
	paras = SplitParagraphs(text)
	if len(paras) > 1 && titleLine(paras[0]) && !numberedHeadings(paras) {
		return paras[0], paras[1:]
	}
	return "", paras
}

// numberedHeadingRE matches a heading line numbered as a section ("1
// Passing clouds", "2. On cloud nine", "3) Around the rainbow"), its
// number captured.
var numberedHeadingRE = regexp.MustCompile(`^(\d{1,2})[.)]?\s+\S`)

// numberedHeadings reports whether the article's first paragraph is the
// first of its numbered section headings: it reads "1 …" as a title
// line does, and a later title line reads "2 …". Such a line heads the
// first section, not the article: a list of "twenty things about
// flying" pasted without its headline was titled "1 Passing clouds"
// (both blind judges: "the first section heading with its number").
func numberedHeadings(paras []string) bool {
	m := numberedHeadingRE.FindStringSubmatch(paras[0])
	if m == nil || m[1] != "1" {
		return false
	}
	for _, p := range paras[1:] {
		if m := numberedHeadingRE.FindStringSubmatch(p); m != nil && m[1] == "2" && titleLine(p) {
			return true
		}
	}
	return false
}

// paragraphs collects an article's paragraphs. The list being read stays
// open until another paragraph comes (or done is called), so that a list
// broken by blank lines stays one, and is joined once.
type paragraphs struct {
	paras []string
	list  []string // the open list's lines: its lead-in, if any, then its items
}

func (p *paragraphs) add(text string) {
	p.closeList()
	p.paras = append(p.paras, collapseSpace(text))
}

// listOpen reports whether the last paragraph read is a list that a
// list after a blank line continues.
func (p *paragraphs) listOpen() bool { return len(p.list) > 0 }

// closeList makes the open list a paragraph.
func (p *paragraphs) closeList() {
	if len(p.list) > 0 {
		p.paras = append(p.paras, strings.Join(p.list, "\n"))
		p.list = nil
	}
}

// done returns the paragraphs.
func (p *paragraphs) done() []string {
	p.closeList()
	return p.paras
}

// addList adds a list as one paragraph that stays a list: one line per
// item, each with its marker ("- " for a bullet, the number and "." for a
// numbered item; see listMarker), so that no sentence runs two items
// together and a reader can show the list as one. A list continuing the
// open one joins it, and a line ending with a colon just before a list
// is its first line, the list's lead-in.
func (p *paragraphs) addList(lines []string) {
	var items []string
	for _, l := range lines {
		if it := collapseSpace(listItem(l)); it != "" {
			items = append(items, listMarker(l)+it)
		}
	}
	if len(items) == 0 {
		return
	}
	if n := len(p.paras); !p.listOpen() && n > 0 && strings.HasSuffix(p.paras[n-1], ":") {
		p.list = append(p.list, p.paras[n-1])
		p.paras = p.paras[:n-1]
	}
	p.list = append(p.list, items...)
}

// run is a stretch of a block's lines: list items or other lines.
type run struct {
	lines []string
	list  bool
}

// listRuns cuts a block's lines into runs of list items and of other
// lines. A lone numbered line ("1. Introduction") is not a list, nor a
// lone bulleted line before other lines, unless it opens a block that
// continues a list (continuing).
func listRuns(lines []string, continuing bool) []run {
	var runs []run
	for _, l := range lines {
		isList := listItem(l) != ""
		if n := len(runs); n > 0 && runs[n-1].list == isList {
			runs[n-1].lines = append(runs[n-1].lines, l)
			continue
		}
		runs = append(runs, run{lines: []string{l}, list: isList})
	}
	for i, r := range runs {
		// A lone bulleted line mid-block may be a wrapped line that
		// opens with a dash: it is a list item only when it ends the block.
		lone := len(r.lines) == 1 && !(i == 0 && continuing)
		if r.list && lone && (!bulleted(r.lines[0]) || i < len(runs)-1) {
			runs[i].list = false
		}
	}
	// Neighbouring runs of other lines merge again.
	var out []run
	for _, r := range runs {
		if n := len(out); n > 0 && !r.list && !out[n-1].list {
			out[n-1].lines = append(out[n-1].lines, r.lines...)
			continue
		}
		out = append(out, r)
	}
	return out
}

// bulletMarks begin the items of a bulleted list.
var bulletMarks = []string{"- ", "* ", "• ", "– "}

// bulleted reports whether a line begins with a bullet.
func bulleted(l string) bool {
	for _, m := range bulletMarks {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	return false
}

// listItem returns a list line's text without its marker ("- ", "* ",
// "• ", "1. ", "1) "), or "" when the line is not a list item.
func listItem(l string) string {
	if i := itemStart(l); i > 0 {
		return strings.TrimSpace(l[i:])
	}
	return ""
}

// itemStart returns the length of a list line's marker with the space
// after it, or 0 when the line is not a list item.
func itemStart(l string) int {
	for _, m := range bulletMarks {
		if strings.HasPrefix(l, m) {
			return len(m)
		}
	}
	i := 0
	for i < len(l) && i < 3 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i == 0 || i == 3 || i+1 >= len(l) || (l[i] != '.' && l[i] != ')') || (l[i+1] != ' ' && l[i+1] != '\t') {
		return 0
	}
	return i + 2
}

// listMarker returns the marker a list line's item is kept with: "- "
// for any bullet, the item's number and ". " for a numbered one ("2) "
// becomes "2. ").
func listMarker(l string) string {
	if bulleted(l) {
		return "- "
	}
	i := itemStart(l)
	if i < 2 {
		return ""
	}
	return l[:i-2] + ". "
}

// HeadingLine reports whether a paragraph is a heading line of the
// article rather than prose: one short line that opens with a capital
// and ends without sentence punctuation ("How the line was built"). Such
// a paragraph is never drafted from; readers show it as a heading.
func HeadingLine(p string) bool {
	p = strings.TrimSpace(p)
	return p != "" && !strings.Contains(p, "\n") && shortHeading(p) && looksLikeHeading(p) && startsUpper(p)
}

// ListLine returns the marker and the text of one line of a paragraph
// that holds a list (SplitParagraphs): "-" for a bulleted item, the
// number for a numbered one, "" for a line that is not an item (the
// list's lead-in).
func ListLine(line string) (marker, text string) {
	i := itemStart(line)
	if i == 0 {
		return "", line
	}
	return strings.TrimRight(line[:i], ".) \t"), strings.TrimSpace(line[i:])
}

// lineBefore returns the text of a paragraph's line before offset at,
// without the line's list marker: a list item's sentence follows no text
// of its line.
func lineBefore(text string, at int) string {
	line := text[strings.LastIndexByte(text[:at], '\n')+1 : at]
	if itemStart(line) == len(line) {
		return ""
	}
	return line
}

// linesAreParagraphs reports whether the lines of a block between blank
// lines are paragraphs of their own rather than one hard-wrapped
// paragraph. They are when a line is longer than any wrapped line and the
// others end a sentence, are as long, or are short headings; or when every
// line ends a sentence and either the block has three lines or more or
// most blocks of the article are single lines. Wrapped lines break
// mid-sentence, so that few of them end with sentence punctuation.
func linesAreParagraphs(lines []string, mostSingle bool) bool {
	if len(lines) < 2 {
		return false
	}
	long, complete := 0, 0
	for _, l := range lines {
		switch {
		case utf8.RuneCountInString(l) > wrapWidth:
			long++
		case endsSentence(l):
			complete++
		}
	}
	if long > 0 {
		for _, l := range lines {
			if utf8.RuneCountInString(l) <= wrapWidth && !endsSentence(l) && !shortHeading(l) {
				return false
			}
		}
		return true
	}
	return complete == len(lines) && (len(lines) >= 3 || mostSingle)
}

// headsWrappedLines reports whether the first of a block's lines is a
// heading over a hard-wrapped paragraph ("Why the harbour silted" over
// lines of 70 characters) rather than its first wrapped line: it reads as
// a heading, the line after it opens with a capital, and the first word of
// that line would have fitted on it, which wrapping does not leave.
func headsWrappedLines(lines []string) bool {
	if len(lines) < 2 || !shortHeading(lines[0]) || !looksLikeHeading(lines[0]) || !startsUpper(lines[0]) || !startsUpper(lines[1]) {
		return false
	}
	widest := 0
	for _, l := range lines[1:] {
		widest = max(widest, utf8.RuneCountInString(l))
	}
	next, _, _ := strings.Cut(lines[1], " ")
	return utf8.RuneCountInString(lines[0])+1+utf8.RuneCountInString(next) <= widest
}

// endsSentence reports whether a line ends with sentence punctuation,
// perhaps followed by closing quotes or brackets.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?…", r)
}

// shortHeading reports whether a line reads as a heading: a few words that
// do not end mid-sentence.
func shortHeading(l string) bool {
	if len(strings.Fields(l)) > 12 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(",;:-–—(", r)
}

package generate

import (
	"html"
	"regexp"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Section is a run of an article's paragraphs under one of its own
// headings: paragraphs First to Last, numbered from 1.
type Section struct {
	Title       string
	First, Last int
}

// maxHeadingLevel is the deepest Markdown heading read ("######").
const maxHeadingLevel = 6

// markdownHeading returns the text of a Markdown ATX heading line
// ("## Why it matters", "# Title #"), or "" when the line is not one. A
// run of # without a space after it ("#1", "#hashtag") is not a heading.
func markdownHeading(line string) string {
	l := strings.TrimSpace(line)
	n := 0
	for n < len(l) && l[n] == '#' {
		n++
	}
	if n == 0 || n > maxHeadingLevel || n == len(l) || (l[n] != ' ' && l[n] != '\t') {
		return ""
	}
	t := strings.TrimSpace(l[n:])
	// A closing run of # is not part of the heading ("## Title ##").
	if i := strings.LastIndexFunc(t, func(r rune) bool { return r != '#' }); i >= 0 && i < len(t)-1 && (t[i] == ' ' || t[i] == '\t') {
		t = strings.TrimSpace(t[:i])
	}
	return collapseSpace(stripEmphasis(t))
}

// bareHeading reports whether a line is a heading mark with no words: one
// to six # and nothing else.
func bareHeading(line string) bool {
	l := strings.TrimSpace(line)
	return l != "" && len(l) <= maxHeadingLevel && strings.Trim(l, "#") == ""
}

// stripEmphasis takes Markdown's strong-emphasis marks ("**word**",
// "__word__") off a line, when they come in pairs; anything else stays as
// written.
func stripEmphasis(s string) string {
	for _, m := range []string{"**", "__"} {
		if n := strings.Count(s, m); n > 0 && n%2 == 0 {
			s = strings.ReplaceAll(s, m, "")
		}
	}
	return s
}

// reference is an HTML character reference closed by a semicolon:
// "&#233;", "&#xE9;", "&amp;", "&rsquo;".
var reference = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// decodeReferences decodes the HTML character references of text pasted
// from a web page ("communiqu&#233;", "R&amp;D", "Voss&rsquo;s"). Only
// references closed by a semicolon are read, so that "AT&T" or "this&not
// that" stay as written; one that names no character stays too. Each
// reference is decoded once: "&amp;lt;" becomes "&lt;".
func decodeReferences(text string) string {
	if !strings.Contains(text, "&") {
		return text
	}
	return reference.ReplaceAllStringFunc(text, func(ref string) string {
		c := html.UnescapeString(ref)
		if len(c) > 1 && strings.HasSuffix(c, ";") {
			// Only a prefix was read ("&notit;" as "¬it;").
			return ref
		}
		return c
	})
}

// SplitSections is SplitArticle for an article that may have Markdown
// headings. A heading line is never a paragraph: the one before the first
// paragraph is the article's heading when it stands above all the others
// (when none is, the first paragraph that reads as a title is, as
// SplitArticle does), and each other one begins a section whose paragraphs run to the next heading. Paragraphs
// before the first section belong to none. Headings with no paragraph
// under them name nothing; of two in a row, the later, nearer one names
// the section. Without Markdown headings it is SplitArticle with no
// sections.
func SplitSections(text string) (heading string, paras []string, sections []Section) {
	text = decodeReferences(text)
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	found := false
	for _, l := range lines {
		if markdownHeading(l) != "" {
			found = true
			break
		}
	}
	if !found {
		heading, paras = splitArticle(text)
		return heading, paras, nil
	}
	// The heading before the first paragraph is the article's title only
	// when it stands above every later one ("# Title" over "## Part"); a
	// "## Part" that opens the text like the others begins a section.
	var levels []int
	for _, l := range lines {
		if markdownHeading(l) != "" {
			l = strings.TrimSpace(l)
			levels = append(levels, len(l)-len(strings.TrimLeft(l, "#")))
		}
	}
	topIsTitle := true
	for _, lv := range levels[1:] {
		if lv <= levels[0] {
			topIsTitle = false
		}
	}
	pending := "" // the heading waiting for its first paragraph
	var chunk []string
	flush := func() {
		ps := SplitParagraphs(strings.Join(chunk, "\n"))
		chunk = chunk[:0]
		if len(ps) == 0 {
			return
		}
		for i, p := range ps {
			ps[i] = stripEmphasis(p)
		}
		switch {
		case pending != "" && len(paras) == 0 && heading == "" && topIsTitle:
			heading = pending
		case pending != "":
			sections = append(sections, Section{Title: pending, First: len(paras) + 1})
		}
		pending = ""
		paras = append(paras, ps...)
		if n := len(sections); n > 0 {
			sections[n-1].Last = len(paras)
		}
	}
	for _, l := range lines {
		if h := markdownHeading(l); h != "" {
			flush()
			pending = h
			continue
		}
		if bareHeading(l) {
			// "##" alone is a heading without words: it ends a paragraph.
			chunk = append(chunk, "")
			continue
		}
		chunk = append(chunk, l)
	}
	flush()
	if heading == "" && len(sections) > 0 && sections[0].First > 1 && len(paras) > 1 && titleLine(paras[0]) {
		// A plain first line over Markdown sections is the title.
		heading, paras = paras[0], paras[1:]
		for i := range sections {
			sections[i].First--
			sections[i].Last--
		}
	}
	return heading, paras, sections
}

// sectionGroups returns the paragraph groups of an article's sections,
// the paragraphs before the first section making a group of their own,
// with each group's title ("" for that first one).
func sectionGroups(sections []Section, nParas int) (groups [][]int, titles []string) {
	next := 1
	for _, s := range sections {
		if s.First < next || s.Last < s.First || s.Last > nParas {
			return nil, nil // not sections of these paragraphs
		}
		if s.First > next {
			groups = append(groups, paraRange(next, s.First-1))
			titles = append(titles, "")
		}
		groups = append(groups, paraRange(s.First, s.Last))
		titles = append(titles, s.Title)
		next = s.Last + 1
	}
	if next <= nParas {
		groups = append(groups, paraRange(next, nParas))
		titles = append(titles, "")
	}
	return groups, titles
}

func paraRange(first, last int) []int {
	out := make([]int, 0, last-first+1)
	for n := first; n <= last; n++ {
		out = append(out, n)
	}
	return out
}

// sectionThemes are the themes of an article with sections: one per
// section, titled by its heading, and one for the paragraphs before the
// first, titled as the generator titles any theme. It returns nil when
// the article has no sections.
func (a *article) sectionThemes() []quiz.Theme {
	if len(a.sections) == 0 {
		return nil
	}
	groups, titles := sectionGroups(a.sections, len(a.paras))
	if len(groups) == 0 {
		return nil
	}
	out := make([]quiz.Theme, 0, len(groups))
	usedTitles := map[string]bool{}
	for _, t := range titles {
		usedTitles[strings.ToLower(t)] = true
	}
	usedSlugs := map[string]bool{}
	for i, g := range groups {
		sents := a.sentencesOf(g)
		rankSentences(sents)
		title := titles[i]
		if title == "" {
			title = a.themeTitle(g, usedTitles, "")
			usedTitles[strings.ToLower(title)] = true
		}
		slug := uniqueSlug(title, usedSlugs)
		out = append(out, quiz.Theme{Slug: slug, Title: title, Summary: summary(sents, a.paras, g), Paragraphs: g})
	}
	return out
}

// ProposeSectionThemes is ProposeCourseThemes for an article split by
// SplitSections: with sections, the themes are the sections as their
// author made them (see sectionThemes); without, it is
// ProposeCourseThemes.
func ProposeSectionThemes(title string, paragraphs []string, sections []Section) (themes []quiz.Theme, err error) {
	if len(sections) == 0 {
		return ProposeCourseThemes(title, paragraphs)
	}
	defer recoverTo(&err)
	if len(paragraphs) == 0 {
		return nil, nil
	}
	a, err := analyse(paragraphs)
	if err != nil {
		return nil, analyserError(err)
	}
	a.course = strings.TrimSpace(title)
	a.headline = a.course
	if a.course == "" {
		a.course = a.courseTitle()
	}
	a.sections = sections
	if themes := a.sectionThemes(); themes != nil {
		return themes, nil
	}
	return a.proposedThemes(), nil
}

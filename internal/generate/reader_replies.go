package generate

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A page of readers' replies: a column or report followed by a run of
// short paragraphs, each one reader's reaction, signed with a name and
// often a place ("Jane Smith, Leeds, UK") or, where the page lost its
// signatures, written in the first person about the column's author ("I
// agree with Mr Smith"). Each reply is one reader's view, not the
// article's statement: it is not drafted. The replies make one theme,
// "Readers' Replies", with no items, and a note says why.

// repliesTitle and repliesSlug name the theme of a page's replies.
const (
	repliesTitle = "Readers' Replies"
	repliesSlug  = "readers-replies"
)

// Reply runs: at least minReplies paragraphs to the end of the text, at
// least half of them marked as replies, and at least two of any five
// in a row, from a signed reply or a reaction that follows at least one
// paragraph of the article.
const (
	minReplies    = 8
	replyWindow   = 5
	replyInWindow = 2
	// minStrongReplies signed or first-person reactions in a run.
	minStrongReplies = 3
)

// signatureRe is a signature line: a name of one to four capitalised
// words, a comma, and a place of capitalised words, perhaps with a
// country after a second comma; no sentence stop.
var signatureRe = regexp.MustCompile(`^(?:[A-Z][\p{L}'’.-]*\s){0,3}[A-Z][\p{L}'’-]+,\s(?:[A-Z][\p{L}'’.-]*\s?){1,4}(?:,\s(?:[A-Z][\p{L}'’.-]*\s?){1,3})?$`)

// replyOpenerRe is a first sentence that reacts to what was read.
var replyOpenerRe = regexp.MustCompile(`^(?:Yes,? )?(?:I (?:\w+ )?(?:agree|disagree)\b|How true\b|Well said\b|An interesting (?:article|view|piece|column)\b|What a (?:load|great|brilliant)\b)`)

// firstPersonRe finds the writer's own voice.
var firstPersonRe = regexp.MustCompile(`(?:^|[\s(])(?:I|I'm|I've|I'd|my|My|me)\b`)

// reportedRe is a report's own attribution of what someone said.
var reportedRe = regexp.MustCompile(`[,"”] (?:said|says|told|added)\b|\b(?:said|told reporters|according to)\b`)

// addresseeRe is a column's author named as readers name him or her.
var addresseeRe = regexp.MustCompile(`\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s([A-Z][\p{L}'’-]+)`)

// isSignature reports whether s is a signature line.
func isSignature(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(strings.Fields(s)) > 10 {
		return false
	}
	return signatureRe.MatchString(s) || otherSignature(s)
}

// signedParagraph reports whether a paragraph ends with a signature
// after its last sentence, or starts with one before a colon.
func signedParagraph(p string) bool {
	p = strings.TrimSpace(p)
	if i := strings.LastIndexAny(p, ".!?\"”"); i >= 0 && i+1 < len(p) && (isSignature(p[i+1:]) || nameSignature(p[:i+1], p[i+1:])) {
		return true
	}
	// Initials or an e-mail address hold stops of their own.
	if tailSignature(p) {
		return true
	}
	if i := strings.IndexByte(p, ':'); i > 0 && isSignature(p[:i]) {
		return true
	}
	return false
}

// signedReplyStart returns the index of the first paragraph of a run of
// readers' replies that closes the text, or -1, by their signatures and
// reactions; replyStart (reply_shapes.go) also tries other shapes.
func signedReplyStart(paras []string) int {
	n := len(paras)
	if n < minReplies+1 {
		return -1
	}
	// The author readers name: a surname after "Mr" in four paragraphs.
	names := map[string]int{}
	for _, p := range paras {
		seen := map[string]bool{}
		for _, m := range addresseeRe.FindAllStringSubmatch(p, -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				names[m[1]]++
			}
		}
	}
	var addressees []*regexp.Regexp
	for name, k := range names {
		if k >= 4 {
			addressees = append(addressees, regexp.MustCompile(`\b`+regexp.QuoteMeta(name)+`\b`))
		}
	}
	// A paragraph is marked as a reply when it is signed, or reacts in
	// the first person ("I agree with …", "How true."), or names the
	// author readers name without reporting what someone said; a run
	// needs three of the first two kinds.
	marked := make([]bool, n)
	strong := make([]bool, n)
	for i, p := range paras {
		switch {
		case signedParagraph(p):
			marked[i], strong[i] = true, true
		case isSignature(p):
			// A signature on a line of its own signs the paragraph
			// before it; a list of names and places signs nothing.
			if i > 0 && !isSignature(paras[i-1]) {
				marked[i], strong[i] = true, true
				marked[i-1], strong[i-1] = true, true
			}
		case strings.HasPrefix(p, "\"") || strings.HasPrefix(p, "“") || reportedRe.MatchString(p):
		case replyOpenerRe.MatchString(p) || firstPersonRe.MatchString(p) && strings.Contains(p, "agree with"):
			marked[i], strong[i] = true, true
		default:
			for _, re := range addressees {
				if re.MatchString(p) {
					marked[i] = true
					break
				}
			}
		}
	}
	// The run ends the text: walk back while every window holds enough.
	start := -1
	for i := n - replyWindow; i >= 1; i-- {
		k := 0
		for _, m := range marked[i : i+replyWindow] {
			if m {
				k++
			}
		}
		if k < replyInWindow {
			break
		}
		// The run starts with a signed reply or a reaction: a paragraph
		// that only names the author may be the introduction of the
		// column's author.
		if strong[i] {
			start = i
		}
	}
	if start < 1 || n-start < minReplies {
		return -1
	}
	k := 0
	for _, m := range marked[start:] {
		if m {
			k++
		}
	}
	if 2*k < n-start {
		return -1
	}
	k = 0
	for _, m := range strong[start:] {
		if m {
			k++
		}
	}
	if k < minStrongReplies {
		return -1
	}
	return start
}

// repliesTheme is the theme of the replies from paragraph index start
// (0-based) to the end of n paragraphs, after the article's themes.
func repliesTheme(themes []quiz.Theme, start, n int) quiz.Theme {
	slug := repliesSlug
	for k := 2; slices.ContainsFunc(themes, func(t quiz.Theme) bool { return t.Slug == slug }); k++ {
		slug = fmt.Sprintf("%s-%d", repliesSlug, k)
	}
	t := quiz.Theme{Slug: slug, Title: repliesTitle}
	for i := start; i < n; i++ {
		t.Paragraphs = append(t.Paragraphs, i+1)
	}
	return t
}

// addReplies adds the replies to c, after its paragraphs, as one theme
// without items, and returns the note that says why.
func addReplies(c *quiz.Course, replies []string) ThemeNote {
	start := len(c.Paragraphs)
	for i, p := range replies {
		c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: start + i + 1, Text: p})
	}
	t := repliesTheme(c.Themes, start, len(c.Paragraphs))
	c.Themes = append(c.Themes, t)
	return ThemeNote{Theme: t.Slug, Text: fmt.Sprintf(
		"Paragraphs %d to %d are readers' replies: each gives one reader's view, not the article's own account, so no items are drafted from them. Write any by hand, saying whose view it is (\"One reader argues that …\").",
		start+1, len(c.Paragraphs))}
}

// beforeReplies is c and themes without the replies from paragraph
// index k on: the paragraphs before them, and each theme's paragraphs
// among those; a theme of replies only is left out.
func beforeReplies(c *quiz.Course, themes []quiz.Theme, k int) (*quiz.Course, []quiz.Theme) {
	trim := func(ts []quiz.Theme) []quiz.Theme {
		var out []quiz.Theme
		for _, t := range ts {
			t.Paragraphs = slices.DeleteFunc(slices.Clone(t.Paragraphs), func(n int) bool { return n > k })
			if len(t.Paragraphs) > 0 {
				out = append(out, t)
			}
		}
		return out
	}
	cc := *c
	cc.Paragraphs = c.Paragraphs[:k]
	cc.Themes = trim(c.Themes)
	return &cc, trim(themes)
}

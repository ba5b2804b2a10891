package generate

import (
	"regexp"
	"strings"
	"unicode"
)

// A true statement that is a list of names. "Last year saw the emergence
// of portable video players, such as the Zenith Vista player, the Arlo
// Cube, the Marten PV 200 and the Quill MX500 series among others" quoted
// whole tests nothing but the list: a learner answers True without
// knowing any of the names, and a judge rejects it or trims it to its
// claim. Such a statement is not quoted. (Trimmed to the claim before
// "such as" it would no longer be its sentence, which every true
// statement is (TestStatementsWhole), and the claim left is often vague:
// "push for changes in organizations".)

// nameListRE finds where an example list opens.
var nameListRE = regexp.MustCompile(`,?\s+such as\s+`)

// listTailRE is what may follow a list before the sentence's end.
var listTailRE = regexp.MustCompile(`(?i)\s*(?:,?\s*(?:among others|and others|and more|and many others|amongst others))?\s*[.!]?["”’']?\s*$`)

// nameListClaim reports whether statement text ends on a list of three
// names or more after "such as", and returns the claim before it, ended
// with a full stop, or "" where the claim is too short to stand alone.
func nameListClaim(text string) (claim string, list bool) {
	loc := nameListRE.FindStringIndex(text)
	if loc == nil {
		return "", false
	}
	rest := text[loc[1]:]
	if m := listTailRE.FindStringIndex(rest); m != nil {
		rest = rest[:m[0]]
	}
	parts := strings.Split(strings.ReplaceAll(strings.ReplaceAll(rest, ", and ", ", "), " and ", ", "), ",")
	if len(parts) < 3 {
		return "", false
	}
	named := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			return "", false
		}
		// A name opens the part, after at most "the" or "a": not
		// "with nuclear missiles", "if Finland".
		ws := strings.Fields(p)
		if l := strings.ToLower(ws[0]); (l == "the" || l == "a" || l == "an") && len(ws) > 1 {
			ws = ws[1:]
		}
		if r := []rune(ws[0]); unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) {
			named++
		}
	}
	if named < 3 || named*3 < len(parts)*2 {
		return "", false
	}
	head := strings.TrimRight(text[:loc[0]], " ,;:")
	if len(strings.Fields(head)) < 8 {
		return "", true
	}
	return head + ".", true
}

package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A list article ("ten ideas for cities", "twenty things about flying")
// numbers its sections with short headings, and a reader knows each part
// by them: a theme of two sections, "9 Smart rubbish bins" and "10 Spray
// paint", was titled "Rubbish Bins" from a phrase of its first section,
// and both blind judges of set 96 said the title left half of the
// paragraphs out. A theme that opens on such a heading and holds at most
// two of them is titled by them: "Smart Rubbish Bins and Spray Paint".
// A theme of three sections or more keeps its title, which no list of
// headings would fit.

// maxListHeadingWords is the longest heading, in words, that titles a
// theme; a heading that is a whole claim ("Facebook makes news, breaks
// news and decides what is news") is no title of a part.
const maxListHeadingWords = 5

// minListHeadings is how many numbered headings make an article a list.
const minListHeadings = 3

// listHeading is the text of paragraph p as a numbered section heading,
// without its number, or "".
func listHeading(p string) string {
	if strings.Contains(p, "\n") || !looksLikeHeading(p) {
		return ""
	}
	// numberedHeadingRE ends on the heading's first letter.
	loc := numberedHeadingRE.FindStringIndex(p)
	if loc == nil {
		return ""
	}
	h := strings.TrimSpace(p[loc[1]-1:])
	if n := len(strings.Fields(h)); n == 0 || n > maxListHeadingWords || !startsUpper(h) {
		return ""
	}
	return h
}

// listHeadingTitles titles by its headings each theme of a list article
// that opens on one of its numbered headings and holds one or two (see
// above); it reports the themes retitled, by index.
func (a *article) listHeadingTitles(themes []quiz.Theme) []int {
	heads := map[int]string{}
	for _, p := range a.paras {
		if h := listHeading(p.text); h != "" {
			heads[p.n] = h
		}
	}
	if len(heads) < minListHeadings {
		return nil
	}
	var changed []int
	for i, t := range themes {
		if len(t.Paragraphs) == 0 || heads[t.Paragraphs[0]] == "" {
			continue
		}
		var hs []string
		for _, n := range t.Paragraphs {
			if h := heads[n]; h != "" {
				hs = append(hs, titleCase(h))
			}
		}
		if len(hs) > 2 {
			continue
		}
		nt := strings.Join(hs, " and ")
		used, slugs := otherTitles(themes, i)
		if strings.EqualFold(nt, t.Title) || used[strings.ToLower(nt)] {
			continue
		}
		themes[i].Title = nt
		themes[i].Slug = uniqueSlug(nt, slugs)
		changed = append(changed, i)
	}
	return changed
}

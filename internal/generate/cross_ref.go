package generate

import (
	"regexp"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A magazine points from a sentence to a chart or another article in
// brackets: "… before the 2008 global financial crisis (see chart).",
// "… a transformation in Brazil's fortunes (see articles)." The learner
// has neither; both judges of set 102 asked for the pointer to go (E
// OTHER, twice). dropCrossRefs takes it out of every text of an item.

// crossRefRE is a bracketed pointer to a chart, a map, a table, an
// article or a page, with the space before it.
var crossRefRE = regexp.MustCompile(`(?i)\s*\(\s*see(?: also)?(?: the| our| this| next| previous| related| accompanying)? (?:charts?|maps?|tables?|graphics?|graphs?|box(?:es)?|articles?|story|stories|figures?|fig\.|page \d+|pages \d+[-–]\d+|below|above|left|right|overleaf|previous page|next page)(?: \d+)?(?: (?:on|in) (?:page|pages) \d+)?\s*\)`)

// seeRefRE is any other bracket that opens on "see" and sends the reader
// elsewhere in the magazine: to a picture ("(see picture below)"), a
// chart described ("(see right-hand chart)", "(see chart overleaf)") or
// a column by its name ("(see Notebook)"). The learner has none of
// them (set 261: both judges asked for context). A
// bracket of over ten words is an aside, not a pointer, and stays.
var seeRefRE = regexp.MustCompile(`(?i)\s*\(\s*see\s+(?:[^()\s]+\s*){1,10}\)`)

// picturedRE is a bracketed note that a photograph shows the one just
// named: "Ada Brell, the long-serving mayor (pictured), …". The learner
// sees no photograph (set 183: "Remove '(pictured)', since the learner
// sees no picture", both judges, E OTHER).
var picturedRE = regexp.MustCompile(`(?i)\s*\(\s*(?:pictured|photographed|shown)(?:\s*,?\s*(?:above|below|left|right|top|bottom|centre|center|here|opposite))?\s*\)`)

// dropCrossRefs is s without bracketed pointers to charts and articles,
// nor notes that a photograph shows someone.
func dropCrossRefs(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	return seeRefRE.ReplaceAllString(picturedRE.ReplaceAllString(crossRefRE.ReplaceAllString(s, ""), ""), "")
}

// dropItemCrossRefs takes the pointers out of a question's or a card's
// texts.
func dropItemCrossRefs(q *quiz.Question, c *quiz.Card) {
	if q != nil {
		q.Prompt = dropCrossRefs(q.Prompt)
		q.Explanation = dropCrossRefs(q.Explanation)
		for i := range q.Options {
			q.Options[i].Text = dropCrossRefs(q.Options[i].Text)
			q.Options[i].Feedback = dropCrossRefs(q.Options[i].Feedback)
		}
	}
	if c != nil {
		c.Front = dropCrossRefs(c.Front)
		c.Back = dropCrossRefs(c.Back)
	}
}

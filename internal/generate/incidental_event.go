package generate

import (
	"regexp"
	"strings"
)

// Where something was shown or announced. "At the recent Consumer
// Electronics Show in Las Vegas products with UWB chips built in got
// their first public airing": the sentence's point is that the products
// were shown; the trade show is its setting, named once. Both blind
// judges of a held-out report rejected the blank over it as trivia (the
// article is about a radio technology, not the show). A blank over an
// event or a venue (a show, a fair, an expo, a conference, a summit, a
// festival) is incidental where the sentence gives it after "at",
// "during" or a verb of attending, and the article names it once and
// does not come back to it as "the show", "the summit". A summit a
// report is about recurs, and a sentence whose subject is the event
// ("The Harbour Summit agreed …") is about it: both keep their blanks.

// venueWords end the name of an event held somewhere, or follow a name
// that says whose it is ("an ASEAN presidents' summit").
var venueWords = set(`show|fair|expo|exhibition|conference|convention|summit|festival|symposium|congress|trade fair`)

// venueBeforeRE ends the text before a blank that sets the scene: "At the
// recent", "during this year's", "attended an".
var venueBeforeRE = regexp.MustCompile(`(?i)(?:^|\W)(?:at|during|attend|attends|attended|attending)\s+(?:(?:the|a|an|this|last|next)\s+(?:year's\s+|year’s\s+)?)?(?:[a-z0-9'’-]+\s+){0,2}$`)

// venueBlank reports whether sp, a name of sentence s, is an event or a
// venue named once as the setting of the sentence (see above).
func (a *article) venueBlank(s *sentence, sp *span) bool {
	if !sp.kind.proper() || sp.kind == kPerson {
		return false
	}
	head := a.venueHead(s, sp)
	if head == "" || a.mentions(sp.key) > 1 {
		return false
	}
	before := s.text[datelineEnd(s.text):sp.blankStart()]
	if !venueBeforeRE.MatchString(before) {
		return false
	}
	// "the show", "the summit" in another sentence: the article comes
	// back to the event.
	back := regexp.MustCompile(`(?i)\b(?:the|this|that|its)\s+` + regexp.QuoteMeta(head) + `\b`)
	for _, o := range a.sents {
		if o != s && back.MatchString(o.text) {
			return false
		}
	}
	return true
}

// venueHead is the venue word that ends sp's name or follows it within
// two words ("ASEAN presidents' summit"), lowercased, or "".
func (a *article) venueHead(s *sentence, sp *span) string {
	f := strings.Fields(sp.text)
	if last := strings.ToLower(strings.Trim(f[len(f)-1], ".,;:")); len(f) > 1 && venueWords[last] {
		return last
	}
	rest := strings.Fields(s.text[sp.end:])
	for i := 0; i < len(rest) && i < 3; i++ {
		w := strings.Trim(rest[i], ".,;:")
		if w != strings.ToLower(w) {
			return ""
		}
		if venueWords[w] {
			return w
		}
		if !strings.HasSuffix(w, "'") && !strings.HasSuffix(w, "’") && !strings.HasSuffix(w, "s") {
			return ""
		}
	}
	return ""
}

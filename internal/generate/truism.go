package generate

import (
	"regexp"
	"strings"
	"unicode"
)

// Truisms. A true statement that names nothing of the article (no name,
// no figure, no quotation) and states a general claim is one anyone marks
// true without reading: both blind judges rejected "Supercomputers are
// hugely important for working out very complex problems across science
// and society." and "One of the key issues for keen gadget users is how to
// store all their digital images, audio and video files." as giveaways.
// The claim is general where the sentence opens on a bare plural that is
// then called important, useful, popular and the like, or on "one of the
// key issues" of some group, or where it says that many or most of a
// bare plural often or usually do a thing. A sentence with a name, a figure or a quoted
// word is the article's own; one on a definite thing ("The chair lets
// gamers play in surround sound") tells of what the article reports.
var (
	// truismIssueRE: "One of the key issues for ... is ...".
	truismIssueRE = regexp.MustCompile(`^One of the (?:(?:key|main|biggest|big|major|greatest|most important|central|chief)\s+)?(?:issues|problems|challenges|questions|concerns|worries|things|tasks)\b[^,;]*\bis\b`)
	// truismPraiseRE: a bare plural (with at most one word before it)
	// called important, useful or the like.
	truismPraiseRE = regexp.MustCompile(`^(?:[A-Z][a-z-]+\s+[a-z-]*[a-z]s|[A-Z][a-z-]*[a-z]s)\s+(?:are|have\s+become|remain)\s+(?:(?:very|hugely|extremely|increasingly|incredibly|vitally|enormously|immensely|really|highly|so|often|now|still|all|particularly|especially|most)\s+)*(?:important|vital|essential|useful|valuable|crucial|popular|powerful|indispensable|necessary|complex|complicated|expensive|common|widespread)\b`)
	// truismHabitRE: "Many online communities, such as chatrooms, …
	// often form around common interests": some of a bare plural said
	// to do a thing as a habit.
	truismHabitRE  = regexp.MustCompile(`^(?:Many|Most|Some)\s+(?:[a-z-]+\s+){0,2}[a-z-]*[a-z]s\b[^.;:]*\b(?:often|usually|typically|generally|commonly|tend to)\s+[a-z]+\b`)
	truismNumberRE = regexp.MustCompile(`(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b`)
)

// truismSentence reports whether s states a general claim that names
// nothing of the article (see above).
func truismSentence(s *sentence) bool {
	if s == nil {
		return false
	}
	text := strings.TrimSpace(s.text)
	if !truismIssueRE.MatchString(text) && !truismPraiseRE.MatchString(text) && !truismHabitRE.MatchString(text) {
		return false
	}
	if strings.ContainsAny(text, "0123456789\"“”‘’") || truismNumberRE.MatchString(text) {
		return false
	}
	if m := truismHabitRE.FindString(text); m != "" && !truismIssueRE.MatchString(text) && !truismPraiseRE.MatchString(text) && !habitualVerb(s, len(m)) {
		return false // "… often failed within a year": a report
	}
	// A capitalised word after the first is a name of the article's
	// (a place, a firm, a product).
	for i, w := range strings.Fields(text) {
		if i == 0 || w == "I" {
			continue
		}
		if strings.IndexFunc(w, unicode.IsUpper) >= 0 {
			return false // "eBay" too
		}
	}
	return true
}

// habitualVerb reports whether the word that ends at byte end of s (the
// verb after "often" or "usually") is in the present: "often form", not
// "often failed".
func habitualVerb(s *sentence, end int) bool {
	for _, t := range s.toks {
		if t.end == end {
			return t.tag == "VBP" || t.tag == "VB" || t.tag == "VBZ"
		}
	}
	return false
}

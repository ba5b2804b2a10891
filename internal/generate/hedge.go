package generate

import (
	"regexp"
	"strings"
)

// A view stated as fact. "He apparently returned to Athens", "the ship
// was probably lost", "the fort is thought to date from 1620": the
// sentence reports a guess, and whose guess it is lies in the sentences
// before. Quoted as a true statement or asked as a blank, it teaches the
// guess as fact; the judges rejected such a statement as presenting a
// scholar's conjecture as fact. A sentence that names who holds the view
// ("Lund believes the fort probably dates from 1620", "according to
// Lund") says whose it is, and may still be asked.

var guessRE = regexp.MustCompile(`(?i)\b(?:maybe|apparently|reportedly|allegedly|supposedly|probably|perhaps|possibly|presumably|seemingly|conceivably|(?:is|are|was|were) (?:thought|believed|presumed|rumoured|rumored|alleged|assumed) to|(?:may|might|could|must) have (?:been|had|[a-z]+ed)\b)`)

// hedged reports whether s states a guess without saying whose it is
// (see above). A report's lead is exempt: its "allegedly" is the
// report's own caution about the news it gives, not a guess.
func hedged(s *sentence) bool {
	if !guessRE.MatchString(s.text) || s.para != nil && s.para.n == 1 {
		return false
	}
	if strings.Contains(strings.ToLower(s.text), "according to ") {
		return false
	}
	for _, t := range s.toks {
		if speechVerbs[t.text] {
			return false
		}
	}
	return true
}

package generate

import "strings"

// A blank whose answer the doer named in its sentence already means. Both
// blind judges of a report on net attacks faulted "Many spammers rent out
// 'bot nets to help them anonymously send _____" (junk mail) as a
// giveaway: a spammer is one who sends junk mail, so the stem answers
// itself. A common-noun blank is not drafted where a word of its
// sentence is an agent noun ("spammers", "burglars", "lobbyists") whose
// base begins a word of the answer ("spam", "burglary", "lobbying"), or
// names the thing the agent is defined by (agentObjects).

// agentObjects are the things an agent noun's base is defined by where
// the answer's words do not share its stem.
var agentObjects = map[string][]string{
	"spam": {"junk mail", "junk e-mail", "junk email", "unsolicited e-mail", "unsolicited email", "unsolicited mail"},
}

// agentBase returns the base of an agent noun ("spammers" → "spam",
// "lobbyist" → "lobby"), or "".
func agentBase(w string) string {
	w = strings.ToLower(w)
	for _, suf := range []string{"ers", "er", "ists", "ist"} {
		if strings.HasSuffix(w, suf) {
			b := w[:len(w)-len(suf)]
			if n := len(b); n >= 2 && b[n-1] == b[n-2] && !strings.ContainsRune("aeiousl", rune(b[n-1])) {
				b = b[:n-1] // "spamm" → "spam"
			}
			if len(b) >= 4 {
				return b
			}
			return ""
		}
	}
	return ""
}

// agentGiveaway reports whether the answer of the common-noun blank sp is
// what an agent noun elsewhere in s already means (see above).
func agentGiveaway(s *sentence, sp *span) bool {
	if sp.kind != kTerm {
		return false
	}
	answer := strings.ToLower(s.text[sp.start:sp.end])
	words := strings.Fields(answer)
	from := sp.blankStart()
	for _, t := range s.toks {
		if t.end > from && t.start < sp.end {
			continue
		}
		b := agentBase(t.text)
		if b == "" {
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(w, b) {
				return true
			}
		}
		for _, o := range agentObjects[b] {
			if strings.Contains(answer, o) {
				return true
			}
		}
	}
	return false
}

package generate

import (
	"regexp"
	"strings"
)

// A report may tag a claim with what its speaker hopes: "… said the
// charity's director, who hopes the service will be free", or "The
// minister said she hoped the plan would pass." Quoted as a true
// statement, what one person hopes is obviously true of them, and it is
// an aside: a blind judge of a held-out report asked for the statement
// to test the sentence's figure (how many people use sign language)
// instead of the hope of the person who gave it. A statement whose
// tested clause is a person's hope or wish, told as a relative clause
// after a name, as "said (that) he/she hoped", or as a person's name
// followed by "hopes", is not quoted; a firm's or a government's aim
// ("It hopes to increase subscribers", "Brown wants the G8 to …") is
// what its report is about and is kept.

// hopeAsideRE finds a hope told of a person: after a name as a relative
// clause, or reported with "said".
var hopeAsideRE = regexp.MustCompile(`(?:, who (?:also )?(?:hopes|hoped|wishes|wished)\b)|(?:\b(?:said|says|added)(?: that)? (?:he|she) (?:hopes|hoped|wishes|wished)\b)`)

// hopeAside reports whether sentence s tests a person's hope (see above),
// outside any quotation.
func (a *article) hopeAside(s *sentence) bool {
	for _, m := range hopeAsideRE.FindAllStringIndex(s.text, -1) {
		if !quotedAt(s.text, m[0]) {
			return true
		}
	}
	// "Jane Orr hopes the service …": a person's name, then the hope.
	for _, sp := range s.spans {
		if sp.kind != kPerson {
			continue
		}
		rest := strings.TrimLeft(s.text[sp.end:], " ")
		for _, v := range []string{"hopes ", "hoped ", "wishes ", "wished "} {
			if strings.HasPrefix(rest, v) && !quotedAt(s.text, sp.start) {
				return true
			}
		}
	}
	return false
}

package generate

import "strings"

// People the model took for places or bodies. A sports report names a
// field of athletes, many of them once and by names the model has not
// seen: "Kostas Kenteris" came out an organisation, "Katerina Thanou" and
// "Sebastian Coe" places. Typed so, they were offered places as
// distractors and their surnames were not accepted as answers. A news
// report names people again by their surname alone, which places and
// bodies seldom are; and it pairs people with people. surnamePeople
// retypes as a person:
//   - a name of two or three capitalised words the model alone typed a
//     place or an organisation (no word of a body, event, facility,
//     feature or craft in it, no known place), whose last word the article
//     also writes alone, each time as a person or a name only the model
//     typed ("Kenteris won 200m gold");
//   - such a name of two words or three after a country's possessive
//     ("Russia's Svetlana Ivanova");
//   - such a name listed with a person a rule of the text typed, or one
//     retyped so ("Kostas Kenteris and Katerina Thanou", "Ann Coe, Tom
//     Hill and Joe Ross"); a word alone is left as it is ("Lübeck and
//     Dortmund").
//
// It runs before resolveKinds makes the surnames of people people.
func (a *article) surnamePeople() {
	// The words the article writes alone, each time a person or typed
	// by the model alone: a surname a report names a person by again.
	lone := map[string]bool{}
	notLone := map[string]bool{}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if strings.Contains(sp.key, " ") {
				continue
			}
			if placeSub(sp.key) == "" && (sp.kind == kPerson || modelOnlyName(sp)) {
				lone[sp.key] = true
			} else {
				notLone[sp.key] = true
			}
		}
	}
	surname := func(sp *span) bool {
		l := lastField(sp.key)
		return strings.Contains(sp.key, " ") && len(l) >= 3 && lone[l] && !notLone[l]
	}
	retyped := map[string]bool{}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if modelOnlyName(sp) && surname(sp) {
				retyped[sp.key] = true
			}
		}
	}
	// "Russia's Svetlana Ivanova": a report names an athlete by country;
	// a town after its country is one word ("Sweden's Visby").
	for _, s := range a.sents {
		for i := 0; i+1 < len(s.spans); i++ {
			c, sp := s.spans[i], s.spans[i+1]
			if c.kind != kPlace || c.sub != subCountry || sp.blankStart() < c.end {
				continue
			}
			if b := s.text[c.end:sp.blankStart()]; (b == "’s " || b == "'s ") && modelOnlyName(sp) && strings.Contains(sp.key, " ") && !a.lowerWords[lastField(sp.key)] {
				retyped[sp.key] = true
			}
		}
	}
	// A person typed by a rule of the text, named again by the surname,
	// or retyped above, vouches for a name listed with it; the model's
	// label alone does not.
	sure := func(sp *span) bool {
		return sp.kind == kPerson && (!weakRule(sp.rule) || surname(sp)) || retyped[sp.key]
	}
	for _, s := range a.sents {
		for i := 0; i+1 < len(s.spans); i++ {
			x, y := s.spans[i], s.spans[i+1]
			if !joined(s, x, y) {
				continue
			}
			if sure(x) && modelOnlyName(y) && strings.Contains(y.key, " ") {
				retyped[y.key] = true
			}
			if sure(y) && modelOnlyName(x) && strings.Contains(x.key, " ") {
				retyped[x.key] = true
			}
		}
	}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if retyped[sp.key] && sp.kind != kPerson {
				sp.kind, sp.sub, sp.rule = kPerson, "", "surname-person"
			}
		}
	}
}

// modelOnlyName reports whether sp is a name of one to three capitalised
// words that only the model typed, as a place or an organisation, with no
// word of a body, an event, a facility, a feature or a craft, and no
// known place or people in it.
func modelOnlyName(sp *span) bool {
	if sp.rule != "ner" || sp.kind != kPlace && sp.kind != kOrg || sp.the || placeSub(sp.key) != "" {
		return false
	}
	words := strings.Fields(sp.text)
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		l := strings.ToLower(w)
		if !startsUpper(w) || !nameWord(w) || orgWords[l] || eventWords[l] || facilityWords[l] || featureWords[l] || craftWords[l] || placeSub(l) != "" || isDemonym(l) {
			return false
		}
	}
	return true
}

// nameWord reports whether w is a word of a name: letters, with an
// apostrophe or a hyphen inside ("O'Sullivan", "Lewis-Francis").
func nameWord(w string) bool {
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '\'' || r == '’' || r == '-' }) {
		if !isLetters(part) {
			return false
		}
	}
	return w != "" && isLetters(w[:1])
}

// countryPerson reports whether sp, a name after a country's possessive
// ("Britain's Kelly Holmes", "Sweden's Visby"), names a person: the model
// typed it one, and it has two words or more. A report names an athlete
// by country so; a town after its country is "Sweden's Visby".
func countryPerson(sp *span) bool {
	return (sp.kind == kPerson || modelOnlyName(sp)) && strings.Contains(sp.key, " ")
}

package generate

import "strings"

// A report introduces a person with what they are between commas before
// the verb: "Hilde Marrow, professor of zoology at the University of
// Tarnby, was unconvinced by the count. She said the survey had missed
// most of the animals." The subject of the first sentence is the name;
// the words between the commas only say who she is, so the "She" of the
// second is that person as surely as after "Hilde Marrow was
// unconvinced." clauseSubject reads the words after the last comma
// before the verb as the subject, which here is nothing; apposedSubject
// reads the name the sentence opens on. It does so only where the
// sentence opens on the name (after at most an honorific), the comma
// after the name opens a description that runs to a comma right before
// the main verb, the description names no person, owns nothing ("Karl
// Moe's deputy") and holds no pronoun or relative clause, and the
// sentence holds no quotation: a quotation's words, and the pronouns of
// the sentences that go on with it, may be about someone else. The
// tagger may read a full name as a place; a role among the first words
// of the description ("professor", "chief") then says it is a person.

// apposedSubject returns the person span s opens on as the subject of
// its main clause, as described above, and a span covering the name and
// its description (for otherName); nil, nil otherwise.
func apposedSubject(s *sentence) (name, whole *span) {
	if s == nil || len(s.toks) < 5 || s.toks[0].start != 0 {
		return nil, nil
	}
	// "X, joint owner of the club, said: “… His determination …”": the
	// sentences after it are the quotation's, and its pronouns may be
	// anyone's.
	if strings.ContainsAny(s.text, `"“”`) {
		return nil, nil
	}
	verb := -1
	for i, t := range s.toks {
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			verb = i
		}
		if verb >= 0 {
			break
		}
	}
	if verb < 4 || s.toks[verb-1].text != "," {
		return nil, nil
	}
	// The name the sentence opens on, and the comma after it.
	for _, sp := range s.spans {
		if sp.start < 0 || sp.end > len(s.text) {
			continue
		}
		// The tagger may read a full name as a place; a role in the
		// description says it is a person.
		if sp.kind != kPerson && !((sp.kind == kPlace || sp.kind == kName) && len(strings.Fields(sp.text)) >= 2) {
			continue
		}
		lead := strings.TrimSpace(s.text[:sp.start])
		if lead != "" && (strings.Contains(lead, " ") || !subjectHonorifics[strings.ToLower(strings.TrimSuffix(lead, "."))]) {
			continue
		}
		comma := -1
		for i, t := range s.toks[:verb] {
			if t.start >= sp.end {
				if t.text == "," && t.start == sp.end {
					comma = i
				}
				break
			}
		}
		if comma < 0 || comma+1 >= verb-1 {
			continue
		}
		// The description: no person, no owner, no pronoun, no
		// quotation, no clause of its own.
		for _, t := range s.toks[comma+1 : verb-1] {
			lw := strings.ToLower(t.text)
			if isPersonalPronoun(lw) || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") || t.text == "'s" || t.text == "’s" || strings.ContainsAny(t.text, `"“”`) || lw == "who" || lw == "which" {
				return nil, nil
			}
		}
		if sp.kind != kPerson && !roleNear(s.toks[comma+1:verb-1]) {
			continue
		}
		from, to := s.toks[comma+1].start, s.toks[verb-1].start
		for _, o := range s.spans {
			if o != sp && o.kind == kPerson && o.start < to && o.end > from {
				return nil, nil
			}
		}
		n, w := *sp, *sp
		n.kind, w.kind = kPerson, kPerson
		w.start, w.end = 0, to
		return &n, &w
	}
	return nil, nil
}

// roleNear reports whether one of the first four words of a description
// is a role a person holds ("Professor of Psychology", "a psychology
// student", "the deputy director").
func roleNear(desc []tok) bool {
	for i, t := range desc {
		if i >= 4 {
			break
		}
		if roleNouns[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

package generate

import "strings"

// A blank over the words that say what kind of thing a name is, set off
// beside it: "According to Visible Alpha, a _____, Arm earned …" (data
// provider), "the Munich Security Conference, an _____ for political
// leaders" (annual gathering), "After Canada’s _____, Mark Carney, …"
// (prime minister). Blind judges of held-out sets 346 to 365 rejected
// each such card as trivia: the description introduces the name, and
// what the sentence teaches is what the named thing says or does. The
// title after a person's name is appositiveTitleBlank's (quote_claim.go).

// nameDescriptorBlank reports whether blank sp of s is such a
// description: a lowercase term of four words or fewer right after
// "NAME, a" or "NAME, an", or right before ", PERSON".
func nameDescriptorBlank(s *sentence, sp *span) bool {
	if s == nil || sp == nil || sp.kind != kTerm {
		return false
	}
	ws := strings.Fields(sp.text)
	if len(ws) == 0 || len(ws) > 4 || !isLowerWord(strings.Trim(ws[0], "-")) {
		return false
	}
	start := sp.blankStart()
	var before []tok
	after := -1
	for i, t := range s.toks {
		if t.end <= start {
			before = append(before, t)
		} else if after < 0 && t.start >= sp.end {
			after = i
		}
	}
	// "Visible Alpha, a _____": an article after a name and its comma.
	if n := len(before); n >= 3 {
		art := strings.ToLower(before[n-1].text)
		name := before[n-3].text
		if (art == "a" || art == "an") && before[n-2].text == "," && strings.HasPrefix(before[n-3].tag, "NNP") && firstRune(name) >= 'A' && firstRune(name) <= 'Z' {
			return true
		}
	}
	// "Canada’s _____, Mark Carney": a role set before a person's name.
	if after >= 0 && after+1 < len(s.toks) && s.toks[after].text == "," {
		at := s.toks[after+1].start
		for _, o := range s.spans {
			if o.kind == kPerson && o.start == at {
				return true
			}
		}
	}
	return false
}

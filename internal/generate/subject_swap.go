package generate

import "strings"

// A false statement that swaps what its sentence is about. Name swaps are
// held back as weak builds (mix.go): a name put in a side role ("a
// spokesman for _____", "the site's _____ members") or one member of a
// list tests a detail, and the name put in is often arguably right. A
// sentence whose grammatical subject is a named organisation or place,
// with the verb right after it ("Acme Mills bought the plant in 1990"),
// says what that actor did; put for it another organisation or place that
// the article also makes the subject of a sentence, with another verb, and
// the statement reads as plausible and the article contradicts it: the
// learner must know who did what, which is what the article teaches.

// finiteVerb reports whether a Penn tag marks a finite verb or a modal.
func finiteVerb(tag string) bool {
	switch tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// subjectVerb returns the finite verb that follows the span when the span
// is the subject its sentence opens on ("The Acme Group has …"), and ""
// otherwise: a name after a preposition, in a possessive, in a list, or
// with anything but its own "the" before it.
func subjectVerb(s *sentence, sp *span) string {
	if s == nil || sp == nil || sp.modifier || sp.partial || sp.container {
		return ""
	}
	lead := strings.TrimSpace(s.text[datelineEnd(s.text):sp.blankStart()])
	if lead != "" {
		return ""
	}
	return verbAfter(s, sp)
}

// verbAfter returns the finite verb right after the span, lowercased
// ("has bought" for a perfect or a modal), when the span is the subject
// of a clause, and "" otherwise.
func verbAfter(s *sentence, sp *span) string {
	for i, t := range s.toks {
		if t.start < sp.end {
			continue
		}
		if !finiteVerb(t.tag) {
			return ""
		}
		// "Acme said": who speaks is no question (speaker.go).
		v := strings.ToLower(t.text)
		if reportVerbs[v] {
			return ""
		}
		// "Acme has bought": the verb that carries the meaning.
		if (v == "has" || v == "have" || v == "had" || t.tag == "MD") && i+1 < len(s.toks) {
			if n := s.toks[i+1]; strings.HasPrefix(n.tag, "VB") {
				if reportVerbs[strings.ToLower(n.text)] {
					return ""
				}
				return v + " " + strings.ToLower(n.text)
			}
		}
		return v
	}
	return ""
}

// subjectRole reports whether key names an actor of the same kind that is
// the subject of a clause in some other sentence of the article ("…, and
// Beta Mills closed its plant"), never with the verb verb: an actor in a
// comparable role, of whom the article does not say what the statement
// says.
func (a *article) subjectRole(s *sentence, kd kind, sub, key, verb string) bool {
	found := false
	for _, o := range a.byKey[key] {
		if o.sent == nil || o.sent == s || o.kind != kd || o.sub != sub {
			continue
		}
		if o.modifier || o.partial || o.container {
			continue
		}
		v := verbAfter(o.sent, o)
		if v == "" {
			continue
		}
		if v == verb {
			return false
		}
		found = true
	}
	return found
}

// subjectPeers lists, as options, the names of the span's kind that are
// the subject of a clause elsewhere in the article with another verb, in
// the order the article first names them.
func (a *article) subjectPeers(s *sentence, sp *span, verb string) []option {
	var out []option
	seen := map[string]bool{sp.key: true}
	for _, t := range a.sents {
		if t == s {
			continue
		}
		for _, o := range t.spans {
			if o.kind != sp.kind || o.sub != sp.sub || seen[o.key] || o.key == "" {
				continue
			}
			seen[o.key] = true
			if a.sameActor(sp.key, o.key) {
				continue
			}
			if a.subjectRole(s, sp.kind, sp.sub, o.key, verb) {
				out = append(out, option{text: o.text, key: o.key, quality: 0.8})
			}
		}
	}
	return out
}

// sameActor reports whether two name keys may name one actor: one
// thing's two spellings or names the article makes one, a shared word of
// a name ("Webb" and "the Webb Telescope"), or initials ("ABC" and "Acme
// Bottling Company").
func (a *article) sameActor(x, y string) bool {
	if sameThing(x, y) {
		return true
	}
	if a.identity(x) == a.identity(y) {
		return true
	}
	wy := ownNameWords(y)
	for w := range ownNameWords(x) {
		if wy[w] {
			return true
		}
	}
	return initialsOf(x, y) || initialsOf(y, x)
}

// ownNameWords are the words of a name key that name (not "the", not
// "company", not "river"), without the words of the names the article
// makes equivalent to it: "Hubble Space Telescope" and "Webb" share a
// kind of thing, not an actor.
func ownNameWords(k string) map[string]bool {
	w := map[string]bool{}
	for _, f := range strings.Fields(k) {
		if len(f) > 2 && !stopwords[f] && !craftWords[f] && !orgWords[f] && !adminWords[f] && !featureWords[f] &&
			!facilityWords[f] && !eventWords[f] && !genericNameWords[f] {
			w[f] = true
		}
	}
	return w
}

// initialsOf reports whether short is made of the first letters of the
// words of long, with or without its small words ("of", "and", "the").
func initialsOf(short, long string) bool {
	short = strings.ReplaceAll(strings.TrimPrefix(short, "the "), ".", "")
	if strings.Contains(short, " ") || len(short) < 2 {
		return false
	}
	all, big := "", ""
	for _, f := range strings.Fields(strings.TrimPrefix(long, "the ")) {
		all += f[:1]
		if !stopwords[f] {
			big += f[:1]
		}
	}
	return short == all || short == big || strings.HasPrefix(all, short) && len(short) >= 3 || strings.HasPrefix(big, short) && len(short) >= 3
}

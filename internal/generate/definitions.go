package generate

import (
	"regexp"
	"sort"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

var (
	// "An aquifer is a layer of porous rock …"
	isDefRE = regexp.MustCompile(`^(?:The |A |An )?([\p{L}][\p{L}\- ]{1,50}?) (?:is|are) (?:defined as )?((?:a|an|the) .{8,})$`)
	// "Water that falls from clouds is known as precipitation, …"
	calledRE = regexp.MustCompile(`^(.{8,140}?) (?:is|are) (?:called|known as|referred to as|termed) (?:a |an |the )?([\p{L}][\p{L}\- ]{1,40}?)(?:,(.*)|\.?$)`)
	// "…, also known as a drainage basin."
	akaRE = regexp.MustCompile(`also (?:known as|called) (?:a |an |the )?([\p{L}][\p{L}\- ]{1,40}?)[,.]`)
	// "(IMF)"
	parenRE = regexp.MustCompile(`\(([^()]{2,80})\)`)
)

// definitions finds term/definition cards: "X is a/an/the …", "… is
// called X", "X, a …,", "role, Name," and "Name (ACRONYM)".
func (a *article) definitions(sents []*sentence) []item {
	var out []item
	add := func(s *sentence, term, def, rule string) {
		term = strings.TrimSpace(strings.Trim(term, ",;: "))
		def = strings.TrimSpace(strings.TrimRight(def, ",;:. "))
		if term == "" || def == "" || len(strings.Fields(def)) < 2 || len(def) > 220 {
			return
		}
		if danglingStarts[strings.ToLower(firstWord(term))] || weakNouns[strings.ToLower(term)] || stopwords[strings.ToLower(term)] {
			return
		}
		if strings.Contains(strings.ToLower(def), strings.ToLower(term)) || !defBackOK(s, term, def, rule) {
			return
		}
		w := a.weight[key(term)]
		card := &quiz.Card{Front: upperFirst(term), Back: upperFirst(def)}
		out = append(out, item{sent: s, c: card, answer: term, rule: "definition-" + rule, score: 0.5*s.score + 0.3*w + 0.3})
	}
	for _, s := range sents {
		if !s.usable() {
			continue
		}
		text := strings.TrimSuffix(s.text, ".")
		if m := calledRE.FindStringSubmatch(text); m != nil {
			def := definiteSubject(m[1])
			if def != "" {
				if aka := akaRE.FindStringSubmatch(s.text); aka != nil {
					def += " (also called " + aka[1] + ")"
				}
				add(s, m[2], def, "called")
			}
		} else if m := isDefRE.FindStringSubmatch(text); m != nil && a.isSubject(s, m[1]) {
			def := m[2]
			if i := strings.Index(def, "; "); i > 0 {
				def = def[:i]
			}
			add(s, m[1], def, "is-a")
		}
		a.appositives(s, add)
		for _, m := range parenRE.FindAllStringSubmatchIndex(s.text, -1) {
			inner := s.text[m[2]:m[3]]
			before := strings.TrimSpace(s.text[:m[0]])
			if isAcronym(inner) {
				// The name before the parenthesis whose initials spell it.
				for _, sp := range s.spans {
					if sp.end == len(before) && initials(sp.text) == strings.ReplaceAll(inner, ".", "") {
						add(s, inner, sp.text, "acronym")
					}
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// definiteSubject turns the subject of "… is called X" into a definition,
// replacing a leading demonstrative with "the"; it returns "" when the
// subject is a bare pronoun.
func definiteSubject(subj string) string {
	f := strings.Fields(subj)
	if len(f) < 2 {
		return ""
	}
	switch strings.ToLower(f[0]) {
	case "this", "that", "these", "those":
		f[0] = "The"
	case "it", "they", "he", "she":
		return ""
	}
	if strings.Contains(subj, ",") {
		return ""
	}
	return strings.Join(f, " ")
}

// isSubject reports whether a phrase is a plain noun phrase or name that can
// be the subject of a definition.
func (a *article) isSubject(s *sentence, phrase string) bool {
	f := strings.Fields(phrase)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		if stopwords[strings.ToLower(w)] {
			return false
		}
	}
	k := key(phrase)
	for _, sp := range s.spans {
		if sp.key == k || strings.HasSuffix(k, sp.key) {
			return true
		}
	}
	return false
}

// appositives finds "term, a/an/the description," and "role, Name," and
// "Name, the role,".
func (a *article) appositives(s *sentence, add func(s *sentence, term, def, rule string)) {
	t := s.text
	for _, sp := range s.spans {
		if sp.end >= len(t) || t[sp.end] != ',' {
			continue
		}
		rest := strings.TrimSpace(t[sp.end+1:])
		desc := rest
		if i := strings.IndexAny(desc, ",;.—"); i >= 0 {
			if rest := strings.TrimSpace(desc[i+1:]); desc[i] == ',' && (strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ")) {
				// "various resources, the plague of …, and climate
				// change": the next member of a list, not a description.
				continue
			}
			if desc[i] == ',' && cutList(s, len(t)-len(rest)+i+1) {
				continue
			}
			desc = desc[:i]
		}
		desc = dropExamples(desc)
		// "in return, the merchants delivered …": a phrase after a
		// preposition that opens a clause; what follows is the clause.
		if p := prevTok(s, sp.start); p != nil && p.tag == "IN" && (prevTok(s, p.start) == nil || !strings.Contains(sp.key, " ")) {
			continue
		}
		// "the forefathers of political games, a handful of …
		// enthusiasts": the description is of the noun before "of",
		// not of the term ("the city of Lübeck, a …" names the city).
		if p := prevTok(s, sp.start); p != nil && strings.EqualFold(p.text, "of") {
			if h := prevTok(s, p.start); h != nil && strings.HasPrefix(h.tag, "NN") && !placeOfHeads[strings.ToLower(h.text)] {
				continue
			}
		}
		lw := strings.ToLower(firstWord(desc))
		second := ""
		if f := strings.Fields(desc); len(f) > 1 {
			second = f[1]
		}
		if (lw == "a" || lw == "an" || lw == "the") && len(strings.Fields(desc)) >= 3 && isLowerWord(strings.Trim(second, "-")) && nounPhraseDesc(s, sp.end+1+strings.Index(t[sp.end+1:], desc), desc) {
			if sp.kind == kTerm || sp.kind == kPerson || sp.kind == kOrg || sp.kind == kName {
				add(s, sp.text, desc, "appositive")
			}
			continue
		}
		// "China’s leader, Xi Jinping," : the role before a person's name.
		if sp.kind == kPerson && sp.start >= 2 && t[sp.start-2] == ',' {
			role := roleBefore(s, sp.start-2)
			// "At the Café Lumière, Paul Martin, …": a place or a body
			// before the name is where the person was, not what they
			// are; "One of the instructors, Dave Hazard, …": a group
			// the person belongs to is not their role either.
			if notRole(s, sp.start-2) {
				role = ""
			}
			// "a woman, Sacagawea,": a role says more than what any
			// person is.
			if content := len(strings.Fields(role)) - strings.Count(" "+strings.ToLower(role)+" ", " a ") - strings.Count(" "+strings.ToLower(role)+" ", " an ") - strings.Count(" "+strings.ToLower(role)+" ", " the "); content >= 2 || content == 1 && !personNouns[strings.ToLower(lastWord(role))] {
				add(s, sp.text, role, "role")
			}
		}
	}
}

// notRole reports whether the noun phrase ending at byte at, before a
// person's name, ends on a name of a place, a body or a work (a span of
// the sentence that is not a person) or on a plural noun: neither says
// what the person is.
func notRole(s *sentence, at int) bool {
	var last *tok
	for i := range s.toks {
		if s.toks[i].end <= at {
			last = &s.toks[i]
		}
	}
	if last == nil {
		return false
	}
	if last.tag == "NNS" || last.tag == "NNPS" {
		return true
	}
	for _, o := range s.spans {
		if o.end == last.end && o.kind != kPerson && o.kind.proper() {
			return true
		}
	}
	return false
}

// placeOfHeads are nouns that "of" joins to their own name: "the city of
// Lübeck".
var placeOfHeads = set(`city|town|village|county|state|kingdom|republic|island|isle|port|river|province|region|borough|district|principality|duchy|empire`)

// roleBefore returns the noun phrase that ends at byte at: determiners,
// possessives, adjectives and nouns, at most six tokens.
func roleBefore(s *sentence, at int) string {
	var idx []int
	for i := range s.toks {
		if s.toks[i].end <= at {
			idx = append(idx, i)
		}
	}
	start := -1
	n := 0
	for k := len(idx) - 1; k >= 0 && n < 6; k-- {
		tk := s.toks[idx[k]]
		ok := strings.HasPrefix(tk.tag, "NN") || strings.HasPrefix(tk.tag, "JJ") || tk.tag == "POS" || tk.tag == "DT" || tk.tag == "PRP$"
		if !ok || (tk.tag == "NNP" && strings.HasPrefix(tk.label, "B-PERSON")) {
			break
		}
		start = tk.start
		n++
		if tk.tag == "DT" || tk.tag == "PRP$" {
			break
		}
	}
	if start < 0 {
		return ""
	}
	role := strings.TrimSpace(s.text[start:at])
	if f := strings.Fields(role); len(f) > 0 && !strings.HasPrefix(s.toks[idx[len(idx)-1]].tag, "NN") {
		return ""
	}
	return role
}

// personNouns say only that someone is a person.
var personNouns = set(`woman|man|person|girl|boy|child|people|men|women|individual|figure|member`)

// Nouns that describe a whole clause rather than the phrase before the
// comma ("…, a stance they contrast with …").
var clauseNouns = set(`stance|move|step|decision|development|sign|trend|view|position|idea|approach|policy|measure|
claim|argument|fact|situation|result|outcome|reminder|signal|message|shift|pattern|change`)

// nounPhraseDesc reports whether an appositive description is a noun phrase
// about the term: after the determiner and adjectives comes a noun, there
// is no finite verb before a relative pronoun or preposition, and it is not
// the next item of a list ("the oceans, the air and the land").
func nounPhraseDesc(s *sentence, at int, desc string) bool {
	end := at + len(desc)
	var toks []tok
	for _, t := range s.toks {
		if t.start >= at && t.end <= end {
			toks = append(toks, t)
		}
	}
	if len(toks) < 3 {
		return false
	}
	i := 1
	for i < len(toks) && (strings.HasPrefix(toks[i].tag, "JJ") || toks[i].tag == "VBN" || toks[i].tag == "RB") && toks[i].tag != "JJS" {
		i++
	}
	if i >= len(toks) || !strings.HasPrefix(toks[i].tag, "NN") || toks[i].tag == "NNP" {
		return false
	}
	if clauseNouns[strings.ToLower(toks[i].text)] {
		return false
	}
	for _, t := range toks[i+1:] {
		lw := strings.ToLower(t.text)
		if lw == "that" || lw == "which" || lw == "who" || lw == "where" || lw == "by" || lw == "of" || lw == "in" || lw == "through" || lw == "for" || lw == "with" {
			break
		}
		if t.tag == "VBZ" || t.tag == "VBP" || t.tag == "VBD" || t.tag == "MD" || t.tag == "PRP" || lw == "and" || lw == "or" {
			return false
		}
	}
	return true
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if smallTitleWords[strings.ToLower(w)] {
			continue
		}
		r := []rune(w)
		b.WriteRune(r[0])
	}
	return strings.ToUpper(b.String())
}

package generate

import (
	"regexp"
	"strings"
)

// A biography opens with its subject's full name ("Maria Anna Lind
// (1850–1921) was a Swedish painter …") and goes on calling them by their
// surname. Counting mentions alone can title the course after someone
// else who shares the surname (a father, a brother), whose full name the
// article gives and the subject's surname mentions then count for.
// bioTitle names the course after the person the first sentence opens
// with, when their surname is the article's most mentioned.

// bioTitle is the full name a biography's first sentence opens with, or
// "" when the article does not open with a person whose surname it
// mentions most, at least three times.
func (a *article) bioTitle() string {
	if len(a.paras) == 0 || len(a.paras[0].sents) == 0 {
		return ""
	}
	s := a.paras[0].sents[0]
	off := datelineEnd(s.text)
	var subj *span
	for _, sp := range s.spans {
		if sp.kind != kPerson || sp.start < off {
			continue
		}
		// The name opens the sentence, after at most an honorific.
		if lead := strings.TrimSpace(s.text[off:sp.start]); lead != "" && !honorificRE.MatchString(lead) {
			continue
		}
		subj = sp
		break
	}
	if subj == nil {
		subj = particleName(s, off)
	}
	if subj == nil {
		return ""
	}
	// A one-word name the tagger cut before its particle ("Josquin" of
	// "Josquin des Prez") takes the particle and the surname after it.
	if !strings.Contains(subj.text, " ") {
		if m := particleTailRE.FindStringSubmatch(s.text[subj.end:]); m != nil && nameParticles[m[1]] {
			ext := *subj
			ext.text = subj.text + " " + m[1] + " " + m[2]
			ext.end = subj.end + len(m[0])
			subj = &ext
		}
	}
	full := stripPostNominals(subj.text)
	if !strings.Contains(full, " ") {
		return ""
	}
	surname := lastWord(key(full))
	// A ruler's name ends on the number of the line ("Suleiman I"): the
	// body calls them by the name before it.
	if ws := strings.Fields(full); len(ws) == 2 && allRoman([]tok{{text: ws[1]}}) {
		surname = key(ws[0])
	}
	// A subject known by another name than their birth name ("Black
	// Francis (born Charles … Thompson IV …)") is called by the birth
	// surname in the body: its mentions are the subject's too.
	born := birthSurname(s, subj)
	count := map[string]int{}
	for _, k := range a.keys {
		sps := a.byKey[k]
		if sps[0].kind != kPerson {
			continue
		}
		count[lastWord(k)] += len(sps)
	}
	own := count[surname]
	if born != surname {
		own += count[born]
	}
	// A subject the article calls by their given name ("Josquin des
	// Prez … often referred to simply as Josquin"): its mentions alone
	// are theirs too.
	given := ""
	if ws := strings.Fields(key(full)); len(ws) > 1 && ws[0] != surname && ws[0] != born {
		given = ws[0]
		own += count[given]
	}
	if own < 3 {
		return ""
	}
	for w, n := range count {
		if w != surname && w != born && w != given && n >= own {
			return ""
		}
	}
	if e := a.epithetName(full); e != "" {
		return e
	}
	return a.commonName(strings.TrimSpace(subj.text))
}

// epithetName is the name with an epithet the first paragraph says its
// subject is known by, "<Given> the <Epithet>" after "known … as"
// ("He is known in the West as Suleiman the Magnificent", for "Suleiman
// I"); a reader knows a ruler by it. "" where it gives none.
func (a *article) epithetName(full string) string {
	ws := strings.Fields(full)
	if len(ws) < 2 || len(a.paras) == 0 {
		return ""
	}
	re := regexp.MustCompile(`\bknown\b[^.;()]*?\bas\s+(` + regexp.QuoteMeta(ws[0]) + ` the \p{Lu}[\p{L}'’-]+)`)
	for _, s := range a.paras[0].sents {
		if m := re.FindStringSubmatch(s.text); m != nil {
			return m[1]
		}
	}
	return ""
}

// particleTailRE: a lowercase name particle and a capitalised word
// right after a name ("… des Prez").
var particleTailRE = regexp.MustCompile(`^ ([a-z]+) (\p{Lu}[\p{L}'’-]+)`)

// birthSurname is the lowercased surname of the birth name a first
// sentence gives in parentheses just after its subject's name ("Black
// Francis (born Charles Michael Kittridge Thompson IV on …)" gives
// "thompson"; "(née Bickerstaff; born …)" gives "bickerstaff"), without a
// Roman numeral of a line or post-nominal letters; "" where it gives none.
func birthSurname(s *sentence, subj *span) string {
	// The name may come from another sentence than the first (an
	// obituary's title, a life told by its pronouns): it gives no birth
	// name here.
	if subj == nil || subj.sent != s || subj.end > len(s.text) {
		return ""
	}
	after := strings.TrimLeft(s.text[subj.end:], " ,")
	if !strings.HasPrefix(after, "(") {
		return ""
	}
	at := len(s.text) - len(after) + 1
	for _, sp := range s.spans {
		if sp.start < at || sp.kind != kPerson {
			continue
		}
		lead := strings.ToLower(strings.TrimSpace(s.text[at:sp.start]))
		if lead != "born" && lead != "née" && lead != "nee" && lead != "né" {
			return ""
		}
		ws := strings.Fields(stripPostNominals(sp.text))
		for len(ws) > 1 && allRoman([]tok{{text: strings.Trim(ws[len(ws)-1], ",.")}}) {
			ws = ws[:len(ws)-1]
		}
		if len(ws) == 0 {
			return ""
		}
		return lastWord(key(ws[len(ws)-1]))
	}
	return ""
}

var honorificRE = regexp.MustCompile(`^(?i:sir|dame|lady|lord|dr\.?|professor|general|president|saint|st\.?)$`)

// kinRE ends the text before a name that says it is someone's
// relative: "son of", "his father,", "Wallace's brother".
var kinRE = regexp.MustCompile(`(?i)\b(?:(?:son|daughter|child|children|wife|husband|widow|brother|sister|father|mother|parents|grandson|granddaughter|grandfather|grandmother|uncle|aunt|nephew|niece|cousin)(?: of)?|née)[,:]?\s*(?:the\s+)?$`)

// relativeMention reports whether a span names someone as another's
// relative ("the son of Thomas Lind", "her father, Johan Lind,").
func relativeMention(sp *span) bool {
	before := sp.sent.text[:sp.blankStart()]
	if len(before) > 40 {
		before = before[len(before)-40:]
	}
	return kinRE.MatchString(before)
}

// relativeOnly reports whether a person is named as someone's relative
// and not in the article's first sentence, where its subject is.
func (a *article) relativeOnly(sps []*span) bool {
	rel := false
	for _, sp := range sps {
		if len(a.paras) > 0 && len(a.paras[0].sents) > 0 && sp.sent == a.paras[0].sents[0] {
			return false
		}
		rel = rel || relativeMention(sp)
	}
	return rel
}

// particleName is the name a first sentence opens with where the tagger
// took a name with a particle for a place ("Honoré de Balzac" read like
// "Rio de Janeiro"): a span at the start, of capitalised words joined by
// one lowercase particle. bioTitle still asks that its surname be the
// article's most mentioned person's, so a place that opens an article is
// not taken for a subject.
func particleName(s *sentence, off int) *span {
	for _, sp := range s.spans {
		if sp.start < off || strings.TrimSpace(s.text[off:sp.start]) != "" {
			continue
		}
		ws := strings.Fields(sp.text)
		if len(ws) < 3 {
			return nil
		}
		n := 0
		for i, w := range ws {
			switch {
			case nameParticles[w] && i > 0 && i < len(ws)-1:
				n++
			case !startsUpper(w):
				return nil
			}
		}
		if n == 1 {
			return sp
		}
		return nil
	}
	return nil
}

package generate

import (
	"regexp"
	"strings"
)

// "Such a large and powerful organisation". A phrase of "such a" with a
// noun for a body and no "as" after it points back to the body the
// sentences before name: "What is significant is that such a large and
// powerful organisation has stated its desire for digital formats to be
// open to all" speaks of the European Commission, which the paragraph
// opens on. Read alone, the learner cannot tell which organisation. The
// name is put in after the phrase ("such a large and powerful
// organisation as the European Commission"), which keeps the sentence's
// point; where the paragraph names no one body, the sentence cannot be
// read alone.

// suchBodyRE finds "such a/an" with up to four describing words and a
// noun for a body.
var suchBodyRE = regexp.MustCompile(`\b[Ss]uch an? ((?:[a-z]+,? ){0,4})(company|firm|group|agency|organisation|organization|body|institution|business|corporation)\b`)

// suchEdit is the edit naming the body a "such a … organisation" phrase
// of s stands for; has is false where s holds no such phrase, ok false
// where the article names no one body before it.
func (a *article) suchEdit(s *sentence) (e edit, has, ok bool) {
	if s == nil || s.para == nil {
		return edit{}, false, false
	}
	m := suchBodyRE.FindStringSubmatchIndex(s.text)
	if m == nil || quotedAt(s.text, m[0]) {
		return edit{}, false, false
	}
	// "such a company as Nokia", "such an organisation that …": the
	// sentence says which.
	if f := strings.Fields(s.text[m[1]:]); len(f) > 0 {
		switch strings.Trim(f[0], ",;:.") {
		case "as", "that", "which", "who", "like":
			return edit{}, false, false
		}
	}
	// The body is the one the paragraph's sentences before s open on
	// ("The European Commission is being pragmatic in its approach."),
	// else the one organisation they name, not as a modifier ("The NEM
	// approach"); else one the last sentences of the paragraph before
	// name where s opens its paragraph.
	org := func(sp *span) bool { return sp.kind == kOrg && !sp.modifier }
	opens := func(sp *span) bool {
		o := openingTokens(sp.sent)
		return org(sp) && o < len(sp.sent.toks) && sp.blankStart() == sp.sent.toks[o].start
	}
	var before []*sentence
	for _, o := range s.para.sents {
		if o == s {
			break
		}
		before = append(before, o)
	}
	id, name := a.oneBody(before, opens)
	if id == "" {
		id, name = a.oneBody(before, org)
	}
	if id == "" && len(before) == 0 && s.para.n >= 2 && s.para.n-2 < len(a.paras) {
		prev := a.paras[s.para.n-2].sents
		if len(prev) > antecedentWindow {
			prev = prev[len(prev)-antecedentWindow:]
		}
		id, name = a.oneBody(prev, org)
	}
	if id == "" {
		return edit{}, true, false
	}
	rep := a.resolvedName("org", s.text[m[4]:m[5]], id, name)
	if a.writtenWithThe(id) {
		rep = "the " + withoutThe(rep)
	}
	old := s.text[m[0]:m[1]]
	return edit{old, old + " as " + rep}, true, true
}

// oneBody is the one organisation the sentences name (identity and
// surface), "" where they name none or several.
func (a *article) oneBody(sents []*sentence, match func(*span) bool) (id, surface string) {
	ids := map[string]string{}
	for _, o := range sents {
		for _, sp := range o.spans {
			if match(sp) {
				if i := a.identity(sp.key); ids[i] == "" {
					ids[i] = sp.text
				}
			}
		}
	}
	if len(ids) > 1 {
		ids = a.oneUnderTwoNames(ids)
	}
	if len(ids) != 1 {
		return "", ""
	}
	for i, t := range ids {
		return i, t
	}
	return "", ""
}

// isSuchEdit reports whether e is the edit suchEdit makes on s.
func (a *article) isSuchEdit(s *sentence, e edit) bool {
	se, has, ok := a.suchEdit(s)
	return has && ok && se == e
}

package generate

import "strings"

// A biography cut into themes opens on its lead, which says what the
// subject was. "Lind in Brief" over it was judged too general: it says
// the theme is a summary, not what it sums up. A teacher titles it by
// the subject's main role, as the lead's own first predicate gives it
// ("Maria Lind, Landscape Painter"): the occupation nouns of the noun
// phrase after "was a"/"is an", up to the first clause, preposition or
// verb, the first two of them at most.

// maxLeadTitleWords is the most words a lead theme's title may have.
const maxLeadTitleWords = 7

// leadThemeTitle titles the first theme of a biography, made mostly of
// its lead, whose subject is called short: the subject's name and main
// role, or "<short> in Brief" where the first predicate names no role.
func (a *article) leadThemeTitle(short string) string {
	roles := a.predicateRoles()
	if len(roles) == 0 {
		return a.subjectName(short) + " in Brief"
	}
	if s, _ := a.leadPredicate(); s != nil && rulerLead(roles, s.text) {
		// A ruler's lead sums up the reign.
		return possessiveName(a.subjectName(short), "") + " Reign"
	}
	name := plainTitle(a.bioTitle())
	if name == "" || lastWord(key(name)) != strings.ToLower(lastWord(key(short))) {
		name = a.subjectName(short)
	}
	var parts []string
	for _, r := range roles {
		t := r.title()
		if len(parts) == 0 || !strings.EqualFold(parts[0], t) {
			parts = append(parts, t)
		}
		if len(parts) == 2 {
			break
		}
	}
	words := func(ps []string, n string) int {
		return len(strings.Fields(n)) + len(strings.Fields(strings.Join(ps, " and ")))
	}
	if len(parts) == 2 && words(parts, name) > maxLeadTitleWords {
		parts = parts[:1]
	}
	if words(parts, name) > maxLeadTitleWords {
		name = short
	}
	return name + ", " + strings.Join(parts, " and ")
}

// predicateRoles are the lead's roles (leadRoles) that lie in the noun
// phrase of its first predicate: before the first relative pronoun,
// verb, preposition, possessive or semicolon after "was a" ("a
// theoretical physicist who …", "a painter of the Halland coast"), not
// the offices the rest of the sentence tells nor someone else's ("a
// painter's son").
func (a *article) predicateRoles() []leadRole {
	s, from := a.leadPredicate()
	if s == nil {
		return nil
	}
	end := len(s.text)
	for i, t := range s.toks {
		if t.start < from || inBracketAt(s.text, t.start) {
			continue
		}
		// A participle before an adjective or noun narrows it ("award
		// winning American screenwriter"): no verb of a clause.
		if (t.tag == "VBG" || t.tag == "VBN") && i+1 < len(s.toks) {
			if nt := s.toks[i+1].tag; strings.HasPrefix(nt, "JJ") || strings.HasPrefix(nt, "NN") {
				continue
			}
		}
		if predicateEnd(t) || t.tag == "POS" {
			end = t.start
			break
		}
	}
	var out []leadRole
	roles := a.leadRoles()
	for _, r := range roles {
		if r.at >= from && r.at < end {
			out = append(out, r)
		}
	}
	return out
}

// predicateEnd reports whether token t ends a predicate's noun phrase.
func predicateEnd(t tok) bool {
	switch {
	case strings.HasPrefix(t.tag, "VB"), strings.HasPrefix(t.tag, "W"), t.tag == "IN", t.tag == "TO", t.tag == "MD":
		return true
	case t.text == ";", t.text == ":", t.text == "—", t.text == "–", t.text == "(":
		return true
	}
	return false
}

// inBracketAt reports whether offset i of text lies inside round brackets.
func inBracketAt(text string, i int) bool {
	before := text[:i]
	return strings.Count(before, "(") > strings.Count(before, ")")
}

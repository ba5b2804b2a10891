package generate

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/lectern/lectern/internal/quiz"
)

// A short biography's fourth item: the organisation or office its lead
// introduces with an abbreviation. A writer who brackets an abbreviation
// after a name ("the Workers' Education League (WEL)") marks it as a
// name the reader must know, and in a biography's lead, in a sentence
// about the subject, it is the office held or the organisation led: the
// card a teacher writes on such a lead ("Hart was secretary of the
// _____ from 1931 to 1940"). The blank takes the whole name with its
// abbreviation, and the back gives both, so either answer is right.

// abbrevName finds, in text, a name of two or more capitalised words
// followed by its abbreviation in brackets whose letters are the name's
// initials in order ("Workers' Education League (WEL)"). It returns the
// byte offsets of the name (without a leading "the") and of the end of
// the closing bracket, and whether a "the" precedes the name.
var abbrevRe = regexp.MustCompile(`((?:[A-Z][\p{L}'’-]*\s+(?:(?:of|for|and|the|de|du)\s+)*)+[A-Z][\p{L}'’-]*) \(([A-Z][A-Za-z]{1,7})\)`)

func abbrevName(text string) (start, nameEnd, end int, ok bool) {
	for _, m := range abbrevRe.FindAllStringSubmatchIndex(text, -1) {
		name, ab := text[m[2]:m[3]], text[m[4]:m[5]]
		if initialsMatch(name, ab) {
			return m[2], m[3], m[1], true
		}
	}
	return 0, 0, 0, false
}

// initialsMatch reports whether abbreviation ab is spelt by the initials
// of name's capitalised words (or their hyphenated parts), in order, from
// the first word, with every capital letter of ab used.
func initialsMatch(name, ab string) bool {
	var inits []rune
	for _, w := range strings.Fields(name) {
		for _, part := range strings.Split(w, "-") {
			r := []rune(part)
			if len(r) > 0 && unicode.IsUpper(r[0]) {
				inits = append(inits, r[0])
			}
		}
	}
	var caps []rune
	for _, r := range ab {
		if unicode.IsUpper(r) {
			caps = append(caps, r)
		}
	}
	if len(caps) < 2 || len(inits) < 2 || caps[0] != inits[0] {
		return false
	}
	// Each capital of ab in order among the initials, and as many
	// capitals as the name has capitalised words.
	i := 0
	for _, c := range caps {
		for i < len(inits) && inits[i] != c {
			i++
		}
		if i == len(inits) {
			return false
		}
		i++
	}
	words := 0
	for _, w := range strings.Fields(name) {
		if unicode.IsUpper([]rune(w)[0]) {
			words++
		}
	}
	return len(caps) >= words
}

// leadOffice drafts the card on the abbreviated name of a sentence of a
// biography's lead paragraph about its subject: the sentence opens on
// the subject's name or a pronoun that can only be the subject's, names
// no one else, and reads alone once the name is put in. A second clause
// after ", and" is cut when the blank lies before it. Sentences already
// used by a proposed item are skipped.
func (a *article) leadOffice(sents []*sentence, out []item) *item {
	subj, short := a.biographySubject()
	if subj == "" || len(a.paras) == 0 {
		return nil
	}
	taken, _ := cardUses(out)
	for _, s := range sents {
		if taken[s.idx] || s.para != a.paras[0] || a.backReference(s) || s.idx == 0 || len(s.toks) < 4 {
			continue
		}
		text := s.text[datelineEnd(s.text):]
		var edits []edit
		first := s.toks[0].text
		switch {
		case strings.EqualFold(first, "he") || strings.EqualFold(first, "she"):
			if a.bioGender != genderOf(strings.ToLower(first)) || !a.onlySubjectBefore(s, subj, short) {
				continue
			}
			edits = []edit{{first, strings.Fields(short)[0]}}
		case strings.HasPrefix(key(text), short+" "):
		default:
			e, ok := a.frontedResolved(s)
			if !ok {
				continue
			}
			edits = []edit{e}
		}
		// Nothing else leans on the sentences before.
		own := subjectPronouns[a.bioGender]
		lean := false
		for _, t := range s.toks[1:] {
			lw := strings.ToLower(t.text)
			if isPersonalPronoun(lw) && !contains(own, lw) || contextWords[lw] {
				lean = true
			}
		}
		if lean {
			continue
		}
		start, nameEnd, end, ok := abbrevName(s.text)
		if !ok {
			continue
		}
		name := s.text[start:nameEnd]
		if a.ownSubject(key(name), "") || strings.HasSuffix(strings.TrimSpace(s.text[:start]), "'s") {
			continue
		}
		blankAt := start
		rest := s.text[end:]
		if i := strings.Index(rest, ", and "); i >= 0 {
			rest = strings.TrimRight(rest[:i], " ") + "."
		}
		front := s.text[:blankAt] + "_____" + rest
		front, ok = applyEdits(front, edits)
		if !ok {
			continue
		}
		back := s.text[blankAt:end]
		sp := &span{sent: s, start: start, end: end, text: s.text[start:end], key: key(name), kind: kOrg, rule: "lead-office"}
		for _, o := range s.spans {
			if o.start == start {
				sp.kind, sp.sub, sp.head = o.kind, o.sub, o.head
			}
		}
		it := &item{sent: s, c: &quiz.Card{Front: front, Back: back}, answer: back, rule: "lead-office/" + sp.kind.String(), score: s.score, sp: sp, named: len(edits) > 0}
		return it
	}
	return nil
}

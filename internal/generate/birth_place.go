package generate

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Where the subject of a biography was born. A short biography is one
// theme, or two or three, and the honest balance lets a theme of three
// true statements take no fourth true one; the theme that tells the
// early life then stopped at one to three items, while the sentence
// "Heyer was born in Wimbledon, London in 1902." states a main fact of
// the life a teacher asks first: where the subject was born. birthPlace
// drafts, for a biography's theme still under minProposed after
// fillThin's other items, the card "Where was Heyer born?" with the place
// on the back ("Wimbledon, London"), from a sentence of the theme that
// opens on the subject's name (or "He"/"She" only the subject can be)
// followed by "was born", and gives the place after " in " in
// capitalised words: a town and the region or country after it, up to a
// bracket, a year, "to" or "into" the family. The card is drafted only
// where no proposed item of the theme quotes the sentence or already
// names the place with "born", and only where it adds (every item
// proposed before still is).

// birthRe finds "was born" after the subject's name; birthInRe each
// place after it: " in " and capitalised words, a town and the region or
// country after it.
var (
	birthRe   = regexp.MustCompile(`^\s+was\s+born\b`)
	birthInRe = regexp.MustCompile(`\s+in\s+(\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s+)\p{Lu}[\p{L}'’.-]*){0,5})`)
)

// birthSkipped is what may stand between "born" and "in PLACE": a date,
// the parents' names ("to John and Mary Hanna"), no clause.
var birthSkipped = regexp.MustCompile(`^(?:\s+on)?[\s\p{L}0-9,()'’.-]*$`)

// birthPlaceName is the subject's name as the sentence gives it and
// the text after it, where s opens on the subject.
func (a *article) birthSubject(s *sentence) (name, rest string, ok bool) {
	_, short := a.biographySubject()
	if short == "" || s == nil || len(s.toks) < 4 || datelineEnd(s.text) != 0 {
		return "", "", false
	}
	// The name opens the sentence: a person's span with the short name
	// in it, or the short name alone.
	for _, sp := range s.spans {
		if sp.start != 0 {
			continue
		}
		if sp.kind == kPerson && countWord(sp.text, short) > 0 {
			return sp.text, s.text[sp.end:], true
		}
	}
	if strings.HasPrefix(s.text, short+" ") {
		return short, s.text[len(short):], true
	}
	if st, ok := a.leadSubject(s); ok && !strings.HasPrefix(st.rest, "'") && !strings.HasPrefix(st.rest, "’") && strings.TrimSpace(st.prefix) == short {
		return short, st.rest, true
	}
	return "", "", false
}

// birthNoPlace reports whether p, capitalised words after "in", is no
// place: a month, a title ("St."), the subject's own name.
func birthNoPlace(p, short string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(p, ",", " ")) {
		if months[strings.ToLower(w)] || strings.HasSuffix(w, ".") {
			return true
		}
	}
	return p == "" || countWord(p, short) > 0
}

// birthPlaceCard drafts the card on where the subject was born, or nil.
func (a *article) birthPlaceCard(s *sentence) *item {
	name, rest, ok := a.birthSubject(s)
	if !ok {
		return nil
	}
	m := birthRe.FindStringIndex(rest)
	if m == nil {
		return nil
	}
	_, short := a.biographySubject()
	var place string
	at := -1
	for _, in := range birthInRe.FindAllStringSubmatchIndex(rest[m[1]:], -1) {
		between := rest[m[1] : m[1]+in[0]]
		if !birthSkipped.MatchString(between) || len(strings.Fields(between)) > 10 {
			return nil
		}
		p := strings.TrimRight(rest[m[1]+in[2]:m[1]+in[3]], " ,.")
		if birthNoPlace(p, short) {
			continue // "in March 1921": a date, not the place
		}
		place, at = p, len(s.text)-len(rest)+m[1]+in[2]
		break
	}
	if at < 0 {
		return nil
	}
	front := "Where was " + name + " born?"
	sp := &span{sent: s, start: at, end: at + len(place), text: place, key: key(place), kind: kPlace, rule: "birth-place"}
	return &item{sent: s, c: &quiz.Card{Front: front, Back: place}, answer: place, rule: "birth-place/" + kPlace.String(), score: s.score, sp: sp, named: true}
}

// birthPlace returns the birth-place card among sents, where no proposed
// item of out quotes its sentence or names the place beside "born".
func (a *article) birthPlace(sents []*sentence, out []item, used map[string]bool) *item {
	if s, _ := a.biographySubject(); s == "" {
		return nil
	}
	taken, _ := cardUses(out)
	for _, s := range sents {
		if taken[s.idx] || used[strconv.Itoa(s.idx)+"|birth-place"] || !s.usable() || quotedSpeech(s) {
			continue
		}
		it := a.birthPlaceCard(s)
		if it == nil {
			continue
		}
		head := strings.Fields(strings.Trim(it.answer, " ,"))[0]
		head = strings.TrimRight(head, ",")
		asked := false
		for _, o := range out {
			if o.proposed && countWord(o.sent.text, head) > 0 && strings.Contains(strings.ToLower(o.sent.text), "born") {
				asked = true
			}
		}
		if !asked {
			return it
		}
	}
	return nil
}

// fillBirthPlace adds the birth-place card to a biography's theme still
// under minProposed, where it adds; settle is fillLeadFacts'.
func (a *article) fillBirthPlace(qs, cards []item, sents []*sentence, used map[string]bool, settle func(qs, cards []item) ([]item, int)) []item {
	if s, _ := a.biographySubject(); s == "" {
		return cards
	}
	out, proposed := settle(qs, cards)
	if proposed >= minProposed {
		return cards
	}
	c := a.birthPlace(sents, out, used)
	if c == nil {
		return cards
	}
	used[strconv.Itoa(c.sent.idx)+"|birth-place"] = true
	kept := []item{*c}
	a.markWeakBuilds(kept)
	after, _ := settle(qs, append(cards[:len(cards):len(cards)], kept...))
	if !addsOnly(out, after, kept[0].c) {
		return cards
	}
	return append(cards, kept...)
}

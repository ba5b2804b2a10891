package generate

import (
	"regexp"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Which award the subject of a biography won, and for what. A
// biography's lead says what its subject was honoured for: "She won the
// Best Actress Academy Award for her portrayal of Blanche DuBois in A
// Streetcar Named Desire (1951), a role she also played on stage".
// Quoted whole as a true statement the sentence is long and its pronoun
// vague, and a theme of three true statements takes no fourth true one
// (the honest balance), so the theme stopped at two or three items
// while the award, a main fact of the life, went unasked. awardCard
// drafts, for a biography's theme still under minProposed after
// fillThin's other items, the card "Which award did Leigh win for her
// portrayal of Blanche DuBois in A Streetcar Named Desire (1951)?" with
// the award on the back ("The Best Actress Academy Award"), from a
// sentence that opens on the subject (its name, or "He"/"She" only the
// subject can be: birthSubject) followed by "won" and an award (a noun
// phrase ending in "Award", "Prize", "Medal" …), perhaps a year, and
// "for" what it was won for, ended at the next clause. The card is
// drafted only where no proposed item of the theme quotes the sentence,
// and only where it adds (every item proposed before still is).

// awardRe matches the words after the subject: group 1 the award, 2 the
// year it was won, 3 what it was won for.
var awardRe = regexp.MustCompile(`^\s+(?:also\s+)?won\s+((?:an?|the|his|her)\s+[^,;()]{0,60}?\b(?:Award|Prize|Medal|Trophy|Oscar|Cross|Order|Scholarship|Fellowship)(?:\s+(?:of|in|for)\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,4})?)(?:\s+in\s+([0-9]{4}))?\s+for\s+(.+)$`)

// awardForCut ends what the award was won for at a second clause or an
// apposition.
var awardForCut = regexp.MustCompile(`;|:|,\s+(?:and|but|a|an|the|which|who|while|although|as well as|when|where|after|before|in|with)\s`)

// awardSubject is birthSubject read on the sentence up to the end of
// what the award was won for: the clause after it, left off the card,
// may lean on the sentences before ("a role she also played on stage").
func (a *article) awardSubject(s *sentence) (name, rest string, ok bool) {
	if name, rest, ok = a.birthSubject(s); ok || s == nil {
		return name, rest, ok
	}
	i := strings.Index(s.text, " won ")
	if i < 0 {
		return "", "", false
	}
	loc := awardForCut.FindStringIndex(s.text[i:])
	if loc == nil {
		return "", "", false
	}
	end := i + loc[0]
	cp := *s
	cp.text = s.text[:end] + "."
	cp.toks = nil
	for _, t := range s.toks {
		if t.start+len(t.text) <= end {
			cp.toks = append(cp.toks, t)
		}
	}
	cp.spans = nil
	for _, sp := range s.spans {
		if sp.end <= end {
			cp.spans = append(cp.spans, sp)
		}
	}
	name, rest, ok = a.birthSubject(&cp)
	if !ok {
		return "", "", false
	}
	// rest is read on s's own text, from the same offset.
	return name, s.text[len(cp.text)-len(rest):], true
}

// awardOrdinals count the times an award was won.
var awardOrdinals = set(`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only`)

// awardCard drafts the card on the award s says the subject won, or nil.
func (a *article) awardCard(s *sentence) *item {
	name, rest, ok := a.awardSubject(s)
	if !ok {
		return nil
	}
	m := awardRe.FindStringSubmatchIndex(rest)
	if m == nil {
		return nil
	}
	award := rest[m[2]:m[3]]
	year := ""
	if m[4] >= 0 {
		year = " in " + rest[m[4]:m[5]]
	}
	what := rest[m[6]:m[7]]
	if loc := awardForCut.FindStringIndex(what); loc != nil {
		what = what[:loc[0]]
	}
	what = strings.TrimRight(what, " ,.")
	n := len(strings.Fields(what))
	if n < 2 || n > 20 {
		return nil
	}
	// "for the third time", "for the first": a count, not a work.
	if w := strings.Fields(strings.ToLower(what)); len(w) > 1 && (awardOrdinals[w[1]] || w[0] == "it" || w[0] == "this" || w[0] == "that") {
		return nil
	}
	front := "Which award did " + name + " win" + year + " for " + what + "?"
	if frontGivesAway(name+year+" "+what, key(award)) {
		return nil
	}
	shown := award
	for _, art := range []string{"a ", "an ", "the "} {
		if strings.HasPrefix(shown, art) {
			shown = strings.ToUpper(art[:1]) + shown[1:]
		}
	}
	at := len(s.text) - len(rest) + m[2]
	sp := &span{sent: s, start: at, end: at + len(award), text: award, key: key(award), kind: kTerm, rule: "award"}
	return &item{sent: s, c: &quiz.Card{Front: front, Back: shown}, answer: award, rule: "award/" + kTerm.String(), score: s.score, sp: sp, named: true}
}

// fillAward adds the award card to a biography's theme still under
// minProposed, where it adds; settle is fillLeadFacts'.
func (a *article) fillAward(qs, cards []item, sents []*sentence, used map[string]bool, settle func(qs, cards []item) ([]item, int)) []item {
	return a.fillCardRule(qs, cards, sents, used, settle, "award", a.awardCard, false)
}

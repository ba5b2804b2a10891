package generate

import (
	"strconv"
	"strings"
)

// Whom the subject met. A short news report about a person says first
// whom they met or dealt with: "Mr Blair held talks with his Israeli
// counterpart, Ariel Sharon, …". That is a main fact of the report, and
// a teacher asks it; but the fourth card of a thin theme (thinCardOK)
// never blanks a person, because in a biography a person other than the
// subject is mostly a relative or a colleague, a detail of a life. A
// short report of three true statements (the honest balance holds back a
// fourth) was left at three items while it held such a sentence.
//
// reportPersonCard drafts, for a short report that is not a biography, a
// cloze card on a person other than the report's own subject, in a
// central sentence that names the subject before the blank (so the card
// asks whom the subject met, not who someone else was). The person must
// come back elsewhere in the report (a main actor, not a bystander named
// once) and not only as the source of quotes; the blank must not be a
// speaker, inside a quotation, beside a bracket, in a list or a relative
// clause, and the front must not give it away.

// reportPersonCard returns the card, or nil. out is the theme's items,
// ranked and balanced; known is the padded key of the course title, the
// lead and the theme title; title is the course title's key.
func (a *article) reportPersonCard(sents []*sentence, out []item, title string) *item {
	if !a.shortReport() || len(a.paras) == 0 || len(a.paras[0].sents) == 0 || a.bioLead(a.paras[0].sents[0]) {
		return nil
	}
	full, short := a.reportSubject()
	if short == "" {
		return nil
	}
	taken, carded := cardUses(out)
	var best *cand
	for _, s := range sents {
		if !s.usable() || taken[s.idx] || quotedSpeech(s) || !backboneWorthy(s) {
			continue
		}
		for _, sp := range s.spans {
			if sp.kind != kPerson || carded[strconv.Itoa(s.idx)+"|"+sp.key] {
				continue
			}
			if sp.key == full || sp.key == short || lastWord(sp.key) == short || a.ownSubject(sp.key, title) {
				continue
			}
			// The subject is named before the blank: the card asks whom
			// they met.
			if !strings.Contains(" "+key(s.text[:sp.blankStart()])+" ", " "+short+" ") {
				continue
			}
			if a.mentions(sp.key) < 2 || a.onlySpeaker(sp.key) {
				continue
			}
			if inList(s, sp) || inRelativeClause(s, sp) || inBrackets(s, sp) || !a.clozeWorthy(s, sp) {
				continue
			}
			if speakerPhrase(s.text[sp.end:]) || inQuote(s, sp) || frontGivesAway(s.text[:sp.blankStart()]+" "+s.text[sp.end:], sp.key) {
				continue
			}
			c := a.blankableRead(s, sp)
			if c == nil || c.score < minScore {
				continue
			}
			if best == nil || c.score > best.score {
				best = c
			}
		}
	}
	if best == nil {
		return nil
	}
	it := a.clozeCard(best)
	it.sp, it.dq = best.sp, best.dq
	it.rule = "report-person"
	return it
}

// reportSubject is the person a short report is about: the first person
// its first sentence names, by full key and surname; or "", "".
func (a *article) reportSubject() (fullKey, short string) {
	for _, s := range a.sents {
		if !s.usable() {
			continue
		}
		for _, sp := range s.spans {
			if sp.kind == kPerson {
				return sp.key, lastWord(sp.key)
			}
		}
		return "", ""
	}
	return "", ""
}

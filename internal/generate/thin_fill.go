package generate

import (
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Themes of four. A theme drafts true statements, quoted whole, until it
// has minProposed items it could propose (items.go); but some of those
// are later held back: a second question on one answer, the honest
// balance of true and false. A longer article's themes were left with
// one to three items, while sentences that state a central fact on their
// own went undrafted. fillThin drafts, for a theme the ranker and the
// balance leave under minProposed, further true statements from the
// theme's central, self-contained sentences (the same bar as any true
// statement: trueStatement), one at a time, until the theme proposes
// minProposed or no sentence is left. Statements held back whatever
// their score (an incidental detail, a vague subject) do not count, and
// no other kind of item is let in: true statements are the kind judges
// accept most.

// thinSpare is how many statements beyond minProposed a theme drafts:
// an item proposed here may still be held back as a repeat of another
// theme's item (holdRepeats), which then takes the spare.
const thinSpare = 1

// thinFloor is the score under which a proposed item does not count
// towards a theme's four: of the judged items the first ranker scored
// under 0.25, 42 of 43 were rejected (docs/generation.md, "Remaining
// failure patterns").
const thinFloor = 0.25

// maxThinFill bounds the statements one theme drafts this way: each one
// ranks the theme again.
const maxThinFill = 4

// balance applies the true/false balance of a theme's proposals.
func (a *article) balance(t quiz.Theme, out []item, opts Options) {
	if a.wholeShortReport(t) {
		balanceByFalse(out, opts)
	}
	balanceTrueFalse(out, opts)
	fillFourth(out, opts)
	fillFalse(out, opts)             // thin_balance.go
	a.fillArticleFalse(t, out, opts) // article_false.go
	a.fillLeadFigure(t, out, opts)   // lead_figure.go
}

// fillThin is described above; it returns qs with the statements added.
func (a *article) fillThin(t quiz.Theme, rc rankCtx, qs, cards []item, cands []*cand, sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing, opts Options) ([]item, []item) {
	// A short report is one theme, whose statements balanceByFalse
	// settles; an article under shortReportWords is better one theme
	// than two (fillThemes merges them). Neither drafts more statements,
	// but a theme of either may still take the fourth card below. A
	// short biography's long sentences ("In 1978, at the age of 19, Bush
	// topped the UK Singles Chart … with her debut single Wuthering
	// Heights, becoming …") give no blank and are too long to quote: its
	// theme takes their main clauses (cutStatement) as a longer
	// article's does, and no other statement.
	long := !a.wholeShortReport(t) && a.longArticle()
	probe := opts
	probe.All = false
	settle2 := func(qs, cards []item) ([]item, int) {
		all := append(append(make([]item, 0, len(qs)+len(cards)), qs...), cards...)
		out := a.rank(rc, all, probe)
		a.balance(t, out, probe)
		return out, a.countProposed(out)
	}
	// Each statement added is ranked once with the theme's items; the
	// last ranking serves the card's check below.
	out, proposed := settle2(qs, cards)
	_, bioShort := a.biographySubject()
	for n := 0; !long && bioShort != "" && n < maxThinFill && proposed < minProposed+thinSpare; n++ {
		tr := a.cutStatement(sents, perSent, used, ex)
		if tr == nil {
			break
		}
		used[strconv.Itoa(tr.sent.idx)+"|*"] = true
		perSent[tr.sent.idx] += 2
		tr.incidental = a.incidentalSentence(tr.sent)
		qs = append(qs, a.keepStandAlone([]item{*tr})...)
		out, proposed = settle2(qs, cards)
	}
	// A short biography's theme still under four: a central sentence
	// on the subject that opens on "He" or "She" and says "also", read
	// with the name put in and without the "also" (subject_also.go).
	if !long && bioShort != "" && proposed < minProposed {
		if tr := a.alsoStatement(sents, perSent, used, ex); tr != nil {
			used[strconv.Itoa(tr.sent.idx)+"|*"] = true
			perSent[tr.sent.idx] += 2
			tr.incidental = a.incidentalSentence(tr.sent)
			qs = append(qs, *tr)
			out, proposed = settle2(qs, cards)
		}
	}
	for n := 0; long && n < maxThinFill && proposed < minProposed+thinSpare; n++ {
		tr := a.trueStatement(sents, perSent, used, ex)
		named := false
		if tr == nil {
			// A sentence read with its person named (thin_named.go),
			// then a long sentence's main clause (trailing_cut.go).
			if tr = a.namedStatement(sents, perSent, used, ex); tr != nil {
				named = true
			} else if tr = a.frontedStatement(sents, perSent, used, ex); tr != nil {
				named = true
			} else if tr = a.cutStatement(sents, perSent, used, ex); tr == nil {
				// A biography's "He also …" with the name put in
				// (subject_also.go).
				if tr = a.alsoStatement(sents, perSent, used, ex); tr == nil {
					break
				}
				named = true
			}
		}
		used[strconv.Itoa(tr.sent.idx)+"|*"] = true
		perSent[tr.sent.idx] += 2
		tr.incidental = a.incidentalSentence(tr.sent)
		if named {
			// namedOpening has checked that it reads alone.
			qs = append(qs, *tr)
		} else {
			qs = append(qs, a.keepStandAlone([]item{*tr})...)
		}
		out, proposed = settle2(qs, cards)
	}
	// A short report under four: a central sentence read without its
	// "also" (short_report.go).
	if !long && a.wholeShortReport(t) && proposed < minProposed {
		if tr := a.shortFocusStatement(sents, perSent, used, ex); tr != nil {
			used[strconv.Itoa(tr.sent.idx)+"|*"] = true
			perSent[tr.sent.idx] += 2
			qs = append(qs, *tr)
			out, proposed = settle2(qs, cards)
		}
	}
	// A multiple-choice question on who did what (subject_choice.go).
	if !a.cutting {
		if more := a.fillSubjectChoice(qs, cards, sents, used, settle2); len(more) > len(qs) {
			qs = more
			out, proposed = settle2(qs, cards)
		}
	}
	// A multiple-choice question on the figure the theme is about
	// (figure_choice.go).
	if !a.cutting && proposed < minProposed {
		if more := a.fillFigureChoice(qs, cards, cands, used, settle2); len(more) > len(qs) {
			qs = more
			out, proposed = settle2(qs, cards)
		}
	}
	// Still under four: one cloze card on a key noun phrase
	// (thin_card.go), where the theme has one that reads alone.
	if proposed >= minProposed {
		return qs, cards
	}
	known := " " + key(opts.courseTitle) + " " + key(t.Title) + " "
	if len(a.paras) > 0 {
		known += key(a.paras[0].text) + " "
	}
	c := a.thinCard(cands, out, used, known, key(opts.courseTitle))
	if c == nil {
		c = a.thinCardNamed(sents, out, known, key(opts.courseTitle))
	}
	if c == nil {
		c = a.leadOffice(sents, out) // lead_office.go
	}
	if c == nil {
		c = a.reportPersonCard(sents, out, key(opts.courseTitle)) // report_person.go
	}
	if c != nil {
		used[strconv.Itoa(c.sent.idx)+"|"+c.sp.key] = true
		kept := []item{*c}
		if !strings.HasPrefix(c.rule, "lead-office/") {
			// The lead's card has its name put in already.
			kept = a.keepStandAlone(kept)
		}
		if len(kept) > 0 {
			a.markIncidental(kept, key(opts.courseTitle))
			a.markSubjectBlanks(kept, opts.courseTitle)
			a.markWeakBuilds(kept)
			// The card only adds: it is proposed, and every item
			// proposed without it still is.
			if after, _ := settle2(qs, append(cards[:len(cards):len(cards)], kept...)); addsOnly(out, after, kept[0].c) {
				cards = append(cards, kept...)
			}
		}
	}
	// A biography's theme still under four: cards on its lead facts
	// (lead_fact.go), then on where the subject was born
	// (birth_place.go), then on an award the subject won (award_card.go),
	// then on the work of the subject's debut (debut_card.go), then on
	// where the subject studied (study_card.go).
	cards = a.fillLeadFacts(qs, cards, sents, used, settle2)
	cards = a.fillBirthPlace(qs, cards, sents, used, settle2)
	cards = a.fillAward(qs, cards, sents, used, settle2)
	cards = a.fillDebut(qs, cards, sents, used, settle2) // debut_card.go
	return qs, a.fillStudy(qs, cards, sents, used, settle2)
}

// countProposed counts the items of out, ranked and balanced, that a
// theme proposes at thinFloor or over. An item that asks what a better
// one proposed asks (a card on the sentence a true statement quotes) is
// held back as a repeat later (holdRepeats): it does not count, so that
// the theme is not taken for full while it will propose three.
func (a *article) countProposed(out []item) int {
	n := 0
	var counted []*item
	for i := range out {
		if out[i].proposed && out[i].score >= thinFloor && !a.repeatsAny(&out[i], counted) {
			counted = append(counted, &out[i])
			n++
		}
	}
	return n
}

// addsOnly reports whether ranking after a card was added proposes the
// card and every item proposed before.
func addsOnly(before, after []item, card *quiz.Card) bool {
	was := map[string]bool{}
	for _, it := range before {
		if it.proposed {
			was[itemKey(it)] = true
		}
	}
	for _, it := range after {
		k := itemKey(it)
		if it.c == card {
			if !it.proposed {
				return false
			}
			continue
		}
		if was[k] && !it.proposed {
			return false
		}
	}
	return true
}

func itemKey(it item) string {
	if it.q != nil {
		return "q|" + it.q.Prompt
	}
	return "c|" + it.c.Front
}

// longArticle reports whether the article has shortReportWords words or
// more: several themes, each of which needs its own four items. A
// shorter report keeps the statements the rules for it chose.
func (a *article) longArticle() bool {
	n := 0
	for _, p := range a.paras {
		n += p.wordCount()
	}
	return n >= shortReportWords
}

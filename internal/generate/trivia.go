package generate

import (
	"regexp"
	"strings"
)

// Incidental details. A figure or a name matters to an article when the
// article comes back to it, or when it answers what the paragraph is
// about; the judges rejected the others as trivia (the number of boats in
// one rescue, the year a building was sold, the name of the person
// quoted, a company listed in passing). An answer the article names once
// is incidental where its sentence gives it as an aside: in brackets or a
// clause set off by commas, after "including" or "such as", as the source
// of a report ("according to X", "X said"), as a plain count in a sentence
// at the edge of its theme, or anywhere in the theme's least central
// sentences. An item on an incidental answer is held back, not proposed:
// an instructor can still bring it in with "More drafts".

// peripheral is the centrality under which a sentence is at the edge of
// its theme; plainCountCentral the centrality a plain count's sentence
// needs to be worth asking about.
const (
	peripheral        = 0.2
	plainCountCentral = 0.4
)

var (
	// asideOpenRE ends the text before an answer inside an aside: a
	// bracket or a comma clause opened by a relative or subordinating
	// word, or a list introduced by "including".
	asideOpenRE = regexp.MustCompile(`(?i)(?:\([^)]*|,\s*(?:which|who|whose|while|although|though|whereas|including|such as|like|as well as|among them|with)\b[^,;:—–]*|\b(?:including|such as|among them)\b[^,;:—–.]*)$`)
	// sourceBeforeRE / sourceAfterRE: the answer is who reports.
	sourceBeforeRE = regexp.MustCompile(`(?i)\b(?:according to|said|says|told|per|wrote|writes|reported by|reports)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$`)
	// A publication's judgement of someone ("The Times in 1964 called
	// him a master") is sourced the same way: which paper praised the
	// subject is incidental to what it said.
	// epithetNameRE: the answer is the pet name of a thing told once,
	// "an underwater creature: Finn the fish". The judges rejected the
	// name of an avatar given so as an incidental detail.
	epithetNameRE = regexp.MustCompile(`^\s+the\s+\p{Ll}+(?:[.,;:!?"”]|$)`)
	sourceAfterRE = regexp.MustCompile(`(?i)^(?:,[^,]{0,60},)?(?:\s+in\s+\d{4},?)?\s+(?:said|says|told|wrote|writes|added|noted|argued|explained|reported|announced|called|described|praised|hailed|dubbed)\b`)
)

// incidental reports whether the answer sp of sentence s is an incidental
// detail (see above).
func (a *article) incidental(s *sentence, sp *span) bool {
	if sp == nil || sp.kind == kTerm {
		return false // common noun phrases are judged by the cloze rules
	}
	if elapsedSpan(s, sp) {
		// "than it did _____ ago": the length of a span counted from
		// now, which no other option plainly contradicts, even where
		// the article comes back to it (swap_shape.go).
		return true
	}
	if a.mentions(sp.key) > 1 {
		return false // the article comes back to it
	}
	before := s.text[datelineEnd(s.text):sp.blankStart()]
	after := s.text[sp.end:]
	switch {
	case s.score < peripheral:
		return true
	case asideOpenRE.MatchString(before) || sp.kind.proper() && insideDashes(before):
		return true
	case sp.kind.proper():
		if sourceBeforeRE.MatchString(before) || sourceAfterRE.MatchString(after) || epithetNameRE.MatchString(after) {
			return true
		}
	case sp.kind == kNumber && sp.num.scale == "":
		// "five boats", "281 cases": a count matters where the sentence
		// is what its theme is about.
		return s.score < plainCountCentral
	}
	return false
}

// insideDashes reports whether the text before an answer leaves it inside
// a pair of dashes, an aside as brackets are: "Two of the most
// controversial traveller sites — Cottenham in Cambridgeshire and Minety
// in Wiltshire — remain embroiled in an ongoing legal battle". Both
// blind judges of the report rejected a blank on "Cottenham", one site
// named once in its closing sentence, as an incidental detail.
func insideDashes(before string) bool {
	n := strings.Count(before, " — ") + strings.Count(before, " – ")
	return n%2 == 1
}

// mentions counts the article's mentions of a key, under any of its names
// (a surname counts for the full name).
func (a *article) mentions(k string) int {
	id := a.identity(k)
	n := len(a.byKey[k])
	if id != k {
		n += len(a.byKey[id])
	}
	for surname, full := range a.fullName {
		if full == k && surname != k {
			n += len(a.byKey[surname])
		}
	}
	return n
}

// markIncidental marks the items whose answer is an incidental detail:
// an aside (above) or a detail the article mentions once on the way
// (salience.go). title is the course title, as a key.
func (a *article) markIncidental(items []item, title string) {
	for i := range items {
		it := &items[i]
		if a.incidentalSentence(it.sent) || a.shareMove(it.sent) || promoFiller(it.sent) || // report_trivia.go, wording_trivia.go
			quoteClaimHeld(it) || // quote_claim.go
			a.baselineSentence(it.sent) { // background_figure.go
			it.incidental = true
			continue
		}
		if it.sp != nil && it.rule != "truefalse-true" && !strings.HasPrefix(it.rule, "definition") {
			it.incidental = a.incidental(it.sent, it.sp) || a.minorDetail(it.sent, it.sp, title) || a.reportTrivia(it.sent, it.sp) || a.genericBlank(it) ||
				a.programmeName(it.sent, it.sp) || // report_trivia.go
				longList(it.sent, it.sp) || // list_member.go
				remarkYear(it.sent, it.sp) || // remark_year.go
				overturnedForecast(it.sent, it.sp) || describedBlank(it.sent, it.sp) || a.possessedDescription(it.sent, it.sp) || // wording_trivia.go
				a.otherEventDate(it.sent, it.sp) || frontedAdjunctBlank(it.sent, it.sp) || // detail_blank.go
				bareNumberBeforeVerb(it.sent, it.sp) || // swap_shape.go
				a.passingFigure(it.sent, it.sp) || // figure_point.go
				appositiveTitleBlank(it.sent, it.sp) || // quote_claim.go
				nameDescriptorBlank(it.sent, it.sp) || // descriptor_blank.go
				familyHolding(it.sent, it.sp) || // background_figure.go
				relativeFigure(it.sent, it.sp) || // relative_figure.go
				sideFigure(it.sent, it.sp) || // side_figure.go
				a.bioParentApposBlank(it.sent, it.sp) || // relative_detail.go
				monthBlank(it) || // month_blank.go
				a.incidentalName(it.sent, it.sp) || // incidental_name.go
				a.venueBlank(it.sent, it.sp) // incidental_event.go
		}
	}
}

// holdBack reports whether the ranker keeps the item back whatever its
// score: it opens on a subject named only by a pronoun or a kind, it
// asks an incidental detail, or it is a weak build (mix.go).
func (it *item) holdBack() bool {
	return it.vagueSubject() || it.incidental || it.weak
}

// heldFor says why an item not proposed is held back whatever its score
// (see Draft), or "".
func (it *item) heldFor() string {
	switch {
	case it.proposed:
		return ""
	case it.vagueSubject():
		return "vague"
	case it.incidental:
		return "incidental"
	case it.repeat:
		return "repeat"
	case it.weak:
		return "weak"
	case it.leanHeld:
		return "context"
	}
	return ""
}

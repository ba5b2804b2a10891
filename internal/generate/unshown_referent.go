package generate

import (
	"regexp"
	"strings"
)

// Items whose words stand for something only the sentences before show,
// which the rules before this pass do not read (blind judges asked for
// context on each kind, development sets 151 to 195):
//   - a demonstrative after an opening phrase, before a noun and its
//     verb: "In 2010, by one count, that price averaged …"; "these" or
//     "those" standing alone before a verb: "Even before these have been
//     worked out, …";
//   - an ordinal of a list the sentence before gave: "The first marks
//     time …", "The second attraction of the idea …", "On the second,
//     longer-term clock, …";
//   - "one" standing for a noun told before: "A modern one is able to
//     …", "bulky ones like door panels …";
//   - a comparison whose other side is not in the item: "took a similar
//     view", "a similarly strong consensus", "Much the same went for …",
//     "could do the same";
//   - a time counted from an event told before: "A mere four years
//     later …".
// An opening that adds nothing the sentence needs is left out instead:
// "Certainly, …", "In reality, …", "For another thing, …", "In fact"
// with or without its comma.
//
// withUnshownReferents holds such an item back, as the lean-context
// passes do, except a true statement that will be shown after the
// sentence before it (statement_lead.go), which the lead explains, and
// an item its theme cannot spare (themeCanSpare).

// unshownDropOpeners open a sentence and can be left out.
var unshownDropOpeners = []string{"certainly, ", "in reality, ", "for another thing, ", "for one thing, ", "in fact "}

// countedNouns follow an ordinal to name one of a list the sentence
// before gave: "The second attraction", "The third strand".
var countedNouns = set(`attraction|reason|point|problem|strand|clock|option|way|lesson|step|factor|group|kind|type|category|set|explanation|argument|approach|question|issue|risk|worry|concern|answer|idea|theory|camp|scenario|change|challenge|benefit|advantage|drawback|difficulty|obstacle|force|trend|effect|consequence`)

// unshownPatterns match, in lower case, the comparisons and counted
// times whose other side is not in the item.
var unshownPatterns = []*regexp.Regexp{
	regexp.MustCompile(`\bsimilarly [a-z-]+\b`),
	regexp.MustCompile(`\b(?:much|exactly|just|precisely|largely) the same\b`),
	regexp.MustCompile(`\b(?:do|does|did|doing|done) the same\b`),
	regexp.MustCompile(`\b(?:[a-z-]+ )?(?:years|months|weeks|decades|centuries) later\b`),
}

// unshownExcept are what keep an unshownPatterns match from leaning:
// "the same as …", "did the same for …".
var unshownExcept = regexp.MustCompile(`^ (?:as|for|to|with|thing|time|day|year|way)\b`)

// unshownReferent returns the phrase of s, shown in the item's text,
// that stands for what only the sentences before show, and whether the
// item can leave it out (an opening of unshownDropOpeners); "" where
// there is none.
func unshownReferent(s *sentence, shown string) (phrase string, drop bool) {
	body := strings.TrimPrefix(shown, "True or false? ")
	lower := strings.ToLower(body)
	for _, o := range unshownDropOpeners {
		if strings.HasPrefix(lower, o) && len(body) > len(o) {
			return body[:len(o)], true
		}
	}
	for _, re := range unshownPatterns {
		for _, m := range re.FindAllStringIndex(lower, -1) {
			if !unshownExcept.MatchString(lower[m[1]:]) && !quotedAt(body, m[0]) {
				return body[m[0]:m[1]], false
			}
		}
	}
	toks := s.toks
	verbAt := func(j int) bool {
		if j >= len(toks) {
			return false
		}
		switch toks[j].tag {
		case "VBZ", "VBD", "VBP", "MD":
			return true
		}
		return false
	}
	for i, t := range toks {
		if quotedAt(s.text, t.start) || i+1 >= len(toks) {
			continue
		}
		lw := strings.ToLower(t.text)
		next := strings.ToLower(toks[i+1].text)
		var p string
		switch {
		// "that price averaged", "that trade-off may": a demonstrative
		// before a lone common noun and its verb, whatever the tag.
		// Only after a comma, a preposition or a conjunction: after a
		// verb or a noun "that" opens what is said or meant ("reckon
		// that apps might …", "to the extent that risk has …"); "this
		// crisis" is most often the one the article is about.
		case lw == "that" && i > 0 && (toks[i-1].tag == "," || toks[i-1].tag == "IN" || toks[i-1].tag == "CC") && lonelyNoun(toks, i+1) && !backTimeNouns[next]:
			p = s.text[t.start:toks[i+1].end]
		// "before these have been worked out": a demonstrative standing
		// alone before its verb.
		case (lw == "these" || lw == "those") && verbAt(i+1) && !pluralBefore(s, i):
			p = s.text[t.start:toks[i+1].end]
		// "The first marks", "the second, longer-term clock", "The third
		// strand": an ordinal of a list told before.
		case lw == "the" && listOrdinals[next] && i+2 < len(toks):
			n2 := strings.ToLower(toks[i+2].text)
			if toks[i+2].text == "," || verbAt(i+2) || countedNouns[n2] || countedNouns[strings.TrimSuffix(n2, "s")] {
				p = s.text[t.start:toks[i+2].end]
			}
		// "A modern one is", "bulky ones like", "One set come from".
		case (lw == "a" || lw == "an") && i == openingTokens(s) && strings.HasPrefix(toks[i+1].tag, "JJ") && i+3 < len(toks) && strings.ToLower(toks[i+2].text) == "one" && verbAt(i+3):
			p = s.text[t.start:toks[i+2].end]
		case strings.HasPrefix(t.tag, "JJ") && next == "ones" && i+2 < len(toks) && (verbAt(i+2) || strings.ToLower(toks[i+2].text) == "like") && !pluralBefore(s, i):
			p = s.text[t.start:toks[i+1].end]
		// "took a similar view", "an even bigger shortfall": a
		// comparison with nothing after it to compare with.
		case lw == "similar" && i > 0 && (strings.EqualFold(toks[i-1].text, "a") || strings.EqualFold(toks[i-1].text, "an")) && !similarToAfter(toks[i+1:]) && !comparedBefore(s, i):
			p = s.text[toks[i-1].start:toks[i+1].end]
		}
		if p != "" && strings.Contains(shown, p) {
			return p, false
		}
	}
	return "", false
}

// lonelyNoun reports whether token j of toks is a lone common noun
// followed by its verb: "price averaged", "figure is", "trade-off may";
// or a noun the tagger read as a verb after "that", whose verb follows
// it all the same ("battery/VBZ sold/VBN"), not an auxiliary ("that is
// seen").
func lonelyNoun(toks []tok, j int) bool {
	if j+1 >= len(toks) || !startsLower(toks[j].text) {
		return false
	}
	next := toks[j+1].tag
	switch toks[j].tag {
	case "NN":
		return next == "VBZ" || next == "VBD" || next == "VBP" || next == "MD"
	case "VBZ", "VBP", "VB":
		return !auxiliaryWords[strings.ToLower(toks[j].text)] && (next == "VBD" || next == "VBN" || next == "VBZ" || next == "MD")
	}
	return false
}

// auxiliaryWords are verbs a tagger is right to read as verbs after
// "that".
var auxiliaryWords = set(`is|are|was|were|be|been|has|have|had|does|do|did|seems|means|makes|shows|says|suggests`)

// listOrdinals count off a list.
var listOrdinals = set(`first|second|third|fourth|fifth|latter|former`)

// comparedBefore reports whether s says before "a similar" what is
// compared: two things it compares with each other ("Oslo and Bergen
// have a similar climate"), or a clause that tells of another thing
// ("In Singapore, which was early to roll out a similar app, …").
func comparedBefore(s *sentence, i int) bool {
	for k := 0; k < i; k++ {
		switch strings.ToLower(s.toks[k].text) {
		case "and", "both", "which", "who":
			return true
		}
	}
	return false
}

// withUnshownReferents is described above.
func (a *article) withUnshownReferents(items []item, opts Options) {
	asked := proposedSentences(items)
	mendLeaning(items, opts, func(it *item, shown string) (old, full string, hold bool) {
		p, drop := unshownReferent(it.sent, shown)
		if p == "" {
			return "", "", false
		}
		if drop {
			rest := strings.TrimPrefix(shown, "True or false? ")[len(p):]
			r := []rune(rest)
			if len(r) == 0 {
				return p, "", true
			}
			return p + string(r[0]), strings.ToUpper(string(r[0])), false
		}
		// A true statement that the sentence before will lead keeps its
		// words: the lead shows what they stand for.
		if it.rule == "truefalse-true" && it.q != nil && strings.HasPrefix(it.q.Prompt, "True or false? ") && a.statementLeadText(it, asked) != "" {
			return "", "", false
		}
		// An item its theme cannot spare is left as it is: a theme left
		// under four with nothing to refill it joins its neighbour, and
		// the drafts of both are cut again (a 610-word report's three
		// themes became one, losing five items judges had accepted).
		if !themeCanSpare(items, it) {
			return "", "", false
		}
		return p, "", true
	})
}

// themeCanSpare reports whether it's theme keeps minProposed proposed
// items without it, or has an item the refill could take in its place
// (refill.go: never proposed, held back by no rule, scored thinFloor or
// more).
func themeCanSpare(items []item, it *item) bool {
	theme := themeOf(*it)
	n, spare := 0, false
	for i := range items {
		o := &items[i]
		if o == it || themeOf(*o) != theme {
			continue
		}
		if o.proposed {
			n++
		} else if o.sent != nil && !o.holdBack() && !o.repeat && !o.leanHeld && !o.refilled && o.score >= thinFloor {
			spare = true
		}
	}
	return n >= minProposed || spare
}

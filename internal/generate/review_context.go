package generate

import (
	"regexp"
	"strings"
)

// A review or an opinion piece leans on what came before it more than a
// report does, and its writer steps into it. Quoted alone, such a
// sentence cannot be judged:
//
//   - the writer's own set-up or experience ("On our test machine, …", "I
//     even caught myself hesitating"): an aside about the writer, not a
//     fact of the article's subject;
//   - "this" standing alone for the thing reviewed or for a process named
//     before ("this is the most anticipated game", "The time spent doing
//     this will depend on …");
//   - a comparative with no "than" ("Rivals will be a lot more
//     pleasing."): more pleasing than what;
//   - a gerund and its particle with no object ("Finding out step by step
//     is part of the fun"): finding out what.
//
// None of them is asked; the quotation of someone else keeps its words.

// firstPersonRE finds the writer's first person singular.
var firstPersonRE = regexp.MustCompile(`\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b`)

// ourSetupRE is a sentence that opens on the writer's own set-up or
// experience: "On our test machine", "In our tests".
var ourSetupRE = regexp.MustCompile(`^(?:(?:And|But|So|Yet|Still),? )?(?:On|In|At|With|For|From|During|Using) our\b`)

// writerAside reports whether s, outside quotation marks, speaks of the
// writer (see above).
func writerAside(s *sentence) bool {
	t := s.text[datelineEnd(s.text):]
	if ourSetupRE.MatchString(t) {
		return true
	}
	for _, m := range firstPersonRE.FindAllStringIndex(t, -1) {
		if quotedAt(t, m[0]) {
			continue
		}
		// "Henry I", "World War I": a numeral after a name.
		if t[m[0]:m[1]] == "I" && m[0] > 0 {
			if w := lastField(strings.TrimRight(t[:m[0]], " ")); w != "" && startsUpper(w) {
				continue
			}
		}
		// "Me" as a name's part ("Me Too"), "My" opening a title: only
		// the pronoun in running text counts; a capital "My" inside a
		// sentence is a title's ("My Fair Lady").
		if w := t[m[0]:m[1]]; (w == "My" || w == "Me") && m[0] > 0 {
			continue
		}
		return true
	}
	return false
}

// bareThisRE is "this" standing alone as a subject or an object.
var bareThisRE = regexp.MustCompile(`\b[Tt]his (?:is|was|will|has|had|would|could|can|may|might|makes|made|means|meant)\b|\b(?:doing|do|does|did|done) this\b|\b(?:makes?|made|making) this (?:a|an|the|even|more|less)\b`)

// bareThis reports whether s, outside quotation marks, uses "this" for
// something named before it (see above).
func bareThis(s *sentence) bool {
	t := s.text
	for _, m := range bareThisRE.FindAllStringIndex(t, -1) {
		if !quotedAt(t, m[0]) {
			return true
		}
	}
	return false
}

// openComparativeRE is a sentence that ends on a copula, "more" or
// "less" and an adjective: "will be a lot more pleasing". After a verb of
// change ("has made aid much more appealing") the comparison is with
// before, and the sentence reads alone.
var openComparativeRE = regexp.MustCompile(`\b(?:is|are|was|were|be|been)(?: (?:a lot|a good deal|much|far|even|still|a little|slightly|considerably))? (?:more|less) [a-z]+[.!?]?["”’]?$`)

// openComparative reports whether s ends on a comparative that says
// nothing of what it compares with (see above).
func openComparative(s *sentence) bool {
	t := strings.TrimSpace(s.text)
	m := openComparativeRE.FindStringIndex(t)
	if m == nil || quotedAt(t, m[0]) {
		return false
	}
	return !strings.Contains(" "+strings.ToLower(t)+" ", " than ")
}

// bareGerundRE is a sentence that opens on a gerund and its particle
// followed by a verb or a "step by step" adverbial, with no object
// between.
var bareGerundRE = regexp.MustCompile(`^[A-Z][a-z]+ing (?:out|up|over|through|back)(?: (\w+) by (\w+))? (?:is|was|are|were|has|had|will|can|may|might|would|could)\b`)

// bareGerund reports whether s opens on a gerund with no object (see
// above).
func bareGerund(s *sentence) bool {
	t := s.text[datelineEnd(s.text):]
	m := bareGerundRE.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	return m[1] == m[2] // "step by step", or no adverbial at all
}

// reviewLeansBack reports whether s is one of the sentences above; a
// "this" the reviewed work's name can stand for is repaired instead
// (thisEdit).
func (a *article) reviewLeansBack(s *sentence) bool {
	if writerAside(s) || openComparative(s) || bareGerund(s) {
		return true
	}
	if _, has := a.thisEdit(s); has {
		return false
	}
	return bareThis(s)
}

// isThisEdit reports whether e is the edit thisEdit makes in s.
func (a *article) isThisEdit(s *sentence, e edit) bool {
	te, has := a.thisEdit(s)
	return has && te == e
}

// A blank is a whole constituent: "world truly" of "Half Life's world
// truly does feel like being part of a movie" is a noun and the adverb
// after it, half of one phrase and half of the next. termSpans (spans.go)
// makes no noun phrase that ends on an adverb in -ly.

// lyNouns are nouns in -ly.
var lyNouns = set(`family|supply|rally|assembly|ally|belly|bully|jelly|lily|holly|monopoly|anomaly|butterfly|
dragonfly|reply|folly|melancholy|homily|panoply|gadfly|doily|gully|tally|filly|oligopoly|firefly|housefly|mayfly|
sally|dolly|doily`)

// lyAdverb reports whether the lowercase word w is an adverb in -ly
// ("truly", "quickly"), not a noun ("family", "assembly").
func lyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// A review that opens on a question about one named work ("Could Starfall
// Odyssey live up to its promise?") and goes on in the same paragraph
// "this is the most awaited game" means the work by "this": the name is
// put in ("Starfall Odyssey is the most awaited game"). Anywhere else
// "this" alone is held back (bareThis).

// leadThisRE is "this" as the subject of a copula before a noun phrase.
var leadThisRE = regexp.MustCompile(`\b[Tt]his (?:is|was) (?:the|a|an)\b`)

// reviewedWork is the one name of a first sentence that asks a question,
// or "".
func (a *article) reviewedWork() string {
	if len(a.sents) == 0 {
		return ""
	}
	first := a.sents[0]
	if !strings.HasSuffix(strings.TrimSpace(first.text), "?") {
		return ""
	}
	name := ""
	for _, sp := range first.spans {
		if !sp.kind.proper() {
			continue
		}
		n := sp.text
		// "Half Life 2", "Civilization IV": a sequel's number is the
		// name's last part.
		if m := sequelRE.FindString(first.text[sp.end:]); m != "" {
			n += m
		}
		if name != "" && n != name {
			return ""
		}
		name = n
	}
	return name
}

// sequelRE is a sequel's number after a name.
var sequelRE = regexp.MustCompile(`^ (?:[0-9]{1,2}|II|III|IV|V|VI)\b`)

// thisEdit is the edit that names the reviewed work for "this" in s (see
// above); has reports whether s uses "this" so.
func (a *article) thisEdit(s *sentence) (e edit, has bool) {
	if len(a.sents) == 0 || s == a.sents[0] || s.para != a.sents[0].para {
		return edit{}, false
	}
	m := leadThisRE.FindStringIndex(s.text)
	if m == nil || quotedAt(s.text, m[0]) || strings.Count(s.text, "this")+strings.Count(s.text, "This") != 1 {
		return edit{}, false
	}
	name := a.reviewedWork()
	if name == "" {
		return edit{}, false
	}
	old := s.text[m[0] : m[0]+len("this")]
	return edit{old, name}, true
}

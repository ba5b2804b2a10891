package generate

import (
	"regexp"
	"strings"
	"unicode"
)

// An encyclopedia's biography opens on one shape of sentence: the full
// name, perhaps with honours after it ("…, 1st Baron Birkett, QC"), a
// bracket of pronunciation and dates, or "known as Harry", then "was" or
// "is" and what the person was ("a United States judge"). The tagger
// reads some such names as places ("Billings Learned Hand"), and the
// article was then taken for no biography: its themes were titled by
// details. leadPerson reads the shape instead of trusting the tag.

// leadPerson retags as a person the name a biography's first sentence
// opens with, when the sentence has the shape of an encyclopedia lead
// about a person (leadPersonShape).
func (a *article) leadPerson() {
	for _, s := range a.sents {
		if !s.usable() {
			continue
		}
		off := datelineEnd(s.text)
		for _, sp := range s.spans {
			if sp.start < off {
				continue
			}
			if sp.kind.proper() && sp.kind != kPerson && leadOpening(s.text[off:sp.start]) && leadPersonShape(s.text, sp) {
				sp.kind, sp.rule = kPerson, "lead-person"
			}
			break
		}
		return
	}
}

// leadOpening reports whether the text before a name lets it open the
// sentence: nothing, or an honorific ("Sir").
func leadOpening(before string) bool {
	before = strings.TrimSpace(before)
	return before == "" || honorificRE.MatchString(before)
}

// leadPersonShape reports whether sentence text, opening on the name sp,
// reads "<Name> [honours] (… dates …) [, known as …,] was a <role> …":
// every word of the name capitalised and at least two of them, a bracket
// holding a year after it, and an occupation ("judge", "painter", a noun
// in -ist) in the description before its first comma or clause.
func leadPersonShape(text string, sp *span) bool {
	if sp.end > len(text) || !nameWords(sp.text) {
		return false
	}
	rest := innerBracketsBlank(text[sp.end:])
	year := false
	for _, b := range bracketsRE.FindAllString(rest, -1) {
		year = year || leadYearRE.MatchString(b)
	}
	flat := bracketsRE.ReplaceAllString(rest, " ")
	m := leadVerbRE.FindStringIndex(flat)
	if !year || m == nil {
		return false
	}
	for _, seg := range strings.Split(flat[:m[0]], ",") {
		if seg = strings.TrimSpace(seg); seg != "" && !honoursSegment(seg) {
			return false
		}
	}
	desc := flat[m[1]:]
	if i := strings.IndexAny(desc, ",;.("); i >= 0 {
		desc = desc[:i]
	}
	for _, w := range strings.Fields(desc) {
		w = strings.ToLower(strings.Trim(w, `"“”'‘’`))
		switch w {
		case "who", "which", "that", "whose", "from", "in", "of", "for":
			return false
		}
		if occupations[w] || leadRoles[w] || len(w) > 6 && strings.HasSuffix(w, "ist") {
			return true
		}
	}
	return false
}

// leadRoles are occupations of biography leads besides those a career
// theme is titled by (occupations).
var leadRoles = set(`jurist|engraver|animator|nursemaid|anatomist|preacher|statesman|stateswoman|explorer|
naturalist|entomologist|illustrator|cartoonist|filmmaker|screenwriter|administrator|businessman|
activist|campaigner|reformer|clergyman|theologian|scholar|lexicographer|aviator|navigator|footballer|
cricketer|boxer|wrestler|swimmer|runner|monarch|king|queen|emperor|empress|prince|princess|nun|monk|
executive|entrepreneur|industrialist|financier|tycoon`)

var leadYearRE = regexp.MustCompile(`\b\d{3,4}\b`)

// nameWords reports whether a name is two words or more, each
// capitalised or an initial, with no digit; one lowercase particle may
// stand between them ("Honoré de Balzac").
func nameWords(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	particles := 0
	for i, w := range ws {
		w = strings.Trim(w, `"“”'‘’`)
		r := []rune(w)
		if nameParticles[w] && i > 0 && i < len(ws)-1 {
			particles++
			continue
		}
		if len(r) == 0 || !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return particles <= 1
}

// honoursSegment reports whether a comma-separated piece between a name
// and its verb is honours or another name: capitalised words and
// ordinals ("1st Baron Birkett", "QC PC"), or "known as …", "born …".
func honoursSegment(seg string) bool {
	low := strings.ToLower(seg)
	for _, p := range []string{"known as ", "also known as ", "born ", "née ", "nee ", "nicknamed ", "called "} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	for _, w := range strings.Fields(seg) {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !leadOrdinalRE.MatchString(w) {
			return false
		}
	}
	return true
}

var leadOrdinalRE = regexp.MustCompile(`^\d+(?:st|nd|rd|th)$`)

// innerBracketsBlank is text with every bracket that stands inside another
// bracket turned to spaces, byte for byte, so that offsets hold. A lead's
// bracket may nest one ("Lind ( /lɪnd/; Swedish pronunciation: [lɪnd];
// 1850–1921) was …"): a pattern for one bracket without brackets inside
// (bracketsRE) then matches the outer one whole.
func innerBracketsBlank(text string) string {
	if strings.Count(text, "(") < 2 {
		return text
	}
	b := []byte(text)
	depth := 0
	for i, c := range b {
		switch c {
		case '(':
			depth++
		case ')':
			if depth > 1 {
				b[i] = ' '
			}
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth > 1 {
			b[i] = ' '
		}
	}
	return string(b)
}

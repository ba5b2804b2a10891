package generate

import (
	"regexp"
	"strings"
)

// A figure set off beside a proportion that says the same thing in other
// words: "one in seven people on Earth, 1 billion people, used
// Facebook"; "More than a third of all women worldwide – 35.6% – will
// experience …". Swapped, the statement contradicts itself ("one in
// seven people on Earth, 2 billion people": set 97, both judges,
// SWAP-WEAK; "More than a third … – 17.8% –": set 84, R and E), and a
// learner needs nothing of the article to call it false. Such a figure
// is not swapped (restatedFigure).

// proportionRE is a proportion in words at the start of a stretch of a
// sentence, past words that hedge it ("nearly half", "the equivalent of
// about a third").
var proportionRE = regexp.MustCompile(`(?i)^(?:(?:where|while|or|about|around|nearly|almost|roughly|some|just|over|under|more|less|fewer|than|the|equivalent|of)\s+)*(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:in|out of) (?:every )?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a hundred|100)\b|(?:a|one|two|three|four) (?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b|half\b|two-thirds\b|three-quarters\b)`)

// figureMarks set a figure off from its sentence.
const figureMarks = ",–—();"

// restatedFigure reports whether figure sp of s is set off by a comma,
// dash or bracket right after or right before a stretch of the sentence
// that opens with a proportion in words (see above).
func restatedFigure(s *sentence, sp *span) bool {
	if !sp.kind.numeric() || sp.start <= 0 || sp.end > len(s.text) {
		return false
	}
	before := strings.TrimRight(s.text[:sp.start], " ")
	if b := strings.TrimRight(before, figureMarks+"-"); len(b) < len(before) {
		seg := b
		if m := setOffMarks(seg); len(m) > 0 {
			seg = seg[m[len(m)-1]:]
		}
		if proportionRE.MatchString(strings.TrimLeft(seg, figureMarks+" ")) {
			return true
		}
	}
	// After the figure and at most its noun: "1.3bn tonnes of food,
	// about a third of all that is produced, …".
	after := s.text[sp.end:]
	m := setOffMarks(after)
	if len(m) == 0 || m[0] > 30 {
		return false
	}
	rest := strings.TrimLeft(after[m[0]:], figureMarks+"- ")
	return proportionRE.MatchString(rest)
}

// setOffMarks are the indices in t of the marks that set a stretch off
// (a comma followed by a space, not one inside "786,000").
func setOffMarks(t string) []int {
	var at []int
	for i, r := range t {
		if strings.ContainsRune(figureMarks, r) && (r != ',' || strings.HasPrefix(t[i+1:], " ")) {
			at = append(at, i)
		}
	}
	return at
}

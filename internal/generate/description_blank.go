package generate

import (
	"strings"
)

// Cards that blank what a name is described as. Blind judges of sets
// 121 to 135 rejected 8 of the 9 proposed cards whose blank is a common
// noun phrase describing a name beside it (TRIVIA, both judges, on each):
// "Steven Chubak of Wolfe Research, an _____" over "equity-research
// firm", "Bernstein, a _____," over "research firm", "the _____ of
// Sihanoukville" over "seaside town", "a city in the _____ of Hunan"
// over "central province", "imposed by the _____, Taoyuan," over "local
// county", "the Aam Aadmi Party (AAP), a _____ that grew out of …" over
// "newish political force", "Chester Crocker, the _____ for Africa
// (1981-89)" over "longest-serving assistant secretary". The learner is asked the writer's gloss on
// a name, not anything the article teaches. A phrase the article
// defines or says again is a term it teaches and stays.

// descriptionBlank reports whether the blank sp of s describes a name
// beside it in one of those shapes.
func (a *article) descriptionBlank(s *sentence, sp *span) bool {
	if s == nil || sp == nil || sp.kind != kTerm || a.defined[sp.key] || a.sentencesWith(strings.ToLower(sp.text)) > 1 {
		return false
	}
	before := strings.TrimRight(s.text[:sp.start], " ")
	after := s.text[sp.end:]
	lb := strings.ToLower(before)
	// "Wolfe Research, an _____", "(AAP), a _____ that …", "Chester
	// Crocker, the _____ for Africa".
	for _, art := range []string{", a", ", an", ", the"} {
		if strings.HasSuffix(lb, art) {
			name := strings.TrimRight(before[:len(before)-len(art)], " ")
			return endsOnName(name) && !openingPlace(name)
		}
	}
	if !sp.the && !strings.HasSuffix(lb, " the") && lb != "the" {
		return false
	}
	// "the _____ of Sihanoukville", "the _____, Taoyuan,".
	if rest, ok := strings.CutPrefix(after, " of "); ok {
		return startsUpper(rest)
	}
	if rest, ok := strings.CutPrefix(after, ", "); ok {
		return startsUpper(rest) && strings.Contains(rest, ",")
	}
	return false
}

// openingPlace reports whether text, all of a sentence before a comma,
// is an opening phrase of place or time ("In Berlin", "After Brexit"):
// what follows its comma is the sentence's subject, not a description.
func openingPlace(text string) bool {
	if strings.Contains(text, ",") {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimLeft(text, `"“‘'(`), " ")
	return openingPrepositions[strings.ToLower(first)]
}

// openingPrepositions open a phrase of place or time.
var openingPrepositions = set(`in|at|on|for|by|from|across|after|before|since|under|with|within|outside|inside|near|throughout|during|like|unlike|as|to|among|beyond|besides|despite`)

// endsOnName reports whether text ends on a capitalised word or a
// bracketed abbreviation: "Wolfe Research", "Bernstein", "(AAP)".
func endsOnName(text string) bool {
	if strings.HasSuffix(text, ")") {
		i := strings.LastIndex(text, "(")
		return i >= 0 && startsUpper(text[i+1:])
	}
	i := strings.LastIndexAny(text, " ,;:(“\"")
	return startsUpper(text[i+1:])
}

package generate

import (
	"strings"
	"unicode"
)

// A theme's title says what its paragraphs are about. Some phrases never
// can, whatever their count: a figure ("1871"), a person the article
// names once (someone quoted or met in passing), a place other than a
// country ("Paris", "Union Street": where things happen, not what
// happens), a lone adjective ("Swedish", "Wooden") or a lone word of time
// ("Night"). titleShape scores them down
// so that a phrase naming what happens wins where the theme has one.

// titleShape is the factor by which a title candidate's shape scores it:
// 1 for a phrase that may name a theme.
func (a *article) titleShape(c *titleCand) float64 {
	words := strings.Fields(c.sp.key)
	switch {
	case len(words) == 0:
		return 1
	case c.sp.kind.numeric() || !strings.ContainsFunc(c.sp.key, unicode.IsLetter):
		return 0.01
	case c.sp.kind == kPerson && max(c.total, c.mentions) == 1:
		return 0.05
	case c.sp.kind == kPlace && c.sp.sub != "" && c.sp.sub != subCountry:
		// A known town, street or building, however long its name; a
		// country may be what acts ("Finland and Sweden" applying to
		// join). A name the tagger alone calls a place may be a ship or
		// a paper.
		return 0.3
	case len(words) > 1:
		return 1
	case loneAdjective(c.sp):
		return 0.1
	case c.sp.kind == kTerm && (timeNouns[words[0]] || dayParts[words[0]]):
		return 0.2
	}
	return 1
}

// dayParts are words of time that timeNouns, written for "this week",
// leaves out.
var dayParts = set(`night|nights|day|days|dawn|dusk|midnight|noon|today|tonight|yesterday|tomorrow|hour|hours`)

// loneAdjective reports whether a one-word span is an adjective where the
// article uses it: every token it covers is tagged as one.
func loneAdjective(sp *span) bool {
	if sp.sent == nil {
		return false
	}
	n := 0
	for _, t := range sp.sent.toks {
		if t.start >= sp.start && t.end <= sp.end {
			if !strings.HasPrefix(t.tag, "JJ") {
				return false
			}
			n++
		}
	}
	return n > 0
}

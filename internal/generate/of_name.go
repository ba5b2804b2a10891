package generate

import (
	"regexp"
	"strings"
)

// A person known by a place carries the place in the name: "Miles of
// Gloucester", "Catherine of Aragon", "Lord Nicholls of Birkenhead". A
// blank over either half ("one of his associates, Miles of _____") asks
// where the name was cut, and the judges rejected it as trivia.

// ofNameTitles are the titles before a name that a place may follow.
var ofNameTitles = set(`Lord|Lady|Baron|Baroness|Earl|Countess|Count|Duke|Duchess|Bishop|Archbishop|Prince|Princess|King|Queen|Saint|St|St.|Sir|Dame|Abbot|Prior`)

// ofNameBeforeRE finds the word and what stands before it at the end of
// the text before a blank: "… Lord Nicholls of ".
var ofNameBeforeRE = regexp.MustCompile(`(?:(\S+)\s+)?(\p{Lu}[\p{L}'’-]*)\s+of\s+$`)

// ofNameAfterRE finds " of Gloucester" right after a blank.
var ofNameAfterRE = regexp.MustCompile(`^\s+of\s+\p{Lu}`)

// ofNameHalf reports whether a blank over sp in s covers one half of a
// name "X of Y" whose X is a person: a given name alone or a name after a
// title.
func ofNameHalf(s *sentence, sp *span) bool {
	start, end, ok := sp.blankBounds(s.text)
	if !ok {
		return false
	}
	if !startsUpper(s.text[start:end]) {
		return false
	}
	if m := ofNameBeforeRE.FindStringSubmatchIndex(s.text[:start]); m != nil {
		w := s.text[m[4]:m[5]]
		if m[2] >= 0 && ofNameTitles[strings.ToLower(strings.Trim(s.text[m[2]:m[3]], ","))] {
			return true // "Lord Nicholls of _____"
		}
		if ofNameTitles[strings.ToLower(w)] {
			return false // "Bishop of _____": an office, not a name
		}
		if firstNames[strings.ToLower(w)] || givenNameSpanAt(s, m[4], m[5]) {
			return true // "Miles of _____"
		}
		return false
	}
	// "_____ of Gloucester" for "Miles".
	if sp.kind == kPerson && !strings.Contains(strings.TrimSpace(s.text[start:end]), " ") && ofNameAfterRE.MatchString(s.text[end:]) {
		return true
	}
	return false
}

// givenNameSpanAt reports whether s has a person's span of one word over
// bytes lo to hi: a person named by a given name alone.
func givenNameSpanAt(s *sentence, lo, hi int) bool {
	for _, o := range s.spans {
		if o.kind == kPerson && o.start == lo && o.end == hi {
			return true
		}
	}
	return false
}

package generate

import "strings"

// Figures of a specification. A sentence that reels off three or more
// figures or units ("around two megabits per second (Mbps) compared with
// less than 384 kilobits per second (Kbps)", "up to 30 hours' battery
// life and a two megapixel camera") is a list of specifications: a blank
// or a swap on one of its figures asks the reader to recall one number
// among several, and judges rejected such items as trivia. So is a
// figure the article gives once, in its last paragraph, on the way out
// ("a growth of 44% on the year before"). Either is held back unless the
// figure recurs in another paragraph, or is in the headline or the lead,
// where the article makes it its point.

// specUnits are the unit words that count as a figure of a
// specification.
var specUnits = map[string]bool{
	"mbps": true, "kbps": true, "gbps": true, "mb": true, "gb": true, "kb": true, "tb": true,
	"ghz": true, "mhz": true, "megapixel": true, "megapixels": true, "megabits": true, "kilobits": true,
	"gigabits": true, "megabytes": true, "gigabytes": true, "hours": true, "mph": true, "km": true,
	"kg": true, "mm": true, "cm": true, "inch": true, "inches": true, "watts": true,
}

// specFigures is how many figures and unit words sentence s holds.
func specFigures(s *sentence) int {
	n := 0
	for _, t := range s.toks {
		w := strings.ToLower(strings.Trim(t.text, "'’()"))
		if t.tag == "CD" || specUnits[w] {
			n++
			continue
		}
		// A figure and its unit written as one ("2.9Mbps", "120GB").
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			n++
		}
	}
	return n
}

// specFigureBlank reports whether answer sp, a figure, is one figure of a
// specification sentence or a figure said once in the last paragraph, and
// the article makes nothing more of it.
func (a *article) specFigureBlank(s *sentence, sp *span) bool {
	if sp == nil || !sp.kind.numeric() || sp.kind == kYear || sp.kind == kDate || sp.kind == kCentury {
		return false
	}
	spec := specFigures(s) >= 3
	last := len(a.paras) > 1 && s.para == a.paras[len(a.paras)-1]
	if !spec && !last {
		return false
	}
	if a.leadSentence(s) || a.termRecurs(sp.text) {
		return false
	}
	if k := key(sp.text); k != "" && containsWords(key(a.headline), k) {
		return false
	}
	return true
}

package generate

import "strings"

// Figures of a specification. A sentence that reels off three or more
// figures or units ("around two megabits per second (Mbps) compared with
// less than 384 kilobits per second (Kbps)", "up to 30 hours' battery
// life and a two megapixel camera") is a list of specifications: a blank
// or a swap on one of its figures asks the reader to recall one number
// among several, and judges rejected such items as trivia. So is a
// figure the article gives once, in its last paragraph, on the way out
// ("a growth of 44% on the year before"), a share or a count, not a sum
// of money. Either is held back unless the
// figure recurs in another paragraph, or is in the headline or the lead,
// where the article makes it its point. The hold runs with the passes
// after the ranker (refill.go): the theme takes its next candidate, and
// the themes are laid out as before.

// specLastParas is how many paragraphs an article must have for its last
// to be a tail: in a report of three, the last paragraph is a third of it.
const specLastParas = 4

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
	if s == nil || sp == nil || !sp.kind.numeric() || sp.kind == kYear || sp.kind == kDate || sp.kind == kCentury {
		return false
	}
	spec := specFigures(s) >= 3
	// A sum of money at the close is often the report's last word on
	// its cost ("still owes €400 million on loans"); a share or a count
	// there is a passing statistic.
	last := len(a.paras) >= specLastParas && s.para == a.paras[len(a.paras)-1] && (sp.kind == kPercent || sp.kind == kNumber)
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

// holdSpecFigures holds back each proposed blank or swap whose answer
// specFigureBlank reads as trivia.
func (a *article) holdSpecFigures(items []item, opts Options) {
	if opts.All {
		return
	}
	for i := range items {
		it := &items[i]
		if !it.proposed || it.sp == nil || it.rule == "truefalse-true" || strings.HasPrefix(it.rule, "definition") {
			continue
		}
		if a.specFigureBlank(it.sent, it.sp) {
			it.proposed, it.incidental = false, true
		}
	}
}

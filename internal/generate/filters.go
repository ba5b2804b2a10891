package generate

import (
	"math"
	"sort"
	"strings"
)

// Filters that keep items a teacher would reject as they stand. Each one
// answers a failure seen when judging generated items by hand; see
// docs/generation.md.

// choosable reports whether a blank makes a fair multiple-choice question.
// For a common noun phrase it must be a term the article defines, and so
// must the three distractors ("precipitation" against "condensation",
// "infiltration", "transpiration"): other phrases of the same head
// ("extensive cooperation" for "strategic collaboration") often fit the
// sentence as well as the answer, so the question has no single defensible
// answer. Such blanks still make cloze cards, which have no distractors.
func (a *article) choosable(c *cand) bool {
	if c.sp.kind != kTerm {
		return true
	}
	d := a.definedTerms()
	if !d[c.sp.key] || len(c.dis) < 3 {
		return false
	}
	for _, o := range c.dis[:3] {
		if !d[o.key] {
			return false
		}
	}
	return true
}

// definedTerms holds the keys of the terms the article defines.
func (a *article) definedTerms() map[string]bool {
	if a.defined == nil {
		a.defined = map[string]bool{}
		for _, d := range a.definitions(a.sents) {
			a.defined[key(d.answer)] = true
		}
	}
	return a.defined
}

// coordinated returns the spans of the same kind joined to sp by "and",
// "or" or a comma, directly or through other members of the same list.
func coordinated(s *sentence, sp *span) []*span {
	var chain []*span
	in := map[*span]bool{sp: true}
	for grown := true; grown; {
		grown = false
		for _, o := range s.spans {
			if in[o] || o.kind != sp.kind {
				continue
			}
			for m := range in {
				if joined(s, m, o) {
					in[o], grown = true, true
					chain = append(chain, o)
					break
				}
			}
		}
	}
	return chain
}

// joined reports whether x and y are neighbours in a coordination.
func joined(s *sentence, x, y *span) bool {
	lo, hi := x.end, y.blankStart()
	if y.start < x.start {
		lo, hi = y.end, x.blankStart()
	}
	if hi < lo {
		return false
	}
	switch strings.TrimSpace(s.text[lo:hi]) {
	case ",", "and", "or", ", and", ", or", "&":
		return true
	}
	return false
}

// inseparable reports whether sp is one of a pair ("Xi and Putin",
// "China and Russia") that the article keeps together: every sentence
// naming sp also names its partner, or the two are paired in more than
// one sentence. The partner then gives the blank away.
func (a *article) inseparable(s *sentence, sp *span) bool {
	chain := coordinated(s, sp)
	if len(chain) != 1 {
		return false // a longer list is no fixed pair
	}
	o := chain[0]
	if a.pairs(sp.key, o.key) >= 2 {
		return true
	}
	w, pw := lastWord(key(sp.text)), lastWord(key(o.text))
	if a.sentKeys == nil {
		a.sentKeys = make([]string, len(a.sents))
		for i, t := range a.sents {
			a.sentKeys[i] = " " + key(t.text) + " "
		}
	}
	for _, k := range a.sentKeys {
		if hasWord(k, w) && !hasWord(k, pw) {
			return false
		}
	}
	return true
}

// pairs counts the sentences that pair k1 and k2 alone: "k1 and k2".
func (a *article) pairs(k1, k2 string) int {
	a.peers(k1, k2)
	return a.pairN[k1+"|"+k2]
}

// peers reports whether the article ever lists the two keys together
// ("China and Russia", "Europe and the United States"): swapping one for
// the other then makes a statement a reader cannot dismiss without the
// text, unlike "the water on the Sun".
func (a *article) peers(k1, k2 string) bool {
	if a.peer == nil {
		a.peer, a.pairN = map[string]bool{}, map[string]int{}
		for _, s := range a.sents {
			for _, sp := range s.spans {
				chain := coordinated(s, sp)
				for _, o := range chain {
					a.peer[sp.key+"|"+o.key] = true
				}
				if len(chain) == 1 {
					a.pairN[sp.key+"|"+chain[0].key]++
				}
			}
		}
	}
	return a.peer[k1+"|"+k2]
}

// selfContained reports whether a sentence can be judged true or false on
// its own: no opening connective or pronoun, no "they", no "therefore".
func selfContained(s *sentence) bool {
	if !s.standalone {
		return false
	}
	for _, t := range s.toks {
		if contextWords[strings.ToLower(t.text)] {
			return false
		}
	}
	return true
}

// swapNumberOK reports whether a swapped-in amount makes a fair false
// statement: far enough from the answer that "about" cannot cover it
// (69% for "about 71%"), close enough not to be absurd (69% more water
// vapour per degree for 7%).
func swapNumberOK(sp *span, text string) bool {
	switch sp.kind {
	case kPercent, kMoney, kNumber:
	default:
		return true
	}
	v, ok := amountOf(text)
	if !ok || v == 0 {
		return false
	}
	r := v / scaled(sp.num)
	if r < 1 {
		r = 1 / r
	}
	return r >= 1.3 && r <= 4 && !math.IsInf(r, 0)
}

// amountOf reads the amount a number's text states: "€2.7 billion",
// "12-kilometre", "69%".
func amountOf(text string) (float64, bool) {
	i := strings.IndexAny(text, "0123456789")
	if i < 0 {
		return 0, false
	}
	j := i
	for j < len(text) && (isDigit(text[j]) || text[j] == ',' || text[j] == '.') {
		j++
	}
	v, _, ok := parseNum(strings.TrimRight(text[i:j], ".,"))
	if !ok {
		return 0, false
	}
	n := numInfo{value: v}
	rest := strings.ToLower(text[j:])
	for _, sc := range []string{"thousand", "million", "billion", "trillion", "bn"} {
		if strings.HasPrefix(strings.TrimSpace(rest), sc) {
			n.scale = sc
		}
	}
	return scaled(n), true
}

// hasWord reports whether a padded key holds w, possessive or not (key
// writes "Putin’s" as "putins").
func hasWord(k, w string) bool {
	return strings.Contains(k, " "+w+" ") || strings.Contains(k, " "+w+"s ")
}

// definedDistractors offers, for a defined term, the other terms the
// article defines: "condensation" and "transpiration" for
// "precipitation". They are of the same kind and none fits the definition
// the sentence gives.
func (a *article) definedDistractors(s *sentence, sp *span, dis []option) []option {
	d := a.definedTerms()
	sentKey := " " + key(s.text) + " "
	var out []option
	seen := map[string]bool{sp.key: true}
	add := func(k, text string) {
		if len(out) == 3 || seen[k] || !d[k] || hasWord(sentKey, k) || equivalent(k, sp.key) {
			return
		}
		if ms := a.byKey[k]; len(ms) == 0 || ms[0].kind != kTerm || ms[0].plural != sp.plural {
			return
		}
		seen[k] = true
		out = append(out, option{text: text, key: k, quality: 1, article: true})
	}
	var keys []string
	for k := range d {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		// As many words as the answer, then nearest in the text, then
		// alphabetical: "glacier" for "cloud", "latent heat" for "water
		// vapour".
		n := len(strings.Fields(sp.key))
		wi, wj := absInt(len(strings.Fields(keys[i]))-n), absInt(len(strings.Fields(keys[j]))-n)
		if wi != wj {
			return wi < wj
		}
		di, dj := a.distanceOf(keys[i], s.idx), a.distanceOf(keys[j], s.idx)
		if di != dj {
			return di < dj
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		if info := a.info[k]; info != nil {
			add(k, info.surface)
		}
	}
	return out
}

func (a *article) distanceOf(k string, idx int) int {
	if info := a.info[k]; info != nil && len(info.sents) > 0 {
		return distance(info.sents, idx)
	}
	return math.MaxInt
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

package generate

import "strings"

// A definite description that points back. A report brings a thing in
// once in full and then calls it by its kind: "In 1605 he is thought to
// have sent an anonymous letter to Lord Ashby. … The letter was passed
// to the Secretary of State", "Honda's i unit was shown on Tuesday. The
// single passenger unit can drive itself". Quoted alone, "The letter"
// and "The single passenger unit" point at nothing. secondMention
// catches the kind brought in with "a" or "an" in the two sentences
// before, in the paragraph; definiteBack adds the kind brought in by a
// name ("the Puyo unit", "Honda's i unit"), and the kind brought in by
// the last sentence of the paragraph before where this sentence opens
// its paragraph. Where the name can be put in (namedHeadEdit,
// thingEdit) the sentence is repaired there and not held back here. A
// noun that stands alone in a report ("The government", "The police")
// is left as it is, and so is a capitalised name ("The European
// Commission", which openingDescription does not take).

// standaloneHeads are definite subjects a report uses without bringing
// them in: there is one of each in the reader's world.
var standaloneHeads = set(`government|police|army|navy|public|economy|court|parliament|cabinet|council|weather|sun|moon|world|country|nation|king|queen|pope|president|prime`)

// definiteBack reports a sentence opening on "The", up to three
// modifiers and a kind that an earlier sentence brought in.
func (a *article) definiteBack(s *sentence) bool {
	if s == nil || s.para == nil || s.idx == 0 {
		return false
	}
	h, _, capMod, ok := openingDescription(s)
	if !ok || capMod {
		return false // "The BNP website" names itself
	}
	noun := strings.ToLower(s.toks[h].text)
	if standaloneHeads[noun] || len(noun) < 3 {
		return false
	}
	if _, ok := anaphoricNouns[s.toks[h].text]; ok {
		return false // context.go resolves these
	}
	if e, has, ok := a.namedHeadEdit(s); has && ok && e.new != "" {
		return false // the name put in (context_repair.go)
	}
	if _, has, ok := a.thingEdit(s); has && ok {
		return false // the thing named (context_things.go)
	}
	var before []*sentence
	for _, p := range s.para.sents {
		if p.idx < s.idx && p.idx >= s.idx-2 {
			before = append(before, p)
		}
	}
	if len(before) == 0 && s.idx-1 >= 0 && a.sents[s.idx-1].para != s.para {
		before = append(before, a.sents[s.idx-1])
	}
	for _, p := range before {
		for k, t := range p.toks {
			if strings.ToLower(t.text) != noun || !strings.HasPrefix(t.tag, "NN") || quotedAt(p.text, t.start) {
				continue
			}
			if broughtIn(p, k) {
				return true
			}
		}
	}
	return false
}

// broughtIn reports the noun at token k of p brought in with "a" or
// "an", or by a name: a capitalised modifier
// ("the Puyo unit") or a possessive name ("Honda's i unit"), walking
// back over at most four modifiers.
func broughtIn(p *sentence, k int) bool {
	first := openingTokens(p)
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		t := p.toks[m]
		w := strings.ToLower(t.text)
		if w == "a" || w == "an" {
			return true
		}
		if t.text == "'s" || t.text == "’s" || t.tag == "POS" {
			return m > 0 && startsUpper(p.toks[m-1].text)
		}
		if startsUpper(t.text) && m != first && strings.HasPrefix(t.tag, "NNP") && !demonym(t.text) {
			return true
		}
		if tg := t.tag; !strings.HasPrefix(tg, "JJ") && !strings.HasPrefix(tg, "NN") && tg != "CD" && tg != "VBN" && tg != "VBG" {
			return false
		}
	}
	return false
}

package generate

import (
	"slices"
	"strings"
)

// A named product called by its kind. A technology report names its
// product once ("Called Speegle, it has the look and feel of a normal
// search engine", "a new rental subscription service dubbed Napster to
// Go", "Wippit, a UK based music download service") and calls it by its
// kind after ("launched the site in November", "the service costs $15 a
// month"). Quoted alone, "the site" asks which site. A teacher quoting
// the sentence puts the name in: "launched Speegle in November".
// productNameEdits does so where the name is certain:
//   - "the <noun>" of the sentence, outside quotation marks, the noun one
//     of productNouns right after "the" (no modifier), with no noun, "of",
//     "for", "to", "that", "which", "who" or "(" after it to say which;
//   - a sentence before names a thing of that noun: "<noun> (dubbed |
//     called | named | christened | branded | known as) <Name>", "<Name>,
//     a … <noun>", or, for a thing of no kind said, a sentence opening
//     "Called <Name>, it …" (any noun of productThings fits it);
//   - the nearest such naming before the sentence is taken, within the
//     three sentences before or, further back, where the article names
//     the thing in three sentences or more (its own product), unless that
//     sentence names two things of the noun, or a sentence between brings
//     another in with "a", "an", "another" or "one" ("Napster already
//     offers a cheaper service"): then which one is not certain and the
//     sentence is left as it was (kindBack, secondMention and laterMention
//     hold it where they did);
//   - the sentence does not name the thing itself.

// productThings are the kinds a product is called by; productBodies
// those of a firm. A thing named with no kind ("Called Speegle, it")
// fits any of productThings, never a firm.
var (
	productThings = set(`site|website|service|system|product|device|gadget|software|game|program|programme|application|app|engine|player|handset|console|network|tool|scheme`)
	productBodies = set(`firm|company|business|group`)
)

// productNamingVerbs say the name a thing is given.
var productNamingVerbs = set(`dubbed|called|named|christened|branded|nicknamed`)

// productNaming is a name a sentence gives a thing of a kind ("" for a
// thing of no kind said: "Called Speegle, it").
type productNaming struct {
	sent       int
	name, noun string
}

// productNamings finds every naming of a thing in the article, in order.
func (a *article) productNamings() []productNaming {
	if a.products != nil {
		return *a.products
	}
	out := a.findProductNamings()
	a.products = &out
	return out
}

func (a *article) findProductNamings() []productNaming {
	var out []productNaming
	for _, s := range a.sents {
		toks := s.toks
		for k, t := range toks {
			if quotedAt(s.text, t.start) {
				continue
			}
			w := strings.ToLower(t.text)
			// "Called Speegle, it …".
			if k == openingTokens(s) && productNamingVerbs[w] {
				if name, end := nameRun(toks, k+1); name != "" && end+1 < len(toks) && toks[end].text == "," && strings.EqualFold(toks[end+1].text, "it") {
					out = append(out, productNaming{s.idx, name, ""})
				}
				continue
			}
			// "service dubbed Napster to Go", "a site called Speegle",
			// "a service known as Janus".
			if (productThings[w] || productBodies[w]) && strings.HasPrefix(t.tag, "NN") && isLowerWord(t.text) {
				j := k + 1
				for j < len(toks) && (toks[j].text == "," || toks[j].text == "—" || toks[j].text == "-" || toks[j].text == "–") {
					j++
				}
				if j < len(toks) && strings.EqualFold(toks[j].text, "known") && j+1 < len(toks) && toks[j+1].text == "as" {
					j++
				} else if j >= len(toks) || !productNamingVerbs[strings.ToLower(toks[j].text)] {
					continue
				}
				if name, _ := nameRun(toks, j+1); name != "" {
					out = append(out, productNaming{s.idx, name, w})
				}
				continue
			}
			// "Wippit, a UK based music download service".
			if t.text == "," && k > 0 && k+2 < len(toks) && (toks[k+1].text == "a" || toks[k+1].text == "an") {
				name := nameEnding(toks, k-1)
				if name == "" {
					continue
				}
				for j := k + 2; j < len(toks) && j <= k+6; j++ {
					n := strings.ToLower(toks[j].text)
					if !strings.HasPrefix(toks[j].tag, "NN") && !strings.HasPrefix(toks[j].tag, "JJ") && !strings.EqualFold(n, "based") {
						break
					}
					if (productThings[n] || productBodies[n]) && isLowerWord(toks[j].text) && (j+1 == len(toks) || !strings.HasPrefix(toks[j+1].tag, "NN")) {
						out = append(out, productNaming{s.idx, name, n})
						break
					}
				}
			}
		}
	}
	return out
}

// nameRun is the capitalised name starting at token k ("Napster to Go":
// a small word between two capitalised words is part of it) and the index
// of the token after it; "" where token k is not capitalised.
func nameRun(toks []tok, k int) (string, int) {
	if k >= len(toks) || !startsUpper(toks[k].text) || !isWordTok(toks[k].text) {
		return "", k
	}
	words := []string{toks[k].text}
	j := k + 1
	for j < len(toks) {
		w := toks[j].text
		if startsUpper(w) && isWordTok(w) {
			words = append(words, w)
			j++
			continue
		}
		if (w == "to" || w == "of" || w == "on") && j+1 < len(toks) && startsUpper(toks[j+1].text) && isWordTok(toks[j+1].text) {
			words = append(words, w, toks[j+1].text)
			j += 2
			continue
		}
		break
	}
	return strings.Join(words, " "), j
}

// nameEnding is the capitalised name ending at token k, with the "the"
// before it, not the sentence's opening word unless the tagger reads it
// as a name; "" where there is none.
func nameEnding(toks []tok, k int) string {
	start := k + 1
	for m := k; m >= 0; m-- {
		if !startsUpper(toks[m].text) || !isWordTok(toks[m].text) || m == 0 && !strings.HasPrefix(toks[m].tag, "NNP") {
			break
		}
		start = m
	}
	if start > k {
		return ""
	}
	name := strings.Join(tokTexts(toks[start:k+1]), " ")
	if start > 0 && strings.EqualFold(toks[start-1].text, "the") {
		name = "the " + name // "the Semiconductor Industry Association"
	}
	return name
}

// isWordTok reports a token of letters or digits.
func isWordTok(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// productNameFor is the name "the <noun>" of s stands for, or "".
func (a *article) productNameFor(s *sentence, noun string) string {
	var near *productNaming
	namings := a.productNamings()
	for i := range namings {
		n := &namings[i]
		if n.sent >= s.idx {
			break
		}
		if n.noun == noun || n.noun == "" && productThings[noun] {
			near = n
		}
	}
	if near == nil || strings.Contains(s.text, strings.TrimPrefix(near.name, "the ")) {
		return ""
	}
	// Far from its naming, the thing must be the article's own: named
	// in three sentences or more ("Speegle").
	if s.idx-near.sent > antecedentWindow {
		n := 0
		for _, p := range a.sents {
			if strings.Contains(p.text, strings.TrimPrefix(near.name, "the ")) {
				n++
			}
		}
		if n < 3 {
			return ""
		}
	}
	// Two things of the noun named in the one sentence.
	for _, n := range namings {
		if n.sent == near.sent && n.name != near.name && (n.noun == noun || n.noun == "" && productThings[noun]) {
			return ""
		}
	}
	// Another thing of the noun brought in since.
	for k := near.sent + 1; k < s.idx && k < len(a.sents); k++ {
		p := a.sents[k]
		for j, t := range p.toks {
			if !strings.EqualFold(t.text, noun) || !strings.HasPrefix(t.tag, "NN") {
				continue
			}
			for m := j - 1; m >= 0 && m >= j-4; m-- {
				w := strings.ToLower(p.toks[m].text)
				if w == "a" || w == "an" || w == "another" || w == "one" {
					return ""
				}
				if tg := p.toks[m].tag; !strings.HasPrefix(tg, "JJ") && !strings.HasPrefix(tg, "NN") && tg != "VBN" && tg != "VBG" {
					break
				}
			}
		}
	}
	return near.name
}

// productNameEdits puts the name in for s's "the site", "the service"
// (see above); nil where there is nothing to put in.
func (a *article) productNameEdits(s *sentence) []edit {
	if s == nil || s.idx == 0 {
		return nil
	}
	var out []edit
	seen := map[string]bool{}
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].text, "the") || quotedAt(s.text, toks[i].start) {
			continue
		}
		n := toks[i+1].text
		if !isLowerWord(n) || !productThings[n] && !productBodies[n] || !strings.HasPrefix(toks[i+1].tag, "NN") {
			continue
		}
		if i+2 < len(toks) {
			nx := toks[i+2]
			switch strings.ToLower(nx.text) {
			case "of", "for", "to", "that", "which", "who", "(":
				continue
			}
			if strings.HasPrefix(nx.tag, "NN") || startsUpper(nx.text) && isWordTok(nx.text) {
				continue // "the service provider", "the firm Wippit"
			}
		}
		name := a.productNameFor(s, n)
		if name == "" {
			continue
		}
		old := toks[i].text + " " + n
		if seen[old] {
			continue
		}
		seen[old] = true
		if toks[i].text == "The" {
			name = upperFirst(name)
		}
		out = append(out, edit{old: old, new: name})
	}
	return out
}

// isProductNameEdit reports whether e is one of s's product name edits:
// a statement quoting s takes it.
func (a *article) isProductNameEdit(s *sentence, e edit) bool {
	return slices.Contains(a.productNameEdits(s), e)
}

// productNamed reports whether noun n of s is one productNameEdits
// writes out.
func (a *article) productNamed(s *sentence, n string) bool {
	return writesNoun(a.productNameEdits(s), n)
}

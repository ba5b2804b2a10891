package generate

import (
	"regexp"
	"slices"
	"strings"
)

// A report on products names each once in full and then by its kind:
// "Hotseat is targeting keen gamers with money to spend with its Solo
// Chassis gaming chair. The specially designed chair lets gamers play in
// surround sound …". Quoted alone, "The specially designed chair" points
// at nothing. Where the sentences before, in the same paragraph, name one
// thing of that kind (the kind as the last word of a phrase holding a
// name: "IBM's prototype Blue Gene/L machine", "the Top 500 list", "its
// Solo Chassis gaming chair", "the … pocket hard drive from Seagate"),
// thingEdit writes the named thing in place of the description, and an
// opening "however" leaning on the sentence before goes with it; where
// they name none or more than one, or the sentence says "this one", the
// sentence is held back.

// thingNouns are the kinds of made thing a report names by kind alone.
var thingNouns = set(`chair|drive|machine|device|list|radio|camcorder|player|camera|handset|console|gadget|robot|
laptop|supercomputer|gizmo|headset|chip|processor`)

// thisOneRE finds "this one" standing for a thing named before.
var thisOneRE = regexp.MustCompile(`\b[Tt]his one\b`)

// thingPhrase is a noun phrase ending on a thing noun: tokens
// [start, head], the determiner before it (-1 for none).
type thingPhrase struct{ det, start, head int }

// thingPhraseAt walks back from the noun at token k of s over its
// modifiers: adjectives, nouns, numbers, names and their possessive
// "'s", "based", and an "and" between two modifiers ("2.5GB and 5GB").
func thingPhraseAt(s *sentence, k int) thingPhrase {
	m := k - 1
	for ; m >= 0 && m >= k-8; m-- {
		t := s.toks[m]
		tg := t.tag
		switch {
		case strings.HasPrefix(tg, "JJ"), strings.HasPrefix(tg, "NN"), tg == "CD", tg == "POS", tg == "VBN", tg == "VBG" && m+1 == k,
			t.text == "'s", t.text == "’s", strings.EqualFold(t.text, "based"):
		case strings.HasPrefix(tg, "RB") && m+1 < k && (strings.HasPrefix(s.toks[m+1].tag, "JJ") || s.toks[m+1].tag == "VBN"):
		case t.text == "and" && m > 0 && m+1 < k && s.toks[m-1].tag == s.toks[m+1].tag:
		default:
			return thingPhrase{m, m + 1, k}
		}
	}
	return thingPhrase{m, m + 1, k}
}

// namesIn reports whether the modifiers of phrase p name the thing: a
// capitalised word that is not the sentence's first word alone, a
// people's adjective ("US"), or a word before "based" ("Linux based").
func namesIn(s *sentence, p thingPhrase) bool {
	first := openingTokens(s)
	for m := p.start; m < p.head; m++ {
		t := s.toks[m]
		if !startsUpper(t.text) || demonym(t.text) || m == first && !strings.HasPrefix(t.tag, "NNP") {
			continue
		}
		if m+1 < len(s.toks) && strings.EqualFold(s.toks[m+1].text, "based") {
			continue
		}
		return true
	}
	return false
}

// thingName is the name a sentence p gives the thing whose noun is its
// token k, or "" when it gives none: "Hotseat's Solo Chassis gaming
// chair" for "its Solo Chassis gaming chair", "Seagate's … hard drive"
// for "the … hard drive from Seagate".
func thingName(p *sentence, k int) string {
	ph := thingPhraseAt(p, k)
	body := p.text[p.toks[ph.start].start:p.toks[k].end]
	det := ""
	if ph.det >= 0 {
		det = strings.ToLower(p.toks[ph.det].text)
	}
	// "… hard drive from Seagate": the maker after the noun.
	if k+2 < len(p.toks) && p.toks[k+1].text == "from" && strings.HasPrefix(p.toks[k+2].tag, "NNP") && !namesIn(p, ph) {
		owner := p.toks[k+2].text
		if k+3 < len(p.toks) && strings.HasPrefix(p.toks[k+3].tag, "NNP") {
			return ""
		}
		return possessiveAs(owner, true, "'") + " " + body
	}
	if !namesIn(p, ph) {
		return ""
	}
	switch det {
	case "its", "their":
		// The owner: the name nearest before the possessive.
		var owner *span
		for _, sp := range p.spans {
			if sp.end <= p.toks[ph.det].start && (sp.kind == kOrg || sp.kind == kPerson) {
				owner = sp
			}
		}
		name := ""
		if owner != nil {
			name = owner.text
		} else if o := openingName(p, ph.det); o != "" {
			name = o
		} else {
			return ""
		}
		return possessiveAs(name, true, "'") + " " + body
	case "another", "each", "every", "no", "any", "some", "one":
		return "" // one of several
	}
	if strings.HasPrefix(p.toks[ph.start].tag, "NNP") && ph.start+1 < k && p.toks[ph.start+1].tag == "POS" {
		return body // "IBM's prototype Blue Gene/L machine" keeps its owner
	}
	return "the " + body
}

// thingEdit is the edit writing the named thing in place of a definite
// description of a made thing in s. has reports such a description (or
// "this one") that leans on a sentence before; ok is false when the
// sentences before do not name exactly one thing of that kind.
func (a *article) thingEdit(s *sentence) (e []edit, has, ok bool) {
	if s == nil || s.para == nil {
		return nil, false, false
	}
	if m := thisOneRE.FindStringIndex(s.text); m != nil && !quotedAt(s.text, m[0]) && s.idx > 0 {
		// "this one-off payment" is no "this one", nor is "this one of
		// …", whose group is named after it.
		if rest := s.text[m[1]:]; !strings.HasPrefix(strings.TrimSpace(rest), "of") && !strings.HasPrefix(rest, "-") {
			return nil, true, false
		}
	}
	for k, t := range s.toks {
		noun := strings.ToLower(t.text)
		if !thingNouns[noun] || t.tag != "NN" || quotedAt(s.text, t.start) {
			continue
		}
		if k+1 < len(s.toks) && strings.HasPrefix(s.toks[k+1].tag, "NN") {
			continue // a modifier: "the chip technology"
		}
		ph := thingPhraseAt(s, k)
		if ph.det < 0 || !strings.EqualFold(s.toks[ph.det].text, "the") || namesIn(s, ph) || restrictedAfter(s.text[t.end:]) {
			continue
		}
		if thingName(s, k) != "" || a.thingNamedIn(s, k, noun) || apposedName(s.text[t.end:]) {
			continue // the sentence names it itself
		}
		if s.idx == 0 {
			continue
		}
		name, found := a.thingBefore(s, noun)
		if !found {
			return nil, true, false
		}
		if s.toks[ph.det].text == "The" {
			name = upperFirst(name)
		}
		old := s.text[s.toks[ph.det].start:t.end]
		if k+1 < len(s.toks) && s.toks[k+1].tag == "POS" {
			old = s.text[s.toks[ph.det].start:s.toks[k+1].end]
			name = possessiveAs(name, true, "’")
		}
		e = append(e, edit{old, name})
	}
	if len(e) == 0 {
		return nil, false, false
	}
	// "Until the official list is published, however, …": the contrast
	// is with the sentence before, which the item leaves out.
	if i := strings.Index(s.text, ", however,"); i >= 0 && !quotedAt(s.text, i) {
		e = append(e, edit{", however,", ","})
	}
	return e, true, true
}

// thingNamedIn reports whether s names a thing of the kind noun before
// its token k.
func (a *article) thingNamedIn(s *sentence, k int, noun string) bool {
	for j := 0; j < k; j++ {
		if strings.ToLower(s.toks[j].text) == noun && thingName(s, j) != "" {
			return true
		}
	}
	return false
}

// thingBefore is the one name the sentences before s in its paragraph
// give a thing of the kind noun, nearest first; false when the nearest
// sentence naming one names two, or none does.
func (a *article) thingBefore(s *sentence, noun string) (string, bool) {
	for back := 1; back <= 8 && s.idx-back >= 0; back++ {
		if s.idx-back >= len(a.sents) {
			continue
		}
		p := a.sents[s.idx-back]
		if p.para != s.para {
			break
		}
		names := map[string]bool{}
		first := ""
		other := false
		for k, t := range p.toks {
			w := strings.ToLower(t.text)
			if !strings.HasPrefix(t.tag, "NN") || quotedAt(p.text, t.start) {
				continue
			}
			if w != noun {
				// "Silicon Graphics' Columbia supercomputer … The
				// Linux based machine": another named thing, nearer,
				// may be the one meant.
				if thingNouns[w] && thingName(p, k) != "" {
					other = true
				}
				continue
			}
			if n := thingName(p, k); n != "" && !names[strings.ToLower(n)] {
				names[strings.ToLower(n)] = true
				if first == "" {
					first = n
				}
			}
		}
		switch len(names) {
		case 0:
			if other {
				return "", false
			}
			continue
		case 1:
			return first, true
		default:
			return "", false
		}
	}
	return "", false
}

// overlapsEdit reports whether an edit of edits rewrites words that e
// rewrites too.
func overlapsEdit(edits []edit, e edit) bool {
	for _, o := range edits {
		if strings.Contains(o.old, e.old) || strings.Contains(e.old, o.old) {
			return true
		}
	}
	return false
}

// isThingEdit reports whether e is one of the edits thingEdit makes for s.
func (a *article) isThingEdit(s *sentence, e edit) bool {
	es, has, ok := a.thingEdit(s)
	return has && ok && slices.Contains(es, e)
}

// openingName is the run of proper nouns opening p, when it ends before
// token end and a verb follows it: "Hotseat is targeting …".
func openingName(p *sentence, end int) string {
	i := openingTokens(p)
	j := i
	for j < end && j < len(p.toks) && p.toks[j].tag == "NNP" {
		j++
	}
	if j == i || j >= len(p.toks) || !strings.HasPrefix(p.toks[j].tag, "VB") && p.toks[j].tag != "MD" {
		return ""
	}
	return p.text[p.toks[i].start:p.toks[j-1].end]
}

// apposedNameRE is a name set after a noun by a comma: "the first
// supercomputer, the Cray 1, was installed …".
var apposedNameRE = regexp.MustCompile(`^, (?:(?:the|The) )?[A-Z0-9]`)

// apposedName reports whether the words after a noun name it.
func apposedName(after string) bool {
	return apposedNameRE.MatchString(after)
}

package generate

import "strings"

// A report names a person with the title they hold and goes on with a
// description made of that title: "Archbishop Desmond Tutu has called
// for the release of …" in its lead, then "The South African archbishop
// said detentions without trial were "unacceptable" and "distressing"."
// two sentences later, after one that does not name him. Read alone,
// the statement leaves the learner asking which archbishop, and the item
// was held back; what he said is the report's news. Where exactly one
// person the article has named before wears the description's head as
// a title ("Archbishop", "Foreign Secretary", "Prime Minister"), that
// name is put in: "Archbishop Desmond Tutu said detentions without trial
// were …". The statement is then on what was said, with its speaker
// named in the sentence, not a question on who spoke (speaker.go).

// changedRoleWords are modifiers of a description that say the title is
// no longer, or not yet, the person's: the name with its title would
// read wrong.
var changedRoleWords = set(`former|ex|late|new|then|outgoing|incoming|acting|future|next|previous`)

// titledSubject returns the edit that puts the name of the one person,
// named before s with a title, for the description opening s whose head
// is that title ("The South African archbishop" gives "Archbishop
// Desmond Tutu"); false where there is none or more than one.
func (a *article) titledSubject(s *sentence) (edit, bool) {
	if s.idx == 0 || s.idx > len(a.sents) {
		return edit{}, false
	}
	h, _, _, ok := openingDescription(s)
	if !ok || s.toks[h].tag == "NNS" || s.toks[h].tag == "NNPS" {
		return edit{}, false
	}
	i := openingTokens(s)
	mods := map[string]bool{}
	for k := i + 1; k < h; k++ {
		w := strings.ToLower(s.toks[k].text)
		if changedRoleWords[w] {
			return edit{}, false
		}
		mods[w] = true
	}
	head := strings.ToLower(s.toks[h].text)
	found := map[string]string{}
	for _, o := range a.sents[:s.idx] {
		for _, sp := range o.spans {
			if sp.kind != kPerson && sp.kind != kName || quotedAt(o.text, sp.start) {
				continue
			}
			ws := strings.Fields(sp.text)
			if len(ws) < 2 {
				continue
			}
			name := ""
			if strings.ToLower(ws[0]) == head && len(ws) >= 3 {
				if k := tokenAt(o, sp.start); k < 0 || !longerOffice(o, k, mods) {
					name = sp.text // "Archbishop Desmond Tutu" as one name
				}
			} else if t := titleBefore(o, sp, head, mods); t != "" {
				name = t + " " + sp.text
			}
			if name == "" {
				continue
			}
			id := strings.ToLower(ws[len(ws)-1])
			if found[id] == "" {
				found[id] = name
			}
		}
	}
	if len(found) != 1 {
		return edit{}, false
	}
	for _, name := range found {
		return edit{s.text[s.toks[i].start:s.toks[h].end], name}, true
	}
	return edit{}, false
}

// titleBefore returns the title written right before name span sp of o
// whose last word is head ("Archbishop" before "Desmond Tutu"), with the
// capitalised words before it that the description has among its
// modifiers ("Foreign Secretary" for "the foreign secretary"), or "".
func titleBefore(o *sentence, sp *span, head string, mods map[string]bool) string {
	k := -1
	for j, t := range o.toks {
		if t.start == sp.start {
			k = j
			break
		}
	}
	if k < 1 {
		return ""
	}
	t := o.toks[k-1]
	if !startsUpper(t.text) || strings.ToLower(t.text) != head {
		return ""
	}
	from := k - 1
	for from > 0 && startsUpper(o.toks[from-1].text) && mods[strings.ToLower(o.toks[from-1].text)] {
		from--
	}
	if longerOffice(o, from, mods) {
		return "" // "Deputy Prime Minister John Prescott" is not the prime minister
	}
	return o.text[o.toks[from].start:t.end]
}

// officeRankWords are words that, written before a title, make it a
// different office: a deputy prime minister is not the prime minister,
// nor a vice president the president, a shadow education secretary the
// education secretary or a former prime minister the prime minister.
var officeRankWords = set(`deputy|vice|shadow|former|ex|acting|assistant|junior|associate|under|interim|co|late|then|outgoing|incoming|future|next|previous|first|chief|senior|lieutenant|honorary|caretaker`)

// longerOffice reports whether the title that starts at token from of o
// is part of a longer office than the description's: a word of
// officeRankWords the description does not have right before it
// ("Deputy" before "Prime Minister", "the former" before "Prime
// Minister", "Vice-" before "President").
func longerOffice(o *sentence, from int, mods map[string]bool) bool {
	j := from - 1
	if j >= 0 && (o.toks[j].text == "-" || o.toks[j].text == "‑") {
		j--
	}
	if j < 0 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(o.toks[j].text, "-‑"))
	return officeRankWords[w] && !mods[w]
}

// tokenAt returns the index of the token of o that starts at byte off,
// or -1.
func tokenAt(o *sentence, off int) int {
	for j, t := range o.toks {
		if t.start == off {
			return j
		}
	}
	return -1
}

package generate

import (
	"sort"
	"strings"
)

// A short political report on two leaders split in two was titled
// "Gordon Brown" over paragraphs on a book's claims of a rift between
// the prime minister and the chancellor and the reactions to them, and
// another "Prime Minister" over paragraphs on the renewed feud: a name
// or an office, where the paragraphs are about the quarrel between two
// people. Where a later theme of such a report is titled by a bare name
// or place (bareTitle) or an office, and its sentences tell of a
// quarrel (riftNouns, in two of its sentences and two of its
// paragraphs) between the two people the report names most, both named
// in the theme, it is titled by the quarrel: "Claims of a Blair–Brown
// Rift" where the theme reports claims of it, else "The Blair–Brown
// Rift".

// riftNouns tell of a quarrel between people.
var riftNouns = set(`rift|rifts|feud|feuds|feuding|row|rows|split|rivalry|clash|clashes|dispute|disputes|war|warfare|infighting|animosity|contempt|squabbling|squabble|squabbles|tension|tensions|enmity|hostility`)

// riftHeads can head the title, in the order preferred: the noun the
// article says of the quarrel.
var riftHeads = []string{"rift", "feud", "row", "split", "rivalry", "clash", "dispute"}

// claimNouns tell that something is claimed, not shown.
var claimNouns = set(`claim|claims|report|reports|speculation|rumour|rumours|rumor|rumors|allegation|allegations|suggestion|suggestions|gossip`)

// riftTitle is the title of later theme g of a short report in place of
// t (see above), or t.
func (a *article) riftTitle(g []int, t string, used map[string]bool) string {
	if len(g) == 0 || len(g) == len(a.paras) || !sentenceHeadline(a.headline) || a.words(allParas(len(a.paras))) > reportMaxWords {
		return t
	}
	ws := strings.Fields(strings.ToLower(t))
	if len(ws) == 0 || !(a.bareTitle(t) || heldOffice(ws)) {
		return t
	}
	if q := a.quarrelTitle(g, used, false); q != "" {
		return q
	}
	return t
}

// quarrelTitle is the title of theme g by the quarrel of the report's
// two people (see riftTitle), or "". wide counts the words of a quarrel
// said less plainly too (wideRiftWords: "disagreements", "squabbling
// schoolboys").
func (a *article) quarrelTitle(g []int, used map[string]bool, wide bool) string {
	if len(g) == 0 || len(g) == len(a.paras) {
		return ""
	}
	pair := a.namedPair()
	if pair[0] == "" {
		return ""
	}
	inTheme := map[string]bool{}
	riftSents, claimed := 0, false
	riftParas := map[int]bool{}
	for _, n := range g {
		for _, s := range a.paras[n-1].sents {
			for _, sp := range s.spans {
				if sp.kind == kPerson {
					inTheme[surname(sp.text)] = true
				}
			}
			rift := false
			for _, tk := range s.toks {
				lw := strings.ToLower(tk.text)
				if wide && (wideRiftWords[lw] || lateRiftWords[lw]) { // adjective_owner_title.go
					rift = true
				}
				if wide && claimAdverbs[lw] {
					claimed = true
				}
				if tk.tag != "NN" && tk.tag != "NNS" && tk.tag != "VBG" {
					continue
				}
				if riftNouns[lw] {
					rift = true
				}
				if claimNouns[lw] {
					claimed = true
				}
			}
			if rift {
				riftSents++
				riftParas[n] = true
			}
		}
	}
	if !inTheme[pair[0]] || !inTheme[pair[1]] || riftSents < 2 || (len(g) > 1 && len(riftParas) < 2) {
		return ""
	}
	head := "Rift"
	for _, h := range riftHeads {
		if a.saysWord(h) {
			head = titleCase(h)
			break
		}
	}
	out := "The " + pair[0] + "–" + pair[1] + " " + head
	if claimed {
		out = "Claims of a " + pair[0] + "–" + pair[1] + " " + head
	}
	if used[strings.ToLower(out)] || !titleShaped(out) {
		return ""
	}
	return out
}

// namedPair is the surnames of the two people the article names in the
// most paragraphs, each in two or more and together in more than the
// next, in the order the article first names them; else two "".
func (a *article) namedPair() [2]string {
	paras := map[string]int{}
	first := map[string]int{}
	full := a.fullNamed()
	at := 0
	for _, p := range a.paras {
		seen := map[string]bool{}
		for _, s := range p.sents {
			for _, sp := range s.spans {
				if sp.kind != kPerson {
					continue
				}
				sn := surname(sp.text)
				if sn == "" || seen[sn] || !full[sn] || groupSurname(sn) { // adjective_owner_title.go
					continue
				}
				seen[sn] = true
				paras[sn]++
				if _, ok := first[sn]; !ok {
					first[sn] = at
					at++
				}
			}
		}
	}
	var names []string
	for sn := range paras {
		names = append(names, sn)
	}
	sort.Slice(names, func(i, j int) bool {
		if paras[names[i]] != paras[names[j]] {
			return paras[names[i]] > paras[names[j]]
		}
		return first[names[i]] < first[names[j]]
	})
	if len(names) < 2 || paras[names[1]] < 2 || (len(names) > 2 && paras[names[2]] == paras[names[1]]) {
		return [2]string{}
	}
	x, y := names[0], names[1]
	if first[y] < first[x] {
		x, y = y, x
	}
	return [2]string{x, y}
}

// fullNamed is the surnames the article writes as a person's at least
// once in full or after a title ("Tony Blair", "Mr Brown"): a word
// tagged as a person's name only on its own ("Labour", "MPs") is no
// one's surname.
func (a *article) fullNamed() map[string]bool {
	out := map[string]bool{}
	for _, s := range a.sents {
		for i, sp := range s.spans {
			if sp.kind != kPerson {
				continue
			}
			sn := surname(sp.text)
			if sn == "" {
				continue
			}
			if len(strings.Fields(sp.text)) > 1 || personTitleBefore(s, s.spans[i]) {
				out[sn] = true
			}
		}
	}
	return out
}

// surname is the last word of a person's name as written, its
// possessive dropped, or "" where it is no capitalised word.
func surname(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	w := strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], "'s"), "’s")
	if w == "" || w[0] < 'A' || w[0] > 'Z' || !isWordy(w) {
		return ""
	}
	return w
}

// saysWord reports whether a sentence of the article holds word w (in
// lower case) as a word.
func (a *article) saysWord(w string) bool {
	for _, s := range a.sents {
		for _, tk := range s.toks {
			if strings.ToLower(tk.text) == w {
				return true
			}
		}
	}
	return false
}

// personTitleBefore reports whether span sp of s comes right after a
// title of address ("Mr Brown", "Dr. Reid").
func personTitleBefore(s *sentence, sp *span) bool {
	if sp.start <= 0 || sp.start > len(s.text) {
		return false
	}
	ws := strings.Fields(s.text[:sp.start])
	if len(ws) == 0 {
		return false
	}
	return addressTitles[strings.TrimSuffix(strings.ToLower(ws[len(ws)-1]), ".")]
}

// addressTitles are titles of address before a surname.
var addressTitles = set(`mr|mrs|ms|miss|dr|sir|dame|lord|lady|professor|prof`)

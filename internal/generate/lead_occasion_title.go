package generate

import (
	"strings"
)

// A headline-less article named by a bare name (a person or a country
// or city) names who or where but not what happens: "Barack Obama" for
// his town hall with young people in London, "Damascus" for war closing
// in on the city. The lead of a news report says the occasion in a
// noun the article keeps returning to ("at a town hall meeting in
// London", "the sound of war"); the course title joins the name to it:
// "Obama's Town Hall Meeting in London", "War in Damascus". A life
// whose lead names no such occasion (an obituary, a profile) keeps its
// subject's name.

// occasionNouns are nouns of an event or an occasion a lead may name
// that have no noun ending of one (occasionNoun).
var occasionNouns = set(`speech|meeting|visit|talk|talks|war|attack|attacks|strike|strikes|protest|protests|summit|
trial|crash|explosion|blast|earthquake|flood|fire|riot|riots|siege|raid|raids|ban|bid|vote|deal|row|dispute|
campaign|tour|interview|hearing|inquiry|scandal|crisis|victory|defeat|crackdown|ceasefire|referendum|reform|reforms`)

// occasionNotEvents end like an event noun but name a thing, a body or
// a quantity.
var occasionNotEvents = set(`nation|nations|station|stations|population|populations|organisation|organisations|
organization|organizations|institution|institutions|position|positions|question|questions|section|sections|
portion|proportion|nutrition|tradition|traditions|condition|conditions|region|regions|version|television|mission|
commission|division|pension|pensions|tension|dimension|occasion|fraction|religion|religions|foundation|location`)

// occasionNoun reports whether w (lower case) names an event or an
// occasion: "meeting", "war", "election", "agreement".
func occasionNoun(w string) bool {
	if occasionNouns[w] {
		return true
	}
	if occasionNotEvents[w] {
		return false
	}
	for _, suf := range []string{"tion", "sion", "tions", "sions"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// occasionOf reports whether sentence s names the title's name (key k,
// or a person's surname) before its token at, with no verb of saying
// or "that" between: the name's own occasion ("Obama told youth leaders
// at a town hall meeting"), not one it reports ("André Finot, a
// spokesman, said that the cause of the fire ...").
func (a *article) occasionOf(s *sentence, k string, at int) bool {
	from := -1 // the end of the last mention before the occasion, in bytes
	for _, sp := range s.spans {
		if sk := key(sp.text); (sk == k || strings.Contains(k, " ") && sk == lastWord(k)) && sp.end <= s.toks[at].start {
			from = max(from, sp.end)
		}
	}
	if from < 0 {
		return false
	}
	for _, tk := range s.toks[:at] {
		if w := strings.ToLower(tk.text); tk.start >= from && (sayVerbs[w] || w == "that" || w == "according") {
			return false
		}
	}
	return true
}

// leadOccasionMaxWords is the longest course title the rule makes.
const leadOccasionMaxWords = 6

// leadOccasionTitle is the course title of a headline-less article
// whose title t is a bare name, a person or a place the lead names:
// the name with the occasion its lead names, where the occasion is a
// compound of common nouns ending on an event noun (occasionNoun) that
// the article names in at least headlessRunning paragraphs, not owned
// by another name ("the Agency's bulk collection"). A person is named
// by surname ("Obama's Town Hall Meeting", with "in London" where the
// lead says it); a place follows the occasion ("War in Damascus"); "".
func (a *article) leadOccasionTitle(t string) string {
	k := key(withoutThe(t))
	sps := a.byKey[k]
	if len(sps) == 0 {
		return ""
	}
	person := sps[0].kind == kPerson
	if !person && (sps[0].kind != kPlace || strings.Contains(k, " and ")) {
		return ""
	}
	// The name is the lead's own: said in its first sentences.
	for _, s := range a.leadSentences() {
		for i := 0; i < len(s.toks); i++ {
			if s.toks[i].tag != "NN" && s.toks[i].tag != "NNS" {
				continue
			}
			// The compound ending here, at most three common nouns.
			if i+1 < len(s.toks) && (s.toks[i+1].tag == "NN" || s.toks[i+1].tag == "NNS") {
				continue
			}
			head := strings.ToLower(s.toks[i].text)
			if !occasionNoun(head) || a.df[stem(head)] < headlessRunning {
				continue
			}
			j := i
			for j > 0 && i-j < 2 && (s.toks[j-1].tag == "NN" || s.toks[j-1].tag == "NNS") && !startsUpper(s.toks[j-1].text) {
				j--
			}
			if j > 0 && (s.toks[j-1].tag == "POS" || s.toks[j-1].tag == "PRP$" || s.toks[j-1].tag == "NNP") {
				continue // another's occasion: "the Agency's bulk collection"
			}
			if !a.occasionOf(s, k, j) {
				continue
			}
			occ := strings.ToLower(s.text[s.toks[j].start:s.toks[i].end])
			var nt string
			// A people's occasion, not the person's: "the Scottish
			// independence referendum" the prime minister spoke on
			// ("Cameron's Independence Referendum" was judged
			// misleading, set 94, both judges).
			if j > 0 && s.toks[j-1].tag == "JJ" && startsUpper(s.toks[j-1].text) && demonym(s.toks[j-1].text) && j-1 > openingTokens(s) {
				nt = titleCase(s.toks[j-1].text + " " + occ)
			} else if person {
				name := t
				if strings.Contains(k, " ") {
					name = titleCase(lastWord(k))
					if ls := a.byKey[lastWord(k)]; len(ls) > 0 {
						name = ls[0].text
					}
				}
				poss := "'s"
				if strings.HasSuffix(name, "s") {
					poss = "'"
				}
				nt = name + poss + " " + titleCase(occ)
				// The place it happened in, where the lead says it: "in London".
				if i+2 < len(s.toks) && strings.ToLower(s.toks[i+1].text) == "in" && s.toks[i+2].tag == "NNP" &&
					(i+3 == len(s.toks) || s.toks[i+3].tag != "NNP" && s.toks[i+3].tag != "POS") && a.isPlaceKey(key(s.toks[i+2].text)) {
					if len(strings.Fields(nt))+2 <= leadOccasionMaxWords {
						nt += " in " + s.toks[i+2].text
					}
				}
			} else {
				nt = titleCase(occ) + " in " + t
			}
			if w := len(strings.Fields(nt)); w < 2 || w > leadOccasionMaxWords {
				continue
			}
			return nt
		}
	}
	return ""
}

// isPlaceKey reports whether the article names k as a place.
func (a *article) isPlaceKey(k string) bool {
	sps := a.byKey[k]
	return len(sps) > 0 && sps[0].kind == kPlace
}

// isPersonKey reports whether the article names k as a person.
func (a *article) isPersonKey(k string) bool {
	sps := a.byKey[k]
	return len(sps) > 0 && sps[0].kind == kPerson
}

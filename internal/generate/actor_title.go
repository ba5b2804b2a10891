package generate

import "strings"

// A report's theme of long paragraphs says little twice: its best key
// phrase ("State Hospital", "Parliamentary Leader", "Common Practice") is
// a detail of one sentence, and no noun compound recurs to replace it.
// What such a theme is about is what its first sentence says someone did:
// a reporter opens each turn of the story with its actor ("First Minister
// Jack McConnell has ordered a report …", "The executive spokeswoman said
// …"). actorTitle names the theme by that actor and what they do:
//   - a speech verb ("argued", "said") gives the actor's statement, by
//     what the verb says ("The Scottish National Party's Case", "The
//     Executive's Account"), or, where the clause names a thing someone
//     owns that the theme says again, the actor on it ("… on Ferguson's
//     Leave");
//   - another verb gives the actor's object, where the theme names it in
//     two sentences or more ("McConnell's Report").
//
// The actor is the opening noun phrase's owner where it has one ("The
// Scottish National Party's parliamentary leader"), the body a
// spokesperson speaks for ("The executive spokeswoman"), or a name (a
// person by the last word of their name).

// speechNouns name the statement a speech verb reports.
var speechNouns = map[string]string{
	"argued": "Case", "argues": "Case", "contended": "Case", "contends": "Case",
	"insisted": "Case", "insists": "Case", "maintained": "Case",
	"said": "Account", "says": "Account", "explained": "Account", "stated": "Account",
	"claimed": "Claims", "claims": "Claims", "warned": "Warning", "warns": "Warning",
	"admitted": "Admission", "admits": "Admission",
	"predicted": "Predictions", "predicts": "Predictions", "forecast": "Forecast", "forecasts": "Forecast",
}

// spokespeople speak for the body named before them.
var spokespeople = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// actorTitle is the title of report theme g in place of t, or t.
func (a *article) actorTitle(g []int, t string, used map[string]bool) string {
	return a.actorTitleFor(g, t, "", used)
}

// actorTitleFor is actorTitle for a report whose protagonist
// (reportProtagonist) is the person protagonist: a theme whose first
// sentence opens with "He" or "She" and a verb is the protagonist's turn
// of the story ("He claimed he was stripped of his clothes …":
// "Mubanga's Claims").
func (a *article) actorTitleFor(g []int, t, protagonist string, used map[string]bool) string {
	if len(g) == 0 || len(g) == len(a.paras) || a.words(allParas(len(a.paras))) > reportMaxWords {
		return t
	}
	if bk, _ := a.biographySubject(); bk != "" {
		return t
	}
	sents := a.sentencesOf(g)
	if len(sents) == 0 || !a.weakThemeTitle(t, sents) && saidOutside(t, sents) > 1 {
		return t
	}
	if g[0] < 1 || g[0] > len(a.paras) || len(a.paras[g[0]-1].sents) == 0 {
		return t
	}
	s := a.paras[g[0]-1].sents[0]
	np, rest := leadSubject(s.toks)
	if len(np) == 0 && len(s.toks) > 1 && isCapitalised(s.toks[0].text) && s.toks[1].tag == "NNP" {
		// A title opening a name ("First Minister Jack McConnell") is
		// tagged as an adverb where the sentence opens with it.
		toks := append([]tok(nil), s.toks...)
		toks[0].tag = "NNP"
		np, rest = leadSubject(toks)
	}
	actor := ""
	if len(np) == 0 && len(s.toks) > 1 && protagonist != "" && strings.HasPrefix(s.toks[1].tag, "VB") && a.personWord(protagonist) {
		if w := strings.ToLower(s.toks[0].text); w == "he" || w == "she" {
			np, rest, actor = s.toks[:1], s.toks[1:], protagonist
		}
	}
	if len(np) == 0 || len(rest) == 0 {
		return t
	}
	if actor == "" {
		actor = a.themeActor(s, np)
	}
	if actor == "" {
		return t
	}
	// The verb group: auxiliaries and adverbs, then the main verb.
	i := 0
	for i < len(rest) && (rest[i].tag == "MD" || rest[i].tag == "RB" || auxVerbs[strings.ToLower(rest[i].text)] && i+1 < len(rest) && strings.HasPrefix(rest[i+1].tag, "VB")) {
		i++
	}
	if i >= len(rest) || !strings.HasPrefix(rest[i].tag, "VB") {
		return t
	}
	verb := strings.ToLower(rest[i].text)
	clause := rest[i+1:]
	var out string
	if sn := speechNouns[verb]; sn != "" {
		out = possessive(actor) + " " + sn
		if owned := ownedTopic(s, clause, sents); owned != "" {
			out = strings.TrimPrefix(actor, "The ") + " on " + owned
		}
	} else if obj := objectHead(clause); obj != "" && sentencesWithStem(sents, obj) >= 2 {
		out = possessive(actor) + " " + titleCase(obj)
	}
	if out == "" || len(strings.Fields(out)) > 6 || used[strings.ToLower(out)] || nearUsed(out, used) {
		return t
	}
	return out
}

// auxVerbs are the auxiliaries that may come before a main verb.
var auxVerbs = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "are": true, "were": true,
	"been": true, "be": true,
}

// themeActor is the actor of opening noun phrase np of sentence s (see
// actorTitle), or "".
func (a *article) themeActor(s *sentence, np []tok) string {
	the := strings.ToLower(np[0].text) == "the"
	if w := strings.ToLower(np[0].text); w == "the" || w == "a" || w == "an" {
		np = np[1:]
	}
	if len(np) == 0 {
		return ""
	}
	for p, t := range np {
		if t.tag != "POS" {
			continue
		}
		owner := np[:p]
		if len(owner) == 0 || len(owner) > 4 {
			return ""
		}
		for _, o := range owner {
			if !isCapitalised(o.text) {
				return ""
			}
		}
		text := s.text[owner[0].start:owner[len(owner)-1].end]
		if the {
			return "The " + text
		}
		return text
	}
	head := np[len(np)-1]
	if spokespeople[strings.ToLower(head.text)] {
		mods := np[:len(np)-1]
		if len(mods) == 0 || len(mods) > 3 {
			return ""
		}
		text := s.text[mods[0].start:mods[len(mods)-1].end]
		if isCapitalised(text) {
			return text
		}
		return "The " + titleCase(text)
	}
	// An organisation of one word ("The CEA predicted …") acts as itself.
	if len(np) == 1 && np[0].tag == "NNP" && isCapitalised(np[0].text) {
		if sps := a.byKey[key(np[0].text)]; len(sps) > 0 && sps[0].kind == kOrg {
			return np[0].text
		}
	}
	// A name at the phrase's end: a person by the last word of it.
	j := len(np)
	for j > 0 && np[j-1].tag == "NNP" && isCapitalised(np[j-1].text) {
		j--
	}
	if len(np)-j < 2 {
		return ""
	}
	// A title before the name ("First Minister Jack McConnell") is
	// tried off, word by word.
	for ; len(np)-j >= 2; j++ {
		text := s.text[np[j].start:np[len(np)-1].end]
		if sps := a.byKey[key(text)]; len(sps) > 0 && sps[0].kind == kPerson {
			return np[len(np)-1].text
		}
	}
	return ""
}

// ownedTopic is the first thing clause names as someone's ("Ferguson's
// leave"), as "Owner's Noun", where the theme's sentences sents name the
// noun in two sentences or more; or "".
func ownedTopic(s *sentence, clause []tok, sents []*sentence) string {
	for i := 1; i+1 < len(clause); i++ {
		if clause[i].tag != "POS" || !isCapitalised(clause[i-1].text) {
			continue
		}
		n := clause[i+1]
		if n.tag != "NN" && n.tag != "NNS" || sentencesWithStem(sents, strings.ToLower(n.text)) < 2 {
			continue
		}
		return clause[i-1].text + "'s " + titleCase(strings.ToLower(n.text))
	}
	return ""
}

// objectHead is the head noun of the noun phrase clause opens with (a
// determiner and adjectives, then nouns), lower-cased, or "".
func objectHead(clause []tok) string {
	i := 0
	for i < len(clause) && (clause[i].tag == "DT" || clause[i].tag == "PRP$" || strings.HasPrefix(clause[i].tag, "JJ")) {
		i++
	}
	head := ""
	for i < len(clause) && (clause[i].tag == "NN" || clause[i].tag == "NNS") {
		head = strings.ToLower(clause[i].text)
		i++
	}
	return head
}

// sentencesWithStem is the number of sentences that have a word of w's stem.
func sentencesWithStem(sents []*sentence, w string) int {
	st := stem(w)
	n := 0
	for _, s := range sents {
		for _, t := range s.toks {
			if stem(strings.ToLower(t.text)) == st {
				n++
				break
			}
		}
	}
	return n
}

// saidOutside is the number of sentences of sents that say title t
// outside quotation marks: a phrase a speaker chose ("common practice",
// "the state hospital" of a quote) is not what the theme reports.
func saidOutside(t string, sents []*sentence) int {
	lt := strings.ToLower(t)
	n := 0
	for _, s := range sents {
		text := strings.ToLower(s.text)
		if len(text) != len(s.text) || lt == "" {
			continue
		}
		for i := 0; ; {
			j := strings.Index(text[i:], lt)
			if j < 0 {
				break
			}
			if !inQuotes(s.text, i+j) {
				n++
				break
			}
			i += j + len(lt)
		}
	}
	return n
}

// personWord reports whether the article names a person by word w.
func (a *article) personWord(w string) bool {
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind == kPerson && countWord(s.text[sp.start:sp.end], w) > 0 {
				return true
			}
		}
	}
	return false
}

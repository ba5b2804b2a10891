package generate

import (
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A claim a named speaker makes in a quotation. Most sentences of a news
// report that give no draft hold a quotation (docs/generation.md,
// "Hundred-and-third round"): a true statement quoted whole keeps the
// marks and tests who said what, so trueStatement leaves them out. Where
// the quotation is one whole sentence of the speaker's, said in the third
// person about the article's matter, and the speaker is named in the
// sentence ("Ann Reed, the agency's director, said: “Coal …”", "“Coal …,”
// Ann Reed said."), the claim is stated as the speaker's: "According to
// Ann Reed, coal …". A theme short of items takes such statements after
// the true statements it has run out of.

// firstSecondPerson are words that tie a claim to its speaker or listener:
// quoted as "According to X, we …" the claim reads wrongly.
var firstSecondPerson = set(`i|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|i'm|i've|i'd|i'll|we're|we've|we'd|we'll|you're|you've|you'd|you'll|let's|i’m|i’ve|i’d|i’ll|we’re|we’ve|we’d|we’ll|you’re|you’ve|you’d|you’ll|let’s`)

// claimOpeners open a claim that leans on what the speaker said before.
var claimOpeners = set(`it|its|this|that|these|those|they|them|their|he|she|his|her|him|and|but|so|or|yet|also|however|then|here|there's|such|which|if|when|as|because`)

// claimLeans are words by which a claim leans on what was said around it:
// "for instance", "they", "the same", "now".
var claimLeans = set(`it's|it’s|that's|that’s|there's|there’s|he's|he’s|she's|she’s|instance|example|therefore|thus|hence|consequently|accordingly|instead|also|too|again|another|same|latter|former|they|them|it|this|these|those|here|now|today|yesterday|tomorrow|he|she|him|her|his`)

// namedAt reports whether a name the article finds starts at byte off of s.
func namedAt(s *sentence, off int) bool {
	for _, sp := range s.spans {
		if sp.kind.proper() && (sp.start == off || sp.the && sp.start == off+len("The ")) {
			return true
		}
	}
	return false
}

// claimSayVerbs are the verbs of saying an attributed claim may hang on.
var claimSayVerbs = set(`said|says|added|adds|told|warned|warns|explained|explains|argued|argues|insisted|insists`)

// attributedClaim returns "According to SPEAKER, CLAIM." for a sentence
// that is a whole quotation of a named speaker's third-person claim, or "".
func attributedClaim(s *sentence) string {
	t := strings.TrimSpace(s.text)
	// Straight marks, one pair, read as curly ones.
	switch n := strings.Count(t, `"`); {
	case n == 2:
		t = strings.Replace(strings.Replace(t, `"`, "“", 1), `"`, "”", 1)
	case n == 1 && (strings.HasPrefix(t, `"`) || strings.Contains(t, `: "`)):
		t = strings.Replace(t, `"`, "“", 1)
	case n == 1:
		t = strings.Replace(t, `"`, "”", 1)
	}
	var speaker, claim string
	if i := strings.Index(t, ": “"); i > 0 && (strings.HasSuffix(t, ".”") || strings.HasSuffix(t, ".") && !strings.Contains(t, "”")) {
		// The quotation closes at the end, or goes on past it.
		speaker = sayerOf(strings.Fields(t[:i]), false)
		claim = strings.TrimSuffix(t[i+len(": “"):], "”")
	} else if strings.HasPrefix(t, "“") && strings.HasSuffix(t, ".") {
		j := strings.Index(t, ",”")
		if j < 0 {
			return ""
		}
		speaker = sayerOf(strings.Fields(strings.TrimSuffix(t[j+len(",”"):], ".")), true)
		claim = t[len("“"):j] + "."
	}
	if speaker == "" {
		speaker, claim = speakerQuoteBefore(s, t)
	}
	if speaker == "" || claim == "" || strings.ContainsAny(claim, "“”\"‘?!;:") {
		return ""
	}
	words := strings.Fields(claim)
	if len(words) < 8 || len(words) > 30 {
		return ""
	}
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ".,()–—-"))
		if firstSecondPerson[w] || claimLeans[w] {
			return ""
		}
	}
	first := strings.ToLower(strings.Trim(words[0], ".,"))
	if claimOpeners[first] {
		return ""
	}
	// The claim keeps a capital where it opens on a name.
	verb := false
	off := strings.Index(s.text, claim[:len(claim)-1])
	for _, k := range s.toks {
		if off < 0 || k.start < off || k.end > off+len(claim) {
			continue
		}
		if k.start == off && !namedAt(s, off) {
			claim = strings.ToLower(claim[:1]) + claim[1:]
		}
		if strings.HasPrefix(k.tag, "VB") && k.tag != "VBG" || k.tag == "MD" {
			verb = true
		}
	}
	if off < 0 || !verb {
		return ""
	}
	return "According to " + speaker + ", " + claim
}

// sayerOf returns the named speaker of "Ann Reed, the director, said" (or,
// inverted after a quotation, "said Ann Reed"): one to four capitalised
// words, a particle or "the" allowed inside, no pronoun; else "".
func sayerOf(ws []string, inverted bool) string {
	if len(ws) < 2 {
		return ""
	}
	var name []string
	switch {
	case claimSayVerbs[ws[len(ws)-1]]:
		name = ws[:len(ws)-1]
	case inverted && claimSayVerbs[ws[0]]:
		name = ws[1:]
	default:
		return ""
	}
	// "Ann Reed, the director,": the name before its apposition;
	// "the director, Ann Reed,": the name after it.
	if n := namedSayer(name, true); n != "" {
		return n
	}
	return namedSayer(name, false)
}

// namedSayer is sayerOf's test of a name: the first (or last) group of
// words between commas.
func namedSayer(ws []string, first bool) string {
	var groups [][]string
	cur := []string{}
	for _, w := range ws {
		cur = append(cur, strings.TrimSuffix(w, ","))
		if strings.HasSuffix(w, ",") {
			groups, cur = append(groups, cur), []string{}
		}
	}
	if len(cur) > 0 {
		groups = append(groups, cur)
	}
	if len(groups) == 0 {
		return ""
	}
	name := groups[len(groups)-1]
	if first {
		name = groups[0]
	}
	if len(name) == 0 || len(name) > 4 {
		return ""
	}
	caps := 0
	for i, w := range name {
		switch {
		case startsUpper(w) && !strings.ContainsAny(w, ",.;:()“”\""):
			if i == 0 && (claimOpeners[strings.ToLower(w)] || strings.EqualFold(w, "But") || strings.EqualFold(w, "The")) {
				return ""
			}
			caps++
		case i > 0 && (w == "van" || w == "der" || w == "de" || w == "von" || w == "da" || w == "di" || w == "le"):
		default:
			return ""
		}
	}
	if caps == 0 {
		return ""
	}
	return strings.Join(name, " ")
}

// attributedStatements adds to a theme short of items true statements of
// its named speakers' claims, from its central sentences no item uses, the
// most central first.
//
// While the themes are cut (a.cutting), a theme the claims cannot lift to
// minProposed takes none: a theme of two or three items kept apart by
// them quizzes worse than the theme it would have joined.
func (a *article) attributedStatements(qs, cards []item, sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing, maxQ int) []item {
	have := proposableSentences(qs) + proposable(cards)
	if have >= minProposed {
		return qs
	}
	if a.cutting {
		n := 0
		for _, s := range sents {
			if s.usable() && perSent[s.idx] == 0 && s.score >= backboneCentral && attributedClaim(s) != "" {
				n++
			}
		}
		if have+n < minProposed {
			return qs
		}
	}
	for proposableSentences(qs)+proposable(cards) < minProposed && len(qs) < maxQ {
		var best *sentence
		bestText := ""
		for _, s := range sents {
			if !s.usable() || perSent[s.idx] > 0 || s.score < backboneCentral || used[strconv.Itoa(s.idx)+"|*"] || ex.covers(s, nil, "True") {
				continue
			}
			text := attributedClaim(s)
			if text == "" || ex != nil && ex.prompts[quiz.Normalize("True or false? "+text)] {
				continue
			}
			if best == nil || s.score > best.score {
				best, bestText = s, text
			}
		}
		if best == nil {
			break
		}
		used[strconv.Itoa(best.idx)+"|*"] = true
		perSent[best.idx] += 2
		it := item{sent: best, answer: "True", rule: attributedRule, score: 0.45*best.score + 0.2,
			q: &quiz.Question{
				Type:        quiz.TrueFalse,
				Kind:        quiz.Attribution,
				Prompt:      "True or false? " + bestText,
				Options:     []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
				Explanation: statementExplanation(best.text),
			}}
		it.incidental = a.incidentalSentence(best)
		qs = append(qs, it)
	}
	return qs
}

// speakerQuoteBefore reads a sentence t that is a whole quotation, or the
// end of one, as the claim of the speaker who opened the quotation earlier
// in the paragraph: after "Ann Reed said: “Coal is cheap." the sentences
// "“Gas is dearer.”", "Gas is dearer.”" (and, where each paragraph of a
// quotation reopens the mark, "“Gas is dearer.") give "Ann Reed" and "Gas
// is dearer.". Up to three sentences back; else "", "".
func speakerQuoteBefore(s *sentence, t string) (speaker, claim string) {
	if s.para == nil || strings.Count(t, "”") > 1 || strings.Count(t, "“") > 1 {
		return "", ""
	}
	opens, closes := strings.HasPrefix(t, "“"), strings.HasSuffix(t, ".”")
	if !opens && !closes || strings.Contains(t, "“") && !opens || strings.Contains(t, "”") && !closes {
		return "", ""
	}
	if !closes && !strings.HasSuffix(t, ".") {
		return "", ""
	}
	k := -1
	for i, o := range s.para.sents {
		if o == s {
			k = i
		}
	}
	claim = strings.TrimSuffix(strings.TrimPrefix(t, "“"), "”")
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		p := strings.TrimSpace(s.para.sents[j].text)
		if i := strings.LastIndex(p, ": "); i > 0 && i+2 < len(p) && strings.ContainsAny(p[i+2:i+3], `"“`) && !strings.ContainsAny(p[i+3:], `"”`) {
			return sayerOf(strings.Fields(p[:i]), false), claim
		}
		if strings.ContainsAny(p, `"“”`) && !strings.HasPrefix(p, `"`) && !strings.HasPrefix(p, "“") {
			break
		}
	}
	return "", ""
}

// attributedRule names the rule of a true statement of a speaker's claim;
// the ranker reads it as a true statement.
const attributedRule = "truefalse-true/attributed"

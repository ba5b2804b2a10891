package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A false statement from a central sentence with a "not" put in. A theme
// of three true statements and nothing else lets a learner who answers
// True throughout score every one, and the items the balance found for
// such a theme were those judges accepted least (sets 146 to 180: about
// one verdict in five as is): a figure swapped for a look-alike tests
// the memory of a number, a name swapped for another reads as nonsense,
// and a short answer or a single choice taken from the held-back drafts
// was held back for a reason. A central sentence of the theme, negated
// at its first verb, asks about what the theme says rather than about a
// detail of it: "The harbour council has not approved a new depot for
// the town's ferries." is plainly contradicted by an article that says
// it has.
//
// negateForFillersThemes gives such a filler's place, where the ranker
// would not propose the filler on its own, to the best central sentence
// of the theme that no proposed item asks and that can take the "not"
// (negationInsert): its first verb is an auxiliary ("is", "was"; "has"
// or "had" before a participle; "will", "would", "can" before a verb), a
// verb of the present ("runs": "does not run") or a "have" of a thing
// owned ("had sixty staff": "did not have"), with no word before it that
// opens a clause of its own ("If …", "The firms that …"), and nothing in
// the sentence makes the negated statement still true or wrong: another
// negation, a hedge ("may", "some", "often"), a quantity the "not" would
// turn ("only", "all", "more than"), a contrast, a second verb, a
// pronoun, a verb of saying. The feedback on True says what the article
// has: "has", not "has not".

// insertAux are the auxiliaries negationInsert puts a "not" after, and
// the tag the next word must have (a participle after "has", a verb after
// "will"); "" for any word.
var insertAux = map[string]string{
	"is": "", "are": "", "was": "", "were": "",
	"has": "VBN", "have": "VBN", "had": "VBN",
	"will": "VB", "would": "VB", "can": "VB",
}

// insertKeeps are words that, anywhere in the sentence, keep a "not" from
// being put in: with them the negated statement may still be true, or
// reads wrongly ("Some firms are not …", "It is not only …").
var insertKeeps = set(`some|many|most|few|several|often|sometimes|usually|typically|generally|mostly|largely|partly|may|might|could|likely|unlikely|probably|perhaps|possibly|arguably|about|around|roughly|nearly|almost|more|less|fewer|every|each|both|also|still|already|again|rather|instead|if|whether|or|seldom|rarely|hardly|barely|scarcely|little`)

// insertOpeners are words before the first verb that make it the verb of
// another clause than the main one.
var insertOpeners = set(`if|when|whenever|as|while|although|though|because|since|after|before|unless|once|until|whether|where|what|who|which|that|how|why|so`)

// negationInsert returns statement stmt, the quoted text of sentence s,
// with a "not" after its first verb, and the words the article has and
// the statement puts for them; "" where the sentence cannot take one.
func negationInsert(s *sentence, stmt string) (string, string, string) {
	if s == nil {
		return "", "", ""
	}
	at := firstVerbAt(s)
	if at < 1 || at+2 >= len(s.toks) {
		return "", "", ""
	}
	aux := s.toks[at].text
	next, ok := insertAux[aux]
	if ok && next != "" && s.toks[at+1].tag != next {
		ok = false
	}
	put := aux + " not"
	if aux == "can" {
		put = "cannot"
	}
	// A verb of the present, or "had" for a thing owned, takes "does
	// not", "do not" or "did not" before its plain form.
	if !ok {
		if base := presentBase(s.toks[at]); base != "" && !sayingVerbs[base] {
			ok = true
			put = "does not " + base
			if s.toks[at].tag == "VBP" {
				put = "do not " + base
			}
		} else if ownsNext(s.toks[at+1]) {
			// "has a plan", "had 60 staff": "have" of a thing owned,
			// not the auxiliary before an adverb ("has seldom dared").
			switch aux {
			case "has":
				ok, put = true, "does not have"
			case "have":
				ok, put = true, "do not have"
			case "had":
				ok, put = true, "did not have"
			}
		}
	}
	if !ok {
		return "", "", ""
	}
	for _, t := range s.toks[:at] {
		if w := strings.ToLower(t.text); insertOpeners[w] || t.text == "," || t.text == ":" || t.tag == "PRP" && at == 1 {
			return "", "", ""
		}
	}
	for i, t := range s.toks {
		w := strings.ToLower(t.text)
		// "… is over 1,000 pages long and looks far beyond the West":
		// a second verb the "not" would leave standing; "push it down
		// further": a pronoun that reads back.
		if i > at+1 && (t.tag == "VBZ" || t.tag == "VBP" || t.tag == "VBD" || t.tag == "MD") || t.tag == "PRP" {
			return "", "", ""
		}
		// "… in charge of the response: the minister …": a colon or a
		// dash after the verb names what the "not" would deny twice.
		if w == ":" || w == "—" || w == ";" || w == "not" || insertKeeps[w] || negationKeeps[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return "", "", ""
		}
	}
	have := aux + " "
	if strings.Count(stmt, " "+have) != 1 {
		return "", "", ""
	}
	return strings.Replace(stmt, " "+have, " "+put+" ", 1), aux, put
}

// ownsNext reports whether t opens the noun phrase a "have" of a thing
// owned takes: a determiner, a figure, an adjective or a noun.
func ownsNext(t tok) bool {
	switch t.tag {
	case "DT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$":
		return true
	}
	return false
}

// sayingVerbs are verbs of saying and thinking: a "not" put before them
// denies that someone said a thing, not the thing.
var sayingVerbs = set(`say|argue|think|reckon|believe|suggest|insist|warn|claim|note|point|add|expect|hope|fear|worry|estimate|predict|calculate|report|tell|admit|deny|doubt|seem|appear|tend|remain|continue|need|want`)

// presentBase is the plain form of a verb of the present ("wants",
// "relies", "do"), or "" for any other token: a third-person form drops
// its "s", "es" after a hiss or an "o", or "ies" for "y"; "has" is
// "have".
func presentBase(t tok) string {
	w := t.text
	if w != strings.ToLower(w) || !isLetters(w) {
		return ""
	}
	switch t.tag {
	case "VBP":
		if w == "are" || w == "am" || w == "have" {
			return ""
		}
		return w
	case "VBZ":
		switch {
		case w == "is":
			return ""
		case w == "has":
			return "" // told apart from the auxiliary below
		case w == "does":
			return "do"
		case w == "goes":
			return "go"
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
			return w[:len(w)-2]
		case strings.HasSuffix(w, "uses"), strings.HasSuffix(w, "ss"):
			// "focuses" or "causes": no plain form is sure.
			return ""
		case strings.HasSuffix(w, "s"):
			return w[:len(w)-1]
		}
	}
	return ""
}

// negateForFillersThemes gives each theme's proposed balance fillers,
// weakest first, the place of a negated statement, as described above:
// a swapped false statement, a short answer or a single choice gives way
// to the false statement made of the theme's best sentence that no
// proposed item asks and that can lose its "not" or take one, a "not"
// left out before one put in (negationBefore). The filler is held back,
// not dropped. A short answer or a single choice gives way only where
// the theme's true/false items stay fair with one more false statement.
func (a *article) negateForFillersThemes(items []item, themes []quiz.Theme, title string, opts Options) []item {
	return mapThemes(items, opts, func(its []item) []item {
		slug := themeOf(its[0])
		for {
			filler := -1
			for i := range its {
				if it := &its[i]; it.proposed && balanceFiller(it) && it.score < rankThreshold && (filler < 0 || it.score < its[filler].score) {
					filler = i
				}
			}
			if filler < 0 {
				break
			}
			its[filler].proposed = false
			_, _, t, f, _ := tallyProposed(its)
			if tf, _ := isTrueFalse(&its[filler]); !tf && !fairTrueFalse(t, f+1) {
				its[filler].proposed = true
				break
			}
			paras, asked := thinThemeSentences(themes, slug, its)
			// A sentence held back for a reason of its own (context, an
			// incidental detail) is not asked the other way round either.
			for i := range its {
				if its[i].sent != nil && its[i].heldFor() != "" {
					asked[its[i].sent.idx] = true
				}
			}
			var best *item
			for _, s := range a.sents {
				if !paras[s.para.n] || asked[s.idx] {
					continue
				}
				if it := a.negatedSentence(s); it != nil && (best == nil || negationBefore(it, best)) {
					best = it
				}
			}
			if best == nil {
				its[filler].proposed = true
				break
			}
			a.proposeIn(best, slug, title)
			its = append(its, *best)
		}
		return its
	})
}

// negatedSentence is the false statement of sentence s with its own
// "not" left out (negation_false.go) or, where it has none to leave out,
// a "not" put in; or nil. s reads alone, is no one's words and no
// incidental detail; a "not" is put in only where a true statement
// would quote s whole and s is central to its theme.
func (a *article) negatedSentence(s *sentence) *item {
	if !s.usable() || s.nWords < 10 || s.score < 0.35 || imperative(s) || addressesReader(s) || writerSpeaks(s) || quotedSpeech(s) || !selfContained(s) || a.incidentalSentence(s) || a.statementWords(s) > 35 {
		return nil
	}
	// A "not" of the sentence's own left out reads as the article's
	// point turned round (negation_false.go); one put in, less often,
	// and only in a sentence central to its theme, quoted as it stands.
	text := a.statementText(s)
	rule := "truefalse-swap/negation"
	f, have, _ := negationFlip(s, text)
	if f == "" {
		if text != s.text || !backboneWorthy(s) {
			return nil
		}
		rule = "truefalse-swap/negation-insert"
		f, have, _ = negationInsert(s, text)
	}
	if f == "" {
		return nil
	}
	q := negatedStatement(s, f)
	return &item{sent: s, q: q, answer: have, rule: rule, dq: 0.8}
}

// negationBefore reports whether negated statement x comes before y: a
// "not" left out before a "not" put in (judged on sets 146 to 220: 7 of
// 8 verdicts as is against 3 of 14), then the more central sentence.
func negationBefore(x, y *item) bool {
	xo, yo := x.rule == "truefalse-swap/negation", y.rule == "truefalse-swap/negation"
	if xo != yo {
		return xo
	}
	return x.sent.score > y.sent.score
}

// balanceFiller reports whether a proposed item is of the kinds the
// balance took for want of a false statement: a swapped statement (not a
// negation), a short answer, a single choice.
func balanceFiller(it *item) bool {
	if it.q == nil {
		return false
	}
	if tf, tr := isTrueFalse(it); tf {
		return !tr && !strings.HasPrefix(it.rule, "truefalse-swap/negation")
	}
	return it.q.Type == quiz.Short || it.q.Type == quiz.Single
}

package generate

import (
	"strconv"
	"strings"
	"unicode"
)

// The fourth item of another kind. A theme whose items are three true
// statements cannot propose a fourth true one (the honest balance holds
// it back), and where it has no false statement a reader can take
// seriously it stopped at three. Of the other kinds, the cloze card on a
// key noun phrase is the one judges accepted most after true statements
// ("a _____ between Cope and Marsh", "the _____ that connect UK cash
// machines"); rejected cards blanked a stock phrase, a word the front
// gives away, a detail named once, or a phrase inside someone's words.
// thinCard drafts one such card for a theme left under minProposed: on a
// central sentence's whole noun phrase that the article repeats (in
// another paragraph, its title, its lead or the theme's title), not a
// member of a list, not beside a bracket, not a speaker, not inside a
// quotation, not a figure or date, and not given away by the front's
// own words. Where no blank passes, the theme stays as it is.

// thinCardOK reports whether candidate c makes the fourth card of a thin
// theme: the bar above. known is the padded key of the course title, the
// lead and the theme title.
func (a *article) thinCardOK(c *cand, known, title string) bool {
	sp := c.sp
	// Of the judged cloze cards, those accepted blanked a noun phrase
	// of two words or more ("personal feud", "data networks"); those on
	// a name blanked a detail ("graduated from _____").
	//
	// A name the article comes back to, in another paragraph (the band a
	// musician joined, the office a lawyer held), is what the article is
	// about beside its subject; a name said in one paragraph is a detail.
	// A person's name there is mostly a relative's or a colleague's
	// (a brother, a father): a detail of the subject's life.
	// The sentence states a central fact of its theme (backboneCentral):
	// a repeated name is also found in the article's side remarks.
	repeatedName := sp.kind.proper() && sp.kind != kPerson && a.df["k:"+sp.key] >= 2 && backboneWorthy(c.s)
	if inRelativeClause(c.s, sp) {
		return false
	}
	if !repeatedName && (sp.kind != kTerm || !strings.Contains(sp.key, " ")) {
		return false
	}
	// The article's own subject gives no card; another name in half its
	// paragraphs is what this card asks for.
	if repeatedName && a.ownSubject(sp.key, title) {
		return false
	}
	if c.score < minScore || inList(c.s, sp) || !a.clozeWorthy(c.s, sp) || !repeatedName && a.subject(sp.key) {
		return false
	}
	// A term in half the paragraphs is the theme's own word, which the
	// front names around the blank; a name there is what the card should
	// ask for. A name beside another name, after a comma or an "and",
	// is one member of a list ("works include _____, The Firm, …").
	if repeatedName && nameListed(c.s, sp) || !repeatedName && (a.ubiquitous(sp.key) || a.topicTermBlank(sp)) {
		return false
	}
	if quotedSpeech(c.s) || speakerPhrase(c.s.text[sp.end:]) || inQuote(c.s, sp) {
		return false
	}
	if a.df["k:"+sp.key] < 2 && !strings.Contains(known, " "+sp.key+" ") {
		return false
	}
	return !frontGivesAway(c.s.text[:sp.blankStart()]+" "+c.s.text[sp.end:], sp.key)
}

// frontGivesAway reports whether the rest of the sentence holds a word of
// the answer, or a word sharing its first five letters ("manipulating
// your favourite _____ … a more personalised movie" is not caught; "the
// site … a historical _____" is): the front then names what it asks.
func frontGivesAway(rest, answerKey string) bool {
	words := strings.Fields(key(rest))
	for _, w := range strings.Fields(answerKey) {
		if len(w) < 4 || stopwords[w] {
			continue
		}
		p := w
		if len(p) > 5 {
			p = p[:5]
		}
		for _, o := range words {
			if o == w || (len(o) >= 5 && strings.HasPrefix(o, p)) {
				return true
			}
		}
	}
	return false
}

// thinCard returns the fourth card for a thin theme, or nil: the best
// scored candidate that passes thinCardOK on a sentence no proposed item
// (out, ranked and balanced) uses: a true statement quoting it whole
// answers the blank. A blank a held-back question drafted may be carded;
// one a card drafted is not drafted again.
func (a *article) thinCard(cands []*cand, out []item, used map[string]bool, known, title string) *item {
	taken, carded := cardUses(out)
	for _, c := range cands {
		if taken[c.s.idx] || carded[strconv.Itoa(c.s.idx)+"|"+c.sp.key] || !a.thinCardOK(c, known, title) {
			continue
		}
		it := a.clozeCard(c)
		it.sp, it.dq = c.sp, c.dq
		it.rule = "thin-card/" + c.sp.kind.String()
		return it
	}
	return nil
}

// nameListed reports whether the name at sp stands beside another
// capitalised word across a comma, a semicolon, "and" or "or": a member
// of a list of names, which a card asks for arbitrarily.
func nameListed(s *sentence, sp *span) bool {
	capital := func(w string) bool {
		w = strings.TrimLeft(w, `"“'‘(`)
		return w != "" && unicode.IsUpper([]rune(w)[0])
	}
	after := strings.Fields(s.text[sp.end:])
	if len(after) > 0 {
		first := after[0]
		switch {
		case first == "," || first == ";":
			after = after[1:]
		case strings.HasPrefix(first, ",") || strings.HasPrefix(first, ";"):
			after[0] = strings.TrimLeft(first, ",;")
		case first == "and" || first == "or" || first == "&":
			after = after[1:]
		default:
			after = nil
		}
		if len(after) > 0 && (after[0] == "and" || after[0] == "or") {
			after = after[1:]
		}
		if len(after) > 0 && capital(after[0]) {
			return true
		}
	}
	before := strings.Fields(s.text[:sp.blankStart()])
	if n := len(before); n >= 2 {
		last := before[n-1]
		if last == "and" || last == "or" || last == "&" {
			last = before[n-2]
		}
		if strings.HasSuffix(last, ",") || strings.HasSuffix(last, ";") {
			return capital(last)
		}
		if last != before[n-1] {
			return capital(last)
		}
	}
	return false
}

// ownSubject reports whether name k is what the article is about: the
// biography's subject by any of its names, or a name the course title
// holds.
func (a *article) ownSubject(k, title string) bool {
	if full, short := a.biographySubject(); full != "" && (k == full || k == short || lastWord(k) == short || a.sameNamed(k, full)) {
		return true
	}
	return title != "" && (k == title || containsWords(title, k) || lastWord(k) == lastWord(title))
}

// thinCardNamed is thinCard on the theme's sentences that read alone
// once a name is put in for a pronoun or a kind (contextEdits: "He joined
// the Aarhus Quartet at nineteen" in a biography of Kessel reads "Kessel
// joined …"), as true statements are quoted. A biography tells most of
// its story in such sentences, and a short one's single theme may have
// no other sentence left for a fourth item. Only the words the sentence
// opens on are replaced, and only where nothing else in it needs the
// sentences before. The blank passes the same bar, away from the words
// put in, and no name put in gives it away.
func (a *article) thinCardNamed(sents []*sentence, out []item, known, title string) *item {
	taken, carded := cardUses(out)
	var best *cand
	var bestEdits []edit
	for _, s := range sents {
		if taken[s.idx] || !s.usable() || !needsContext(s) || a.backReference(s) {
			continue
		}
		// One edit, of the words the sentence opens on ("She", "The
		// company"): a pronoun further in may stand for someone else.
		edits, ok := a.contextEdits(s)
		if !ok || len(edits) != 1 || !strings.HasPrefix(s.text[datelineEnd(s.text):], edits[0].old+" ") && !openingPhraseSubject(s, edits[0].old) {
			// A subject pronoun after an opening adverbial, or at the
			// start where the name reads it (short_fill.go).
			if e, fok := a.frontedResolved(s); fok {
				edits = []edit{e}
			} else if r := a.subjectResolved(s); r != "" && !strings.HasPrefix(strings.ToLower(s.toks[0].text), "his") {
				edits = []edit{{s.toks[0].text, strings.Fields(r)[0]}}
			} else {
				continue
			}
		}
		put := ""
		for _, e := range edits {
			put += " " + e.new
		}
		for _, sp := range s.spans {
			if carded[strconv.Itoa(s.idx)+"|"+sp.key] || inBrackets(s, sp) || a.namePart(s, sp) {
				continue
			}
			// The blank is away from the words the edits replace.
			clear := true
			for _, e := range edits {
				if i := strings.Index(s.text, e.old); i >= 0 && i < sp.end && sp.start < i+len(e.old) {
					clear = false
				}
			}
			if !clear {
				continue
			}
			c := a.blankableRead(s, sp)
			if c == nil || !a.thinCardOK(c, known+" "+key(put)+" ", title) || frontGivesAway(put, sp.key) {
				continue
			}
			if best == nil || c.score > best.score {
				best, bestEdits = c, edits
			}
		}
	}
	if best == nil {
		return nil
	}
	it := a.clozeCard(best)
	front, ok := applyEdits(it.c.Front, bestEdits)
	if !ok {
		return nil
	}
	it.c.Front = front
	it.sp, it.dq, it.named = best.sp, best.dq, true
	it.rule = "thin-card/" + best.sp.kind.String()
	return it
}

// inRelativeClause reports whether the span stands in a relative clause
// set off by a comma ("his brother Imre, who worked at the exchange in
// Budapest, …"): a detail of someone or something else than what the
// sentence says.
func inRelativeClause(s *sentence, sp *span) bool {
	before := strings.ToLower(s.text[:sp.blankStart()])
	at := -1
	for _, w := range []string{", who ", ", whose ", ", whom ", ", which ", ", where "} {
		if i := strings.LastIndex(before, w); i > at {
			at = i
		}
	}
	return at >= 0 && !strings.ContainsAny(before[at+1:], ",;")
}

// cardUses reads what a theme's items use already: the sentences a
// proposed item asks (taken), and the sentence and answer of each card
// drafted ("idx|answer", carded).
func cardUses(out []item) (taken map[int]bool, carded map[string]bool) {
	taken, carded = map[int]bool{}, map[string]bool{}
	for _, it := range out {
		if it.proposed {
			taken[it.sent.idx] = true
		}
		if it.c != nil {
			carded[strconv.Itoa(it.sent.idx)+"|"+key(it.answer)] = true
		}
	}
	return taken, carded
}

// openingPhraseSubject reports whether old, a subject pronoun an edit
// names, stands right after an opening phrase without a comma: a
// participle's or a preposition's ("Speaking to the House Budget
// Committee he urged …"), of at most ten words, with no verb, pronoun
// or name of a person in it. The pronoun is then the main clause's
// subject, as at the sentence's start.
func openingPhraseSubject(s *sentence, old string) bool {
	if lw := strings.ToLower(old); lw != "he" && lw != "she" || len(s.toks) < 4 {
		return false
	}
	switch t := s.toks[0].tag; {
	case t == "VBG", t == "VBN", t == "IN" && !subordinators[strings.ToLower(s.toks[0].text)]:
	default:
		return false
	}
	for i, t := range s.toks[1:] {
		if i >= 10 {
			return false
		}
		if t.text == old {
			for _, sp := range s.spans {
				if sp.kind == kPerson && sp.start < t.start {
					return false
				}
			}
			return i > 0
		}
		lw := strings.ToLower(t.text)
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.text == "," || isPersonalPronoun(lw) || contextWords[lw] {
			return false
		}
	}
	return false
}

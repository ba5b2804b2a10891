package generate

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/lectern/lectern/internal/quiz"
)

const blank = "_____"

// minQuestions is how many questions a theme drafts at least where it has
// sentences to quote as true statements: a theme of cards alone cannot be
// quizzed.
const minQuestions = 2

// minScore is the lowest score an item needs to be kept: below it, items
// read as filler.
const minScore = 0.3

// item is a generated question or card before ids are assigned.
type item struct {
	sent   *sentence
	q      *quiz.Question
	c      *quiz.Card
	answer string
	rule   string
	score  float64
	// order is what the ranker chooses among a theme's true statements
	// by: the score, damped for statements judges accepted less often
	// than their features tell (hook_paragraph.go, definite_opening.go;
	// orderStatements in rank.go). Everything else reads score.
	order float64
	// For the ranker: the tested span (nil for a true statement or a
	// definition), its distractors' quality, the features, and whether
	// the item is proposed or held back.
	sp       *span
	dq       float64
	feat     []float64
	proposed bool
	// named is set where the item names what its sentence opens on only
	// by a pronoun or a kind ("The company" rewritten "TSMC", context.go).
	named bool
	// prevName is the name a true statement put in place of its opening
	// pronoun, from the subject of the sentence before (prev_subject.go).
	prevName string
	// incidental is set where the answer is an incidental detail
	// (trivia.go): the item is held back.
	incidental bool
	// repeat is set where the item asks a fact a better item asks
	// (repeats.go): it is held back.
	repeat bool
	// weak is set where the item is built in a way judges almost never
	// accepted (mix.go): it is held back.
	weak bool
	// leanCtx is set where the prompt or front names in its own words
	// what the sentence the item leans on gives; leanHeld where it
	// leans on one and no safe repair exists (lean_context.go,
	// lean_repair.go): it is held back.
	leanCtx, leanHeld bool
	// refilled is set where the item took the place of one a pass
	// after the ranker held back (refill.go).
	refilled bool
	// cardHeld is set on a proposed card a late pass held back for what
	// it blanks (card_blank.go); a theme left short takes it again.
	cardHeld bool
}

// firstPerson is the first person the sentence names, or nil.
func (s *sentence) firstPerson() *span {
	for _, o := range s.spans {
		if o.kind == kPerson {
			return o
		}
	}
	return nil
}

// usable reports whether a sentence can carry an item: a complete
// statement of reasonable length with a verb.
func (s *sentence) usable() bool {
	if s.byline {
		return false // who wrote the piece, not what it says
	}
	if s.nWords < 6 || s.nWords > 60 || len(s.text) > maxSentenceBytes || strings.HasSuffix(s.text, "?") {
		return false
	}
	// A line without final punctuation is a heading or a caption, not a
	// statement to test.
	if end := strings.TrimRight(s.text, `"”’')`); end == "" || !strings.ContainsAny(end[len(end)-1:], ".!") {
		return false
	}
	if !startsUpper(strings.TrimLeft(s.text, `"“‘'(`)) && !isDigit(s.text[0]) {
		return false
	}
	if leftOpen(s.text) || hedged(s) || hookOpening(s) || pointsToPage(s.text) { // hedge.go, scene_setting.go, web_address.go
		return false
	}
	// A piece the splitter cut from inside a sentence (after "M..10A"
	// with no full stop before it) is not a sentence of its own.
	if s.para != nil && s.start <= len(s.para.text) {
		if before := strings.TrimSpace(lineBefore(s.para.text, s.start)); before != "" && !endsSentence(before) {
			return false
		}
	}
	for _, t := range s.toks {
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
			return true
		}
	}
	return false
}

// cand is one blank: a span in a sentence, with its distractors.
type cand struct {
	s     *sentence
	sp    *span
	dis   []option // best first
	score float64
	dq    float64 // distractor quality, 0..1
	// noChoice: the blank takes no options, as a single choice or a
	// false swap (choiceKey).
	noChoice bool
}

type option struct {
	text    string
	key     string
	quality float64
	article bool // taken from the article (not made up)
}

// themeItems generates, ranks and selects the items of one theme.
func (a *article) themeItems(t quiz.Theme, opts Options, ex *existing) []item {
	sents := a.sentencesOf(t.Paragraphs)
	// A theme titled by its opening sentence asks nothing of it: the
	// title stands above every item (topic_title.go).
	if ts := a.titleSentence(t); ts != nil {
		sents = slices.DeleteFunc(slices.Clone(sents), func(s *sentence) bool { return s == ts })
	}
	titleKey := key(t.Title)
	courseKey := key(opts.courseTitle)
	var cands []*cand
	for _, s := range centralUsable(sents) {
		for _, sp := range s.spans {
			// The theme title is shown with its items, the course
			// title above them: a blank that either fills is given
			// away (title_giveaway.go).
			if sp.key == titleKey || titleGivesAway(sp.key, t.Title, opts.courseTitle) || titleGivesAway(key(a.headForm(sp)), t.Title, opts.courseTitle) {
				continue
			}
			// Who said it is no question (speaker.go), nor an aside in
			// brackets or part of a name (aside.go).
			if a.speakerAnswer(s, sp, courseKey) || inBrackets(s, sp) || a.namePart(s, sp) {
				continue
			}
			if c := a.blankable(s, sp); c != nil && !ex.covers(s, sp, sp.answer()) {
				cands = append(cands, c)
			}
		}
	}
	// A role card ("Vladimir Putin: Russia’s leader") tests who holds the
	// role; a question blanking the name or the country repeats it. So
	// does an apposition card on a person ("Tomas Brandt, the leader of
	// …"), now that a name described so takes no options and is asked as
	// a short answer.
	defs := a.definitions(sents)
	roles := map[int]string{}
	for _, d := range defs {
		if d.rule == "definition-role" || d.rule == "definition-appositive" && a.isPerson(d.answer) {
			roles[d.sent.idx] += " " + key(d.c.Front) + " " + key(d.c.Back) + " "
		}
	}
	if len(roles) > 0 {
		kept := cands[:0]
		for _, c := range cands {
			if r, ok := roles[c.s.idx]; !ok || !(strings.Contains(r, " "+c.sp.key+" ") || hasWord(r, c.sp.key)) {
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		if cands[i].s.idx != cands[j].s.idx {
			return cands[i].s.idx < cands[j].s.idx
		}
		return cands[i].sp.start < cands[j].sp.start
	})

	used := map[string]bool{}     // sentence idx + answer key
	perSent := map[int]int{}      // questions per sentence
	perAnswer := map[string]int{} // items per answer key
	perHead := map[string]int{}   // questions per noun-phrase head
	// sentKind marks the kinds already asked about in a sentence: a
	// second question of the same kind ("China’s emergence … Russia’s
	// opposition") is answered by the first one's stem.
	sentKind := map[string]bool{}
	tfSent := map[int]bool{} // sentences with a true/false item
	// listSent marks sentences with an item on one member of a list:
	// items on two members of "Asia, Africa and Latin America" give
	// each other away.
	listSent := map[int]bool{}
	var qs []item
	nTF, nShort, nTrue := 0, 0, 0
	maxQ := opts.MaxQuestionsPerTheme * poolFactor
	pair := func(s *sentence, k string) string { return strconv.Itoa(s.idx) + "|" + k }

	// False statements that reverse the sentence's comparison come
	// first: they contradict the sentence plainly, and a true statement
	// balancing a swap must not take their sentence. Their sentence is
	// not also quoted true, nor blanked.
	for _, rv := range a.reversedStatements(sents, perSent, used) {
		if ex != nil && ex.prompts[quiz.Normalize(rv.q.Prompt)] {
			continue
		}
		used[pair(rv.sent, "*")] = true
		perSent[rv.sent.idx] += 2
		tfSent[rv.sent.idx] = true
		nTF++
		rv.incidental = a.incidentalSentence(rv.sent)
		qs = append(qs, a.keepStandAlone([]item{rv})...)
	}
	for pass := 1; pass <= 2 && len(qs) < maxQ; pass++ {
		for _, c := range cands {
			if len(qs) >= maxQ {
				break
			}
			p := pair(c.s, c.sp.key)
			if used[p] || perSent[c.s.idx] >= pass || perAnswer[c.sp.key] >= pass {
				continue
			}
			if c.sp.kind == kTerm && perHead[c.sp.head] >= pass {
				continue
			}
			if c.score < minScore || (a.ubiquitous(c.sp.key) && perAnswer[c.sp.key] > 0) {
				continue
			}
			list := inList(c.s, c.sp)
			if list && listSent[c.s.idx] {
				continue
			}
			sk := strconv.Itoa(c.s.idx) + "|" + c.sp.kind.String()
			if sentKind[sk] {
				continue
			}
			// A figure given once in passing is no question's answer.
			if !a.pointFigure(c.s, c.sp) {
				continue
			}
			var it *item
			wantTF := nTF*3 < maxQ && !tfSent[c.s.idx] && !inList(c.s, c.sp) && !crowdedDate(c.s, c.sp)
			if wantTF {
				it = a.trueFalseSwap(c)
			}
			if it == nil && !c.noChoice && len(c.dis) >= 3 && c.dq >= 0.55 && a.choosable(c) {
				it = a.single(c)
			}
			// A short answer on a quotation asks for the speaker's words;
			// on one member of a list, for any of them ("grown up with
			// _____, Spotify music streaming and online television":
			// set 94, both judges, ambiguous; every such short answer
			// judged since set 84 was rejected).
			// Nor on one end of a period ("born between the early
			// 1980s and early _____": set 95, both judges, trivia).
			if it == nil && nShort*4 < maxQ && shortable(c.sp) && !a.subject(c.sp.key) && !quotedSpeech(c.s) && !list &&
				!periodEndFigure(c.s, c.sp) {
				it = a.short(c)
			}
			if it == nil {
				continue
			}
			it.sp, it.dq = c.sp, c.dq
			used[p] = true
			perSent[c.s.idx]++
			perAnswer[c.sp.key]++
			sentKind[sk] = true
			if list {
				listSent[c.s.idx] = true
			}
			if c.sp.kind == kTerm {
				perHead[c.sp.head]++
			}
			switch it.q.Type {
			case quiz.TrueFalse:
				nTF++
				tfSent[c.s.idx] = true
			case quiz.Short:
				nShort++
			}
			qs = append(qs, *it)
			// Balance a false statement with a true one from another
			// central sentence.
			if it.q.Type == quiz.TrueFalse && nTrue < nTF && len(qs) < maxQ {
				if tr := a.trueStatement(sents, perSent, used, ex); tr != nil {
					used[pair(tr.sent, "*")] = true
					tfSent[tr.sent.idx] = true
					// Quoted whole, the sentence answers any blank in it.
					perSent[tr.sent.idx] += 2
					nTrue++
					qs = append(qs, *tr)
				}
			}
		}
	}

	// Cards: definitions first, then cloze cards from blanks no question
	// uses.
	var cards []item
	maxC := opts.MaxCardsPerTheme * poolFactor
	cardFronts := map[string]bool{}
	for _, d := range defs {
		if len(cards) >= maxC {
			break
		}
		k := quiz.Normalize(d.c.Front)
		if cardFronts[k] || used[pair(d.sent, key(d.answer))] || ex.covers(d.sent, nil, d.answer) {
			continue
		}
		if (ex != nil && ex.fronts[k]) || !trueDefinition(d) {
			continue
		}
		cardFronts[k] = true
		used[pair(d.sent, key(d.answer))] = true
		cards = append(cards, d)
	}
	// One card per sentence: a cloze card on a defining sentence repeats
	// its definition card.
	clozePerSent := map[int]int{}
	for _, d := range cards {
		clozePerSent[d.sent.idx]++
	}
	for _, c := range cands {
		if len(cards) >= maxC {
			break
		}
		p := pair(c.s, c.sp.key)
		if used[p] || clozePerSent[c.s.idx] > 0 || perAnswer[c.sp.key] >= 2 {
			continue
		}
		list := inList(c.s, c.sp)
		// "farmers, engineers and _____": a card on one member of a list
		// asks for an arbitrary item.
		if list {
			continue
		}
		if !a.clozeWorthy(c.s, c.sp) {
			continue
		}
		if (c.sp.kind == kTerm && !strings.Contains(c.sp.key, " ")) || c.score < minScore || (a.ubiquitous(c.sp.key) && perAnswer[c.sp.key] > 0) || a.subject(c.sp.key) || a.topicTermBlank(c.sp) {
			continue
		}
		it := a.clozeCard(c)
		it.sp, it.dq = c.sp, c.dq
		k := quiz.Normalize(it.c.Front)
		if cardFronts[k] || (ex != nil && ex.fronts[k]) {
			continue
		}
		cardFronts[k] = true
		used[p] = true
		clozePerSent[c.s.idx]++
		perAnswer[c.sp.key]++
		if list {
			listSent[c.s.idx] = true
		}
		cards = append(cards, *it)
	}
	// Read alone, every item must say what it speaks of.
	qs, cards = a.keepStandAlone(qs), a.keepStandAlone(cards)
	a.markIncidental(qs, key(opts.courseTitle))
	a.markIncidental(cards, key(opts.courseTitle))
	a.markSubjectBlanks(qs, opts.courseTitle)
	a.markSubjectBlanks(cards, opts.courseTitle)
	a.markWeakBuilds(qs)
	a.markWeakBuilds(cards)
	// A question held back whatever its score no longer takes its
	// sentence: the sentence may still be quoted whole below.
	perSent = liveQuestionsPerSentence(qs)
	// The backbone: true statements quoted whole, the items judged best,
	// from every central, self-contained sentence no question uses yet;
	// the ranker chooses among them.
	worthy := make([]*sentence, 0, len(sents))
	for _, s := range sents {
		if backboneWorthy(s) {
			worthy = append(worthy, s)
		}
	}
	for n := 0; n < backboneTrue; n++ {
		tr := a.trueStatement(worthy, perSent, used, ex)
		if tr == nil {
			break
		}
		used[pair(tr.sent, "*")] = true
		perSent[tr.sent.idx] += 2
		tr.incidental = a.incidentalSentence(tr.sent) || quoteClaimHeld(tr) // quote_claim.go
		qs = append(qs, a.keepStandAlone([]item{*tr})...)
	}
	// A theme short of items, or of questions, takes true statements,
	// quoted whole: the items judged best. Items held back as
	// incidental do not count: the theme needs items it can propose;
	// nor do two questions on one sentence, of which one is proposed.
	for (proposableSentences(qs)+proposable(cards) < minProposed || proposable(qs) < minQuestions) && len(qs) < maxQ {
		tr := a.trueStatement(sents, perSent, used, ex)
		if tr == nil {
			break
		}
		used[pair(tr.sent, "*")] = true
		perSent[tr.sent.idx] += 2
		tr.incidental = a.incidentalSentence(tr.sent) || quoteClaimHeld(tr) // quote_claim.go
		qs = append(qs, a.keepStandAlone([]item{*tr})...)
	}
	// A theme still short takes its named speakers' claims, stated as
	// theirs (attributed_claim.go).
	qs = a.attributedStatements(qs, cards, sents, perSent, used, ex, maxQ)
	rc := rankCtx{title: key(opts.courseTitle), summary: key(t.Summary)}
	// A theme the ranker and the balance leave under minProposed takes
	// more true statements, quoted whole (thin_fill.go).
	qs, cards = a.fillThin(t, rc, qs, cards, cands, sents, perSent, used, ex, opts)
	out := a.rank(rc, append(qs, cards...), opts)
	if !opts.All {
		a.balance(t, out, opts)
	}
	for i := range out {
		if out[i].q != nil {
			out[i].q.Theme = t.Slug
			out[i].q.Paragraphs = []int{out[i].sent.para.n}
		} else {
			out[i].c.Theme = t.Slug
			out[i].c.Paragraphs = []int{out[i].sent.para.n}
		}
	}
	return out
}

// blankable returns the blank for span sp in sentence s, or nil when the
// span would make a poor blank.
func (a *article) blankable(s *sentence, sp *span) *cand {
	// An item must be understood without the sentence before it; an
	// epithet for the report's subject is named (sport_epithet.go).
	if needsContext(s) && !a.epithetReads(s) {
		return nil
	}
	return a.blankableRead(s, sp)
}

// blankableRead is blankable for a sentence that reads alone, or that
// will once a name is put in (thin_card.go).
func (a *article) blankableRead(s *sentence, sp *span) *cand {
	// The time of a clause hung on the sentence (side_clause.go).
	if !a.fairBlank(s, sp) || sideClauseTime(s, sp) {
		return nil
	}
	// "over _____ waiting times": half a phrase; "its _____, Hill
	// Observatory": the head named beside it (item_quality.go); "for
	// _____ of the 'shtetl'": a people named by its own term
	// (group_blank.go); "won eleven _____, including Best Short Film"
	// (instance_blank.go).
	if halfPhraseBlank(s, sp) || lookalikeBlank(s, sp) || sinceStateBlank(s, sp) || venueAreaBlank(s, sp) || complementBlank(s, sp) || sp.kind == kDate && dateAside(s, sp) || accountingEnd(s, sp) || asOfDate(s, sp) || countHeadBlank(s, sp) || headGiveaway(s, sp) || agentGiveaway(s, sp) || groupQuoteBlank(s, sp) || instanceGiveaway(s, sp) {
		return nil
	}
	// "the House Un-American _____", "_____'m right" for "If I", "the
	// _____'s browser" for "software giant" (item_quality.go); "Miles of
	// _____" (of_name.go); "_____, Turkish and Italian" (list_member.go);
	// "move to _____ …, Home Secretary Charles Clarke has said"
	// (home_country_blank.go); "up _____ west coast" for "the US"
	// (place_modifier_blank.go); "the _____ was a dire lack of major new
	// bands" for "biggest problem" (label_blank.go); "one in seven
	// people on Earth, _____, used Facebook" for "1 billion people"
	// (restated_figure.go).
	// "_____ the Scottish Regiments campaigners" for "The Save", "a _____
	// was doing" for "Sim" in a report about The Sims (name_run_blank.go).
	if nameHalf(s, sp) || ofNameHalf(s, sp) || a.nameRunBlank(s, sp) || a.nameWordBlank(sp) || wordListMember(s, sp) || a.homeCountryBlank(s, sp) || placeModifierBlank(s, sp) || labelBlank(sp) || restatedFigure(s, sp) || functionAnswer(s.text[sp.blankStart():sp.end]) || epithetBlank(s, sp) {
		return nil
	}
	// "at _____" for "PBC" where the article names the school in full;
	// "Ann Reed, _____" for "OBE" (abbrev_blank.go); "gaining _____ over
	// Maryland" for "political control" (control_frame.go); "physically
	// _____" for "abusive father", "Holmes, _____." for "Sr", "the 1st
	// _____" for "Division", "the Republicans in _____" for "the House",
	// a word of "described Reed as …" (blank_shape.go);
	// "as the _____ along the roof" for "blaze spread" (verb_run_blank.go).
	if a.spelledOutElsewhere(sp) || honoursLetters(sp.text) || fixedPhraseBlank(s, sp) || controlFrameBlank(s, sp) || modifierLeftOut(s, sp) || nameSuffixBlank(sp) || ordinalNameBlank(s, sp) || chamberBlank(sp) || describedAsBlank(s, sp) || reportTailBlank(s, sp) || dashBreakBlank(s, sp) || lifeStageBlank(sp) || verbRunBlank(s, sp) {
		return nil
	}
	// "$70 per _____" for "square metre": a unit asks how the article
	// measured, not what it says.
	if sp.kind == kTerm && unitWord(sp.head) {
		return nil
	}
	// "in layers of _____ to 2 inches": one end of a range is a detail,
	// and the other end gives its size away.
	if sp.kind.numeric() && endOfRange(s, sp) {
		return nil
	}
	// The answer must occur once in its sentence, or the stem gives it away.
	n := 0
	for _, o := range s.spans {
		if o.key == sp.key || containsWords(o.key, sp.key) || containsWords(sp.key, o.key) {
			n++
		}
	}
	if n > 1 || strings.Count(" "+key(s.text)+" ", " "+sp.key+" ") > 1 {
		return nil
	}
	stem := s.text[:sp.blankStart()] + " " + s.text[sp.end:]
	content := 0
	for _, w := range strings.Fields(stem) {
		w = strings.ToLower(strings.Trim(w, `.,;:!?"“”'’()`))
		if len(w) > 2 && !stopwords[w] {
			content++
		}
	}
	if content < 4 {
		return nil
	}
	w := a.weight[sp.key]
	if sp.kind == kTerm {
		// Common noun phrases make good blanks only when topical and
		// specific: two words or more, or a head that recurs.
		if w < 0.25 || (!strings.Contains(sp.key, " ") && a.df["h:"+sp.head] < 2) {
			return nil
		}
		// "a competitive option", "the economic impacts": vague wording.
		if vagueHeads[sp.head] || vagueModifiers[firstWord(sp.key)] {
			return nil
		}
		// "_____ of file sharing systems" for "future versions", "the
		// pitfalls of the _____" for "earlier program": a thing placed
		// only by when it comes, said in two words, is the sentence's
		// wording; its substance is elsewhere.
		if relativeModifiers[firstWord(sp.key)] && len(strings.Fields(sp.key)) == 2 {
			return nil
		}
		// "7 million _____": a unit after a number.
		if p := prevTok(s, sp.blankStart()); p != nil && p.tag == "CD" {
			return nil
		}
		// "a dominant economic and _____": the blank cuts a shared
		// noun phrase in half.
		if p := prevTok(s, sp.blankStart()); p != nil && (p.text == "and" || p.text == "or") {
			if pp := prevTok(s, p.start); pp != nil && strings.HasPrefix(pp.tag, "JJ") {
				return nil
			}
		}
		// A lone noun inside a larger phrase ("Western _____", "every four
		// _____", "the _____ of Valmora") leaves a blank only half-cut.
		if !strings.Contains(sp.key, " ") {
			if p := prevTok(s, sp.start); p != nil && (strings.HasPrefix(p.tag, "JJ") || strings.HasPrefix(p.tag, "NN") || p.tag == "CD" || startsUpper(p.text)) && sp.start > 0 {
				return nil
			}
			if n := nextTok(s, sp.end); n != nil && (n.text == "of" || strings.HasPrefix(n.tag, "NN")) {
				return nil
			}
		}
	}
	// A place name used as a modifier ("U.S. influence") blanks badly.
	if sp.kind == kPlace {
		if nt := nextTok(s, sp.end); nt != nil && strings.HasPrefix(nt.tag, "NN") && isLowerWord(nt.text) {
			return nil
		}
	}
	// "Xi and _____" when Xi never appears without Putin: the partner
	// gives the answer away.
	if sp.kind.proper() && a.inseparable(s, sp) {
		return nil
	}
	// Quoted words test wording: "since the harbour wall was rebuilt in
	// _____".
	if inQuote(s, sp) {
		return nil
	}
	c := &cand{s: s, sp: sp}
	c.dis = a.distractors(s, sp)
	if sp.kind == kTerm && a.definedTerms()[sp.key] {
		c.dis = a.definedDistractors(s, sp, c.dis)
	}
	c.dq = distractorQuality(c.dis)
	c.noChoice = !a.choiceKey(s, sp)
	// "the 21st century" against made-up centuries is known without
	// the article.
	if sp.kind == kCentury && (len(c.dis) == 0 || !c.dis[0].article) {
		return nil
	}
	pen := 0.0
	if a.ubiquitous(sp.key) {
		pen += 0.15 // the article's subject: testing it again and again is dull
	}
	if inList(s, sp) {
		pen += 0.12 // one of "Asia, Africa and Latin America"
	}
	if sp.kind == kTerm {
		pen += 0.05
	}
	c.score = 0.45*s.score + 0.35*w + 0.2*c.dq - pen
	return c
}

// ubiquitous reports whether a key occurs in half the paragraphs or more.
func (a *article) ubiquitous(k string) bool {
	return len(a.paras) >= 4 && a.df["k:"+k]*2 >= len(a.paras)
}

func nextTok(s *sentence, at int) *tok {
	for i := range s.toks {
		if s.toks[i].start >= at {
			return &s.toks[i]
		}
	}
	return nil
}

func prevTok(s *sentence, at int) *tok {
	var p *tok
	for i := range s.toks {
		if s.toks[i].end <= at {
			p = &s.toks[i]
		}
	}
	return p
}

func inList(s *sentence, sp *span) bool {
	for _, o := range s.spans {
		if o == sp || o.kind != sp.kind {
			continue
		}
		lo, hi := o.end, sp.blankStart()
		if o.start > sp.start {
			lo, hi = sp.end, o.blankStart()
		}
		if hi < lo {
			continue
		}
		between := strings.TrimSpace(s.text[lo:hi])
		switch between {
		case ",", "and", "or", ", and", ", or", "&":
			return true
		}
	}
	return false
}

func inQuote(s *sentence, sp *span) bool {
	before := s.text[:sp.start]
	return strings.Count(before, "“") > strings.Count(before, "”") || strings.Count(before, `"`)%2 == 1
}

// containsWords reports whether phrase a contains phrase b as whole words.
func containsWords(a, b string) bool {
	return a != b && strings.Contains(" "+a+" ", " "+b+" ")
}

func distractorQuality(ds []option) float64 {
	if len(ds) < 3 {
		return 0.3 * float64(len(ds)) / 3
	}
	return (ds[0].quality + ds[1].quality + ds[2].quality) / 3
}

func shortable(sp *span) bool {
	return sp.kind != kTerm && len(strings.Fields(sp.key)) <= 5
}

// questionKind reads the sentence for cues of attribution, interpretation
// and outlook.
func questionKind(s *sentence) quiz.Kind {
	t := " " + strings.ToLower(s.text) + " "
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(t, " "+w+" ") || strings.Contains(t, " "+w+",") {
				return true
			}
		}
		return false
	}
	switch {
	case has("says", "said", "say", "argue", "argues", "argued", "claim", "claims", "claimed", "according to",
		"stated", "told", "warn", "warns", "warned", "noted", "insisted", "believes", "believe", "commented", "maintains",
		"contends", "asserted", "reported", "announced", "promised"):
		return quiz.Attribution
	case has("suggests", "suggest", "suggesting", "indicates", "indicate", "indicating", "signals", "signal",
		"signalling", "signaling", "implies", "imply", "reflects", "reflect", "underscores", "underscored", "highlights"):
		return quiz.Interpretation
	case hasOutlook(t):
		return quiz.Outlook
	}
	return quiz.Fact
}

// hasOutlook reports a cue of what is expected, outside a purpose clause:
// "so that breeders could avoid…" says why, not what will happen.
func hasOutlook(t string) bool {
	if i := strings.Index(t, " so that "); i >= 0 {
		t = t[:i] + " "
	}
	if i := strings.Index(t, " in order to "); i >= 0 {
		t = t[:i] + " "
	}
	for _, w := range []string{"will", "may", "might", "could", "expected", "expects", "expect", "likely", "set to", "plans", "forecast", "would"} {
		if strings.Contains(t, " "+w+" ") || strings.Contains(t, " "+w+",") {
			return true
		}
	}
	return false
}

// stem is the sentence with the blank in place of the answer, without a
// stray comma between the name it opens on and its verb ("Aubrey,
// replaced CBS Television President Louis Cowan …", lead_wording.go),
// which a true statement drops too.
func (c *cand) stem() string {
	return dropStrayComma(c.s.text[datelineEnd(c.s.text):c.sp.blankStart()] + blank + c.s.text[c.sp.end:])
}

// optionText writes an option so it fits the blank: capitalised when the
// blank opens the sentence.
func (c *cand) optionText(t string) string {
	if c.sp.blankStart() == 0 {
		return upperFirst(t)
	}
	return t
}

// quote puts a sentence of the article in double quotation marks; the
// quotation marks of the sentence's own become single ones, so that a
// quotation closing the sentence does not read “… adding, “Paris is
// beheaded.””.
func quote(s string) string { return "“" + innerQuotes(s) + "”" }

// innerQuotes turns a text's double quotation marks into single ones: a
// straight one opens where it follows a space, a bracket or nothing, and
// closes elsewhere.
func innerQuotes(s string) string {
	if !strings.ContainsAny(s, "\"“”") {
		return s
	}
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		switch r {
		case '“':
			b.WriteRune('‘')
		case '”':
			b.WriteRune('’')
		case '"':
			if unicode.IsSpace(prev) || strings.ContainsRune("([{—–-", prev) {
				b.WriteRune('‘')
			} else {
				b.WriteRune('’')
			}
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

func (a *article) single(c *cand) *item {
	ans := c.optionText(c.sp.answer())
	opts := []quiz.Option{{Text: ans, Correct: true}}
	// "a _____": every option must take the article the stem gives it,
	// or the grammar points to the answer.
	var dis []option
	art := articleBefore(c.s, c.sp)
	for _, d := range c.dis {
		if art == "" || indefinite(d.text) == art {
			dis = append(dis, d)
		}
	}
	if len(dis) < 3 || (art != "" && indefinite(ans) != art) {
		return nil
	}
	// An answer much longer than every distractor stands out.
	longest := 0
	for _, d := range dis[:3] {
		longest = max(longest, len(d.text))
	}
	if len(ans) > 2*longest+4 && len(strings.Fields(ans)) > 2 {
		return nil
	}
	for _, d := range dis[:3] {
		opts = append(opts, quiz.Option{Text: c.optionText(d.text), Feedback: "No: the article has " + quote(ans) + " here."})
	}
	// Deterministic order that does not always put the answer first.
	rot := (c.s.idx + c.sp.start) % len(opts)
	opts = append(opts[rot:], opts[:rot]...)
	q := &quiz.Question{
		Type:        quiz.Single,
		Kind:        questionKind(c.s),
		Prompt:      "Which completes the sentence? " + quote(c.stem()),
		Options:     opts,
		Explanation: "The article says: " + quote(c.s.text),
	}
	return &item{sent: c.s, q: q, answer: c.sp.answer(), rule: "cloze-single/" + c.sp.kind.String(), score: c.score}
}

func (a *article) short(c *cand) *item {
	ans := c.sp.answer()
	answers := a.answerForms(c.sp)
	hint := map[kind]string{kYear: "a year", kDate: "a date", kMoney: "an amount", kPercent: "a percentage",
		kNumber: "a number", kCentury: "a century"}[c.sp.kind]
	// "2000s" is a decade, not a year (set 95, both judges).
	if c.sp.kind == kYear && strings.HasSuffix(strings.TrimSuffix(ans, "'s"), "0s") {
		hint = "a decade"
	}
	prompt := "Fill in the blank"
	if hint != "" {
		prompt += " (" + hint + ")"
	}
	q := &quiz.Question{
		Type:        quiz.Short,
		Kind:        questionKind(c.s),
		Prompt:      prompt + ": " + quote(c.stem()),
		Answers:     answers,
		Explanation: "The article says: " + quote(c.s.text),
	}
	return &item{sent: c.s, q: q, answer: ans, rule: "cloze-short/" + c.sp.kind.String(), score: c.score - 0.02}
}

// trueFalseSwap makes a false statement by replacing the span with its best
// same-kind distractor, when that cannot be true elsewhere in the article.
func (a *article) trueFalseSwap(c *cand) *item {
	if c.sp.kind == kTerm || c.noChoice || len(c.dis) == 0 || !selfContained(c.s) || imperative(c.s) {
		return nil
	}
	// A time in a clause hung on the sentence (side_clause.go).
	if sideClauseTime(c.s, c.sp) {
		return nil
	}
	// "more than 1,000 calls": no other figure makes that plainly false.
	// "the over-65s": an age group's bound (age_group.go).
	if c.sp.kind.numeric() && (bound(c.s, c.sp) != 0 || periodEndFigure(c.s, c.sp) || ageGroupFigure(c.s, c.sp) || restatedFigure(c.s, c.sp)) {
		return nil
	}
	// One person for another tests a name, and the one swapped in is
	// often a companion or ally whom the statement does not plainly
	// contradict: a true statement serves better.
	if c.sp.kind == kPerson {
		return nil
	}
	opts := c.dis
	if c.sp.kind.numeric() {
		var look []option
		for _, t := range append(perturb(c.sp), monthSwaps(c.sp.num)...) {
			look = append(look, option{text: t, key: key(t), quality: 0.8})
		}
		// In a short report, a year the article gives first
		// (report_year.go).
		look = append(a.reportYearSwaps(c.s, c.sp), look...)
		switch c.sp.kind {
		case kNumber, kMoney, kPercent, kYear:
			// A look-alike first: a figure of another fact of the
			// article ("1,000 calls", two counties' total, for one
			// county's 625; the league's end year for a sale) may be
			// true of that fact and confuses.
			opts = append(look, opts...)
		default:
			// A date or century of the article reads as plainly wrong
			// where a look-alike ("March 18" for "March 23") splits
			// hairs.
			opts = append(opts, look...)
		}
	}
	// A name the sentence opens on as its subject is swapped first for
	// another the article makes a subject elsewhere (subject_swap.go).
	verb := ""
	if c.sp.kind.proper() {
		verb = subjectVerb(c.s, c.sp)
	}
	if verb != "" {
		var role, rest []option
		for _, o := range opts {
			if a.sameActor(c.sp.key, o.key) {
				continue
			}
			if a.subjectRole(c.s, c.sp.kind, c.sp.sub, o.key, verb) {
				role = append(role, o)
			} else {
				rest = append(rest, o)
			}
		}
		for _, o := range a.subjectPeers(c.s, c.sp, verb) {
			dup := false
			for _, r := range role {
				dup = dup || r.key == o.key
			}
			if !dup {
				role = append(role, o)
			}
		}
		opts = append(role, rest...)
	}
	var d *option
	for i := range opts {
		o := &opts[i]
		if o.quality < 0.8 || !a.swapIsFalse(c.s, o.key) || !swapNumberOK(c.sp, o.text) || !groupNumberSwapOK(c.s, c.sp, o.text) || c.sp.kind.numeric() && (!numberOptionOK(c.s, c.sp, o.text) || !a.swapShapeOK(c.s, c.sp, o.text)) || dayOnlySwap(c.sp, *o) || dateDetailSwap(c.s, c.sp, o.text) || dateCircumstanceSwap(c.s, c.sp, o.text) {
			continue
		}
		if c.sp.kind == kYear || c.sp.kind == kCentury {
			// "at 1200 GMT" is a time of day, not a year.
			v, ok := amountOf(o.text)
			if !ok || remarkYear(c.s, c.sp) || everYear(c.s, c.sp) || !duringRangeOK(c.s, c.sp, v) || clockTime(c.s, c.sp) { // remark_year.go, ever_year.go
				continue
			}
			if !a.pastYearOK(c.s, c.sp, v) { // past_year_option.go
				continue
			}
			// A year the article contrasts with this one may be near it
			// (report_year.go).
			if !timeSwapOK(c.s, c.sp, v) && !(c.sp.kind == kYear && a.newsReport() && a.contrastedYear(c.s, c.sp, v) && timeOrderOK(c.s, c.sp, v)) {
				continue
			}
			// A report's present year moves only to one the article
			// gives.
			if a.presentYear(c.sp) && !a.yearGiven(c.s, v) {
				continue
			}
		}

		// A place swapped for one the article never lists with it
		// ("the water on the Sun") is false by common knowledge.
		if c.sp.kind == kPlace && !a.peers(c.sp.key, o.key) {
			continue
		}
		// "The United States’s": a possessive that reads wrong.
		if rest := c.s.text[c.sp.end:]; strings.HasSuffix(o.text, "s") && (strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s")) {
			continue
		}
		// "Per JWST, Webb is designed…": the swapped-in name is another
		// name of something the statement already names.
		if c.sp.kind.proper() && a.namedIn(c.s, c.sp, o.key) {
			continue
		}
		// "The EU has launched …" for "The EC has launched …": a body
		// for a part of it is not plainly false (nested_body.go).
		if c.sp.kind.proper() && a.nestedBody(c.sp.key, o.key) {
			continue
		}
		// "President Sacagawea": after a title, only someone the article
		// also gives a title.
		if c.sp.kind == kPerson && titled(c.s, c.sp) != "" && !a.everTitled(o.key, titled(c.s, c.sp)) {
			continue
		}
		// "fur trapper Toussaint Charbonneau", "a woman, Sacagawea,": the
		// sentence says who the person is, and another name would not
		// fit the description.
		if c.sp.kind == kPerson && titled(c.s, c.sp) == "" && described(c.s, c.sp) {
			continue
		}
		d = o
		break
	}
	if d == nil {
		return nil
	}
	before := c.s.text[datelineEnd(c.s.text):c.sp.blankStart()]
	// "a Mesoscale Convective System" becomes "an Interstate…", not "a
	// Interstate…".
	if articleBefore(c.s, c.sp) != "" {
		before = agreeArticle(before, d.text)
	}
	// "The Countryside Alliance had …" swapped for "the RSPCA" keeps
	// its "The": the blank includes it, and the name swapped in is
	// written with it too.
	in := d.text
	if c.sp.the && !startsWithArticle(in) && (a.writtenWithThe(d.key) || a.takesThe(in)) {
		in = c.s.text[c.sp.blankStart():c.sp.start] + in
	}
	stmt := before + c.optionText(in) + c.s.text[c.sp.end:]
	ans := c.sp.answer()
	q := falseStatement(c.s, stmt, ans, d.text)
	rule := "truefalse-swap/" + c.sp.kind.String()
	if verb != "" && a.subjectRole(c.s, c.sp.kind, c.sp.sub, d.key, verb) {
		rule = "truefalse-swap/subject-" + c.sp.kind.String()
	}
	return &item{sent: c.s, q: q, answer: ans, rule: rule, score: c.score}
}

// swapIsFalse reports whether no other sentence pairs the swapped-in key
// with most of this sentence's content.
func (a *article) swapIsFalse(s *sentence, k string) bool {
	base := map[string]bool{}
	for _, w := range s.words {
		base[w] = true
	}
	for _, o := range a.byKey[k] {
		if o.sent == s {
			return false
		}
		common := 0
		for _, w := range o.sent.words {
			if base[w] {
				common++
			}
		}
		if len(base) > 0 && float64(common)/float64(len(base)) > 0.5 {
			return false
		}
	}
	return true
}

// trueStatement quotes a central, self-contained sentence as a true
// statement.
func (a *article) trueStatement(sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing) *item {
	var best *sentence
	bestText, bestPrev := "", ""
	// A sentence repaired to read alone (prev_subject.go) is quoted only
	// where no sentence reads alone as it is: the repair adds statements,
	// it does not displace those the rules chose before.
	var fallback *sentence
	fallText, fallPrev := "", ""
	for _, s := range sents {
		if !s.usable() || imperative(s) || addressesReader(s) || writerSpeaks(s) || quotedSpeech(s) && (!onlyShortQuotes(s) && !a.leadClaimQuote(s) || commentQuote(s)) || perSent[s.idx] > 0 || a.statementWords(s) > 35 || s.nWords < 10 || len(s.spans) == 0 || s.score < 0.35 {
			continue
		}
		// A sentence on the article's subject that opens on "He" or
		// "She" is quoted with the subject's name (subject_pronoun.go).
		text := a.statementText(s)
		if r := a.describedStatement(s); r != "" {
			text = r // report_subject.go
		}
		if a.thinBioStatement(s, text) {
			continue // bio_statement.go
		}
		if copiedSlip(text) || agreementSlip(s) && !agreementMended(s) || continuedFirstPerson(s) || unsaidFirstPerson(s) || verbless(s) || a.hopeAside(s) {
			continue // lead_wording.go, agreement_slip.go, quote_speaker.go, earlier_noun.go, hope_aside.go
		}
		// A list of names after "such as" is not quoted (name_list.go).
		if _, list := nameListClaim(text); list {
			continue
		}
		prev, repaired := "", false
		if !selfContained(s) && !a.selfResolved(s) {
			if text = a.subjectResolved(s); text == "" {
				repaired = true
				if !a.longArticle() {
					continue
				}
				if prev = a.prevSubjectName(s); prev != "" {
					text = a.prevSubjectResolved(s)
				} else if text = focusRepaired(s); text == "" || a.backReference(s) || vagueSubject(s) {
					continue // prev_subject.go
				}
			}
		}
		// "the same year": the year of the sentence before, or no
		// statement.
		if e, has, ok := a.yearEdit(s); has {
			if !ok {
				continue
			}
			if text, ok = replaceWhole(text, e.old, e.new); !ok {
				continue
			}
			repaired = true
		}
		if used[strconv.Itoa(s.idx)+"|*"] || ex.covers(s, nil, "True") {
			continue
		}
		if ex != nil && ex.prompts[quiz.Normalize("True or false? "+text)] {
			continue
		}
		if repaired {
			if fallback == nil || s.score > fallback.score {
				fallback, fallText, fallPrev = s, text, prev
			}
			continue
		}
		if best == nil || s.score > best.score {
			best, bestText, bestPrev = s, text, prev
		}
	}
	if best == nil {
		best, bestText, bestPrev = fallback, fallText, fallPrev
	}
	if best == nil {
		return nil
	}
	q := &quiz.Question{
		Type:   quiz.TrueFalse,
		Kind:   questionKind(best),
		Prompt: "True or false? " + afterDateline(best, bestText),
		Options: []quiz.Option{
			{Text: "True", Correct: true},
			{Text: "False"},
		},
		Explanation: statementExplanation(best.text),
	}
	return &item{sent: best, q: q, answer: "True", rule: "truefalse-true", score: 0.45*best.score + 0.2, prevName: bestPrev, named: bestPrev != ""}
}

func (a *article) clozeCard(c *cand) *item {
	card := &quiz.Card{Front: a.cardShareFront(c.s, connectiveDropped(c.s, c.sp, c.stem())), Back: c.optionText(c.sp.answer())}
	return &item{sent: c.s, c: card, answer: c.sp.answer(), rule: "cloze-card/" + c.sp.kind.String(), score: c.score}
}

// assemble assigns ids, appends the items to the course and builds the
// drafts.
func assemble(c *quiz.Course, items []item) *Result {
	return assembleWith(c, items, nil)
}

func assembleWith(c *quiz.Course, items []item, ex *existing) *Result {
	ids := map[string]bool{}
	if ex != nil {
		for id := range ex.ids {
			ids[id] = true
		}
	}
	prompts := map[string]bool{}
	if ex != nil {
		for p := range ex.prompts {
			prompts[p] = true
		}
	}
	fronts := map[string]bool{}
	if ex != nil {
		for f := range ex.fronts {
			fronts[f] = true
		}
	}
	nextID := func(theme, sep string) string {
		for n := 1; ; n++ {
			id := theme + sep + strconv.Itoa(n)
			if !ids[id] {
				ids[id] = true
				return id
			}
		}
	}
	type ref struct {
		it  item
		idx int
	}
	var qrefs, crefs []ref
	var held []item
	for _, it := range items {
		dropItemCrossRefs(it.q, it.c) // cross_ref.go
		if it.q != nil {
			p := quiz.Normalize(it.q.Prompt)
			if prompts[p] {
				continue
			}
			prompts[p] = true
			it.q.ID = nextID(it.q.Theme, "-")
			if !it.proposed {
				held = append(held, it)
				continue
			}
			c.Questions = append(c.Questions, *it.q)
			qrefs = append(qrefs, ref{it, len(c.Questions) - 1})
		} else {
			f := quiz.Normalize(it.c.Front)
			if fronts[f] {
				continue
			}
			fronts[f] = true
			it.c.ID = nextID(it.c.Theme, "-c")
			if !it.proposed {
				held = append(held, it)
				continue
			}
			c.Cards = append(c.Cards, *it.c)
			crefs = append(crefs, ref{it, len(c.Cards) - 1})
		}
	}
	res := &Result{Course: c}
	mk := func(it item) Draft {
		return Draft{Theme: themeOf(it), Paragraph: it.sent.para.n, Sentence: it.sent.asWritten(),
			SentenceStart: it.sent.start, SentenceEnd: it.sent.end, Answer: it.answer, Rule: it.rule, Score: round3(it.score),
			Proposed: it.proposed, held: it.heldFor()}
	}
	for _, r := range qrefs {
		d := mk(r.it)
		d.Question = &c.Questions[r.idx]
		res.Drafts = append(res.Drafts, d)
	}
	for _, r := range crefs {
		d := mk(r.it)
		d.Card = &c.Cards[r.idx]
		res.Drafts = append(res.Drafts, d)
	}
	// The drafts held back are listed best first within their theme: the
	// damps that chose among the statements (orderStatements, rank.go)
	// leave some out of the order of their scores.
	first := map[string]int{}
	for i, it := range held {
		if _, ok := first[themeOf(it)]; !ok {
			first[themeOf(it)] = i
		}
	}
	sort.SliceStable(held, func(i, j int) bool {
		if ti, tj := first[themeOf(held[i])], first[themeOf(held[j])]; ti != tj {
			return ti < tj
		}
		return round3(held[i].score) > round3(held[j].score)
	})
	for _, it := range held {
		d := mk(it)
		d.Question, d.Card = it.q, it.c
		res.Held = append(res.Held, d)
	}
	return res
}

func themeOf(it item) string {
	if it.q != nil {
		return it.q.Theme
	}
	return it.c.Theme
}

func round3(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

// liveQuestionsPerSentence counts, per sentence, the questions that may be
// proposed: a true or reversed statement counts two (quoted whole, it
// answers any blank in its sentence), any other question one, and a
// question held back whatever its score (weak, incidental, vague) none.
// A sentence whose only questions are held back stays free for a true
// statement: judges accepted those most often, and the held-back question
// stays among the drafts.
func liveQuestionsPerSentence(qs []item) map[int]int {
	n := map[int]int{}
	for i := range qs {
		it := &qs[i]
		if it.holdBack() || it.sent == nil {
			continue
		}
		if it.rule == "truefalse-true" {
			n[it.sent.idx] += 2
		} else {
			n[it.sent.idx]++
		}
	}
	return n
}

// proposableSentences counts the sentences the questions not held back
// whatever their score are drafted from: a theme proposes one question
// per sentence.
func proposableSentences(qs []item) int {
	seen := map[*sentence]bool{}
	for i := range qs {
		if !qs[i].holdBack() {
			seen[qs[i].sent] = true
		}
	}
	return len(seen)
}

// topicTermBlank reports whether a cloze card's answer is the term the
// article is about: a phrase of two words or more it says three times
// or more (knownTopic), in three paragraphs or more (a how-to's "food
// scraps", said three times in two paragraphs, is one step's matter). "In 2016, warmer stratospheric
// temperatures constrained the growth of the _____." for "ozone hole",
// in an article on the ozone hole, asks what every paragraph names, and
// its frame gives it away (blind judges' GIVEAWAY).
func (a *article) topicTermBlank(sp *span) bool {
	return sp.kind == kTerm && strings.Contains(sp.key, " ") && a.df["k:"+sp.key] >= 3 && a.knownTopic("the "+sp.text)
}

// periodEndFigure reports whether figure answer sp is one end of a range
// or a period the sentence states: "between the early 1980s and early
// 2000s", "from 2010 to 2014", "until the 15th century".
func periodEndFigure(s *sentence, sp *span) bool {
	return sp.kind.numeric() && (endOfRange(s, sp) || timeBound(s, sp))
}

package generate

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
)

// The prose models are immutable once loaded and safe for concurrent use,
// so they are loaded once per process.
type models struct {
	seg *segment.Segmenter
	tok *tokenize.Tokenizer
	tag *tag.Tagger
	ner *ner.Extracter
}

var loadModels = sync.OnceValues(func() (*models, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	tg, err := tag.New()
	if err != nil {
		return nil, err
	}
	ex, err := ner.New()
	if err != nil {
		return nil, err
	}
	return &models{seg: seg, tok: tokenize.New(), tag: tg, ner: ex}, nil
})

// kind is what a candidate answer is, for choosing distractors of the same
// kind.
type kind uint8

const (
	kNone    kind = iota
	kPerson       // a person's name
	kPlace        // a country, city or region
	kOrg          // an organisation
	kName         // another proper name: an event, plan, law or facility
	kYear         // 1962
	kDate         // 14 March 2024
	kMoney        // €2.7 billion
	kPercent      // 15%
	kNumber       // 3,000; 18-kilometre; 22 months
	kCentury      // 21st century
	kTerm         // a common noun phrase
)

var kindNames = [...]string{"none", "person", "place", "organisation", "name", "year", "date", "money", "percent", "number", "century", "term"}

func (k kind) String() string { return kindNames[k] }

func (k kind) numeric() bool { return k >= kYear && k <= kCentury }
func (k kind) proper() bool  { return k >= kPerson && k <= kName }

// article is the analysed text: paragraphs, sentences and the candidate
// answers in them.
type article struct {
	// termRows and termForm are the sentences' running terms and their
	// shown forms, computed once (runningTerms, retitle.go).
	termRows [][]string
	termForm map[string]string
	// cutting is set while Generate cuts the themes: a thin theme then
	// takes no multiple-choice question (subject_choice.go).
	cutting bool
	// joinTrial is set while joinThinPairs drafts a join it may not
	// keep: a joined theme is balanced only once the joins are settled
	// (balanceJoined).
	joinTrial bool
	// refillTrace, set by a test only, is told what refillHeld finds in
	// each theme under minProposed (refill.go).
	refillTrace func(string)
	paras       []*para
	// sections are the article's own headed sections (SplitSections).
	sections []Section
	sents    []*sentence
	// times holds the article's dated spans in order, built on first use
	// by the swap rules (swap_shape.go).
	times []timeAt
	// midCaps holds lowercased words seen capitalised away from the start
	// of a sentence: evidence that a sentence-initial word is a name.
	midCaps map[string]bool
	// lowerWords holds words seen in lowercase: evidence that a
	// capitalised sentence-initial word is an ordinary word.
	lowerWords map[string]bool
	// mentions of each answer key, in text order.
	byKey map[string][]*span
	keys  []string // sorted keys of byKey
	// df is the number of paragraphs each content word or key occurs in.
	df map[string]int
	// weight of each key: its importance as an answer.
	weight map[string]float64
	// fullName maps each word of a person's full name to the full name.
	fullName map[string]string
	info     map[string]*keyInfo
	byKind   map[kind][]string // keys by kind, sorted
	// bioKey and bioShort are the article's subject and the name it
	// uses for them alone, found on first use (subject_pronoun.go).
	bioDone bool
	// bioTold: the subject was found by titledLifeName (obituary_lead.go).
	bioTold bool
	// bioNamedIn is the sentence that named a life's subject found by
	// titledLifeName or obituaryTitleName.
	bioNamedIn *sentence
	// kinds caches where the article says a bare kind's noun
	// (bare_kind.go), by the noun.
	kinds            map[string]kindSeen
	bioKey, bioShort string
	bioGender        string
	// bioCalled is the name a biography's subject is known by where
	// bioShort is a birth surname the name lacks ("Black Francis", born
	// Thompson): items name the subject by it.
	bioCalled string
	// titleSubj is titleSubject, found on first use (title_spread.go).
	titleSubj *string
	// worth holds what the ranker's features of worth read, built on
	// first use (rank_worth.go).
	worth *worthInfo
	// defined holds the keys of defined terms; peer the pairs of keys
	// listed together ("k1|k2"). Both are filled on first use.
	defined map[string]bool
	peer    map[string]bool
	pairN   map[string]int
	// sentKeys caches " "+key(text)+" " of each sentence.
	sentKeys []string
	// long holds what the passes over a long article read many times
	// (long_input_cache.go).
	long *longInputCache
	// within holds, for each place, the places the article puts it in
	// ("Pensacola, Florida"); names caches nameWords.
	within map[string]map[string]bool
	names  map[string]map[string]bool
	// subjectKey caches mainSubjectKey for the context rules (context.go),
	// ctx their verdict on each sentence and headed their name matches.
	subjectKey *string
	ctx        map[*sentence]ctxVerdict
	namedHead  map[*sentence]namedHeadVerdict // context_repair.go
	products   *[]productNaming               // product_name.go
	lowerStems map[string]int                 // item_quality.go: stems written in lowercase
	headed     map[string]bool
	// sentCounts holds each sentence's counts in words, read once
	// (strong_false.go).
	sentCounts [][]wordCount
	// westminster caches westminsterReport (context.go): 0 not yet
	// read, 1 a report on British politics, 2 not.
	westminster int8
	// kinNames holds the names of a biography's relatives, each given
	// after the relation ("his mother, Kay Lind,"), read on first use
	// (bio_kin.go).
	kinNames *[]string
	wordSets map[*sentence]map[string]bool // repeats.go
	keyUses  map[string][2]bool            // choicefit.go: how each key is used, counted or bare
	// stemSents counts the sentences each word stem is found in
	// (shared_fact.go).
	stemSents map[string]int
	stemSets  map[*sentence]map[string]bool
	// course is the course's title, which a theme of the whole article
	// takes (theme_titles.go); "" until known.
	course string
	// headline is the course's title where it was given (the article's
	// heading, or the one an instructor typed), not drafted; else "".
	headline string
	// latestPastYear, worked out once (past_year_option.go)
	pastYear     float64
	pastYearDone bool
}

// identity is the key of the person or thing a key names: the full name
// for a surname.
func (a *article) identity(k string) string {
	if f := a.fullName[k]; f != "" {
		return f
	}
	return k
}

type para struct {
	n    int // 1-based
	text string
	// orig is the paragraph as written where the analysis reads it
	// otherwise (recaseLeads: the same bytes but for letter case); "".
	orig  string
	sents []*sentence
	words map[string]float64 // content-word counts, for theme similarity
	// nWords is the number of words of text, counted on first use
	// (wordCount).
	nWords  int
	counted bool
}

// wordCount is the number of whitespace-separated words of the
// paragraph; it is counted once, since the rules that ask for an
// article's length ask for it once per sentence.
func (p *para) wordCount() int {
	if !p.counted {
		p.nWords, p.counted = len(strings.Fields(p.text)), true
	}
	return p.nWords
}

type sentence struct {
	idx        int
	para       *para
	start, end int // byte offsets within the paragraph
	text       string
	toks       []tok
	spans      []*span
	words      []string // content words, lowercased, for similarity
	score      float64  // centrality within its theme, 0..1
	nWords     int
	standalone bool
	byline     bool // an author's note (bylines.go)
}

type tok struct {
	text, tag, label string
	start, end       int // within the sentence
}

// span is a candidate answer inside one sentence.
type span struct {
	sent       *sentence
	start, end int    // within the sentence, without a leading "the"
	the        bool   // preceded by "the", which the blank then includes
	text       string // surface text
	key        string // comparison key: lowercased, normalised
	kind       kind
	sub        string // place subkind, name subkind or number unit
	head       string // for terms: the head noun, singular
	plural     bool
	rule       string // which rule found or typed it
	modifier   bool   // a name used as a modifier: "the Amazon basin"
	partial    bool   // half of a larger name or figure: "Interstate" of "Interstate 10"
	container  bool   // the place another place lies in: "Florida" in "Pensacola, Florida"
	writer     bool   // the writer a standfirst names (bylines.go)
	num        numInfo
}

func (s *span) blankStart() int {
	if s.the {
		return s.start - 4
	}
	return s.start
}

// blankBounds returns the byte range of sentence text the blank over s
// covers, and false where that range does not lie within text.
func (s *span) blankBounds(text string) (start, end int, ok bool) {
	start, end = s.blankStart(), s.end
	return start, end, start >= 0 && end <= len(text) && start < end
}

// answer is the text that fills the blank.
func (s *span) answer() string {
	if s.the {
		return s.sent.text[s.start-4 : s.end]
	}
	return s.text
}

// asWritten is the paragraph as the writer wrote it.
func (p *para) asWritten() string {
	if p.orig != "" {
		return p.orig
	}
	return p.text
}

// analyse runs the NLP pipeline over paragraphs, on every core.
func analyse(paragraphs []string) (*article, error) { return analyseWith(paragraphs, 0, nil) }

// analyseWith is analyse on at most workers cores (0: every core),
// stopping with ErrStopped once done is closed.
func analyseWith(paragraphs []string, workers int, done <-chan struct{}) (*article, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	a := &article{midCaps: map[string]bool{}, lowerWords: map[string]bool{}, byKey: map[string][]*span{}, df: map[string]int{}, weight: map[string]float64{}}
	// Tagging and NER dominate the run time and are independent per
	// paragraph: run them in parallel, then assemble in order.
	written := paragraphs
	paragraphs = recaseLeads(paragraphs)
	pre := make([]parsed, len(paragraphs))
	var wg sync.WaitGroup
	var mu sync.Mutex
	var failed *PanicError // the first panic in a worker
	next := make(chan int)
	for w := 0; w < max(1, min(workers, len(paragraphs))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A panic here would end the process: no caller can recover
			// another goroutine's panic. Keep the first as an error, and
			// drain the queue so that the sender is never left blocked.
			defer func() {
				if v := recover(); v != nil {
					mu.Lock()
					if failed == nil {
						failed = caught(v)
					}
					mu.Unlock()
					for range next {
					}
				}
			}()
			for i := range next {
				if TestHookParse != nil {
					TestHookParse(paragraphs[i])
				}
				pre[i] = m.parse(paragraphs[i])
			}
		}()
	}
	stopped := false
send:
	for i := range paragraphs {
		select {
		case next <- i:
		case <-done:
			stopped = true
			break send
		}
	}
	close(next)
	wg.Wait()
	if failed != nil {
		return nil, failed
	}
	if stopped {
		return nil, ErrStopped
	}
	for i, text := range paragraphs {
		p := &para{n: i + 1, text: text, words: map[string]float64{}}
		if written[i] != text {
			p.orig = written[i]
		}
		a.paras = append(a.paras, p)
		a.tokenise(pre[i], p)
	}
	for _, s := range a.sents {
		for i, t := range s.toks {
			if i > 0 && !isQuoteOrOpen(s.toks[i-1].text) && startsUpper(t.text) && t.tag != "POS" {
				a.midCaps[strings.ToLower(t.text)] = true
			}
			if isLowerWord(t.text) {
				a.lowerWords[t.text] = true
			}
		}
	}
	for _, s := range a.sents {
		a.findSpans(s)
	}
	a.resolveKinds()
	a.refineKinds()
	a.weigh()
	a.index()
	a.markBylines()
	return a, nil
}

// parsed is a paragraph as prose sees it.
type parsed struct {
	toks  []token.Token
	sents []segment.Sentence
}

// parse reads a paragraph. A paragraph that holds a list (SplitParagraphs)
// is read a line at a time without the items' markers, so that no
// sentence runs on from one item into the next and no marker is a token.
func (m *models) parse(text string) parsed {
	if !strings.Contains(text, "\n") {
		return m.parseLine(text)
	}
	var out parsed
	start := 0 // where the line begins in text
	for line := range strings.Lines(text) {
		body := strings.TrimSuffix(line, "\n")
		from, end := start+itemStart(body), start+len(body)
		start += len(line)
		if strings.TrimSpace(text[from:end]) == "" {
			continue
		}
		pl := m.parseLine(text[from:end])
		for _, t := range pl.toks {
			t.Start += from
			out.toks = append(out.toks, t)
		}
		for _, ss := range pl.sents {
			if ss.Text == "" {
				continue
			}
			ss.Start += from
			out.sents = append(out.sents, ss)
		}
	}
	return out
}

// parseLine reads text of one line.
func (m *models) parseLine(text string) parsed {
	src, at := readable(text)
	// The NER chunker only closes an entity when a later token ends it, so
	// text without final punctuation would lose its last entity.
	if r, _ := utf8.DecodeLastRuneInString(src); !strings.ContainsRune(".!?", r) {
		src += " ."
		at = append(at, int32(len(text)), int32(len(text)))
	}
	sents := splitAfterScale(src, m.seg.Segment(src))
	read, readAt := readSentences(src, sents)
	toks := m.tok.Tokenize(read)
	m.tag.TagTokens(toks)
	m.ner.Label(toks)
	// Offsets into src become offsets into text; a token that is not in
	// text as it is (the final " .") is dropped.
	kept := toks[:0]
	for _, t := range toks {
		if t.Start < 0 || t.Start >= len(read) {
			continue
		}
		t.Start = int(at[readAt[t.Start]])
		if t.Start+len(t.Text) <= len(text) && text[t.Start:t.Start+len(t.Text)] == t.Text {
			kept = append(kept, t)
		}
	}
	for i, ss := range sents {
		if ss.Start < 0 || ss.End() > len(src) || ss.End() <= ss.Start {
			sents[i] = segment.Sentence{}
			continue
		}
		start, end := int(at[ss.Start]), int(at[ss.End()-1])+1
		sents[i] = segment.Sentence{Start: start, Text: text[start:min(end, len(text))]}
	}
	return parsed{toks: kept, sents: sents}
}

func (a *article) tokenise(pp parsed, p *para) {
	toks := pp.toks
	ti := 0
	for si := 0; si < len(pp.sents); si++ {
		ss := pp.sents[si]
		// The segmenter reads src, which may have " ." appended: clamp
		// both ends to the paragraph's own text.
		start, end := min(ss.Start, len(p.text)), min(ss.End(), len(p.text))
		if start < 0 || end <= start {
			continue
		}
		// A full stop inside brackets ("(c. 1794–1857)") is no
		// sentence end: the sentence runs on to the bracket's close.
		for joined := 0; joined < maxBracketJoins && si+1 < len(pp.sents) && leftOpen(p.text[start:end]); joined++ {
			nx := pp.sents[si+1]
			nend := min(nx.End(), len(p.text))
			if nx.Start < end || nend <= end || strings.Contains(p.text[end:nend], "\n") {
				break
			}
			end = nend
			si++
		}
		// Nor is the full stop of "Rp." before a figure.
		for joined := 0; joined < maxBracketJoins && si+1 < len(pp.sents); joined++ {
			nx := pp.sents[si+1]
			nend := min(nx.End(), len(p.text))
			if nx.Start < end || nend <= end || strings.Contains(p.text[end:nend], "\n") || !cutAtNumberAbbrev(p.text[start:end], p.text[end:nend]) {
				break
			}
			end = nend
			si++
		}
		// A heading in capitals run into the text ("… on PC. ICO 2
		// (WORKING TITLE) Ico remains …") is a piece of its own
		// (capsHeadings), never part of a statement.
		for _, piece := range splitCapsHeadings(p.text, start, end) {
			text := strings.TrimSpace(p.text[piece[0]:piece[1]])
			if text == "" {
				continue
			}
			start := piece[0] + strings.Index(p.text[piece[0]:piece[1]], text)
			s := &sentence{idx: len(a.sents), para: p, start: start, end: start + len(text), text: text}
			for ti < len(toks) && toks[ti].Start < start {
				ti++
			}
			for ti < len(toks) && toks[ti].Start < s.end {
				// A token that runs past the piece's end (a heading in
				// capitals cut out of a word: "A0A0A0A (AAAA)Aa") is
				// left out: its offsets would fall outside the text.
				if toks[ti].Start+len(toks[ti].Text) <= s.end {
					s.toks = append(s.toks, splitDashes(convTok(toks[ti], start))...)
				}
				ti++
			}
			s.toks = joinApostropheNames(s.toks) // apostrophe_name.go
			subjectVerbTag(s.toks)               // subject_verb_tag.go
			s.prepare()
			p.sents = append(p.sents, s)
			a.sents = append(a.sents, s)
			for _, w := range s.words {
				p.words[w]++
			}
		}
	}
}

// quoteTag is the Penn Treebank tag of a quotation mark: two backquotes
// for an opening mark, two apostrophes for a closing one, and for a
// straight mark, whichever it is.
func quoteTag(q string) string {
	switch q {
	case "“", "«", "„":
		return "``"
	}
	return "''"
}

func convTok(t token.Token, base int) tok {
	tg := t.Tag
	if t.Text == "’s" || t.Text == "'s" {
		tg = "POS"
	}
	label := t.Label
	// A dash standing alone ("rates — the number of calls — are") is
	// punctuation, which the tagger may take for a noun or a verb.
	if t.Text != "" && strings.Trim(t.Text, "—–-") == "" {
		tg, label = ":", "O"
	}
	// So is a quotation mark standing alone, which the tagger takes for
	// an adjective or a noun: "what he called “bit rot”" made the term
	// "“bit rot”", which the article's other "bit rot"s did not match,
	// and "“" a term of its own.
	if t.Text != "" && strings.Trim(t.Text, "“”\"«»„") == "" {
		tg, label = quoteTag(t.Text), "O"
	}
	return tok{text: t.Text, tag: tg, label: label, start: t.Start - base, end: t.Start - base + len(t.Text)}
}

// splitDashes splits "Russia—necessitates" into "Russia", "—",
// "necessitates": the tokenizer keeps dashes without spaces inside words.
func splitDashes(t tok) []tok {
	i := strings.IndexAny(t.text, "—–")
	if i <= 0 || i >= len(t.text)-3 {
		return []tok{t}
	}
	_, n := utf8.DecodeRuneInString(t.text[i:])
	left := tok{text: t.text[:i], tag: t.tag, label: t.label, start: t.start, end: t.start + i}
	dash := tok{text: t.text[i : i+n], tag: ":", label: "O", start: t.start + i, end: t.start + i + n}
	right := tok{text: t.text[i+n:], tag: t.tag, label: "O", start: t.start + i + n, end: t.end}
	if startsUpper(right.text) {
		right.tag = "NNP"
	} else if strings.HasPrefix(right.tag, "NNP") {
		right.tag = "NN"
	}
	if !startsUpper(left.text) && strings.HasPrefix(left.tag, "NNP") {
		left.tag = "NN"
	}
	return append([]tok{left, dash}, splitDashes(right)...)
}

func (s *sentence) prepare() {
	for _, t := range s.toks {
		if !hasLetterOrDigit(t.text) {
			continue
		}
		s.nWords++
		w := strings.ToLower(strings.Trim(t.text, "'’"))
		if len(w) > 2 && !stopwords[w] && hasLetter(w) {
			s.words = append(s.words, stem(w))
		}
	}
	first := strings.ToLower(strings.Trim(firstWord(s.text), `"“”'‘’,`))
	second := strings.ToLower(firstWords(s.text, 2))
	s.standalone = !danglingStarts[first] && !danglingStarts[second]
	// "So far, there is no established treatment …": up to now, not
	// "so" drawing a conclusion from the sentence before.
	if second == "so far" {
		s.standalone = true
	}
	// "…, she said." needs the name from an earlier sentence.
	for _, t := range s.toks {
		switch strings.ToLower(t.text) {
		case "she", "he", "her", "his", "him":
			s.standalone = false
		}
	}
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Trim(strings.Join(f, " "), ",")
}

// stem is a light plural stemmer: enough to count "sanction" and
// "sanctions" together.
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isQuoteOrOpen(s string) bool {
	return s == `"` || s == "“" || s == "‘" || s == "'" || s == "(" || s == "—" || s == ":" || s == "–"
}

// key normalises an answer for comparison: lowercase, letters and digits,
// single spaces, without a leading "the".
func key(s string) string {
	var b strings.Builder
	space := false
	lower := strings.ToLower(s)
	for i, r := range lower {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '.' && b.Len() > 0 && i+1 < len(lower) && isDigit(lower[i+1]) && isDigit(lower[i-1]):
			b.WriteByte('.') // "4.5" is not "45"
		case r == '\'' || r == '’' || r == '.':
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// resolveKinds makes the kind of each key consistent across the article:
// people's surnames and first names take the kind of the full name, and a
// key labelled differently in different sentences takes its majority kind.
func (a *article) resolveKinds() {
	a.surnamePeople() // surname_people.go
	a.leadPerson()
	a.bodiesByApposition() // body_apposition.go
	alias := map[string]string{}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind != kPerson {
				continue
			}
			parts := strings.Fields(sp.key)
			if len(parts) < 2 {
				continue
			}
			for _, p := range parts {
				if aliasable(p) {
					alias[p] = sp.key
				}
			}
		}
	}
	a.fullName = alias
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind.proper() && !strings.Contains(sp.key, " ") && alias[sp.key] != "" && placeSub(sp.key) == "" {
				sp.kind, sp.rule = kPerson, "person-alias"
			}
		}
	}
	votes := map[string]map[kind]int{}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if !sp.kind.proper() {
				continue
			}
			if votes[sp.key] == nil {
				votes[sp.key] = map[kind]int{}
			}
			w := 1
			if sp.rule != "ner" {
				w = 3 // a rule is stronger evidence than the model's label
			}
			votes[sp.key][sp.kind] += w
		}
	}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if !sp.kind.proper() {
				continue
			}
			best, bestN := sp.kind, -1
			for k := kPerson; k <= kName; k++ {
				if n := votes[sp.key][k]; n > bestN {
					best, bestN = k, n
				}
			}
			if best != sp.kind {
				sp.kind, sp.rule = best, "kind-vote"
			}
		}
	}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			a.byKey[sp.key] = append(a.byKey[sp.key], sp)
		}
	}
	for k := range a.byKey {
		a.keys = append(a.keys, k)
	}
	sort.Strings(a.keys)
}

// weigh scores every key by TF-IDF over paragraphs, scaled by a prior per
// kind.
func (a *article) weigh() {
	for _, p := range a.paras {
		seen := map[string]bool{}
		for w := range p.words {
			seen[w] = true
		}
		for _, s := range p.sents {
			for _, sp := range s.spans {
				seen["k:"+sp.key] = true
				if sp.head != "" {
					seen["h:"+sp.head] = true
				}
			}
		}
		for w := range seen {
			a.df[w]++
		}
	}
	n := float64(len(a.paras))
	max := 0.0
	for _, k := range a.keys {
		sps := a.byKey[k]
		tf := float64(len(sps))
		idf := logf(1 + n/float64(a.df["k:"+k]))
		w := (1 + logf(tf)) * idf * kindPrior(sps[0].kind)
		if sps[0].kind == kTerm {
			// A term whose head recurs is topical even when the exact
			// phrase does not.
			h := float64(a.df["h:"+sps[0].head])
			w *= 0.6 + 0.4*minf(h, 4)/4
			if len(sps) == 1 && !strings.Contains(k, " ") {
				w *= 0.5
			}
		}
		a.weight[k] = w
		if w > max {
			max = w
		}
	}
	if max > 0 {
		for k, w := range a.weight {
			a.weight[k] = w / max
		}
	}
}

func kindPrior(k kind) float64 {
	switch k {
	case kPerson, kOrg, kName:
		return 1.0
	case kPlace:
		return 0.8
	case kYear, kDate, kMoney, kPercent:
		return 0.9
	case kNumber, kCentury:
		return 0.75
	case kTerm:
		return 0.7
	}
	return 0.5
}

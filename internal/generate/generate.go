// Package generate drafts a course from an article: it splits the text into
// paragraphs, groups them into themes, and writes questions and flashcards
// for each theme with classical, rule-based question generation (cloze
// blanks, same-kind distractors, entity-swap true/false statements,
// definition patterns), ranked by sentence centrality and term importance.
//
// It is pure and deterministic: no network, no database, no clock; the
// same text and options always give the same course. Sentences, tokens,
// part-of-speech tags and named-entity hints come from
// github.com/jdkato/prose/v3; the entity labels are only hints, checked
// and completed by the rules in spans.go and lexicon.go.
//
// Everything it writes is a draft for an instructor to review: each item
// comes with its provenance (the sentence it was made from) in a Draft.
package generate

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Options control generation. Zero values take the defaults.
type Options struct {
	Title                string // course title; default: the article's heading line, else its strongest key phrase
	Slug                 string // course slug; default: from the title
	MaxQuestionsPerTheme int    // default 8
	MaxCardsPerTheme     int    // default 6
	// All proposes every item the ranker kept, the held-back ones too
	// (lectern generate --all).
	All bool
	// Workers bounds the cores the analysis of the article uses; 0 means
	// every core. The server drafts on one, leaving the others to pages.
	Workers int
	// Done, when closed, stops DraftThemes early with ErrStopped (a
	// drafting job cancelled, or the server stopping).
	Done <-chan struct{}

	courseTitle string // what the ranker compares answers with
}

func (o Options) withDefaults() Options {
	if o.MaxQuestionsPerTheme <= 0 {
		o.MaxQuestionsPerTheme = 8
	}
	if o.MaxCardsPerTheme <= 0 {
		o.MaxCardsPerTheme = 6
	}
	return o
}

// Result is a generated course and the provenance of every item in it.
type Result struct {
	// Course holds the paragraphs, themes, questions and cards; it passes
	// quiz.Validate.
	Course *quiz.Course
	// Drafts has one entry per question and card of Course, in the order
	// they appear there (questions first, then cards), each theme's best
	// first.
	Drafts []Draft
	// Held has the items the ranker scored under the threshold, best
	// first within each theme: kept for an instructor who wants more.
	// They are not in Course.
	Held []Draft
	// Notes tell the instructor of each theme that proposes fewer than
	// four items: its paragraphs hold few sentences worth asking about.
	Notes []ThemeNote
}

// ThemeNote says why a theme proposes fewer items than a quiz needs.
type ThemeNote struct {
	Theme    string // theme slug
	Proposed int    // items proposed
	Text     string // the note, for the instructor
}

// thinNotes notes each theme of c that proposes fewer than minProposed
// items.
func thinNotes(c *quiz.Course, drafts []Draft) []ThemeNote {
	n := map[string]int{}
	for _, d := range drafts {
		n[d.Theme]++
	}
	var out []ThemeNote
	for _, t := range c.Themes {
		if k := n[t.Slug]; k < minProposed {
			out = append(out, ThemeNote{Theme: t.Slug, Proposed: k, Text: fmt.Sprintf(
				"%q proposes %d of the %d items a quiz needs: its paragraphs have few sentences that state a central fact on their own. Add items by hand, or see the held-back drafts.",
				t.Title, k, minProposed)})
		}
	}
	return out
}

// Draft is one generated question or card with where it came from.
// Exactly one of Question and Card is set; it points into Result.Course.
type Draft struct {
	Question *quiz.Question
	Card     *quiz.Card
	Theme    string // theme slug
	// Paragraph is the number of the paragraph holding the sentence.
	Paragraph int
	// Sentence is the source sentence, verbatim; SentenceStart and
	// SentenceEnd are its byte offsets within the paragraph text.
	Sentence                   string
	SentenceStart, SentenceEnd int
	// Answer is what the item tests: the blanked phrase, the swapped
	// entity's original, or the defined term.
	Answer string
	// Rule names the rule that made the item, e.g. "cloze-single/person",
	// "truefalse-swap/year", "definition-appositive".
	Rule string
	// Score ranks items within a theme: the ranker's estimate, 0..1, that
	// an instructor uses the item as is or after a small edit.
	Score float64
	// Proposed is false for an item held back under the threshold.
	Proposed bool
	// held says why an item is held back whatever its score: "vague"
	// (its subject is a pronoun or a kind), "incidental" (an incidental
	// detail), "repeat" (a better item asks the same fact), "weak" (a
	// kind of item judges almost never accepted, mix.go) or "context" (it
	// leans on a sentence it cannot quote, lean_context.go); else "".
	held string
}

// Generate drafts a course from an article, split into paragraphs by
// SplitParagraphs. A short first line without final punctuation is taken as
// the article's heading: it becomes the title (unless opts.Title is set)
// and is not a paragraph.
//
// It returns a *quiz.Error of kind quiz.EInvalid when the text is empty,
// binary, or has no sentence to generate from.
func Generate(text string, opts Options) (res *Result, err error) {
	defer recoverTo(&err)
	opts = opts.withDefaults()
	if err := checkText(text); err != nil {
		return nil, err
	}
	heading, paras, sections := SplitSections(text)
	// A page of readers' replies is drafted from its article alone
	// (reader_replies.go); the replies are one theme without items.
	replies := []string(nil)
	if k := replyStart(paras); k > 0 && len(sections) == 0 {
		paras, replies = paras[:k], paras[k:]
	}
	a, err := analyse(paras)
	if err != nil {
		return nil, analyserError(err)
	}
	usable := 0
	for _, s := range a.sents {
		if s.usable() {
			usable++
		}
	}
	if usable == 0 {
		return nil, quiz.Errorf(quiz.EInvalid, "the article has no complete sentences to make questions from")
	}
	c := &quiz.Course{Version: quiz.FormatVersion}
	for _, p := range a.paras {
		c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: p.n, Text: p.asWritten()})
	}
	c.Course.Title = opts.Title
	if c.Course.Title == "" {
		c.Course.Title = heading
	}
	a.headline = strings.TrimSpace(c.Course.Title)
	if c.Course.Title == "" {
		c.Course.Title = a.courseTitle()
	}
	a.course = c.Course.Title
	a.sections = sections
	c.Course.Slug = opts.Slug
	if c.Course.Slug == "" {
		c.Course.Slug = quiz.Slugify(c.Course.Title, 48)
	}
	if c.Course.Slug == "" {
		c.Course.Slug = "article"
	}
	opts.courseTitle = c.Course.Title
	items := a.draftItems(c, opts, nil, nil)
	// Two thin neighbours join, keeping what each proposed (thin_join.go).
	if len(a.sections) == 0 {
		items = a.joinThinPairs(c, items, opts)
		// A thin opening takes a bare neighbour (late_join.go), and
		// titles are given once the split is decided (late_title.go);
		// a theme joined or retitled is drafted again.
		joined := a.joinBareNeighbour(&c.Themes, func() []item {
			if !opts.All {
				return items
			}
			cut := opts
			cut.All = false
			return a.draftItems(&quiz.Course{Course: c.Course}, cut, c.Themes, a.joinedParts(c.Themes))
		}, opts)
		retitled := len(a.lateTitles(c.Themes)) > 0
		if len(a.coverTitles(c.Themes)) > 0 { // cover_title.go
			retitled = true
		}
		if retitled || joined {
			items = a.draftItems(c, opts, c.Themes, a.joinedParts(c.Themes))
		}
		// A thin later theme still titled by a body joins the theme
		// before it (body_join.go).
		if a.joinBareLater(&c.Themes, func() []item {
			cut := opts
			cut.All = false
			return a.draftItems(&quiz.Course{Course: c.Course}, cut, c.Themes, a.joinedParts(c.Themes))
		}, opts) {
			items = a.draftItems(c, opts, c.Themes, a.joinedParts(c.Themes))
		}
		// A weak title the running term left takes the terms of its
		// central sentences (central_title.go), once the joins are done.
		late := len(a.centralTitles(c.Themes)) > 0
		// A weak title still left takes its central sentence's subject
		// and event (event_title.go).
		if len(a.eventTitles(c.Themes)) > 0 {
			late = true
		}
		// The retitled themes' items take their new slugs.
		if late {
			items = a.draftItems(c, opts, c.Themes, a.joinedParts(c.Themes))
		}
		// A theme whose opening sentence can stand alone is titled by
		// it (topic_title.go); its items are drafted again only where
		// the new title tells one of them.
		before := slices.Clone(c.Themes)
		if changed := a.topicTitles(c.Themes, opts); len(changed) > 0 && !a.moveToTitles(items, before, c.Themes, changed, opts.courseTitle) {
			items = a.draftItems(c, opts, c.Themes, a.joinedParts(c.Themes))
		}
	}
	// A list article's parts are titled by their numbered headings
	// (list_heading_title.go).
	if len(a.sections) == 0 && len(a.listHeadingTitles(c.Themes)) > 0 {
		items = a.draftItems(c, opts, c.Themes, a.joinedParts(c.Themes))
	}
	a.quoteNicknameTitles(c) // nickname_runin.go
	// A blank to type or to pick is held back where the theme has four
	// items without it, once the themes are settled (recall_card.go).
	recallCards(items, opts)
	// A typed blank over a place, a people or a person is asked as
	// its sentence (blank_to_true.go).
	a.trueForBlanks(items, opts)
	if !opts.All {
		holdCutBlanks(items) // cloze_unit.go
	}
	res = assemble(c, items)
	res.Notes = thinNotes(c, res.Drafts)
	a.voiceNotes(c, res.Notes) // own_voice.go
	if len(replies) > 0 {
		res.Notes = append(res.Notes, addReplies(c, replies))
	}
	// A heading or a name the text runs on without a stop may pass the
	// longest title a course takes: the drafted titles are cut to it.
	if opts.Title == "" {
		c.Course.Title = fitTitle(c.Course.Title)
	}
	for i := range c.Themes {
		c.Themes[i].Title = fitTitle(c.Themes[i].Title)
	}
	if err := quiz.Validate(c); err != nil {
		return nil, fmt.Errorf("generate: generated course is invalid: %w", err)
	}
	return res, nil
}

// fitTitle cuts a drafted title to quiz.MaxTitle characters (runes), at a
// space where it can, with an ellipsis (trimTo).
func fitTitle(t string) string {
	if !quiz.TooLong(t, quiz.MaxTitle) {
		return t
	}
	n := 0
	for i := range t {
		if n == quiz.MaxTitle-1 {
			return trimTo(t, i)
		}
		n++
	}
	return t
}

// GenerateTheme drafts new questions and cards for one theme of an existing
// course, for an instructor who wants more or different items. It reads
// the course's paragraphs and themes as they are, skips any sentence and
// answer that an existing question or card of the theme already tests, and
// gives new items ids unused in the course. The caller merges the result
// with the items it keeps.
func GenerateTheme(c *quiz.Course, themeSlug string, opts Options) ([]quiz.Question, []quiz.Card, error) {
	drafts, err := GenerateThemeDrafts(c, themeSlug, opts)
	if err != nil {
		return nil, nil, err
	}
	var qs []quiz.Question
	var cs []quiz.Card
	for _, d := range drafts {
		if d.Question != nil {
			qs = append(qs, *d.Question)
		} else {
			cs = append(cs, *d.Card)
		}
	}
	return qs, cs, nil
}

// GenerateThemeDrafts is GenerateTheme with each item's provenance.
func GenerateThemeDrafts(c *quiz.Course, themeSlug string, opts Options) ([]Draft, error) {
	return DraftThemes(c, []string{themeSlug}, opts)
}

// DraftThemes drafts new items for several themes of an existing course at
// once, reading the article a single time; it is GenerateThemeDrafts for
// each theme in turn, in the order given. Every theme's items skip what the
// course's questions and cards of that theme already test, and their ids
// are unused in the course.
func DraftThemes(c *quiz.Course, themeSlugs []string, opts Options) (drafts []Draft, err error) {
	defer recoverTo(&err)
	opts = opts.withDefaults()
	if c == nil {
		return nil, quiz.Errorf(quiz.EInvalid, "no course given")
	}
	var themes []quiz.Theme
	for _, slug := range themeSlugs {
		t, ok := c.Theme(slug)
		if !ok {
			return nil, quiz.Errorf(quiz.ENotFound, "the course has no theme %q", slug)
		}
		for _, n := range t.Paragraphs {
			if n < 1 || n > len(c.Paragraphs) {
				return nil, quiz.Errorf(quiz.EInvalid, "theme %q cites paragraph %d, which does not exist", slug, n)
			}
		}
		themes = append(themes, t)
	}
	if len(themes) == 0 {
		return nil, nil
	}
	paras := make([]string, len(c.Paragraphs))
	for i, p := range c.Paragraphs {
		paras[i] = p.Text
	}
	// Readers' replies are not drafted: the article before them is
	// analysed alone, as Generate analyses it (reader_replies.go).
	if k := replyStart(paras); k > 0 {
		paras = paras[:k]
		c, themes = beforeReplies(c, themes, k)
		if len(themes) == 0 {
			return nil, nil
		}
	}
	a, err := analyseWith(paras, opts.Workers, opts.Done)
	if err == ErrStopped {
		return nil, err
	}
	if err != nil {
		return nil, analyserError(err)
	}
	opts.courseTitle = c.Course.Title
	a.course = c.Course.Title
	// Each theme's items, then the passes Generate makes over the whole
	// article's, so that the app proposes what `lectern generate` does.
	// A theme that joins two thin neighbours is drafted part by part
	// (thin_join.go).
	parts := a.joinedParts(c.Themes)
	at := map[string]int{}
	for i, t := range c.Themes {
		at[t.Slug] = i
	}
	exs := make([]*existing, len(themes))
	ends := make([]int, len(themes))
	var items []item
	for i, t := range themes {
		select {
		case <-opts.Done:
			return nil, ErrStopped
		default:
		}
		exs[i] = newExisting(c, t.Slug)
		start := len(items)
		if ps := parts[at[t.Slug]]; ps != nil {
			items = append(items, a.partItems(t, ps, opts, exs[i])...)
		} else {
			rankSentences(a.sentencesOf(t.Paragraphs))
			items = append(items, a.themeItems(t, opts, exs[i])...)
		}
		items = append(items[:start], a.withOtherWayCards(items[start:], c.Course.Title, opts.All)...)
		ends[i] = len(items)
	}
	// The passes Generate makes after the ranker, over every theme
	// drafted as over the article (refill.go): a sentence another
	// theme's item asks is not quoted either.
	a.lateHolds(items, opts, func(items []item) {
		lo := 0
		for i := range themes {
			// A theme with questions or cards of its own already is
			// not judged true-only by its new drafts alone, nor is a
			// statement the instructor kept swapped.
			if seg := items[lo:ends[i]]; !opts.All && len(exs[i].texts) == 0 {
				fillTrueOnly(seg, opts)
				a.swapTrueOnly(seg)
			}
			lo = ends[i]
		}
	})
	lo := 0
	segs := make([][]item, len(themes))
	var fresh []item
	for i, t := range themes {
		seg := items[lo:ends[i]]
		if !opts.All && len(exs[i].texts) == 0 {
			seg = a.askTrueOtherWayThemes(slices.Clone(seg), []quiz.Theme{t}, c.Course.Title, opts)
			fresh = append(fresh, seg...)
		}
		segs[i] = seg
		lo = ends[i]
	}
	// Generate's last passes, over the themes drafted afresh together as
	// it makes them over the whole article: a theme still under four
	// takes an item of another kind (fourth_item.go), then a stance swap
	// (stance_false.go), then what its speaker said (speaker_said.go).
	fresh = a.fillOtherKinds(fresh, c.Course.Title, opts)
	fresh = a.stanceFalseThemes(fresh, themes, c.Course.Title, opts)
	fresh = a.speakerSaidThemes(fresh, themes, c.Course.Title, opts)
	fresh = a.negateForFillersThemes(fresh, themes, c.Course.Title, opts)
	recallCards(fresh, opts)     // recall_card.go, as Generate does
	a.trueForBlanks(fresh, opts) // blank_to_true.go, as Generate does
	filled := map[string][]item{}
	eachTheme(fresh, func(its []item) { filled[themeOf(its[0])] = its })
	for i, t := range themes {
		seg := segs[i]
		if its, ok := filled[t.Slug]; ok {
			seg = its
		}
		a.quoteNicknames(seg)     // nickname_runin.go, as Generate does
		dropNameAsides(seg)       // name_aside.go, as Generate does
		a.withStatementLeads(seg) // statement_lead.go, as Generate does
		out := &quiz.Course{Themes: []quiz.Theme{t}}
		res := assembleWith(out, seg, exs[i])
		drafts = append(drafts, res.Drafts...)
		drafts = append(drafts, res.Held...)
	}
	return drafts, nil
}

// ErrStopped is the error of drafting stopped by Options.Done.
var ErrStopped = errors.New("generate: stopped")

// analyserError is the error of a failed analysis: a panic as it is, with
// its stack; else the models could not be loaded.
func analyserError(err error) error {
	if pe, ok := err.(*PanicError); ok {
		return pe
	}
	return quiz.Errorf(quiz.EInternal, "the text analyser could not be loaded")
}

func allParas(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i + 1
	}
	return out
}

// existing describes items already in a course, so that regenerating a
// theme does not repeat them.
type existing struct {
	ids, prompts, fronts map[string]bool
	texts                []string // normalised prompt+explanation / front+back
	answers              []map[string]bool
}

func newExisting(c *quiz.Course, theme string) *existing {
	ex := &existing{ids: map[string]bool{}, prompts: map[string]bool{}, fronts: map[string]bool{}}
	for _, q := range c.Questions {
		ex.ids[q.ID] = true
		ex.prompts[quiz.Normalize(q.Prompt)] = true
		if q.Theme != theme {
			continue
		}
		ans := map[string]bool{}
		for _, o := range q.Options {
			ans[key(o.Text)] = true // any option: a swapped-in entity is tested too
			if q.Type == quiz.TrueFalse {
				// A swap statement names what it swapped in its feedback:
				// the article has “X”, not “Y”.
				for _, m := range quoted.FindAllStringSubmatch(o.Feedback, -1) {
					ans[key(m[1])] = true
				}
			}
		}
		for _, s := range q.Answers {
			ans[key(s)] = true
		}
		ex.texts = append(ex.texts, quiz.Normalize(q.Prompt+" "+q.Explanation))
		ex.answers = append(ex.answers, ans)
	}
	for _, cd := range c.Cards {
		if cd.ID != "" {
			ex.ids[cd.ID] = true
		}
		ex.fronts[quiz.Normalize(cd.Front)] = true
		if cd.Theme != theme {
			continue
		}
		ex.texts = append(ex.texts, quiz.Normalize(cd.Front+" "+cd.Back))
		ex.answers = append(ex.answers, map[string]bool{key(cd.Back): true, key(cd.Front): true})
	}
	return ex
}

var quoted = regexp.MustCompile(`“([^”]+)”`)

// hasStatement reports whether an existing item already states sentence
// s as true, or asks the true statement text.
func (ex *existing) hasStatement(s *sentence, text string) bool {
	return ex.covers(s, nil, "True") || ex != nil && ex.prompts[quiz.Normalize("True or false? "+text)]
}

// covers reports whether an existing item tests answer in sentence s: it
// quotes the sentence (or the part around the blank) and has answer among
// its answers.
func (ex *existing) covers(s *sentence, sp *span, answer string) bool {
	if ex == nil {
		return false
	}
	k := key(answer)
	var parts []string
	if sp != nil {
		parts = append(parts, quiz.Normalize(s.text[:sp.blankStart()]), quiz.Normalize(s.text[sp.end:]))
	} else {
		parts = append(parts, quiz.Normalize(s.text))
	}
	longest := ""
	for _, p := range parts {
		if len(p) > len(longest) {
			longest = p
		}
	}
	for i, t := range ex.texts {
		if !ex.answers[i][k] {
			continue
		}
		if longest != "" && strings.Contains(t, longest) {
			return true
		}
	}
	return false
}

// draftItems drafts the items of course c, whose paragraphs and titles
// are set: it cuts the themes (or takes layout, as it is, where given),
// drafts each theme, and makes the passes over the whole article. parts,
// where given, has for each theme of layout the paragraphs each part of
// it is drafted from (thin_join.go); a theme of one part is drafted
// whole.
func (a *article) draftItems(c *quiz.Course, opts Options, layout []quiz.Theme, parts [][][]int) []item {
	if layout != nil {
		c.Themes = slices.Clone(layout)
	} else if c.Themes = a.sectionThemes(); c.Themes == nil {
		c.Themes = a.themes()
	}
	// The themes are cut by what is proposed, with or without All, so that
	// every held-back draft belongs to a theme the instructor also sees
	// without it.
	cut := opts
	cut.All = false
	per := make([][]item, len(c.Themes))
	// The themes are cut without the multiple-choice questions that fill
	// a thin theme (subject_choice.go): a theme one question would lift
	// to four must still join a thin neighbour.
	a.cutting = true
	for i, t := range c.Themes {
		rankSentences(a.sentencesOf(t.Paragraphs))
		per[i] = a.themeItems(t, cut, nil)
	}
	// A theme too thin to quiz joins a neighbour, unless the article's
	// own headings made the themes.
	if len(a.sections) == 0 && layout == nil {
		before := slices.Clone(c.Themes)
		c.Themes, per = a.fillThemes(c.Themes, per, cut)
		// A theme that took in its neighbours is titled by all its
		// paragraphs, and its items drafted again under that title.
		for _, i := range a.retitleMerged(before, c.Themes) {
			rankSentences(a.sentencesOf(c.Themes[i].Paragraphs))
			per[i] = a.themeItems(c.Themes[i], cut, nil)
		}
	}
	// The themes cut, a theme that has a multiple-choice question on who
	// did what is drafted again with it, a theme still under minProposed
	// with a question on its figure (figure_choice.go), and every theme
	// with All.
	a.cutting = false
	for i, t := range c.Themes {
		if opts.All || a.hasSubjectChoice(t.Paragraphs) || a.countProposed(per[i]) < minProposed {
			rankSentences(a.sentencesOf(t.Paragraphs))
			per[i] = a.themeItems(t, opts, nil)
		}
	}
	for i := range parts {
		if i < len(per) && len(parts[i]) > 1 {
			per[i] = a.partItems(c.Themes[i], parts[i], opts, nil)
		}
	}
	var items []item
	for _, its := range per {
		// Each true statement's fact asked another way, held back
		// (true_another_way.go).
		items = append(items, a.withOtherWayCards(its, c.Course.Title, opts.All)...)
	}
	// One item per fact across the article; no theme of true
	// statements only (true_only.go, strong_false.go); no item that
	// leans on a sentence it cannot quote (lean_context.go). A theme
	// these leave under four takes its next candidates (refill.go).
	a.lateHolds(items, opts, func(items []item) {
		fillTrueOnlyThemes(items, opts)
		a.swapTrueOnlyThemes(items, opts)
	})
	// A theme still under four takes an item of another kind
	// (fourth_item.go): last, once every hold above is settled, and
	// after the cut, so that a thin theme joins no fewer neighbours.
	// A theme of three true statements asks the third's fact another way
	// (true_another_way.go).
	items = a.askTrueOtherWayThemes(items, c.Themes, c.Course.Title, opts)
	items = a.fillOtherKinds(items, c.Course.Title, opts)
	// A theme still under four takes a false statement that swaps one
	// side's stance for the other's (stance_false.go).
	items = a.stanceFalseThemes(items, c.Themes, c.Course.Title, opts)
	// A theme still under four takes what its speaker said where the
	// report tells it after "he said" (speaker_said.go).
	items = a.speakerSaidThemes(items, c.Themes, c.Course.Title, opts)
	// A balance filler gives way to a negated central statement
	// (negation_insert.go).
	items = a.negateForFillersThemes(items, c.Themes, c.Course.Title, opts)
	// A card held back for its blank gives way to another blank of its
	// sentence, or comes back, where no other item took its place
	// (card_blank.go).
	items = a.restoreCardBlanks(items, c.Course.Title)
	// "James Jim Bowie": the nickname in quotation marks
	// (nickname_runin.go).
	a.quoteNicknames(items)
	// "Suleiman I ( /ˈsuːlimɑːn/; Ottoman Turkish: …) was": the lead's
	// pronunciation and other-script names out of stems and fronts
	// (name_aside.go).
	dropNameAsides(items)
	// A true statement from inside a paragraph is shown after the
	// sentence before it (statement_lead.go).
	a.withStatementLeads(items)
	return items
}

package generate

import (
	"regexp"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A false statement that swaps a stance. A report told through what its
// people said often sets one body's view against another's: "Archbishop
// Tutu criticised the measures, saying: …" and, two sentences on, "But
// the Home Office defended the measures." Neither sentence reads alone
// ("the measures": which?), and the quotation after "saying:" is no
// statement, so the theme proposed no item on either; yet what each side
// thought of the measures is what a teacher asks. Where a thin theme
// (fillOtherKind) has a sentence opening on a named speaker or body, a
// verb of stance (criticised, defended, opposed, supported, backed) and
// "the" with a plural or singular noun, and the article has another
// speaker or body taking the opposite stance on the same words, the
// statement says the first took the opposite stance: "Archbishop Tutu
// defended the anti terror measures." It is false on the article's plain
// words, and its feedback quotes the sentence. The thing is named as the
// article names it before with its modifiers ("the anti terror
// measures"), where exactly one such phrase is given; else no statement.
// The item asks what was thought, never who spoke (speaker.go).

// stanceOpposite maps a verb of stance to the one the statement puts for
// it.
var stanceOpposite = map[string]string{
	"criticised": "defended", "criticized": "defended", "condemned": "defended",
	"defended": "criticised", "opposed": "supported", "supported": "opposed", "backed": "opposed",
}

// stanceClause is a sentence's opening "<name> <stance verb> the <noun>".
type stanceClause struct {
	subject, verb, object string
}

// stanceOf reads the stance clause opening s, after an opening "But" or
// "And": the speaker a name (or "the" and a name: "the Home Office"),
// then the verb, then "the" and nouns up to a comma or the sentence's
// end. ok is false where s opens on no such clause.
func stanceOf(s *sentence) (c stanceClause, ok bool) {
	i := openingTokens(s)
	if i < len(s.toks) && (s.toks[i].text == "But" || s.toks[i].text == "And") {
		i++
	}
	if i >= len(s.toks) || quotedAt(s.text, s.toks[i].start) {
		return c, false
	}
	from := s.toks[i].start
	if strings.EqualFold(s.toks[i].text, "the") {
		i++
	}
	if i >= len(s.toks) {
		return c, false
	}
	// A title may stand before the name: "Archbishop Tutu".
	var name *span
	for k := i; k < len(s.toks) && k <= i+3 && name == nil; k++ {
		if k > i && (!startsUpper(s.toks[k-1].text) || s.toks[k-1].tag != "NNP") {
			break
		}
		for _, sp := range s.spans {
			if sp.start == s.toks[k].start && (sp.kind == kPerson || sp.kind == kOrg || sp.kind == kName || sp.kind == kPlace && len(strings.Fields(sp.text)) >= 2) {
				name = sp
			}
		}
	}
	if name == nil {
		return c, false
	}
	j := i
	for j < len(s.toks) && s.toks[j].end <= name.end {
		j++
	}
	if j+2 >= len(s.toks) || stanceOpposite[s.toks[j].text] == "" || !strings.EqualFold(s.toks[j+1].text, "the") {
		return c, false
	}
	k := j + 2
	for k < len(s.toks) && strings.HasPrefix(s.toks[k].tag, "NN") && isLowerWord(s.toks[k].text) {
		k++
	}
	if k == j+2 || k >= len(s.toks) || s.toks[k].text != "," && s.toks[k].text != "." {
		return c, false
	}
	subj := s.text[from:name.end]
	if strings.HasPrefix(subj, "the ") {
		subj = "The" + subj[3:]
	}
	return stanceClause{subj, s.toks[j].text, strings.ToLower(s.text[s.toks[j+1].start:s.toks[k-1].end])}, true
}

// namedObject returns the phrase before s that names object ("the
// measures") with its modifiers ("the anti terror measures"), where the
// article gives exactly one; else "".
func (a *article) namedObject(s *sentence, object string) string {
	head := object[len("the "):]
	re := regexp.MustCompile(`\bthe ((?:[a-z][a-z-]* ){1,3})` + regexp.QuoteMeta(head) + `\b`)
	found := ""
	for _, o := range a.sents[:s.idx] {
		for _, m := range re.FindAllStringIndex(o.text, -1) {
			if quotedAt(o.text, m[0]) {
				continue
			}
			p := o.text[m[0]:m[1]]
			if found != "" && found != p {
				return ""
			}
			found = p
		}
	}
	return found
}

// stanceFalse is the false statement described above on a sentence of
// the paragraphs paras that no proposed item asks (asked, by sentence
// index), or nil.
func (a *article) stanceFalse(paras map[int]bool, asked map[int]bool) *item {
	for _, s := range a.sents {
		if !paras[s.para.n] || asked[s.idx] {
			continue
		}
		c, ok := stanceOf(s)
		if !ok {
			continue
		}
		opp := stanceOpposite[c.verb]
		other := false
		for _, o := range a.sents {
			if oc, ok := stanceOf(o); ok && o != s && oc.object == c.object && !strings.EqualFold(oc.subject, c.subject) && (oc.verb == opp || stanceOpposite[oc.verb] == c.verb) {
				other = true
			}
		}
		if !other {
			continue
		}
		obj := a.namedObject(s, c.object)
		if obj == "" {
			continue
		}
		q := falseStatement(s, c.subject+" "+opp+" "+obj+".", c.verb, opp)
		return &item{sent: s, q: q, answer: c.verb, rule: "truefalse-swap/stance", dq: 0.8}
	}
	return nil
}

// stanceFalseThemes gives each theme still under minProposed, with room
// for a question, a stance swap (stanceFalse) on a sentence of its
// paragraphs that no proposed item asks. themes are the course's themes;
// title is the course title.
func (a *article) stanceFalseThemes(items []item, themes []quiz.Theme, title string, opts Options) []item {
	return mapThemes(items, opts, func(its []item) []item {
		n, nq, _, _, _ := tallyProposed(its)
		slug := themeOf(its[0])
		if n == 0 || n >= minProposed || nq >= opts.MaxQuestionsPerTheme {
			return its
		}
		paras, asked := thinThemeSentences(themes, slug, its)
		sw := a.stanceFalse(paras, asked)
		if sw == nil {
			return its
		}
		a.proposeIn(sw, slug, title)
		return append(its, *sw)
	})
}

// thinThemeSentences gives the paragraphs of the theme slug (themes are
// the course's themes) and the sentences its proposed items already
// ask, by index: where a thin theme looks for one more item.
func thinThemeSentences(themes []quiz.Theme, slug string, its []item) (paras, asked map[int]bool) {
	paras, asked = map[int]bool{}, map[int]bool{}
	for _, t := range themes {
		if t.Slug == slug {
			for _, p := range t.Paragraphs {
				paras[p] = true
			}
		}
	}
	for i := range its {
		if its[i].proposed && its[i].sent != nil {
			asked[its[i].sent.idx] = true
		}
	}
	return paras, asked
}

// proposeIn proposes it in the theme slug, on its sentence's paragraph,
// scored by the ranker as any drafted item is; title is the course title.
func (a *article) proposeIn(it *item, slug, title string) {
	it.q.Theme, it.q.Paragraphs = slug, []int{it.sent.para.n}
	it.feat = a.features(rankCtx{title: key(title)}, it.sent, nil, it.answer, it.dq, itemType(it))
	it.score = rankScore(it.feat)
	it.proposed = true
}

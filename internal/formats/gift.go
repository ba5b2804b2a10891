package formats

import (
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lectern/lectern/internal/quiz"
)

// GIFT parsing follows Moodle's importer (question/format/gift/format.php):
// questions are separated by blank lines; lines starting with // are
// comments; escaped characters are swapped for placeholders before any
// structure is looked for and restored in the finished text; the answer
// block is the text between the first { and the first }, and its content
// decides the question type in Moodle's order (empty: essay; starts with #:
// numerical; contains ~: multiple choice; contains = and ->: matching; T,
// TRUE, F or FALSE: true/false; otherwise short answer).

// Placeholders for escaped characters: Unicode noncharacters, which never
// occur in interchanged text (any that do are replaced first).
const (
	phColon  = '\uFDD0'
	phHash   = '\uFDD1'
	phEq     = '\uFDD2'
	phLBrace = '\uFDD3'
	phRBrace = '\uFDD4'
	phTilde  = '\uFDD5'
	phNL     = '\uFDD6'
)

var giftEscapes = map[byte]rune{':': phColon, '#': phHash, '=': phEq, '{': phLBrace, '}': phRBrace, '~': phTilde, 'n': phNL}

var unescaper = strings.NewReplacer(
	string(phColon), ":", string(phHash), "#", string(phEq), "=", string(phLBrace), "{",
	string(phRBrace), "}", string(phTilde), "~", string(phNL), "\n",
)

func isPlaceholder(r rune) bool { return r >= phColon && r <= phNL }

// Moodle's answer-weight pattern, e.g. %50%, %-100%, %33.33333%.
var giftWeightRE = regexp.MustCompile(`^%-*[0-9]{1,2}\.?[0-9]*%`)

// [id:…] and [tag:…] in comments, as Moodle reads them.
var (
	giftIDRE = regexp.MustCompile(`\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]`)
)

type textFormat int

const (
	fmtMoodle textFormat = iota
	fmtHTML
	fmtPlain
	fmtMarkdown
)

// pos is a place in the original input: a 1-based line and a byte offset
// within it.
type pos struct{ line, off int }

// giftBlock is one blank-line-separated block after comment removal and
// escape substitution, with the original place of every byte.
type giftBlock struct {
	s  string
	at []pos
}

// seg is the part s[i:j] of a block.
type seg struct {
	b    *giftBlock
	i, j int
}

func (g seg) str() string { return g.b.s[g.i:g.j] }

func (g seg) pos() pos {
	if g.i < len(g.b.at) {
		return g.b.at[g.i]
	}
	if len(g.b.at) > 0 {
		return g.b.at[len(g.b.at)-1]
	}
	return pos{}
}

func (g seg) slice(a, b int) seg { return seg{g.b, g.i + a, g.i + b} }

func (g seg) from(a int) seg { return seg{g.b, g.i + a, g.j} }

func (g seg) trim() seg {
	s := g.str()
	left := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	right := len(strings.TrimRightFunc(s, unicode.IsSpace))
	if right < left {
		right = left
	}
	return seg{g.b, g.i + left, g.i + right}
}

// explode splits g at every sep, like PHP's explode.
func (g seg) explode(sep byte) []seg {
	var out []seg
	s := g.str()
	start := 0
	for k := 0; k < len(s); k++ {
		if s[k] == sep {
			out = append(out, g.slice(start, k))
			start = k + 1
		}
	}
	return append(out, g.slice(start, len(s)))
}

// dropEmptyFirst trims the first part and drops it when empty, as Moodle
// does after every explode.
func dropEmptyFirst(parts []seg) []seg {
	if len(parts) > 0 {
		parts[0] = parts[0].trim()
		if parts[0].i == parts[0].j {
			parts = parts[1:]
		}
	}
	return parts
}

type giftParser struct {
	lines []string // the input's lines, for columns
	opts  Options
	res   *Result
	errs  errorList
	theme string
	// Per accepted question: the ID it asks for and its title.
	wanted, titles []string
}

// ParseGIFT reads Moodle GIFT text. Single and multiple choice, true/false,
// short answer, matching, numerical and missing-word questions become
// quiz.Questions; essays, descriptions and anything else Lectern cannot
// represent are listed in Result.Skipped. A syntax error anywhere returns a
// *ParseError (or ParseErrors) with the questions read around it.
func ParseGIFT(r io.Reader, opts Options) (*Result, error) {
	opts, err := opts.check()
	if err != nil {
		return nil, err
	}
	text, err := readText(r)
	if err != nil {
		return nil, err
	}
	if strings.ContainsFunc(text, isPlaceholder) {
		text = strings.Map(func(r rune) rune {
			if isPlaceholder(r) {
				return utf8.RuneError
			}
			return r
		}, text)
	}
	p := &giftParser{lines: strings.Split(text, "\n"), opts: opts, res: &Result{}, theme: opts.Theme}
	var cur []int
	flush := func() {
		if len(cur) > 0 {
			p.block(cur)
			cur = cur[:0]
		}
	}
	for i, l := range p.lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "$CATEGORY:"):
			// Moodle needs a blank line after a category; a question
			// that follows directly is read as a question here.
			flush()
			p.category(strings.TrimSpace(strings.TrimPrefix(t, "$CATEGORY:")))
		default:
			cur = append(cur, i)
		}
	}
	flush()
	// With syntax errors, the questions read around them are still
	// returned, so that what else is wrong with the file (a prompt given
	// twice) can be reported in the same round.
	err = p.errs.err()
	var ids idAssigner
	ids.assign(p.res.Questions, p.wanted)
	for i, t := range p.titles {
		if t != "" && t != p.res.Questions[i].ID {
			if p.res.Titles == nil {
				p.res.Titles = map[string]string{}
			}
			p.res.Titles[p.res.Questions[i].ID] = t
			p.res.Questions[i].Name = questionName(t)
		}
	}
	return p.res, err
}

// category switches the theme for the questions that follow.
func (p *giftParser) category(path string) {
	if path == "" {
		return
	}
	p.res.addCategory(path)
	p.theme = p.opts.Theme
	if slug := categorySlug(path); slug != "" {
		p.theme = slug
	}
}

// categorySlug slugs the last real segment of a Moodle category path such
// as "$course$/top/Unit 1" (a doubled // is a slash within a name).
func categorySlug(path string) string {
	segs := strings.Split(strings.ReplaceAll(path, "//", "\x00"), "/")
	for i := len(segs) - 1; i >= 0; i-- {
		s := strings.TrimSpace(strings.ReplaceAll(segs[i], "\x00", "/"))
		if s == "" || strings.EqualFold(s, "top") || (len(s) > 1 && s[0] == '$' && s[len(s)-1] == '$') {
			continue
		}
		return quiz.Slugify(s, quiz.MaxSlug)
	}
	return ""
}

func (p *giftParser) errAt(at pos, format string, args ...any) {
	col := 0
	if at.line >= 1 && at.line <= len(p.lines) {
		l := p.lines[at.line-1]
		col = utf8.RuneCountInString(l[:min(at.off, len(l))]) + 1
	}
	p.errs.add(at.line, col, format, args...)
}

// block reads one question from the lines with the given indexes.
func (p *giftParser) block(idx []int) {
	b := &giftBlock{}
	var sb strings.Builder
	var comments strings.Builder
	line := 0 // where the question's text starts
	for k, li := range idx {
		raw := p.lines[li]
		t := strings.TrimSpace(raw)
		lead := strings.Index(raw, t)
		if k > 0 {
			sb.WriteByte('\n')
			b.at = append(b.at, pos{li + 1, 0})
		}
		if strings.HasPrefix(t, "//") {
			comments.WriteString(t)
			comments.WriteByte('\n')
			sb.WriteByte(' ')
			b.at = append(b.at, pos{li + 1, lead})
			continue
		}
		if line == 0 {
			line = li + 1
		}
		for j := 0; j < len(t); {
			here := pos{li + 1, lead + j}
			if t[j] == '\\' && j+1 < len(t) {
				if t[j+1] == '\\' {
					sb.WriteByte('\\')
					b.at = append(b.at, here)
					j += 2
					continue
				}
				if ph, ok := giftEscapes[t[j+1]]; ok {
					n, _ := sb.WriteRune(ph)
					for range n {
						b.at = append(b.at, here)
					}
					j += 2
					continue
				}
			}
			sb.WriteByte(t[j])
			b.at = append(b.at, here)
			j++
		}
	}
	if line == 0 {
		return // only comments
	}
	b.s = sb.String()
	text := seg{b, 0, len(b.s)}.trim()

	var title string
	if strings.HasPrefix(text.str(), "::") {
		text = text.from(2)
		if k := strings.Index(text.str(), "::"); k >= 0 {
			title = strings.TrimSpace(unescape(text.slice(0, k).str()))
			text = text.from(k + 2).trim()
		}
	}

	s := text.str()
	open, close := strings.IndexByte(s, '{'), strings.IndexByte(s, '}')
	switch {
	case open < 0 && close < 0:
		p.res.skip(line, "description (text with no answer block) is not a question; skipped")
		return
	case close < 0:
		p.errAt(text.slice(open, open+1).pos(), "missing closing }")
		return
	case open < 0 || close < open:
		p.errAt(text.slice(close, close+1).pos(), "} without an opening {")
		return
	}
	if k := strings.IndexByte(s[open+1:close], '{'); k >= 0 {
		p.errAt(text.slice(open+1+k, open+2+k).pos(), "{ inside an answer block (write a literal { as \\{)")
		return
	}
	if k := strings.IndexAny(s[close+1:], "{}"); k >= 0 {
		p.errAt(text.slice(close+1+k, close+2+k).pos(), "a question has one answer block (write a literal %c as \\%c)", s[close+1+k], s[close+1+k])
		return
	}
	var promptRaw string
	if close == len(s)-1 {
		promptRaw = s[:open]
	} else {
		promptRaw = s[:open] + "_____" + s[close+1:]
	}
	answer := text.slice(open+1, close).trim()
	var generalRaw string
	if k := strings.LastIndex(answer.str(), "####"); k >= 0 {
		generalRaw = answer.from(k + 4).str()
		answer = answer.slice(0, k).trim()
	}
	prompt, qf := render(promptRaw, fmtMoodle)
	explanation, _ := render(generalRaw, qf)

	q := quiz.Question{
		Theme:       p.theme,
		Kind:        p.opts.DefaultKind,
		Prompt:      prompt,
		Explanation: explanation,
	}
	a := answer.str()
	blockPos := text.slice(open, open+1).pos()
	ok := true
	switch {
	case a == "":
		p.res.skip(line, "essay questions are not supported; skipped")
		return
	case a[0] == '#':
		ok = p.numeric(&q, answer.from(1), qf, blockPos)
	case strings.IndexByte(a, '~') >= 0:
		ok = p.choice(&q, answer, qf, blockPos)
	case strings.IndexByte(a, '=') >= 0 && strings.Contains(a, "->"):
		ok = p.matching(&q, answer, qf, blockPos)
	case isTrueFalse(a):
		p.trueFalse(&q, a, qf)
	default:
		ok = p.short(&q, answer, qf, blockPos)
	}
	if !ok {
		return
	}
	// Moodle's import refuses a weight that is none of its grades (%51%,
	// %33.33%), and so does Lectern's reading of Moodle XML, which would
	// otherwise refuse what Lectern wrote of this question.
	if g := moodleGrades(&q); g != "" {
		p.res.skip(line, "question skipped: grade %s is not one of Moodle's grades", g)
		return
	}
	if ps := quiz.ValidateQuestion(q); len(ps) > 0 {
		p.res.skip(line, "question skipped: %s", problemsText(ps))
		return
	}
	wanted := ""
	if id := commentID(comments.String()); usableID(id) {
		wanted = id
	}
	if wanted == "" && usableID(title) {
		wanted = title
	}
	p.res.Questions = append(p.res.Questions, q)
	p.res.QuestionLines = append(p.res.QuestionLines, line)
	p.wanted = append(p.wanted, wanted)
	p.titles = append(p.titles, title)
}

// commentID returns the idnumber written as [id:…] in a question's
// comments, as Moodle reads it, or "".
func commentID(comments string) string {
	m := giftIDRE.FindStringSubmatch(comments)
	if m == nil {
		return ""
	}
	return strings.ReplaceAll(strings.TrimSpace(m[1]), `\]`, "]")
}

func unescape(s string) string { return unescaper.Replace(s) }

// splitFormat removes a leading [html], [moodle], [plain] or [markdown]
// marker and returns the text's format (def when there is none).
func splitFormat(raw string, def textFormat) (string, textFormat) {
	if strings.HasPrefix(raw, "[") {
		if k := strings.IndexByte(raw, ']'); k > 0 {
			f, ok := map[string]textFormat{"moodle": fmtMoodle, "html": fmtHTML, "plain": fmtPlain, "markdown": fmtMarkdown}[raw[1:k]]
			if ok {
				return raw[k+1:], f
			}
		}
	}
	return raw, def
}

// render turns a GIFT text (escapes still as placeholders) into plain text:
// the format marker is removed, escapes restored, and HTML (in [html]
// texts, or [moodle] texts that contain tags) reduced to text.
func render(raw string, def textFormat) (string, textFormat) {
	body, f := splitFormat(strings.TrimSpace(raw), def)
	body = strings.TrimSpace(unescape(body))
	switch {
	case f == fmtHTML, f == fmtMoodle && looksLikeHTML(body):
		body = htmlToText(body)
	}
	return body, f
}

// comment splits "answer#feedback" and renders both halves.
func comment(s string, def textFormat) (text, feedback string) {
	a, fb, _ := strings.Cut(s, "#")
	text, _ = render(a, def)
	feedback, _ = render(fb, def)
	return text, feedback
}

// weight reads a leading %n% answer weight as a fraction and returns the
// rest of the answer; ok is false when there is none.
func weight(s string) (w float64, rest string, ok bool) {
	m := giftWeightRE.FindString(s)
	if m == "" {
		return 0, s, false
	}
	inner := m[1 : len(m)-1]
	neg := strings.HasPrefix(inner, "-")
	v, err := strconv.ParseFloat(strings.TrimLeft(inner, "-"), 64)
	if err != nil {
		return 0, s, false
	}
	if neg {
		v = -v
	}
	// Moodle keeps a fraction to seven decimal places (a third is
	// 33.33333%); so does Lectern, so that what it writes reads back
	// the same.
	return math.Round(v*1e5) / 1e7, s[len(m):], true
}

func percent(w float64) string { return strconv.FormatFloat(w*100, 'f', -1, 64) + "%" }

// full reports whether a weight gives full credit.
func full(w float64) bool { return w >= 1-1e-9 }

func isTrueFalse(a string) bool {
	check := a
	if k := strings.IndexByte(a, '#'); k > 0 {
		check = strings.TrimSpace(a[:k])
	}
	switch strings.ToUpper(check) {
	case "T", "TRUE", "F", "FALSE":
		return true
	}
	return false
}

func (p *giftParser) trueFalse(q *quiz.Question, a string, qf textFormat) {
	bits := strings.SplitN(a, "#", 3)
	ans, _ := render(bits[0], qf)
	var wrong, right string
	if len(bits) > 1 {
		wrong, _ = render(bits[1], qf)
	}
	if len(bits) > 2 {
		right, _ = render(bits[2], qf)
	}
	q.Type = quiz.TrueFalse
	isTrue := strings.EqualFold(ans, "T") || strings.EqualFold(ans, "TRUE")
	// {T#wrong#right}: the first feedback is for the wrong choice.
	if isTrue {
		q.Options = []quiz.Option{{Text: "True", Correct: true, Feedback: right}, {Text: "False", Feedback: wrong}}
	} else {
		q.Options = []quiz.Option{{Text: "True", Feedback: wrong}, {Text: "False", Correct: true, Feedback: right}}
	}
}

func (p *giftParser) choice(q *quiz.Question, answer seg, qf textFormat, at pos) bool {
	single := strings.IndexByte(answer.str(), '=') >= 0
	// Moodle: replace "=" with "~=" and explode on "~".
	var parts []seg
	s := answer.str()
	start := 0
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case '~':
			parts = append(parts, answer.slice(start, k))
			start = k + 1
		case '=':
			parts = append(parts, answer.slice(start, k))
			start = k
		}
	}
	parts = dropEmptyFirst(append(parts, answer.from(start)))
	if len(parts) < 2 {
		p.errAt(at, "a multiple-choice question needs at least two answers")
		return false
	}
	if single {
		q.Type = quiz.Single
	} else {
		q.Type = quiz.Multiple
	}
	for _, part := range parts {
		part = part.trim()
		t := part.str()
		var w float64
		if rest, ok := strings.CutPrefix(t, "="); ok {
			w, t = 1, rest
			if pw, rest, ok := weight(strings.TrimSpace(t)); ok {
				w, t = pw, rest
			}
		} else if pw, rest, ok := weight(t); ok {
			w, t = pw, rest
		}
		text, fb := comment(t, qf)
		o := quiz.Option{Text: text, Correct: w > 0, Fraction: w, Feedback: fb}
		if single {
			o.Correct = quiz.Full(w)
		}
		q.Options = append(q.Options, o)
	}
	quiz.CanonicalFractions(q)
	return true
}

func (p *giftParser) matching(q *quiz.Question, answer seg, qf textFormat, at pos) bool {
	parts := dropEmptyFirst(answer.explode('='))
	if len(parts) < 2 {
		p.errAt(at, "a matching question needs at least two pairs")
		return false
	}
	q.Type = quiz.Matching
	for _, part := range parts {
		part = part.trim()
		t := part.str()
		k := strings.Index(t, "->")
		if k < 0 {
			p.errAt(part.pos(), "matching pair %s has no ->", quote(unescape(t)))
			return false
		}
		left, _ := render(t[:k], qf)
		right := strings.TrimSpace(unescape(t[k+2:]))
		if left == "" {
			p.res.skip(part.pos().line, "extra right item %s (a pair with no left item) is not supported; left out", quote(right))
			continue
		}
		q.Pairs = append(q.Pairs, quiz.Pair{Left: left, Right: right})
	}
	return true
}

func (p *giftParser) short(q *quiz.Question, answer seg, qf textFormat, at pos) bool {
	parts := dropEmptyFirst(answer.explode('='))
	if len(parts) < 1 {
		p.errAt(at, "a short-answer question needs an answer")
		return false
	}
	q.Type = quiz.Short
	for _, part := range parts {
		part = part.trim()
		w, t := 1.0, part.str()
		if pw, rest, ok := weight(t); ok {
			w, t = pw, rest
		}
		text, fb := comment(t, qf)
		line := part.pos().line
		switch {
		case strings.TrimSpace(text) == quiz.CatchAll:
			if w != 0 {
				p.res.skip(line, "the catch-all answer * carries feedback, not marks; its %s left out", percent(w))
			}
			q.Marked = append(q.Marked, quiz.ShortAnswer{Text: quiz.CatchAll, Feedback: fb})
		case strings.Contains(text, "*"):
			p.res.skip(line, "wildcard answer %s is not supported; left out", quote(text))
		case w < 0:
			p.res.skip(line, "answer %s carries a negative mark (%s), which a short answer cannot; left out", quote(text), percent(w))
		case full(w) && fb == "":
			q.Answers = append(q.Answers, text)
		default:
			q.Marked = append(q.Marked, quiz.ShortAnswer{Text: text, Fraction: min(w, 1), Feedback: fb})
		}
	}
	return true
}

var numberRE = regexp.MustCompile(`^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$`)

func parseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if !numberRE.MatchString(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

func (p *giftParser) numeric(q *quiz.Question, body seg, qf textFormat, at pos) bool {
	var other seg
	hasOther := false
	if k := strings.IndexByte(body.str(), '~'); k >= 0 {
		other, hasOther = body.from(k), true
		body = body.slice(0, k)
	}
	parts := dropEmptyFirst(body.explode('='))
	if len(parts) == 0 {
		p.errAt(at, "a numerical question needs an answer")
		return false
	}
	q.Type = quiz.Numeric
	catchAll, catchFB := false, ""
	for _, part := range parts {
		part = part.trim()
		w, t, weighted := 1.0, part.str(), false
		if pw, rest, ok := weight(t); ok {
			w, t, weighted = pw, rest, true
		}
		text, fb := comment(t, qf)
		var n quiz.NumericAnswer
		bad := func() bool {
			p.errAt(part.pos(), "%s is not a number, a number:tolerance or a min..max range", quote(text))
			return false
		}
		line := part.pos().line
		if text == quiz.CatchAll {
			// =*#feedback: Moodle's catch-all answer, which carries
			// feedback and no marks.
			if weighted && w != 0 {
				p.res.skip(line, "the catch-all answer * carries feedback, not marks; its %s left out", percent(w))
			}
			if fb != "" {
				catchAll, catchFB = true, fb
			}
			continue
		}
		if k := strings.Index(text, ".."); k > 0 {
			lo, ok1 := parseNumber(text[:k])
			hi, ok2 := parseNumber(text[k+2:])
			if !ok1 || !ok2 {
				return bad()
			}
			n.Value = (lo + hi) / 2
			if lo != hi {
				n.Min, n.Max = lo, hi
			}
		} else if k := strings.IndexByte(text, ':'); k > 0 {
			v, ok1 := parseNumber(text[:k])
			tol, ok2 := parseNumber(text[k+1:])
			if !ok1 || !ok2 {
				return bad()
			}
			n.Value, n.Tolerance = v, math.Abs(tol)
		} else {
			v, ok := parseNumber(text)
			if !ok {
				return bad()
			}
			n.Value = v
		}
		n.Feedback = fb
		if w < 0 {
			p.res.skip(line, "numerical answer %s carries a negative mark (%s), which a numerical answer cannot; left out", quote(text), percent(w))
			continue
		}
		n.Fraction = quiz.NumericFraction(min(w, 1))
		q.Numeric = append(q.Numeric, n)
	}
	// ~#feedback after the answers is Moodle's catch-all: any other
	// number gets no marks and this feedback.
	if hasOther {
		if _, fb := comment(other.from(1).str(), qf); fb != "" {
			catchAll, catchFB = true, fb
		}
	}
	if catchAll {
		q.Numeric = append(q.Numeric, quiz.NumericAnswer{Any: true, Feedback: catchFB})
	}
	return true
}

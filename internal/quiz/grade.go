package quiz

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Answer is what a learner gave. Choices index Options in authored order;
// Matches[i] is the index (in authored order) of the right item the learner
// matched with Pairs[i].Left, or -1; Text is a typed answer.
type Answer struct {
	Choices []int  `json:"choices,omitempty"`
	Matches []int  `json:"matches,omitempty"`
	Text    string `json:"text,omitempty"`
}

// Result is the outcome of checking an answer: Correct only when the
// answer is wholly right; Score in [0, 1] gives partial credit for multiple
// response and matching questions.
type Result struct {
	Correct bool    `json:"correct"`
	Score   float64 `json:"score"`
}

// Normalize folds a typed answer for comparison: lower case, punctuation
// dropped, runs of spaces made one, ends trimmed. "  The  Belt-and-Road! "
// and "the belt and road" compare equal.
func Normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '\'' || r == '’' || r == '‘':
			// "China's" and "Chinas" are the same answer.
		default:
			space = true
		}
	}
	return b.String()
}

// leadingWords are the words a common noun phrase may begin with or not,
// in an answer typed as in one written: "its autonomy" and "a strategic
// partnership" name what "autonomy" and "strategic partnership" name.
var leadingWords = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}

// sameShort reports whether a typed answer matches an accepted one. An
// accepted answer written in lower case is a common noun phrase, which a
// learner may give with or without one leading article or possessive, and
// the author may have written either way. A name ("Ukraine", "Fort
// Mirel") takes an article or not by usage, so its accepted forms list
// the ones that are right ("the Ortolan", never "the Helena Varga").
func sameShort(typed, accepted string) bool {
	got, want := Normalize(typed), Normalize(accepted)
	if got == want {
		return true
	}
	return commonPhrase(accepted) && got != "" && withoutLeading(got) == withoutLeading(want)
}

// commonPhrase reports whether an accepted answer, past any leading
// article or possessive, begins in lower case ("the trade routes"), not
// with a name ("the Ortolan").
func commonPhrase(accepted string) bool {
	words := strings.Fields(accepted)
	if len(words) > 1 && leadingWords[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsLower(first)
}

// withoutLeading drops one leading article or possessive from a
// normalised answer; an answer that is nothing but such a word keeps it.
func withoutLeading(n string) string {
	if first, rest, ok := strings.Cut(n, " "); ok && leadingWords[first] {
		return rest
	}
	return n
}

// Grade checks an answer against a question.
func Grade(q Question, a Answer) Result {
	switch q.Type {
	case Single, TrueFalse:
		if len(a.Choices) != 1 || a.Choices[0] < 0 || a.Choices[0] >= len(q.Options) {
			return Result{}
		}
		return scored(Marks(q)[a.Choices[0]])
	case Multiple:
		chosen := map[int]bool{}
		for _, c := range a.Choices {
			if c >= 0 && c < len(q.Options) {
				chosen[c] = true
			}
		}
		// Moodle's grading: the sum of the chosen options' fractions,
		// clamped to [0, 1]. With the default fractions this is
		// (right - wrong) / correct, never below 0.
		sum := 0.0
		for i, m := range Marks(q) {
			if chosen[i] {
				sum += m
			}
		}
		return scored(sum)
	case Short:
		f, _, ok := MatchShort(q, a.Text)
		if !ok {
			return Result{}
		}
		return scored(f)
	case Matching:
		if len(q.Pairs) == 0 {
			return Result{}
		}
		right := 0
		for i := range q.Pairs {
			if i < len(a.Matches) {
				if MatchCorrect(q, i, a.Matches[i]) {
					right++
				}
			}
		}
		return Result{Correct: right == len(q.Pairs), Score: float64(right) / float64(len(q.Pairs))}
	case Numeric:
		f, _, ok := MatchNumeric(q, a.Text)
		if !ok {
			return Result{}
		}
		return scored(f)
	}
	return Result{}
}

// fullMarks is how close to 1 a fraction must be to count as full marks:
// Moodle writes a third as 33.33333%, and three of them are full marks.
const fullMarks = 1 - 1e-6

// Full reports whether a fraction of the marks is full marks.
func Full(f float64) bool { return f >= fullMarks }

// scored is the result of a question whose marks add up to f, clamped to
// [0, 1] as Moodle clamps a question's total.
func scored(f float64) Result {
	f = math.Max(0, math.Min(1, f))
	if Full(f) {
		return Result{Correct: true, Score: 1}
	}
	return Result{Score: f}
}

// Marks returns the share of the marks each option of a choice question
// carries, in authored order: an option's Fraction, or by default full
// marks for a correct option of a single-choice or true/false question and
// nothing for a wrong one; in a multiple-response question where no option
// carries a fraction, 1/n for each of the n correct options and -1/n for
// each wrong one, which grades (right - wrong) / correct.
func Marks(q Question) []float64 {
	out := make([]float64, len(q.Options))
	explicit, correct := false, 0
	for _, o := range q.Options {
		if o.Fraction != 0 {
			explicit = true
		}
		if o.Correct {
			correct++
		}
	}
	for i, o := range q.Options {
		switch {
		case o.Fraction != 0:
			out[i] = o.Fraction
		case q.Type == Multiple && !explicit && correct > 0:
			if o.Correct {
				out[i] = 1 / float64(correct)
			} else {
				out[i] = -1 / float64(correct)
			}
		case o.Correct:
			out[i] = 1
		}
	}
	return out
}

// MatchShort finds the answer of a short-answer question that a typed
// answer matches: a full-marks answer first, then the answers with their
// own marks in order, then the catch-all. It returns the answer's share of
// the marks and its feedback; ok is false when nothing matches.
func MatchShort(q Question, text string) (fraction float64, feedback string, ok bool) {
	if Normalize(text) == "" {
		return 0, "", false
	}
	for _, want := range q.Answers {
		if sameShort(text, want) {
			return 1, "", true
		}
	}
	if i := matchShort(q, text); i >= 0 {
		return q.Marked[i].Fraction, q.Marked[i].Feedback, true
	}
	return 0, "", false
}

// matchShort returns the index of the marked answer (q.Marked) a typed
// text matches, the catch-all last; -1 when it matches one of q.Answers
// or none.
func matchShort(q Question, text string) int {
	if Normalize(text) == "" {
		return -1
	}
	for _, want := range q.Answers {
		if sameShort(text, want) {
			return -1
		}
	}
	for i, m := range q.Marked {
		if m.Text != CatchAll && sameShort(text, m.Text) {
			return i
		}
	}
	for i, m := range q.Marked {
		if m.Text == CatchAll {
			return i
		}
	}
	return -1
}

// MatchNumeric finds the answer of a numeric question that a typed number
// matches, as Moodle does: the first answer in authored order whose
// tolerance or range holds the number, else the catch-all. It returns the
// answer's share of the marks and its feedback; ok is false when the text
// is not a number or nothing matches.
func MatchNumeric(q Question, text string) (fraction float64, feedback string, ok bool) {
	if i := matchNumeric(q, text); i >= 0 {
		return q.Numeric[i].Mark(), q.Numeric[i].Feedback, true
	}
	return 0, "", false
}

// matchNumeric returns the index of the answer (q.Numeric) a typed number
// matches, the catch-all last; -1 when none does.
func matchNumeric(q Question, text string) int {
	v, err := ParseNumber(text)
	if err != nil {
		return -1
	}
	for i, n := range q.Numeric {
		if !n.Any && n.Accepts(v) {
			return i
		}
	}
	for i, n := range q.Numeric {
		if n.Any {
			return i
		}
	}
	return -1
}

// PercentText writes a fraction as Moodle's percentage, e.g. "50%",
// "33.33333%", "-100%".
func PercentText(f float64) string {
	return strconv.FormatFloat(math.Round(f*1e7)/1e5, 'f', -1, 64) + "%"
}

// ShareText writes a share of the marks as learners read it, rounded to a
// whole percent: "67%", "-100%". PercentText keeps Moodle's precision for
// the instructor's editor and the files Lectern writes.
func ShareText(f float64) string {
	// Adding 0 turns a rounded -0 into 0.
	return strconv.FormatFloat(math.Round(f*100)+0, 'f', 0, 64) + "%"
}

// AllowedFractions are the shares of the marks Moodle offers for an answer,
// from 100% down to 0% (a multiple-response option may also carry their
// negatives).
var AllowedFractions = []float64{1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333,
	0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0}

// AllowedFraction returns the allowed fraction nearest f (or its negative)
// and whether f is one of them, within Moodle's precision: its import takes
// a grade within 0.00001 of one (match_grade_options), so that 33.333% is a
// third and 33.33% is no grade.
func AllowedFraction(f float64) (float64, bool) {
	a := math.Abs(f)
	for _, x := range AllowedFractions {
		if math.Abs(a-x) < 1e-5 {
			if f < 0 {
				return -x, true
			}
			return x, true
		}
	}
	return f, false
}

// CanonicalFractions drops the option fractions that say no more than the
// defaults Marks gives (full or no marks in single choice; 1/n and -1/n
// in multiple response), and sets Correct from each fraction, so that a
// question read from a file that writes every fraction compares equal to
// one written without them.
func CanonicalFractions(q *Question) {
	switch q.Type {
	case Single, TrueFalse:
		for i := range q.Options {
			o := &q.Options[i]
			if o.Fraction != 0 {
				o.Correct = Full(o.Fraction)
				if o.Correct {
					o.Fraction = 0
				}
			}
		}
	case Multiple:
		for i := range q.Options {
			if o := &q.Options[i]; o.Fraction != 0 {
				o.Correct = o.Fraction > 0
			}
		}
		n := 0
		for _, o := range q.Options {
			if o.Correct {
				n++
			}
		}
		if n == 0 {
			return
		}
		for _, o := range q.Options {
			want, got := 1/float64(n), o.Fraction
			if !o.Correct {
				want = -want
			}
			if got == 0 && o.Correct {
				got = 1
			}
			if math.Abs(got-want) > 1e-6 {
				return
			}
		}
		for i := range q.Options {
			q.Options[i].Fraction = 0
		}
	}
}

// ParseNumber reads a typed number, accepting spaces, thousands separators
// written as commas when a point is present, and a decimal comma.
func ParseNumber(s string) (float64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if strings.Contains(s, ".") {
		s = strings.ReplaceAll(s, ",", "")
	} else {
		s = strings.ReplaceAll(s, ",", ".")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, strconv.ErrSyntax
	}
	return v, nil
}

// CardFront is the front of the flashcard a question becomes: its prompt,
// and for a true/false statement the prompt asking "True or false:" once
// (a prompt that already asks it, as drafted statements do, is kept as
// it is, also where a quotation of the article comes before the question:
// "The article says: “…” True or false? …").
func CardFront(q Question) string {
	if q.Type != TrueFalse {
		return q.Prompt
	}
	p := strings.TrimSpace(q.Prompt)
	if l := strings.ToLower(p); strings.HasPrefix(l, "true or false") || strings.Contains(l, "true or false?") || strings.Contains(l, "true or false:") {
		return p
	}
	return "True or false: " + p
}

// CardLines are the lines under the front of the flashcard a question
// becomes: a choice question's options in alphabetical order, so that
// their order says nothing of which are right (the order they were
// written in often does), and a matching question's left-hand items.
func CardLines(q Question) []string {
	var out []string
	switch q.Type {
	case Single, Multiple:
		for _, o := range q.Options {
			out = append(out, o.Text)
		}
		slices.SortStableFunc(out, func(a, b string) int {
			return strings.Compare(Normalize(a), Normalize(b))
		})
	case Matching:
		for _, p := range q.Pairs {
			out = append(out, p.Left)
		}
	}
	return out
}

// CorrectText describes the correct answer for feedback, e.g. the text of
// the correct options joined, or the first accepted short answer.
func CorrectText(q Question) []string {
	var out []string
	switch q.Type {
	case Single, Multiple, TrueFalse:
		for _, o := range q.Options {
			if o.Correct {
				out = append(out, o.Text)
			}
		}
	case Short:
		if len(q.Answers) > 0 {
			out = append(out, q.Answers[0])
		} else {
			for _, m := range q.Marked {
				if Full(m.Fraction) && m.Text != CatchAll {
					out = append(out, m.Text)
					break
				}
			}
		}
	case Matching:
		for _, p := range q.Pairs {
			out = append(out, p.Left+" → "+p.Right)
		}
	case Numeric:
		for _, n := range q.Numeric {
			if n.Any || !Full(n.Mark()) {
				continue
			}
			out = append(out, NumericText(n))
		}
	}
	return out
}

// NumericText writes the numbers a numeric answer accepts: "3", "3 ± 0.5",
// "1 to 5", or "any other number" for the catch-all.
func NumericText(n NumericAnswer) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	switch {
	case n.Any:
		return "any other number"
	case n.Min < n.Max:
		return f(n.Min) + " to " + f(n.Max)
	case n.Tolerance > 0:
		return f(n.Value) + " ± " + f(n.Tolerance)
	}
	return f(n.Value)
}

// leadPrefix opens a prompt that quotes the article's sentence its
// question leans on before asking it (drafted items, lean_context.go).
const leadPrefix = "The article says: “"

// SplitLead splits a prompt that opens on a quotation of the article
// ("The article says: “…” True or false? …") into the quoted sentence and
// the question, so that a page can show the quotation apart from the
// question it leads to. Any other prompt is returned whole as the
// question, with no lead.
func SplitLead(prompt string) (lead, question string) {
	if !strings.HasPrefix(prompt, leadPrefix) {
		return "", prompt
	}
	rest := prompt[len(leadPrefix):]
	i := strings.Index(rest, "” ")
	if i < 0 || strings.TrimSpace(rest[i+len("” "):]) == "" || strings.TrimSpace(rest[:i]) == "" {
		return "", prompt
	}
	return rest[:i], strings.TrimSpace(rest[i+len("” "):])
}

// StatementFacts is what the back of the flashcard a true/false question
// becomes says under its verdict, so that a learner who turns the card
// reads the fact and not "True" or "False" alone. A true statement is
// restated (without "True or false?" and any quotation before it); where
// the prompt asks a question rather than stating something, the
// explanation stands in for it. A false statement gets what the article
// says instead: the feedback on True (a drafted statement's "The article
// has “ten”, not “fourteen”.") and the explanation, each where written.
// Any other question has none.
func StatementFacts(q Question) []string {
	if q.Type != TrueFalse || len(q.Options) != 2 {
		return nil
	}
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if q.Options[0].Correct {
		_, st := SplitLead(strings.TrimSpace(q.Prompt))
		st = strings.TrimSpace(trimTrueOrFalse(st))
		if st == "" || strings.HasSuffix(st, "?") {
			add(q.Explanation)
			return out
		}
		r, n := utf8.DecodeRuneInString(st)
		add(string(unicode.ToUpper(r)) + st[n:])
		return out
	}
	add(q.Options[0].Feedback)
	add(q.Explanation)
	return out
}

// trimTrueOrFalse cuts "True or false?" or "True or false:" off the start
// of a statement.
func trimTrueOrFalse(s string) string {
	l := strings.ToLower(s)
	for _, p := range []string{"true or false?", "true or false:", "true or false"} {
		if strings.HasPrefix(l, p) {
			return s[len(p):]
		}
	}
	return s
}

// QuotesOnlyStatement reports whether a true statement's explanation only
// quotes the statement back: it is one quotation ("The article says:
// “…”") whose words the statement says, but for a word or two ("He" for
// "Douglass", "However," cut). Such an explanation says nothing the
// restated statement on a flashcard's back does not, so the back shows
// the statement once. An explanation that quotes more than the statement
// (the rest of a sentence the statement cuts) or says something of its
// own is not.
func QuotesOnlyStatement(explanation, statement string) bool {
	e := strings.TrimSpace(explanation)
	open := strings.IndexAny(e, "“\"")
	if open < 0 || !strings.HasSuffix(e, "”") && !strings.HasSuffix(e, "\"") {
		return false
	}
	if lead := strings.TrimSpace(e[:open]); lead != "" && (!strings.HasSuffix(lead, ":") || len(strings.Fields(lead)) > 4) {
		return false
	}
	said := map[string]bool{}
	for _, w := range quoteWords(statement) {
		said[w] = true
	}
	quoted := quoteWords(e[open:])
	if len(quoted) == 0 {
		return false
	}
	extra := 0
	for _, w := range quoted {
		if !said[w] {
			extra++
		}
	}
	return extra <= 2 || extra*7 <= len(quoted)
}

// quoteWords returns the lower-case words of three letters or more of a
// text.
func quoteWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(w) >= 3 {
			out = append(out, w)
		}
	}
	return out
}

package quiz

import (
	"math"
	"strconv"
	"strings"
	"unicode"
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

// Grade checks an answer against a question.
func Grade(q Question, a Answer) Result {
	switch q.Type {
	case Single, TrueFalse:
		if len(a.Choices) == 1 && a.Choices[0] >= 0 && a.Choices[0] < len(q.Options) && q.Options[a.Choices[0]].Correct {
			return Result{Correct: true, Score: 1}
		}
		return Result{}
	case Multiple:
		chosen := map[int]bool{}
		for _, c := range a.Choices {
			if c >= 0 && c < len(q.Options) {
				chosen[c] = true
			}
		}
		right, wrong, total := 0, 0, 0
		for i, o := range q.Options {
			if o.Correct {
				total++
				if chosen[i] {
					right++
				}
			} else if chosen[i] {
				wrong++
			}
		}
		if total == 0 {
			return Result{}
		}
		score := math.Max(0, float64(right-wrong)/float64(total))
		return Result{Correct: right == total && wrong == 0, Score: score}
	case Short:
		got := Normalize(a.Text)
		for _, want := range q.Answers {
			if got != "" && got == Normalize(want) {
				return Result{Correct: true, Score: 1}
			}
		}
		return Result{}
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
		v, err := ParseNumber(a.Text)
		if err != nil {
			return Result{}
		}
		for _, n := range q.Numeric {
			if n.Min < n.Max {
				if v >= n.Min && v <= n.Max {
					return Result{Correct: true, Score: 1}
				}
			} else if math.Abs(v-n.Value) <= n.Tolerance+1e-9*math.Max(1, math.Abs(n.Value)) {
				return Result{Correct: true, Score: 1}
			}
		}
		return Result{}
	}
	return Result{}
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
// it is).
func CardFront(q Question) string {
	if q.Type != TrueFalse {
		return q.Prompt
	}
	p := strings.TrimSpace(q.Prompt)
	if l := strings.ToLower(p); strings.HasPrefix(l, "true or false") {
		return p
	}
	return "True or false: " + p
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
		}
	case Matching:
		for _, p := range q.Pairs {
			out = append(out, p.Left+" → "+p.Right)
		}
	case Numeric:
		for _, n := range q.Numeric {
			if n.Min < n.Max {
				out = append(out, strconv.FormatFloat(n.Min, 'f', -1, 64)+" to "+strconv.FormatFloat(n.Max, 'f', -1, 64))
			} else if n.Tolerance > 0 {
				out = append(out, strconv.FormatFloat(n.Value, 'f', -1, 64)+" ± "+strconv.FormatFloat(n.Tolerance, 'f', -1, 64))
			} else {
				out = append(out, strconv.FormatFloat(n.Value, 'f', -1, 64))
			}
		}
	}
	return out
}

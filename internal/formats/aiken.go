package formats

import (
	"io"
	"regexp"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// aikenOptionLineRE is Moodle's choice line: a capital letter, ")" or ".",
// and an optional space or tab.
var aikenOptionLineRE = regexp.MustCompile(`^([A-Z])[).][ \t]?`)

type aikenQuestion struct {
	line    int
	prompt  string
	labels  []byte
	options []string
}

// ParseAiken reads Moodle Aiken text: a one-line question, one choice per
// line labelled "A)" or "A.", then "ANSWER: X". Every question is single
// choice. Lines shorter than two characters are ignored, as in Moodle.
// Unlike Moodle, "Answer:" and a lowercase letter are accepted, the letter
// is matched against the choices' own labels, and text is kept as written
// (Moodle stores it HTML-escaped; Lectern escapes on display). Any malformed
// question is an error naming its line (Moodle reports it and imports the
// rest; Lectern imports nothing).
func ParseAiken(r io.Reader, opts Options) (*Result, error) {
	opts, err := opts.check()
	if err != nil {
		return nil, err
	}
	text, err := readText(r)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	var errs errorList
	var cur *aikenQuestion
	for i, raw := range strings.Split(text, "\n") {
		n := i + 1
		t := strings.TrimSpace(raw)
		if len(t) < 2 {
			continue
		}
		if m := aikenOptionLineRE.FindStringSubmatch(t); m != nil {
			if cur == nil {
				errs.add(n, 0, "choice %s is not part of a question (a question line must come first)", quote(t))
				continue
			}
			cur.labels = append(cur.labels, m[1][0])
			cur.options = append(cur.options, strings.TrimSpace(t[len(m[0]):]))
			continue
		}
		if len(t) >= 7 && strings.EqualFold(t[:7], "ANSWER:") {
			rest := t[7:]
			if cur == nil {
				errs.add(n, 0, "ANSWER line is not part of a question (a question line must come first)")
				continue
			}
			q := cur
			cur = nil
			if len(q.options) < 2 {
				errs.add(n, 0, "the question on line %d needs at least two choices", q.line)
				continue
			}
			letter := strings.TrimSpace(rest)
			if letter == "" {
				errs.add(n, 0, "ANSWER has no letter")
				continue
			}
			c := strings.ToUpper(letter[:1])[0]
			correct := -1
			for k, l := range q.labels {
				if l == c {
					correct = k
					break
				}
			}
			if correct < 0 {
				errs.add(n, 0, "answer %s is not among the choices (%s)", quote(letter[:1]), string(q.labels))
				continue
			}
			qq := quiz.Question{Theme: opts.Theme, Type: quiz.Single, Kind: opts.DefaultKind, Prompt: q.prompt}
			for k, o := range q.options {
				qq.Options = append(qq.Options, quiz.Option{Text: o, Correct: k == correct})
			}
			if ps := quiz.ValidateQuestion(qq); len(ps) > 0 {
				res.skip(q.line, "question skipped: %s", problemsText(ps))
				continue
			}
			res.Questions = append(res.Questions, qq)
			continue
		}
		if cur != nil {
			errs.add(cur.line, 0, "the question has no ANSWER line before the next question starts on line %d", n)
		}
		cur = &aikenQuestion{line: n, prompt: t}
	}
	if cur != nil {
		errs.add(cur.line, 0, "the question has no ANSWER line before the end of the file")
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	var ids idAssigner
	ids.assign(res.Questions, make([]string, len(res.Questions)))
	return res, nil
}

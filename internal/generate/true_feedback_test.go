package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The learner is told once whether a statement is true: the page says
// "Right", or "Not quite" and "The answer: True"; the explanation under
// it quotes the sentence and says no "True." again, and the False
// option's feedback says nothing ("It is true: the article says exactly
// this." once came first). A false statement's True option says what
// the article has in place of the swap, and leaves the sentence to the
// explanation (both once quoted it whole, after "It is false" and
// "False.").
func TestStatementFeedbackSaidOnce(t *testing.T) {
	res := mustGenerate(t, tramArticle, Options{})
	res2 := mustGenerate(t, devArticle(t, "culture-society.txt"), Options{})
	trues, falses := 0, 0
	for _, d := range append(res.Drafts, res2.Drafts...) {
		q := d.Question
		if q == nil || q.Type != quiz.TrueFalse {
			continue
		}
		if !strings.HasPrefix(q.Explanation, "The article says: “") || !strings.Contains(q.Explanation, d.Sentence) {
			t.Errorf("%q: explanation %q", q.Prompt, q.Explanation)
		}
		if q.Options[0].Correct {
			trues++
			if fb := q.Options[1].Feedback; fb != "" {
				t.Errorf("%q: the False option's feedback %q repeats the explanation %q", q.Prompt, fb, q.Explanation)
			}
			continue
		}
		falses++
		fb := q.Options[0].Feedback
		if !strings.HasPrefix(fb, "The article has “"+d.Answer+"”, not “") || strings.Contains(fb, d.Sentence) {
			t.Errorf("%q: the True option's feedback %q (answer %q)", q.Prompt, fb, d.Answer)
		}
	}
	if trues == 0 || falses == 0 {
		t.Fatalf("%d true and %d false statements drafted", trues, falses)
	}
}

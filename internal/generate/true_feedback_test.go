package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The learner who answers False to a true statement is told once that it
// is true: the explanation says "True. The article says: …", and the
// option's feedback no longer says it first ("It is true: the article
// says exactly this.").
func TestTrueStatementSaidOnce(t *testing.T) {
	res := mustGenerate(t, devArticle(t, "culture-society.txt"), Options{})
	n := 0
	for _, d := range res.Drafts {
		q := d.Question
		if q == nil || q.Type != quiz.TrueFalse || !q.Options[0].Correct {
			continue
		}
		n++
		if fb := q.Options[1].Feedback; fb != "" {
			t.Errorf("%q: the False option's feedback %q repeats the explanation %q", q.Prompt, fb, q.Explanation)
		}
		if !strings.HasPrefix(q.Explanation, "True. The article says: “") {
			t.Errorf("%q: explanation %q", q.Prompt, q.Explanation)
		}
	}
	if n == 0 {
		t.Fatal("no true statement drafted")
	}
}

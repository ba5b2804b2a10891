package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Short answers on a fact said once. A fill-in-the-blank question asks
// the learner to type the answer from memory, so its answer must be one
// the article makes worth remembering. Blind judges of sets 61 to 74
// accepted as is one of 22 verdicts on short answers of kind fact: the
// blanks were a city talks were held in, the court that convicted two
// men, one program of a bundled list, the operation a raid was part of,
// each named once on the way. A proposed short answer on a fact is held
// back unless its answer recurs in the article (in two paragraphs or two
// sentences: termRecurs, or two candidate mentions), is in the
// headline, or sits in the lead. The hold runs with the passes after the ranker
// (refill.go): the theme takes its next candidate, and the held question
// stays under More drafts.

// shortFactOnce reports whether it is a short answer on a fact whose
// answer the article names once.
func (a *article) shortFactOnce(it *item) bool {
	if it.q == nil || it.sp == nil || !strings.HasPrefix(it.rule, "cloze-short") || it.q.Kind != quiz.Fact {
		return false
	}
	return a.namedOnce(it)
}

// answerRecurs reports whether the article names answer more than once:
// in two paragraphs or two sentences (termRecurs), or in two candidate
// mentions.
func (a *article) answerRecurs(answer string) bool {
	return a.termRecurs(answer) || len(a.byKey[key(answer)]) >= 2
}

// namedOnce reports whether the article names the answer it tests once,
// on the way: not again (answerRecurs), not in the headline, and not in
// the lead.
func (a *article) namedOnce(it *item) bool {
	if a.leadSentence(it.sent) || a.answerRecurs(it.answer) {
		return false
	}
	if k := key(it.answer); k != "" && containsWords(key(a.headline), k) {
		return false
	}
	return true
}

// holdShortFacts holds back each proposed short answer shortFactOnce
// reads as a detail.
func (a *article) holdShortFacts(items []item, opts Options) {
	if opts.All {
		return
	}
	for i := range items {
		if it := &items[i]; it.proposed && a.shortFactOnce(it) {
			it.proposed, it.incidental = false, true
		}
	}
}

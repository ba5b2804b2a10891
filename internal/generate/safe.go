package generate

import (
	"cmp"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
)

// PanicError is a panic inside the generator, caught and returned as an
// error so that a caller (a web server) survives it. Stack is the stack of
// the goroutine that panicked, for the log; the message shown to people
// should not include it.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("generate: internal error: %v", e.Value)
}

// caught turns a recovered panic value into a *PanicError with the stack of
// the current goroutine. Call it from the deferred function that recovered.
func caught(v any) *PanicError {
	if pe, ok := v.(*PanicError); ok {
		return pe
	}
	return &PanicError{Value: v, Stack: debug.Stack()}
}

// recoverTo is deferred by every exported entry point: a panic in the
// calling goroutine becomes a *PanicError in *err.
func recoverTo(err *error) {
	if v := recover(); v != nil {
		*err = caught(v)
	}
}

// TestHookParse, when set, is called with each paragraph inside the
// goroutines that parse paragraphs in parallel. It exists only so that
// tests can provoke a panic in one of those goroutines, which no input
// does; production code never sets it.
var TestHookParse func(paragraph string)

// maxWordBytes is the longest run of non-space text the models read. The
// tokenizer peels punctuation off a word one piece at a time, rescanning
// the rest with regular expressions each time, so a run of n punctuation
// marks costs n² (100 KB of quotation marks took 37 seconds); the sentence
// splitter trims white space the same way, so a long run of spaces that
// SplitParagraphs does not collapse (vertical tabs, em spaces) costs as
// much. No English word is this long and few URLs are; the rest of a
// longer run stays in the paragraph, but is not analysed.
const maxWordBytes = 256

// readable returns the text the models read: text with every run of white
// space made one space, and every run of other characters cut to
// maxWordBytes. at[i] is the offset in text of byte i of the result, and
// at[len(result)] is len(text).
func readable(text string) (string, []int32) {
	b := make([]byte, 0, len(text))
	at := make([]int32, 0, len(text)+1)
	run := 0 // bytes of the current run of non-space text
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			if run != 0 || len(b) == 0 {
				b = append(b, ' ')
				at = append(at, int32(i))
			}
			run = 0
		case run+n <= maxWordBytes:
			b = append(b, text[i:i+n]...)
			for j := range n {
				at = append(at, int32(i+j))
			}
			run += n
		default:
			run = maxWordBytes + 1 // skip the rest of the run
		}
		i += n
	}
	return string(b), append(at, int32(len(text)))
}

// maxSentenceRead is how much of a sentence is tagged: the rest of a
// longer one (a list without full stops, a paragraph of numbers) is not
// read. Tagging costs time and memory in proportion to the text (a 100 KB
// sentence took a second and 230 MB), and such a sentence gives no
// question (see maxSentenceBytes); its first 2,000 bytes still give
// distractors and words for the themes.
const maxSentenceRead = 2000

// readSentences returns src without the part of each sentence past
// maxSentenceRead bytes, cut at a space, and for each byte of the result
// its offset in src.
func readSentences(src string, sents []segment.Sentence) (string, []int) {
	var b strings.Builder
	var at []int
	from := 0 // src before from is done
	for _, ss := range sents {
		if ss.End()-ss.Start <= maxSentenceRead || ss.Start < from || ss.End() > len(src) {
			continue
		}
		cut := ss.Start + maxSentenceRead
		if i := strings.LastIndexByte(src[ss.Start:cut], ' '); i > 0 {
			cut = ss.Start + i
		}
		for !utf8.RuneStart(src[cut]) {
			cut--
		}
		b.WriteString(src[from:cut])
		for i := from; i < cut; i++ {
			at = append(at, i)
		}
		from = ss.End()
	}
	if from == 0 {
		at = make([]int, len(src))
		for i := range at {
			at[i] = i
		}
		return src, at
	}
	b.WriteString(src[from:])
	for i := from; i < len(src); i++ {
		at = append(at, i)
	}
	return b.String(), at
}

// maxAnswerBytes is the longest candidate answer: longer names are a run
// of capitalised words (a list without commas, a line in capitals) and
// make options over the length a question allows.
const maxAnswerBytes = 100

// maxSentenceBytes is the longest sentence a question is made from: sixty
// words of ordinary length; a longer one holds words that are not, and
// would make a prompt over the length a question allows.
const maxSentenceBytes = 1000

// maxRankWindow bounds the sentences that TextRank compares each sentence
// with: its neighbours up to this many places either way. Comparing every
// pair costs n² time and memory, which a theme of a few hundred sentences
// does not notice and a 100 KB paragraph of short sentences (3,000 of
// them) does; within a window of 150 each side a sentence still meets
// every sentence of any theme of up to 150 sentences (some 3,000 words).
const maxRankWindow = 150

// maxThemeSentences bounds the sentences of a theme that are searched for
// blanks: the most central ones, in text order. Each blank is compared with
// every answer of its kind in the article, so the search grows with the
// square of the article; a theme gives at most a dozen items, and one of
// 200 usable sentences (some 4,000 words) is far longer than any proposed.
const maxThemeSentences = 200

// centralUsable returns the usable sentences among sents, in their order;
// past maxThemeSentences, only the most central of them.
func centralUsable(sents []*sentence) []*sentence {
	var out []*sentence
	for _, s := range sents {
		if s.usable() {
			out = append(out, s)
		}
	}
	if len(out) <= maxThemeSentences {
		return out
	}
	top := slices.Clone(out)
	slices.SortStableFunc(top, func(x, y *sentence) int { return cmp.Compare(y.score, x.score) })
	top = top[:maxThemeSentences]
	slices.SortFunc(top, func(x, y *sentence) int { return cmp.Compare(x.idx, y.idx) })
	return top
}

package handlers

import (
	"strings"

	"github.com/lectern/lectern/internal/keysentence"
	"github.com/lectern/lectern/internal/lru"
)

// keySentences remembers where the sentence a question or card tests lies
// in its paragraph. Finding it splits the paragraph and every clue into
// words, about a twentieth of the server's CPU under load, for an answer
// that depends only on the texts: the same question's feedback and the
// same card's back ask for it again and again (docs/benchmarks.md, the
// eleventh round). Keyed by the texts themselves, so an edited question or
// paragraph is simply another key; bounded by keySentenceBytes of keys.
type keySentences struct {
	cache *lru.Cache[keySentenceKey, keySentenceHit]
}

type keySentenceKey struct {
	par, explanation, clues string // clues joined by NUL, which text never holds
}

type keySentenceHit struct {
	span      keysentence.Span
	found     bool
	explained bool // the explanation quotes the sentence already
}

// keySentenceBytes bounds the memo by the length of its keys: a few
// thousand questions and cards of a school's courses.
const keySentenceBytes = 4 << 20

func newKeySentences() *keySentences {
	return &keySentences{cache: lru.NewWeighted(keySentenceBytes, func(k keySentenceKey, _ keySentenceHit) int {
		return len(k.par) + len(k.explanation) + len(k.clues) + 64
	})}
}

// find is keysentence.Find and keysentence.Quoted, remembered.
func (m *keySentences) find(par, explanation string, clues []string) keySentenceHit {
	k := keySentenceKey{par: par, explanation: explanation, clues: strings.Join(clues, "\x00")}
	if hit, ok := m.cache.Get(k); ok {
		return hit
	}
	var hit keySentenceHit
	if hit.span, hit.found = keysentence.Find(par, clues...); hit.found {
		hit.explained = keysentence.Quoted(explanation, par[hit.span.Start:hit.span.End])
	}
	m.cache.Add(k, hit)
	return hit
}

package generate

import (
	"strconv"
	"strings"
	"unicode"
)

// reversals pairs words of comparison and change with their opposite, of
// the same part of speech: a statement with
// one put for the other says the reverse of what its sentence says, and a
// reader of the article can tell. A word whose opposite is not plainly
// contradicted (won → lost of a title shared, before → after of a long
// span) or that often does not compare ("grew out of", "fallen leaves") is left
// out.
var reversals = map[string]string{
	"rose": "fell", "fell": "rose",
	"rising": "falling", "falling": "rising",
	"increased": "decreased", "decreased": "increased",
	"increasing": "decreasing", "decreasing": "increasing",
	"higher": "lower", "lower": "higher", "highest": "lowest", "lowest": "highest",
	"larger": "smaller", "smaller": "larger", "largest": "smallest", "smallest": "largest",
	"faster": "slower", "slower": "faster", "fastest": "slowest", "slowest": "fastest",
	"strengthened": "weakened", "weakened": "strengthened",
}

// maxReversals is how many statements a theme reverses at most.
const maxReversals = 2

// reversible finds the one word of comparison or change in a sentence
// that can be reversed, with its byte offsets; ok is false when there is
// none or more than one (which one would the statement contradict?), when
// the sentence denies something, or when the word does not compare here:
// "to lower" is a verb.
func reversible(text string) (start, end int, opposite string, ok bool) {
	from := datelineEnd(text)
	n := 0
	prev := ""
	i := from
	for i < len(text) {
		for i < len(text) && !unicode.IsLetter(rune(text[i])) {
			i++
		}
		j := i
		for j < len(text) && unicode.IsLetter(rune(text[j])) {
			j++
		}
		if i == j {
			break
		}
		w := text[i:j]
		switch strings.ToLower(w) {
		case "no", "not", "never", "nor", "t":
			// A denied comparison ("no longer the largest", "did not
			// rise") reversed is no plain contradiction.
			return 0, 0, "", false
		}
		if opp, hit := reversals[strings.ToLower(w)]; hit {
			n++
			lp := strings.ToLower(prev)
			if lp == "to" || lp == "no" || lp == "any" || lp == "not" {
				return 0, 0, "", false
			}
			// "fell in love", "fell ill", "rose to power": a set phrase,
			// whose reverse is nonsense ("rose in love": set 269, both
			// judges, SWAP-NONSENSE).
			if fixedMovement(strings.ToLower(w), text[j:]) {
				return 0, 0, "", false
			}
			start, end, opposite = i, j, opp
			if unicode.IsUpper(rune(w[0])) {
				opposite = strings.ToUpper(opposite[:1]) + opposite[1:]
			}
		}
		prev = w
		i = j
	}
	return start, end, opposite, n == 1
}

// reversedStatement makes a false statement from a sentence worth asking
// by reversing its one comparison ("prices rose" → "prices fell"): a
// false statement that the article itself plainly contradicts, to balance
// the true statements quoted whole.
func (a *article) reversedStatement(s *sentence) *item {
	if !s.usable() || !selfContained(s) || quotedSpeech(s) || s.nWords > 35 || s.nWords < 10 || s.score < 0.35 {
		return nil
	}
	st, en, opp, ok := reversible(s.text)
	if !ok || !a.reversalPlausible(s, st, en) {
		return nil
	}
	d := datelineEnd(s.text)
	orig := s.text[st:en]
	stmt := agreeArticle(s.text[d:st], opp) + opp + s.text[en:]
	q := falseStatement(s, stmt, orig, opp)
	return &item{sent: s, q: q, answer: orig, rule: "truefalse-swap/comparison", score: 0.45*s.score + 0.2}
}

// reversals drafts up to maxReversals reversed statements from the
// theme's sentences worth asking that no item uses yet, most central
// first.
func (a *article) reversedStatements(worthy []*sentence, perSent map[int]int, used map[string]bool) []item {
	var out []item
	taken := map[int]bool{}
	for len(out) < maxReversals {
		var best *sentence
		var bestIt *item
		for _, s := range worthy {
			if taken[s.idx] || perSent[s.idx] > 0 || used[strconv.Itoa(s.idx)+"|*"] {
				continue
			}
			if best != nil && s.score <= best.score {
				continue
			}
			if it := a.reversedStatement(s); it != nil {
				best, bestIt = s, it
			}
		}
		if bestIt == nil {
			break
		}
		taken[best.idx] = true
		out = append(out, *bestIt)
	}
	return out
}

// agreeArticle is before, the text up to a word put in for another, with
// an indefinite article that ends it made to agree with the new word:
// "An increasing number" reversed is "A decreasing number", not "An
// decreasing"; "a Mesoscale …" swapped is "an Interstate …".
func agreeArticle(before, word string) string {
	t := strings.TrimRight(before, " ")
	sp := before[len(t):]
	k := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	art := t[k:]
	if la := strings.ToLower(art); la != "a" && la != "an" {
		return before
	}
	want := indefinite(word)
	if strings.ToLower(art) == want {
		return before
	}
	if unicode.IsUpper(rune(art[0])) {
		want = strings.ToUpper(want[:1]) + want[1:]
	}
	return t[:k] + want + sp
}

// movementIdioms are the words after "rose" or "fell" (and "rising",
// "falling") that make a set phrase of them rather than a change of
// level: "fell ill", "fell asleep", "fell foul of", "fell short",
// "fell apart", "fell victim", "fell into disrepair", "fell for a
// trick", "rose up", "rose to power", "rising star"; "in" only before
// "love".
var movementIdioms = set(`ill|sick|asleep|silent|quiet|foul|short|apart|victim|victims|prey|flat|behind|into|through|for|off|over|under|upon|out|up|down|away|back|pregnant|vacant|dormant|dark|due|star|stars|tide|damp`)

// fixedMovement reports whether reversal word w, followed by rest, is
// part of a set phrase (movementIdioms), or "rose to power", "rose to
// prominence", "rose to fame", "rose from the dead".
func fixedMovement(w, rest string) bool {
	switch w {
	case "rose", "fell", "rising", "falling":
	default:
		return false
	}
	ws := strings.Fields(strings.ToLower(rest))
	for i := range ws {
		ws[i] = strings.Trim(ws[i], ",.;:!?\"“”‘’()")
	}
	if len(ws) == 0 {
		return false
	}
	if movementIdioms[ws[0]] {
		return true
	}
	if len(ws) > 1 {
		switch ws[0] + " " + ws[1] {
		case "in love", "to power", "to prominence", "to fame", "to the occasion", "to the challenge", "from the", "on deaf", "to pieces", "to bits", "to earth", "to the ground":
			return true
		}
	}
	return false
}

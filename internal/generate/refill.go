package generate

import (
	"fmt"
	"sort"
	"strconv"
)

// A theme keeps its items when a pass after the ranker holds one back.
//
// The ranker proposes each theme's best items, at least minProposed where
// it can (rank.go), and its balance passes refill what they hold back
// (balanceTrueFalse). The passes run after it over the whole article hold
// back more: a repeat of a fact a better item asks (holdFinalRepeats), an
// item that leans on a sentence it cannot quote or repair
// (withLeanContext), the weak true statement of a theme of true
// statements only (fillTrueOnlyThemes, swapTrueOnlyThemes). Without a
// refill, a theme left under minProposed by them proposed fewer items
// although candidates that pass every rule waited among the held-back
// drafts ("Suharto" in the shared economics article, two items proposed
// where its best candidates waited).
//
// lateHolds runs those passes, then, while a theme a pass left under
// minProposed takes another candidate (refillHeld), runs them again over
// what it took: the candidate meets every rule an item first proposed
// meets, and nothing held back comes back in.
func (a *article) lateHolds(items []item, opts Options, trueOnly func([]item)) {
	was := make([]bool, len(items))
	for i := range items {
		was[i] = items[i].proposed
	}
	passes := func() {
		a.holdFinalRepeats(items, opts)
		trueOnly(items)
		a.withLeanContext(items, opts) // lean_context.go
		// earlier_intro.go
		a.withEarlierIntro(items, opts)
		a.withNearBack(items, opts)         // near_back.go
		a.withPointBack(items, opts)        // point_back.go
		a.withUnshownReferents(items, opts) // unshown_referent.go
		a.holdSpecFigures(items, opts)      // spec_trivia.go
		a.holdListTrivia(items, opts)       // list_trivia.go
		a.holdShortFacts(items, opts)       // short_fact.go
		a.holdRecurSwaps(items, opts)       // swap_recur.go
		if !opts.All {
			a.holdCardBlanks(items) // card_blank.go
		}
	}
	passes()
	if opts.All {
		return
	}
	// Each round proposes at least one item more, and an item once
	// proposed here is never a candidate again: the loop ends.
	for a.refillHeld(items, was, opts) {
		passes()
	}
}

// refillHeld proposes, in each theme that a pass after the ranker left
// under minProposed (an item proposed by the ranker is no longer), the
// theme's next candidates best first until it has minProposed or runs
// out. A candidate is an item never proposed, held back by no rule
// (incidental, vague, weak, a repeat, leaning), scored thinFloor or
// more, within the theme's
// maximums of questions and cards, on no sentence or answer a proposed
// question asks, asking no fact a proposed item of the article asks,
// not tipping the theme's true/false share (balanceTrueFalse) and not
// leaving it true statements only. It reports whether any was proposed;
// each one proposed is marked in was, so that no later round takes it
// again.
func (a *article) refillHeld(items []item, was []bool, opts Options) bool {
	var all []*item
	for i := range items {
		if items[i].proposed {
			all = append(all, &items[i])
		}
	}
	took := false
	for lo := 0; lo < len(items); {
		hi := lo + 1
		for hi < len(items) && themeOf(items[hi]) == themeOf(items[lo]) {
			hi++
		}
		seg, segWas := items[lo:hi], was[lo:hi]
		if a.refillTheme(seg, segWas, &all, opts) {
			took = true
		}
		lo = hi
	}
	return took
}

// refillTheme is refillHeld for one theme's items.
func (a *article) refillTheme(seg []item, was []bool, all *[]*item, opts Options) bool {
	lost := false
	var held []string
	n, nq, nc := 0, 0, 0
	asked := map[string]bool{}
	for i := range seg {
		it := &seg[i]
		if was[i] && !it.proposed {
			lost = true
			held = append(held, heldLate(it)+" "+itemText(it))
		}
		if !it.proposed {
			continue
		}
		n++
		if it.q == nil {
			nc++
			continue
		}
		nq++
		asked["s|"+strconv.Itoa(it.sent.idx)] = true
		if it.rule != "truefalse-true" {
			asked["a|"+key(it.answer)] = true
		}
	}
	trace := func(string) {}
	if a.refillTrace != nil && n < minProposed && len(seg) > 0 {
		trace = a.refillTrace
		trace(fmt.Sprintf("theme %s: %d proposed, %d held after the ranker", themeOf(seg[0]), n, len(held)))
		for _, h := range held {
			trace("  held " + h)
		}
	}
	if !lost || n >= minProposed {
		return false
	}
	order := make([]int, 0, len(seg))
	for i := range seg {
		it := &seg[i]
		if was[i] || it.proposed || it.sent == nil {
			continue
		}
		if it.holdBack() || it.repeat || it.leanHeld {
			trace(fmt.Sprintf("  no: %s %.2f %s", it.heldFor(), it.score, itemText(it)))
			continue
		}
		// An item scored under thinFloor is seldom usable (judged 0 as
		// is in 43, "Thin themes filled with weak items" in the docs):
		// the passes that give a theme still under four an item of
		// another kind come after, and choose better.
		if it.score < thinFloor {
			trace(fmt.Sprintf("  no: under-floor %.2f %s", it.score, itemText(it)))
			continue
		}
		order = append(order, i)
	}
	sort.SliceStable(order, func(x, y int) bool { return seg[order[x]].score > seg[order[y]].score })
	took := false
	for _, i := range order {
		if n >= minProposed {
			break
		}
		it := &seg[i]
		no := func(why string) { trace(fmt.Sprintf("  no: %s %.2f %s", why, it.score, itemText(it))) }
		sk := "s|" + strconv.Itoa(it.sent.idx)
		ak := "a|" + key(it.answer)
		if it.c != nil {
			if nc >= opts.MaxCardsPerTheme || asked[sk] {
				no("cards-full-or-sentence-asked")
				continue
			}
		} else if nq >= opts.MaxQuestionsPerTheme || asked[sk] || it.rule != "truefalse-true" && asked[ak] {
			no("questions-full-or-sentence-or-answer-asked")
			continue
		}
		if a.repeatsAny(it, *all) {
			no("repeats-a-proposed-fact")
			continue
		}
		it.proposed = true
		if tf, tr := isTrueFalse(it); tf {
			_, _, t, f, _ := tallyProposed(seg)
			if !fairTrueFalse(t, f) || tr && trueOnly(seg) {
				it.proposed = false
				no("true-false-balance")
				continue
			}
		}
		trace(fmt.Sprintf("  TOOK %.2f %s", it.score, itemText(it)))
		was[i], it.refilled = true, true
		took = true
		*all = append(*all, it)
		n++
		if it.c != nil {
			nc++
			continue
		}
		nq++
		asked[sk] = true
		if it.rule != "truefalse-true" {
			asked[ak] = true
		}
	}
	return took
}

// heldLate names the pass after the ranker that held it back: "repeat"
// (holdFinalRepeats), "context" (withLeanContext) or "true-only" (the
// balance of a theme of true statements only, which flags nothing).
func heldLate(it *item) string {
	switch {
	case it.repeat:
		return "repeat"
	case it.leanHeld:
		return "context"
	case it.cardHeld:
		return "card-blank"
	}
	return "true-only"
}

// itemText is an item's prompt or its card's front and back, for a trace.
func itemText(it *item) string {
	if it.q != nil {
		return it.q.Prompt
	}
	return it.c.Front + " | " + it.c.Back
}

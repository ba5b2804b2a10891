package formats

import (
	"slices"
	"strconv"
	"strings"
)

// Anki cloze deletions: {{c1::text}} or {{c1::text::hint}}, possibly
// nested ({{c1::outer {{c2::inner}}}}) and, in recent Anki, with several
// ordinals ({{c1,2::shared}}). The parser follows Anki's (rslib
// src/cloze.rs): "{{c" digits-or-commas "::" opens a deletion, "}}"
// closes the innermost open one, and the first "::" in a text run directly
// inside a deletion starts its hint. A "}}" outside any deletion is text,
// and a deletion still open at the end is text as written.

// clozeNode is a run of text or a deletion.
type clozeNode struct {
	text     string
	cloze    bool
	opener   string // the "{{c1::" that opened it, for an unclosed one
	ordinals []int
	hint     string
	hasHint  bool
	children []clozeNode
}

// maxClozeDepth bounds nesting, as Anki does.
const maxClozeDepth = 10

// parseClozes splits text into runs of text and deletions.
func parseClozes(text string) []clozeNode {
	var stack []*clozeNode
	var out []clozeNode
	appendNode := func(n clozeNode) {
		if len(stack) > 0 {
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			return
		}
		out = append(out, n)
	}
	appendText := func(s string) {
		if s == "" {
			return
		}
		if len(stack) > 0 {
			top := stack[len(stack)-1]
			if head, tail, ok := strings.Cut(s, "::"); ok {
				s = head
				top.hint, top.hasHint = tail, true
			}
		}
		if s != "" {
			appendNode(clozeNode{text: s})
		}
	}
	for len(text) > 0 {
		i := strings.Index(text, "{{c")
		j := strings.Index(text, "}}")
		if i < 0 && j < 0 {
			appendText(text)
			break
		}
		if i >= 0 && (j < 0 || i < j) {
			if ords, n, ok := clozeOpener(text[i:]); ok {
				appendText(text[:i])
				if len(stack) < maxClozeDepth {
					stack = append(stack, &clozeNode{cloze: true, opener: text[i : i+n], ordinals: ords})
				}
				text = text[i+n:]
				continue
			}
			// "{{c" that opens nothing is text.
			appendText(text[:i+3])
			text = text[i+3:]
			continue
		}
		appendText(text[:j])
		text = text[j+2:]
		if len(stack) == 0 {
			appendNode(clozeNode{text: "}}"})
			continue
		}
		done := *stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		appendNode(done)
	}
	// Deletions left open are text as written.
	for len(stack) > 0 {
		open := *stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		flat := clozeNode{text: open.opener}
		nodes := append([]clozeNode{flat}, open.children...)
		if open.hasHint {
			nodes = append(nodes, clozeNode{text: "::" + open.hint})
		}
		for _, n := range nodes {
			appendNode(n)
		}
	}
	return out
}

// clozeOpener reads "{{c1,2::" at the start of s and returns the ordinals
// it names (0 and repeats dropped) and its length.
func clozeOpener(s string) ([]int, int, bool) {
	rest := s[3:]
	end := strings.Index(rest, "::")
	if end <= 0 {
		return nil, 0, false
	}
	spec := rest[:end]
	if strings.Trim(spec, "0123456789,") != "" || strings.Trim(spec, ",") == "" {
		return nil, 0, false
	}
	var ords []int
	seen := map[int]bool{}
	for p := range strings.SplitSeq(spec, ",") {
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 || n > 10000 || seen[n] {
			continue
		}
		seen[n] = true
		ords = append(ords, n)
	}
	return ords, 3 + end + 2, true
}

// clozeOrdinals returns the card numbers a cloze text makes, in order.
func clozeOrdinals(text string) []int {
	seen := map[int]bool{}
	var walk func([]clozeNode)
	walk = func(ns []clozeNode) {
		for _, n := range ns {
			if n.cloze {
				for _, o := range n.ordinals {
					seen[o] = true
				}
				walk(n.children)
			}
		}
	}
	walk(parseClozes(text))
	var out []int
	for o := range seen {
		out = append(out, o)
	}
	slices.Sort(out)
	return out
}

// revealCloze renders a cloze text for card ord: on the question side the
// deletions numbered ord become "[...]" or "[hint]" and the others show
// their text; on the answer side every deletion shows its text. The result
// is still the field's HTML.
func revealCloze(text string, ord int, question bool) string {
	var b strings.Builder
	var walk func([]clozeNode)
	walk = func(ns []clozeNode) {
		for _, n := range ns {
			if !n.cloze {
				b.WriteString(n.text)
				continue
			}
			active := false
			for _, o := range n.ordinals {
				active = active || o == ord
			}
			if question && active {
				if n.hasHint {
					b.WriteString("[" + n.hint + "]")
				} else {
					b.WriteString("[...]")
				}
				continue
			}
			walk(n.children)
		}
	}
	walk(parseClozes(text))
	return b.String()
}

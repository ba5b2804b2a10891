package progress

// Item is one question or card citing paragraphs, with what the learner
// knows of it: for a question, 1 if their latest answer was right and 0
// if not; for a card, the probability that they recall it now. An item
// they have not met is not Studied.
type Item struct {
	Paragraphs []int
	Studied    bool
	Known      float64
	Card       bool
	Due        bool // a card due for review now
}

// Paragraph is what a learner knows of one paragraph, from the items
// citing it.
type Paragraph struct {
	Questions, Cards int // citing items, studied or not
	Answered, Right  int // questions answered, and answered right the last time
	Reviewed         int // cards reviewed
	Due              int // cards due for review now
	// Recalled counts the reviewed cards not due now, and Recall sums
	// their chance of recall: a card due is listed as due, never with a
	// chance of recall that would read against it.
	Recalled int
	Recall   float64
	known    float64
}

// Studied reports whether the learner has met any item citing the paragraph.
func (p Paragraph) Studied() bool { return p.Answered+p.Reviewed > 0 }

// Percent is what the learner knows of the paragraph, 0 to 100: the mean
// over the studied items citing it.
func (p Paragraph) Percent() int {
	n := p.Answered + p.Reviewed
	if n == 0 {
		return 0
	}
	return int(p.known/float64(n)*100 + 0.5)
}

// RecallPercent is the mean recall probability of the reviewed cards not
// due now, 0 to 100.
func (p Paragraph) RecallPercent() int {
	if p.Recalled == 0 {
		return 0
	}
	return int(p.Recall/float64(p.Recalled)*100 + 0.5)
}

// ByParagraph sums up items per paragraph number; an item citing a
// paragraph twice counts once.
func ByParagraph(items []Item) map[int]Paragraph {
	out := map[int]Paragraph{}
	for _, it := range items {
		seen := map[int]bool{}
		for _, n := range it.Paragraphs {
			if seen[n] {
				continue
			}
			seen[n] = true
			p := out[n]
			if it.Card {
				p.Cards++
				if it.Due {
					p.Due++
				}
				if it.Studied {
					p.Reviewed++
					if !it.Due {
						p.Recalled++
						p.Recall += it.Known
					}
					p.known += it.Known
				}
			} else {
				p.Questions++
				if it.Studied {
					p.Answered++
					p.known += it.Known
					if it.Known >= 1 {
						p.Right++
					}
				}
			}
			out[n] = p
		}
	}
	return out
}

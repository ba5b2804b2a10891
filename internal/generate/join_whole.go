package generate

import "strings"

// A thin opening and a bare neighbour that are the whole report. A
// student-vote report of 576 words was cut into an opening of three
// items under a phrase of its own and a last theme titled by a stock
// phrase of a campaign ("Election Chances", judged bad by both judges:
// the paragraphs are on registering students and the seats aimed at).
// joinBareNeighbour would have joined them but for openingHeadline,
// which titles an opening and so refuses a theme of every paragraph.
// Joined, the two are the report quizzed as one theme, which takes the
// headline as every single-theme short report does (forty-three
// judged, all titles good).

// wholeHeadline is the headline where it may title a theme of every
// paragraph of a short report, joined from an opening and its bare
// neighbour: the terms of openingHeadline but for the theme's length;
// else "".
func (a *article) wholeHeadline(g []int, used map[string]bool) string {
	if len(g) != len(a.paras) || len(g) < 2 {
		return ""
	}
	h := a.headline
	if h == "" || used[strings.ToLower(h)] || !titleShaped(h) || !sentenceHeadline(h) || a.headlineProspectOnly() {
		return ""
	}
	if a.words(allParas(len(a.paras))) > reportMaxWords {
		return ""
	}
	return h
}

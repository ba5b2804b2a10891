package generate

import "testing"

// The close of a column on broadband was titled "Daily Lives", said in
// two of its sentences, where four say "broadband" and two "broadband in
// the UK": the noun in a place titles it. A title whose head word the
// sentences say as often stays, and one sentence's "broadband in the UK"
// titles nothing.
func TestPlaceTopicTitle(t *testing.T) {
	x := analyseText(t, "It is part of the process of adaptation, and it is a vital step in the growth of broadband in the UK and elsewhere. "+
		"People who have integrated net access into their daily lives tell their friends about it, and show off the cool stuff they can do. "+
		"They encourage other people to get broadband so that they can share digital photos and do all of the other things that need fast and reliable connectivity.\n\n"+
		"Of course, broadband in the UK is laughably slow compared to other parts of the world. "+
		"But speed is only a small part of the attraction of broadband, and when it comes to checking websites for film times, looking at weather forecasts, or all of the other small things that make a real difference to the routines and habits of our daily lives, even UK speeds are sufficient.")
	g := []int{1, 2}
	if got, want := x.placeTopicTitle(g, "Daily Lives", map[string]bool{}), "Broadband in the UK"; got != want {
		t.Errorf("placeTopicTitle(Daily Lives) = %q, want %q", got, want)
	}
	if got := x.placeTopicTitle(g, "Fast Broadband", map[string]bool{}); got != "Fast Broadband" {
		t.Errorf("placeTopicTitle(Fast Broadband) = %q", got)
	}
	if got := x.placeTopicTitle(g, "Daily Lives", map[string]bool{"broadband in the uk": true}); got != "Daily Lives" {
		t.Errorf("placeTopicTitle with the phrase used = %q", got)
	}
	if got := x.placeTopicTitle([]int{2}, "Daily Lives", map[string]bool{}); got != "Daily Lives" {
		t.Errorf("placeTopicTitle of one sentence's phrase = %q", got)
	}
}

package generate

import (
	"strings"
	"testing"
)

// The opening theme of a column (its standfirst, the writer working
// anywhere, a friend's broken connection) was titled "Cable Modem", the
// modem of its third paragraph alone: it takes the headline. A title
// whose head word is in two of the opening's paragraphs ("Network
// Connection") stays, and so does every title without a given headline.
func TestOpeningTitleOfOneParagraphTakesHeadline(t *testing.T) {
	x := bylineColumnBody(t)
	g := []int{1, 2, 3}
	x.headline = "Learning to love broadband"
	if got := x.openingTitle(g, "Cable Modem", map[string]bool{}); got != "Learning to love broadband" {
		t.Errorf("openingTitle(Cable Modem) = %q, want the headline", got)
	}
	if got := x.openingTitle(g, "Network Connection", map[string]bool{}); got != "Network Connection" {
		t.Errorf("openingTitle(Network Connection) = %q", got)
	}
	if got := x.openingTitle(g[:2], "Office", map[string]bool{}); got != "Office" {
		t.Errorf("openingTitle of two paragraphs = %q", got)
	}
	x.headline = ""
	if got := x.openingTitle(g, "Cable Modem", map[string]bool{}); got != "Cable Modem" {
		t.Errorf("openingTitle without a headline = %q", got)
	}
}

// A feature's opening on podcasting was titled "Apple", of the "Apple
// iPod" that two of its nine sentences name: a one-word name of a detail
// gives way to the headline.
func TestOpeningTitleOfPassingNameTakesHeadline(t *testing.T) {
	x := analyseText(t, "An Apple iPod or other digital music players can hold anything up to 10,000 songs, which is a lot of space to fill.\n\n"+
		"But more and more iPod owners are filling that space with audio content created by an unpredictable assortment of producers. "+
		"It is called \"podcasting\" and its strongest proponent is former MTV host and VJ (video jockey) Adam Curry. "+
		"Podcasting takes its name from the Apple iPod, although you do not need an iPod to create one or to listen to a podcast.\n\n"+
		"A podcast is basically an internet based radio show which podcasters create, usually in the comfort of their own home. "+
		"They need only a microphone, a PC, and some editing software. "+
		"They then upload their shows to the internet and others can download and listen to them, all for free. "+
		"The latest MP3 files of shows can then be picked up by a music playing device automatically. "+
		"Listeners can subscribe to podcasts collected automatically in a bit of software.")
	x.headline = "Podcasts mark rise of DIY radio"
	if got := x.openingTitle([]int{1, 2, 3}, "Apple", map[string]bool{}); got != x.headline {
		t.Errorf("openingTitle(Apple) = %q, want the headline", got)
	}
}

// bylineColumnBody is the byline column analysed without its heading, as
// the generator reads an article once its headline is taken off.
func bylineColumnBody(t *testing.T) *article {
	t.Helper()
	_, body, ok := strings.Cut(bylineColumn, "\n\n")
	if !ok {
		t.Fatal("no heading")
	}
	return analyseText(t, body)
}

package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// An age group's bound is not swapped for another figure of the article
// ("the over-98s", the 98 a test score: set 94, both judges).
func TestAgeGroupFigure(t *testing.T) {
	a := analyseText(t, "With large screens and simple, touch-based interfaces, tablets are being credited with a jump in internet access among the over-65s. "+
		"Among 6- to 7-year-olds, the average DQ score was 98, higher than for those aged between 45 and 49. "+
		"Television viewing among 16- to 24-year-olds has been dipping each year since 2010. "+
		"The survey asked 2,000 adults about 65 different devices.")
	for _, c := range []struct {
		sub, num string
		want     bool
	}{
		{"over-65s", "65", true},
		{"Among 6- to", "6", true},
		{"Among 6- to", "98", false},
		{"16- to 24", "16", true},
		{"about 65 different", "65", false},
		{"about 65 different", "2,000", false},
	} {
		s := sentenceWith(t, a, c.sub)
		if got := ageGroupFigure(s, spanOfSent(t, s, c.num)); got != c.want {
			t.Errorf("ageGroupFigure(%q in %q) = %v, want %v", c.num, s.text, got, c.want)
		}
	}
}

// A place that modifies the noun after it is no blank ("forage up _____
// west coast" for "the US": set 94, both judges); a place followed by a
// time or a verb is.
func TestPlaceModifierBlank(t *testing.T) {
	a := analyseText(t, "A population of just 84 killer whales forage up the US west coast and into Puget Sound. "+
		"The whales were seen in the US last week. "+
		"Researchers in Canada found the noise doubled. "+
		"Ships leaving Seattle travel north.")
	for _, c := range []struct {
		sub, place string
		want       bool
	}{
		{"west coast", "US", true},
		{"last week", "US", false},
		{"Researchers in Canada", "Canada", false},
		{"Ships leaving", "Seattle", false},
	} {
		s := sentenceWith(t, a, c.sub)
		if got := placeModifierBlank(s, spanOfSent(t, s, c.place)); got != c.want {
			t.Errorf("placeModifierBlank(%q in %q) = %v, want %v", c.place, s.text, got, c.want)
		}
	}
}

// A superlative change with nothing it ranks among leans on the
// paragraphs before ("The most remarkable change is in time spent
// talking on the phone": set 94, both judges, CONTEXT).
func TestSuperlativeChangeOpening(t *testing.T) {
	a := analyseText(t, "Children communicate differently from earlier generations. The most remarkable change is in time spent talking on the phone. "+
		"The biggest rise was in Spain. The largest increase in prices came in May. The most remarkable thing about the mirror is its cost. "+
		"The biggest change since 2010 is the tablet.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"most remarkable change", true},
		{"biggest rise", true},
		{"largest increase in prices", false},
		{"remarkable thing", false},
		{"biggest change since", false},
	} {
		s := sentenceWith(t, a, c.sub)
		if got := superlativeChangeOpening(s); got != c.want {
			t.Errorf("superlativeChangeOpening(%q) = %v, want %v", s.text, got, c.want)
		}
		if c.want && !a.leansBack(s) {
			t.Errorf("leansBack(%q) = false", s.text)
		}
	}
}

// No short answer asks for one member of a list (set 94, both judges:
// "other services could fit the blank"), and no blank covers a place
// that modifies a noun.
func TestListAndModifierBlanksDrafted(t *testing.T) {
	text := strings.Repeat("Ofcom studied how children use media in Britain. ", 1) +
		"Among 6- to 7-year-olds, who have grown up with YouTube, Spotify music streaming and online television, the average DQ score was 98.\n\n" +
		"A population of just 84 killer whales forage up the US west coast and into Puget Sound. Noise from ships in Puget Sound doubled between 2011 and 2013.\n\n" +
		"Researchers in Seattle recorded the ships for two years. The ships sailed from Canada and the US to Asia."
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range append(res.Drafts, res.Held...) {
		if q := d.Question; q != nil {
			n++
			if q.Type == quiz.Short && (strings.Contains(q.Prompt, "_____, Spotify") || strings.Contains(q.Prompt, "_____ west coast")) {
				t.Errorf("drafted %q", q.Prompt)
			}
		}
		if k := d.Card; k != nil {
			n++
			if strings.Contains(k.Front, "_____ west coast") {
				t.Errorf("drafted card %q", k.Front)
			}
		}
	}
	if n == 0 {
		t.Fatal("no drafts at all")
	}
}

// No false statement moves an age group's bound to another figure of the
// article ("among the over-98s", the 98 a test score: set 94).
func TestAgeGroupNotSwapped(t *testing.T) {
	x, tr := articleFalseTheme(t,
		"Among 6- to 7-year-olds, the average DQ score was 98, the highest of any age group in the study.",
		"Young adults read more news online than any other group in the study. Younger people are moving away from live television to streaming services. The over-65s still watch the most television.",
		"With large screens and simple, touch-based interfaces, tablets are being credited with a jump in internet access among the over-65s.",
	)
	items := articleFalseRun(x, []item{tr(1, 0.8), tr(2, 0.7), tr(3, 0.6)})
	for _, it := range items {
		if strings.Contains(it.q.Prompt, "over-") && !strings.Contains(it.q.Prompt, "over-65s") {
			t.Errorf("drafted %q (%s)", it.q.Prompt, it.rule)
		}
	}
}

// A people's occasion names the course, not the person who spoke on it:
// "Scottish Independence Referendum", not "Cameron's Independence
// Referendum" (set 94, both judges: "misleading"); and a body said once
// "at" is no place to set a topic in ("Adults in Ofcom").
func TestCourseTitlesOfSet94(t *testing.T) {
	a := analyseText(t, "David Cameron has declared a “clear result” in the Scottish independence referendum after Scotland voted by a 10.6-point margin against ending the union.\n\n"+
		"The prime minister promised a devolution revolution, as he welcomed Scotland’s decision to remain inside the UK. Cameron said in a statement that the referendum had settled the question.\n\n"+
		"Alex Salmond, Scotland’s first minister, remained defiant after the referendum. He said Scotland would hold Westminster to its promises.\n\n"+
		"Ministers believe it is important to move quickly to avoid a repeat of the referendum in Quebec. Cameron told his cabinet that the referendum would not be repeated.\n\n"+
		"Turnout in the referendum was the highest in any British election for decades.")
	if got := a.courseTitle(); got != "Scottish Independence Referendum" {
		t.Errorf("courseTitle = %q, want \"Scottish Independence Referendum\"", got)
	}
	b := analyseText(t, "The advent of broadband has created a generation of digital natives, Ofcom says in its annual study of British consumers.\n\n"+
		"“Children are learning to use devices before they can talk,” said Jane Rumble, Ofcom’s media research head.\n\n"+
		"Adults over 65 are buying tablets. Adults aged 16 to 24 watch less live television. Adults now spend more time on devices than asleep.\n\n"+
		"“In the last three years, adults have changed how they watch,” said James Thickett, Research Director at Ofcom.\n\n"+
		"Adults in every age group watched less television last year.")
	if b.saidAsPlace(b.byKey["ofcom"]) {
		t.Errorf("Ofcom, once after \"at\" and twice as a body, read as a place")
	}
	c := analyseText(t, "Vultures are circling over Lima. In Lima, rubbish ends up in illegal dumps. Lima’s mayor welcomed the scheme.")
	if !c.saidAsPlace(c.byKey["lima"]) {
		t.Errorf("Lima, twice after \"in\" and once as an owner, not read as a place")
	}
}

// A named person's short praise or recollection is incidental (sets 88,
// 89 and 92: rejected as trivia by both judges); a reaction inside a
// longer sentence, or a claim, is not.
func TestOutsideReaction(t *testing.T) {
	a := analyseText(t, "Scientists have built a map of where the brain stores the meanings of words.\n\n"+
		"Uri Hasson, a neuroscientist at Princeton University, praised the work. "+
		"Alan Stern, the mission’s principal investigator, described the images as a “home run” for the team. "+
		"Peter Fincham, ITV’s director of television, recalls the moment when Highclere was booked. "+
		"David Cameron promised a devolution revolution across Great Britain, as he welcomed Scotland’s decision to remain inside the UK. "+
		"Ed Miliband, the Labour leader, said the referendum was a vote from the Scottish people for change.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"praised the work", true},
		{"home run", true},
		{"recalls the moment", true},
		{"devolution revolution", false},
		{"Labour leader", false},
	} {
		s := sentenceWith(t, a, c.sub)
		if got := a.incidentalSentence(s); got != c.want {
			t.Errorf("incidentalSentence(%q) = %v, want %v", s.text, got, c.want)
		}
	}
}

package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

const podsText = "Carmakers at the Geneva Motor Show have unveiled small robotic vehicles that they say could change how people travel in crowded cities.\n\n" +
	"Honda displayed the Puyo unit, a one-person pod built around a soft gel body. " +
	"The pod can drive itself at walking pace and can link up with other pods to travel in a convoy.\n\n" +
	"The car of the future, though, may look rather different. " +
	"Engineers at the show argued that sensors and software matter more than styling. " +
	"Mr Tanaka, a designer at Honda, said the pods would talk to each other to avoid collisions.\n\n" +
	"A pilot scheme in Osaka will test 200 pods on closed roads next spring. " +
	"Critics, meanwhile, say the pods do little to cut congestion in busy city centres."

// TestSceneSettingNoStatement: a sentence that turns on a dangling
// "though" or "meanwhile" and holds no figure and no name gives no true
// or false statement.
func TestSceneSettingNoStatement(t *testing.T) {
	res, err := Generate(podsText, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if d.Question == nil || d.Question.Type != quiz.TrueFalse {
			continue
		}
		if strings.Contains(d.Sentence, "car of the future") || strings.Contains(d.Sentence, "Critics, meanwhile") {
			t.Errorf("statement on a scene-setting sentence: %s %s", d.Rule, promptOf(d))
		}
	}
}

// TestSceneSettingKeepsFacts: a connective in a sentence with a figure or
// a name leaves the sentence a statement.
func TestSceneSettingKeepsFacts(t *testing.T) {
	x := analyseText(t, "The baht held steady for a decade.\n\n"+
		"In 1996, however, the current account deficit of the country rose sharply.\n\n"+
		"Its popularity, however, was a mixed blessing for Douglass, who feared recapture.\n\n"+
		"The car of the future, though, may look rather different.\n\n"+
		"Ministers will appeal against the ruling, however.")
	for sub, want := range map[string]bool{
		"In 1996, however":      false,
		"Its popularity":        false,
		"The car of the future": true,
		"Ministers will appeal": true,
	} {
		if got := sceneSetting(sentenceWith(t, x, sub)); got != want {
			t.Errorf("sceneSetting(%q) = %v; want %v", sub, got, want)
		}
	}
}

// TestTopicTurnOpener: a sentence opening on "Speaking of …," or "That
// said," turns from the sentences before and is not asked alone.
func TestTopicTurnOpener(t *testing.T) {
	x := analyseText(t, "The game's sound is its best feature, and fans have praised it.\n\n"+
		"Speaking of sound, the game is a fine showcase for the film's famous music and effects.\n\n"+
		"That said, it is still great fun to fly a fighter over the ice planet in the final level.\n\n"+
		"The game sold 2 million copies in its first month on sale in Europe and the US.")
	for sub, want := range map[string]bool{
		"Speaking of sound": false,
		"That said":         false,
		"sold 2 million":    true,
	} {
		if got := selfContained(sentenceWith(t, x, sub)); got != want {
			t.Errorf("selfContained(%q) = %v; want %v", sub, got, want)
		}
	}
}

// TestHookOpening: a feature's opening scene, a fronted phrase or clause
// with no name but a place's and no figure, carries no item; a news
// lead that names who or opens on its subject does.
func TestHookOpening(t *testing.T) {
	for _, c := range []struct {
		lead string
		hook bool
	}{
		{"When two fishermen noticed a battered canoe drifting off a quiet Pacific reef, they rowed out to take a look.", true},
		{"Every evening, as the heat over Cairo begins to fade, a group of neighbours meets by the river.", true},
		{"In kitchens and canteens across the land, porridge and toast have long been part of the British breakfast.", true},
		{"As soon as the pupils at one school in Perth hear the bell, they leave their desks and run round the field.", true},
		{"As the river rose, Perth City Council closed the Tay bridge to traffic.", false},
		{"A regional trade pact to cut tariffs on Kenyan flowers is facing a legal challenge from growers.", false},
		{"Until the very end, Marie Curie kept working in her laboratory.", false},
		{"In 2019, a cup of coffee cost twice as much in Oslo as in Lisbon.", false},
		{"According to the survey, people in Britain are eating less bread.", false},
	} {
		text := c.lead + " The rest of the report follows, with its figures.\n\nA second paragraph gives the detail of the survey and what it found."
		x := analyseText(t, text)
		s := x.sents[0]
		if got := hookOpening(s); got != c.hook {
			t.Errorf("hookOpening(%q) = %v, want %v", s.text, got, c.hook)
		}
		if c.hook && s.usable() {
			t.Errorf("%q is usable; an opening scene should carry no item", s.text)
		}
		// Only the article's first sentence opens it.
		y := analyseText(t, "The report follows the survey published this week.\n\n"+c.lead)
		if hookOpening(y.sents[1]) {
			t.Errorf("hookOpening on a later sentence: %q", y.sents[1].text)
		}
	}
}

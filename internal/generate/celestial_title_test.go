package generate

import (
	"strings"
	"testing"
)

// A headline-less report whose subject is a planet is not titled "… in
// Mars": a planet takes its topic as a compound ("Mars Mission").
func TestCelestialSubjectTitle(t *testing.T) {
	text := "For decades Mars was little more than a red dot in the telescopes of amateur astronomers, but on Monday the Mira mission sent back the first clear pictures of its southern ice cap.\n\n" +
		"The mission, launched from French Guiana in 2019, reached Mars after a journey of seven months and has been circling the planet since March.\n\n" +
		"Scientists on the mission said the images of Mars showed layers of dust and ice laid down over millions of years, and deep valleys cut by ancient floods.\n\n" +
		"The mission will now lower its orbit to map the ice cap of Mars in greater detail, and its engineers hope to keep it working until 2030.\n\n" +
		"Mars has been visited by more than a dozen spacecraft, but few have studied its poles, which hold most of the water left on Mars.\n\n" +
		"The team plans to publish its first findings on the ice of Mars next spring, when the mission will also begin to measure the planet's thin atmosphere."
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	title := res.Course.Course.Title
	if strings.Contains(title, " in Mars") || strings.Contains(title, " In Mars") {
		t.Errorf("course title %q puts its topic in a planet", title)
	}
	if !strings.Contains(title, "Mars") {
		t.Errorf("course title %q does not name the planet the report keeps coming back to", title)
	}
	t.Logf("course title %q", title)
}

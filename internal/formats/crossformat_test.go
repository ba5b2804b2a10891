package formats

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzGIFTToMoodleXML: what is read from GIFT, written as Moodle XML and
// read back, is the same questions.
func FuzzGIFTToMoodleXML(f *testing.F) {
	for _, s := range []string{
		"Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
		"Grant is {~buried =entombed ~living} in Grant's tomb.",
		"::t::[html]<p>Q</p>{=[plain]a#fb ~%50%b ~%-50%c####gen}",
		"A{T#w#r}\n\nB{FALSE}\n\nC{=x =%50%y}\n\nD{#3:1}\n\nE{#1..5 =%50%2}\n\nF{=a->b =c->d = -> e}",
		"$CATEGORY: $course$/top/Unit 1\n\n// [id:x-1]\nQ\\: \\{a\\} \\\\ \\n{~%100%a ~b}",
		"N{#=%100%3:2 =%50%3:5 ~%0%*#feedback}", "Which city lies on the Volga? {=Kazan ~%100%Samara}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if strings.ContainsFunc(in, func(r rune) bool {
			return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
		}) {
			return // characters XML 1.0 cannot hold at all
		}
		res, err := ParseGIFT(strings.NewReader(in), Options{})
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteMoodleXML(&buf, res.Questions); err != nil {
			t.Fatalf("writing what GIFT gave as Moodle XML: %v", err)
		}
		again, err := ParseMoodleXML(&buf, Options{})
		if err != nil {
			t.Fatalf("re-reading written XML: %v\n%s", err, buf.String())
		}
		if !reflect.DeepEqual(xmlHeld(again.Questions), xmlHeld(res.Questions)) {
			t.Fatalf("GIFT to Moodle XML changed questions:\n got %+v\nwant %+v\n%s", again.Questions, res.Questions, buf.String())
		}
	})
}

package quizzes

import (
	"reflect"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// FuzzDecode: any bytes given as a question-set JSON file give a course or
// an error, never a panic; a course that validates is written and read
// back the same, and still validates.
func FuzzDecode(f *testing.F) {
	first, err := files.ReadFile("china-russia.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(first)
	for _, s := range []string{
		`{"version":1,"slug":"c","title":"C","themes":[{"slug":"t","title":"T","paragraphs":[0]}],"questions":[{"id":"q","theme":"t","type":"single","prompt":"P?","options":[{"text":"a","correct":true},{"text":"b"}]}]}`,
		`{"slug":"c","title":"C","questions":[{"id":"q","type":"short","prompt":"P","answers":["x"],"marked":[{"text":"y","fraction":0.5}]}]}`,
		`{"slug":"c","title":"C","questions":[{"id":"n","type":"numeric","prompt":"P","numeric":[{"value":1,"tolerance":2},{"value":0,"any":true}]}]}`,
		`{"version":99}`, `{"slug":1}`, `{} {}`, `{"unknown":true}`, `[`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Decode(data)
		if err != nil {
			return
		}
		if quiz.Validate(c) != nil {
			return
		}
		out, err := Encode(c)
		if err != nil {
			t.Fatalf("encoding a valid course: %v", err)
		}
		again, err := Decode(out)
		if err != nil {
			t.Fatalf("reading back what was written: %v\n%s", err, out)
		}
		if err := quiz.Validate(again); err != nil {
			t.Fatalf("what was written no longer validates: %v\n%s", err, out)
		}
		c.Version = quiz.FormatVersion
		if !reflect.DeepEqual(again, c) {
			t.Fatalf("round trip changed the course:\n got %+v\nwant %+v", again, c)
		}
	})
}

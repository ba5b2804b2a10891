package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixturePath is a file of the import fixtures shared beside the clone;
// the test skips where they are missing, and fails under CI=true.
func fixturePath(t *testing.T, rel string) string {
	t.Helper()
	dir := os.Getenv("LECTERN_FIXTURES")
	if dir == "" {
		dir = "../../../shared/fixtures/import"
	}
	path := filepath.Join(dir, rel)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skipf("import fixture not found (set LECTERN_FIXTURES): %v", err)
	}
	return path
}

// lectern import names a Moodle question held back for the audio it lost,
// with its line; importing the file again says it is all in the course,
// and a file that is partly new imports the new part and lists the rest.
func TestImportHeldAndDuplicatesOutput(t *testing.T) {
	greeting := fixturePath(t, "moodle-xml/multichoice.xml")
	db := freshDB(t)
	out, errs, err := lectern(t, db, nil, "import", greeting, "--course", "china-russia", "--theme", "energy", "--publish")
	if err != nil {
		t.Fatalf("import: %v\n%s", err, errs)
	}
	for _, w := range []string{
		`(kept a draft): 1 question(s)`,
		"Held as a draft, for you to check and publish, 1 question(s):",
		`line 12 (question "Greeting"): its text depends on audio "bonjour.mp3", which Lectern leaves out`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output does not say %q:\n%s", w, out)
		}
	}
	before, _ := courseState(t, db, "china-russia")

	_, _, err = lectern(t, db, nil, "import", greeting, "--course", "china-russia", "--theme", "energy")
	if err == nil || !strings.Contains(err.Error(), "everything in this file is already in this course (1 question)") ||
		!strings.Contains(err.Error(), `line 12: "Listen to this greeting:`) {
		t.Errorf("the same file again: %v", err)
	}
	if after, _ := courseState(t, db, "china-russia"); len(after.Questions) != len(before.Questions) {
		t.Error("a refused import wrote questions")
	}

	data, err := os.ReadFile(greeting)
	if err != nil {
		t.Fatal(err)
	}
	more := strings.Replace(string(data), "</quiz>", `<question type="truefalse"><name><text>pipeline</text></name>
<questiontext format="plain_text"><text>The pipeline carries gas east.</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
</quiz>`, 1)
	out, errs, err = lectern(t, db, nil, "import", writeFile(t, t.TempDir(), "more.xml", more), "--course", "china-russia", "--theme", "energy")
	if err != nil {
		t.Fatalf("import: %v\n%s", err, errs)
	}
	if !strings.Contains(out, "1 question(s): 1 truefalse") || !strings.Contains(out, "Skipped 1 question(s) and 0 written card(s) already in this course:") ||
		!strings.Contains(out, `line 12: "Listen to this greeting:`) {
		t.Errorf("output:\n%s", out)
	}
}

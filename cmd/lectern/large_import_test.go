package main

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
	"github.com/lectern/lectern/quizzes"
)

// bulkGIFT returns a GIFT file of n true-or-false questions, and after
// them the extra text.
func bulkGIFT(n int, extra string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "::bulk-%d:: Statement number %d about energy is true. {T}\n\n", i+1, i+1)
	}
	return b.String() + extra
}

// lectern import refuses a file of more items than the limit, and a large
// file whose last question repeats the prompt of its first; neither writes
// anything.
func TestImportLargeFilesWholeOrNothing(t *testing.T) {
	db := freshDB(t)
	before, beforeCourse := courseState(t, db, "china-russia")
	dir := t.TempDir()

	tooMany := writeFile(t, dir, "too-many.gift", bulkGIFT(quiz.MaxImportItems+1, ""))
	_, _, err := lectern(t, db, nil, "import", tooMany, "--course", "china-russia", "--theme", "energy", "--publish")
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("holds %d questions", quiz.MaxImportItems+1)) ||
		!strings.Contains(err.Error(), fmt.Sprintf("at most %d", quiz.MaxImportItems)) {
		t.Errorf("a file over the limit: %v", err)
	}

	// The last question repeats the prompt of the file's first.
	repeat := "::last:: Statement number 1 about energy is true. {T}\n"
	failing := writeFile(t, dir, "failing.gift", bulkGIFT(quiz.MaxImportItems-1, repeat))
	_, _, err = lectern(t, db, nil, "import", failing, "--course", "china-russia", "--theme", "energy", "--publish")
	if err == nil || !strings.Contains(err.Error(), "repeats the prompt") {
		t.Errorf("a file repeating a prompt: %v", err)
	}

	after, afterCourse := courseState(t, db, "china-russia")
	if !reflect.DeepEqual(before, after) || !reflect.DeepEqual(beforeCourse, afterCourse) {
		t.Error("a refused import changed the course")
	}
}

// A question-set JSON file that would create a whole course is held to the
// same limit: over it, no course is created.
func TestImportWholeCourseOverTheLimit(t *testing.T) {
	db := freshDB(t)
	c := quiztest.Course()
	q := c.Questions[2] // true or false
	for i := len(c.Questions); i <= quiz.MaxImportItems; i++ {
		q.ID, q.Prompt = fmt.Sprintf("bulk-%d", i), fmt.Sprintf("Statement number %d about the Danube is false.", i)
		c.Questions = append(c.Questions, q)
	}
	data, err := quizzes.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	if err := quiz.Validate(c); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, t.TempDir(), "rivers.json", string(data))
	_, _, err = lectern(t, db, nil, "import", path)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("at most %d", quiz.MaxImportItems)) {
		t.Fatalf("a course of %d questions: %v", len(c.Questions), err)
	}
	s, err := store.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.FindCourse(t.Context(), "rivers"); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("the course was created: %v", err)
	}
}

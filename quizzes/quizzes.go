// Package quizzes holds Lectern's built-in course content, embedded in the
// binary: each course is a question-set JSON file (docs/question-format.md)
// beside the article it was written from.
package quizzes

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

//go:embed *.json *.txt
var files embed.FS

// Decode reads a course in the question-set JSON format, refusing unknown
// fields so that a misspelt field is an error rather than lost content. It
// does not validate the course; call quiz.Validate for that.
func Decode(data []byte) (*quiz.Course, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c quiz.Course
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("question-set JSON: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("question-set JSON: unexpected data after the course")
	}
	if c.Version > quiz.FormatVersion {
		return nil, fmt.Errorf("question-set JSON: format version %d is newer than this Lectern understands (%d)", c.Version, quiz.FormatVersion)
	}
	return &c, nil
}

// Builtin returns the built-in courses, sorted by slug, each validated. A
// built-in course is a pair of files: SLUG.txt, the article, and SLUG.json,
// the course.
func Builtin() ([]*quiz.Course, error) {
	articles, err := fs.Glob(files, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(articles)
	var out []*quiz.Course
	for _, article := range articles {
		name := strings.TrimSuffix(article, ".txt") + ".json"
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		c, err := Decode(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if err := quiz.Validate(c); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// Article returns the verbatim article text a built-in course was written
// from.
func Article(slug string) (string, error) {
	b, err := files.ReadFile(slug + ".txt")
	if err != nil {
		return "", fmt.Errorf("quizzes: no article for course %q", slug)
	}
	return string(b), nil
}

// Encode writes a course in the question-set JSON format, indented, with
// the format version set.
func Encode(c *quiz.Course) ([]byte, error) {
	cc := *c
	cc.Version = quiz.FormatVersion
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&cc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

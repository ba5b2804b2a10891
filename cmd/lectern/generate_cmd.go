package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/lectern/lectern/internal/generate"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

// generateCommand runs `lectern generate ARTICLE [--title T] [--json]`: it
// drafts themes, questions and cards from an article and prints them,
// writing nothing. Without --json it prints a readable summary with each
// item's source sentence.
func generateCommand(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	title := fs.String("title", "", "the course's title (default: the article's heading, or its strongest key phrase)")
	asJSON := fs.Bool("json", false, "print the drafts in the question-set JSON format")
	maxSize, err := maxSizeFlag(fs, getenv)
	if err != nil {
		return err
	}
	var file string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil
			}
			return err
		}
		args = fs.Args()
		if len(args) > 0 {
			if file != "" {
				return errors.New("generate: give one article")
			}
			file, args = args[0], args[1:]
		}
	}
	if file == "" {
		return errors.New("generate: usage: lectern generate ARTICLE [--title T] [--json]")
	}
	data, err := readLimited(file, *maxSize)
	if err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	res, err := generate.Generate(string(data), generate.Options{Title: *title})
	if err != nil {
		return fmt.Errorf("generate %s: %s", file, quiz.MessageOf(err))
	}
	if *asJSON {
		out, err := quizzes.Encode(res.Course)
		if err != nil {
			return err
		}
		_, err = stdout.Write(out)
		return err
	}
	c := res.Course
	fmt.Fprintf(stdout, "%s: %d paragraphs, %d themes, %d questions, %d cards (drafts; nothing written)\n",
		c.Course.Title, len(c.Paragraphs), len(c.Themes), len(c.Questions), len(c.Cards))
	for _, t := range c.Themes {
		fmt.Fprintf(stdout, "\n## %s (¶ %s)\n", t.Title, strings.Trim(strings.Join(strings.Fields(fmt.Sprint(t.Paragraphs)), ", "), "[]"))
		for _, d := range res.Drafts {
			if d.Theme != t.Slug {
				continue
			}
			switch {
			case d.Question != nil:
				fmt.Fprintf(stdout, "- [%s] %s\n    answer: %s\n    from ¶%d: %s\n", d.Question.Type, d.Question.Prompt,
					strings.Join(quiz.CorrectText(*d.Question), "; "), d.Paragraph, d.Sentence)
			case d.Card != nil:
				fmt.Fprintf(stdout, "- [card] %s\n    back: %s\n", d.Card.Front, d.Card.Back)
			}
		}
	}
	return nil
}

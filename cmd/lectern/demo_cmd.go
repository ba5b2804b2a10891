package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"time"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/demo"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// demoCommand fills a database with a synthetic school on its first
// course: lectern demo -db FILE --learners N --responses M --reviews R.
func demoCommand(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "the database to fill, created if missing (env LECTERN_DB)")
	learners := fs.Int("learners", 200, "learners to make")
	responses := fs.Int("responses", 20_000, "answers to questions, in all")
	reviews := fs.Int("reviews", 40_000, "flashcard reviews, in all")
	seed := fs.Uint64("seed", 1, "the random seed: the same seed makes the same school")
	force := fs.Bool("force", false, "write even into a database that holds learners not made by this command")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: lectern demo -db FILE --learners N --responses M --reviews R\n\nFills the database with a synthetic school on its first course, for\nmeasuring Lectern and showing it: learners of varied ability answering\nquizzes and reviewing flashcards over the past four months. It refuses a\ndatabase with real learners unless --force.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *learners < 1 || *responses < 0 || *reviews < 0 {
		return errors.New("demo: --learners must be 1 or more, --responses and --reviews 0 or more")
	}
	db, err := openStore(ctx, *dbPath, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return err
	}
	defer db.Close()
	real, err := db.CountRealLearners(ctx)
	if err != nil {
		return err
	}
	if real > 0 && !*force {
		return fmt.Errorf("demo: %s holds %d learners not made by lectern demo: refusing to mix a synthetic school into it (use --force to do it anyway)", *dbPath, real)
	}
	sc, err := db.FindDemoContent(ctx)
	if err != nil {
		return err
	}
	c := demo.Content{CourseID: sc.CourseID, CardIDs: sc.CardIDs}
	for _, q := range sc.Questions {
		c.Questions = append(c.Questions, demo.Question{ID: q.ID, VersionID: q.VersionID, ThemeID: q.ThemeID, Question: q.Question})
	}
	start := time.Now()
	rep, err := demo.Make(ctx, func(ctx context.Context) (demo.Batch, error) { return db.BeginDemoBatch(ctx) }, c,
		demo.Options{Learners: *learners, Responses: *responses, Reviews: *reviews, Now: time.Now().UTC(), Seed: *seed})
	took := time.Since(start)
	if err != nil {
		return fmt.Errorf("demo: after %d learners: %w", rep.Learners, err)
	}
	fmt.Fprintf(stdout, "made %d learners, %d quiz attempts, %d answers (%d%% right), %d flashcards in decks and %d reviews in %s\n",
		rep.Learners, rep.Attempts, rep.Responses, quiz.Percent(rep.Correct, max(rep.Responses, 1)), rep.CardStates, rep.Reviews, took.Round(time.Millisecond))
	return nil
}

// measureCommand times the course page and the progress page for demo
// learners, each learner asked once (its caches cold), through the whole
// handler stack in this process: lectern measure -db FILE -n N.
func measureCommand(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("measure", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "the database, filled by lectern demo (env LECTERN_DB)")
	n := fs.Int("n", 300, "demo learners to sample for each page, each asking once")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: lectern measure -db FILE -n N\n\nTimes the course page, the progress page and the article map of the\nfirst course, for N demo learners each, through the whole handler stack,\nand prints the median and 99th percentile of each.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	// Each page gets learners of its own, so that one page's reads never
	// warm the other's caches.
	pages := []string{"", "/progress", "/map"}
	ids, slug, err := db.SampleDemoLearners(ctx, len(pages)**n)
	if err != nil {
		return err
	}
	if len(ids) < len(pages) {
		return fmt.Errorf("measure: %s has no demo learners: fill it with lectern demo first", *dbPath)
	}
	// A session per sampled learner, removed afterwards.
	tokens := make([]string, len(ids))
	for i, id := range ids {
		b := make([]byte, 32)
		rand.Read(b)
		tokens[i] = base64.RawURLEncoding.EncodeToString(b)
		if err := db.SaveSession(ctx, quiz.SessionRecord{TokenHash: sessionTokenHash(tokens[i]), UserID: id,
			Data: []byte(fmt.Sprintf(`{"uid":%d}`, id)), ExpiresAt: time.Now().Add(time.Hour)}); err != nil {
			return err
		}
	}
	defer func() {
		for _, t := range tokens {
			db.DeleteSession(context.WithoutCancel(ctx), sessionTokenHash(t))
		}
	}()
	h := handlers.New(handlers.Deps{Store: db, Sessions: handlers.NewSessionStore(db, time.Hour, false),
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	per := len(ids) / len(pages)
	for p, suffix := range pages {
		page := "/courses/" + slug + suffix
		times := make([]time.Duration, 0, per)
		for i := p * per; i < (p+1)*per; i++ {
			req := httptest.NewRequestWithContext(ctx, "GET", page, nil)
			req.AddCookie(&http.Cookie{Name: "lectern", Value: tokens[i]})
			rec := httptest.NewRecorder()
			t0 := time.Now()
			h.ServeHTTP(rec, req)
			times = append(times, time.Since(t0))
			if rec.Code != http.StatusOK {
				return fmt.Errorf("measure: GET %s: status %d", page, rec.Code)
			}
		}
		first := times[0]
		slices.Sort(times)
		fmt.Fprintf(stdout, "GET %s: %d learners, median %s, p99 %s, max %s, first request %s\n", page, len(times),
			times[len(times)/2].Round(10*time.Microsecond), times[min(len(times)-1, len(times)*99/100)].Round(10*time.Microsecond),
			times[len(times)-1].Round(10*time.Microsecond), first.Round(10*time.Microsecond))
	}
	return nil
}

func sessionTokenHash(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:])
}

package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/quizzes"
)

// startServer boots the real program on port 0 with a database file in
// dir and returns its base URL and a function that stops it and returns
// serve's error.
func startServer(t *testing.T, dbPath string) (string, func() error) {
	t.Helper()
	return startServerTB(t, dbPath)
}

func startServerTB(t testing.TB, dbPath string) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	errc := make(chan error, 1)
	getenv := func(k string) string {
		return map[string]string{"LECTERN_DB": dbPath, "LECTERN_ADDR": "127.0.0.1:0", "LECTERN_LOG_LEVEL": "warn"}[k]
	}
	go func() { errc <- serve(ctx, nil, getenv, io.Discard, io.Discard, ready) }()
	select {
	case addr := <-ready:
		return "http://" + addr, func() error { cancel(); return <-errc }
	case err := <-errc:
		cancel()
		t.Fatalf("serve: %v", err)
	}
	return "", nil
}

func TestServeLoadsCourseOnceAndShutsDownCleanly(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	base, stop := startServer(t, dbPath)
	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = http.Get(base + "/courses/china-russia")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("first course: %v %v", resp, err)
	}
	resp.Body.Close()
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v after shutdown", err)
	}

	// A restart on the same file loads nothing twice.
	base, stop = startServer(t, dbPath)
	defer stop()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"export", "-db", dbPath, "--course", "china-russia"}, func(string) string { return "" }, nil, &out, io.Discard); err != nil {
		t.Fatalf("export: %v", err)
	}
	got, err := quizzes.Decode(out.Bytes())
	if err != nil {
		t.Fatalf("export is not valid question-set JSON: %v", err)
	}
	builtin, _ := quizzes.Builtin()
	want := builtin[0]
	if len(got.Questions) != len(want.Questions) || len(got.Themes) != len(want.Themes) || len(got.Paragraphs) != len(want.Paragraphs) || len(got.Cards) != len(want.Cards) {
		t.Fatalf("export after restart has %d questions, %d themes, %d paragraphs, %d cards; want %d, %d, %d, %d",
			len(got.Questions), len(got.Themes), len(got.Paragraphs), len(got.Cards),
			len(want.Questions), len(want.Themes), len(want.Paragraphs), len(want.Cards))
	}
	for i := range want.Questions {
		if got.Questions[i].ID != want.Questions[i].ID || got.Questions[i].Prompt != want.Questions[i].Prompt {
			t.Fatalf("question %d differs after export", i)
		}
	}
	_ = base
}

func TestRunRejectsUnknownCommandAndFlags(t *testing.T) {
	var stderr bytes.Buffer
	err := run(context.Background(), []string{"frobnicate"}, func(string) string { return "" }, nil, io.Discard, &stderr)
	if err == nil || !strings.Contains(stderr.String(), "Usage") {
		t.Fatalf("unknown command: err=%v stderr=%q", err, stderr.String())
	}
	err = run(context.Background(), []string{"serve", "-no-such-flag"}, func(string) string { return "" }, nil, io.Discard, io.Discard)
	if err == nil {
		t.Fatal("unknown flag accepted")
	}
	err = run(context.Background(), []string{"export", "--format", "xml", "-db", filepath.Join(t.TempDir(), "x.db")}, func(string) string { return "" }, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "xml") {
		t.Fatalf("export --format xml: %v", err)
	}
}

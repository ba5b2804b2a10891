package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// lockedBuffer is a buffer the server may write to while a test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// serveOnce starts the server on dbPath, returns what it printed on
// starting, and stops it.
func serveOnce(t *testing.T, dbPath string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	errc := make(chan error, 1)
	out := &lockedBuffer{}
	getenv := func(k string) string {
		return map[string]string{"LECTERN_DB": dbPath, "LECTERN_ADDR": "127.0.0.1:0", "LECTERN_LOG_LEVEL": "warn"}[k]
	}
	go func() { errc <- serve(ctx, nil, getenv, out, io.Discard, ready) }()
	select {
	case <-ready:
	case err := <-errc:
		cancel()
		t.Fatalf("serve: %v", err)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatalf("serve: %v", err)
	}
	return out.String()
}

// A new installation says how to make the first admin; once there is
// one, it no longer does.
func TestServeSaysHowToMakeTheFirstAdmin(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "school.db")
	got := serveOnce(t, dbPath)
	if !strings.Contains(got, "No admin account yet") || !strings.Contains(got, "lectern user add -db "+dbPath+" --email") {
		t.Fatalf("a new installation printed %q", got)
	}
	env := func(k string) string { return map[string]string{"LECTERN_DB": dbPath}[k] }
	if err := run(context.Background(), []string{"user", "add", "--email", "head@school.example", "--role", "admin"}, env,
		strings.NewReader("a head teacher's long passphrase\n"), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if got := serveOnce(t, dbPath); strings.Contains(got, "No admin account yet") {
		t.Errorf("with an admin, the server still printed %q", got)
	}
}

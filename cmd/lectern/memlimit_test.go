package main

import (
	"context"
	"io"
	"math"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/store"
)

// serve sets a soft memory limit while it runs: the default, the one its
// flag or variable gives (0 for none), or none of its own when GOMEMLIMIT
// is set and nothing else asks; it puts the previous limit back when it
// stops. The default leaves the collector room above what the store's
// caches hold at their bounds.
func TestServeSetsTheMemoryLimit(t *testing.T) {
	if int64(defaultMemoryLimitMB)<<20 < 2*store.CacheHeapBudget {
		t.Errorf("the default memory limit, %d MiB, leaves less than the store's caches' budget (%d MiB) above them",
			defaultMemoryLimitMB, store.CacheHeapBudget>>20)
	}
	const outside = 3 << 30 // the limit the process had before serve
	prev := debug.SetMemoryLimit(outside)
	defer debug.SetMemoryLimit(prev)
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
		want int64
	}{
		{"default", nil, nil, defaultMemoryLimitMB << 20},
		{"flag", []string{"-memory-limit-mb", "200"}, nil, 200 << 20},
		{"variable", nil, map[string]string{"LECTERN_MEMORY_LIMIT_MB": "64"}, 64 << 20},
		{"none", []string{"-memory-limit-mb", "0"}, nil, math.MaxInt64},
		{"GOMEMLIMIT alone", nil, map[string]string{"GOMEMLIMIT": "3GiB"}, outside},
		{"flag over GOMEMLIMIT", []string{"-memory-limit-mb", "100"}, map[string]string{"GOMEMLIMIT": "3GiB"}, 100 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			getenv := func(k string) string {
				if v, ok := tc.env[k]; ok {
					return v
				}
				return map[string]string{"LECTERN_DB": filepath.Join(dir, "lectern.db"), "LECTERN_ADDR": "127.0.0.1:0", "LECTERN_LOG_LEVEL": "warn"}[k]
			}
			ready := make(chan string, 1)
			errc := make(chan error, 1)
			go func() { errc <- serve(ctx, tc.args, getenv, io.Discard, io.Discard, ready) }()
			select {
			case <-ready:
			case err := <-errc:
				t.Fatalf("serve: %v", err)
			}
			if got := debug.SetMemoryLimit(-1); got != tc.want {
				t.Errorf("memory limit while serving %d, want %d", got, tc.want)
			}
			cancel()
			if err := <-errc; err != nil {
				t.Fatal(err)
			}
			if got := debug.SetMemoryLimit(-1); got != outside {
				t.Errorf("memory limit after serve %d, want the one before, %d", got, outside)
			}
		})
	}
	// A bad value is refused before anything is served.
	for _, v := range []string{"-1", "lots", "1.5"} {
		getenv := func(k string) string { return map[string]string{"LECTERN_MEMORY_LIMIT_MB": v}[k] }
		err := serve(context.Background(), nil, getenv, io.Discard, io.Discard, nil)
		if err == nil || !strings.Contains(err.Error(), "LECTERN_MEMORY_LIMIT_MB") {
			t.Errorf("LECTERN_MEMORY_LIMIT_MB=%s: %v, want it refused", v, err)
		}
	}
	if err := serve(context.Background(), []string{"-memory-limit-mb", "-5"}, noEnv, io.Discard, io.Discard, nil); err == nil || !strings.Contains(err.Error(), "memory-limit-mb") {
		t.Errorf("-memory-limit-mb -5: %v, want it refused", err)
	}
}

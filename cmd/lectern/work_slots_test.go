package main

import (
	"context"
	"io"
	"strings"
	"testing"
)

// A bad number of work slots is refused before anything is served.
func TestServeRefusesBadWorkSlots(t *testing.T) {
	noEnv := func(string) string { return "" }
	for _, v := range []string{"-2", "many", "1.5"} {
		getenv := func(k string) string { return map[string]string{"LECTERN_WORK_SLOTS": v}[k] }
		err := serve(context.Background(), nil, getenv, io.Discard, io.Discard, nil)
		if err == nil || !strings.Contains(err.Error(), "LECTERN_WORK_SLOTS") {
			t.Errorf("LECTERN_WORK_SLOTS=%s: %v, want it refused", v, err)
		}
	}
	if err := serve(context.Background(), []string{"-work-slots", "-3"}, noEnv, io.Discard, io.Discard, nil); err == nil || !strings.Contains(err.Error(), "work-slots") {
		t.Errorf("-work-slots -3: %v, want it refused", err)
	}
}

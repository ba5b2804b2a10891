//go:build unix

package handlers_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time, user and system, the test process has
// used: a benchmark divides it by its operations, a figure that waiting
// (for an fsync, or for a core shared with other work) does not inflate.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

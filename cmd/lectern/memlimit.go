package main

import "math"

// defaultMemoryLimitMB is serve's soft limit of the Go runtime's memory,
// in MiB (runtime/debug.SetMemoryLimit). Under a load run the live heap
// is some 30 MB and the collector, left to itself (GOGC=100), lets the
// heap grow to twice that and more before it has finished collecting;
// with the binary's pages and SQLite's page caches beside it the server
// had reached 159 MB resident. The limit holds the runtime's share under
// 80 MiB however fast the garbage comes, and the caches' bounds keep what
// is live well under it (store.CacheHeapBudget), so the collector never
// has to run without pause to keep the limit.
const defaultMemoryLimitMB = 80

// memoryLimit returns the soft memory limit serve sets, in bytes, and
// whether it sets one. mb MiB given by flag or variable (set) is set, 0
// meaning none; the default is set unless GOMEMLIMIT is (the runtime has
// then applied that).
func memoryLimit(mb int, set, goMemLimit bool) (int64, bool) {
	switch {
	case !set && goMemLimit:
		return 0, false
	case mb <= 0 || mb > math.MaxInt64>>20:
		return math.MaxInt64, true // no limit
	}
	return int64(mb) << 20, true
}

//go:build race

package seqlabel

// raceEnabled is set in -race builds, where sync.Pool drops items on purpose
// and allocation counts are meaningless.
const raceEnabled = true

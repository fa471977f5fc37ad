//go:build !race

package seqlabel

const raceEnabled = false

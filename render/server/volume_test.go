package server

import (
	"net/http"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
)

func TestVolume(t *testing.T) {
	h := New(Options{Store: testStore(t)})
	var v struct {
		Bucket string               `json:"bucket"`
		Items  []store.VolumeBucket `json:"items"`
	}
	if code := get(t, h, http.MethodGet, "/api/volume?bucket=day", "", &v); code != http.StatusOK || v.Bucket != "day" || len(v.Items) < 3 {
		t.Fatalf("volume by day: %d %+v", code, v)
	}
	get(t, h, http.MethodGet, "/api/volume", "", &v)
	if v.Bucket != "week" {
		t.Errorf("default bucket %q", v.Bucket)
	}
	status(t, h, map[string]int{"/api/volume?bucket=year": http.StatusBadRequest})
}

package server

import (
	"net/http"

	"github.com/chronograph/chronograph/timeline/store"
)

// volume: GET /api/volume?bucket=day|week|month&from=&to=&entity= counts
// documents and events per bucket.
func (s *server) volume(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "bucket", "from", "to", "entity")
	q := store.VolumeQuery{Bucket: p.oneOf("bucket", store.Buckets, "week"), Window: p.window(), Entity: p.text("entity")}
	if !p.ok(w) {
		return
	}
	v, err := s.Store.Volume(r.Context(), q)
	if err != nil {
		storeError(w, err)
		return
	}
	if v == nil {
		v = []store.VolumeBucket{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"bucket": q.Bucket, "items": v})
}

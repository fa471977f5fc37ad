package store

// SetFinishHook makes st's Finish call hook once it has read the local
// entities it resolves: a test's other writer goes there.
func SetFinishHook(st Store, hook func()) { st.(*sqlStore).finishHook = hook }

// SetBatchHook makes st's batches call hook once they have the ids of
// their local entities: a test's other writer goes there.
func SetBatchHook(st Store, hook func()) { st.(*sqlStore).batchHook = hook }

// ConnectionsClosed is how many of st's connections were closed because
// too many were idle.
func ConnectionsClosed(st Store) int64 { return st.(*sqlStore).db.DB.Stats().MaxIdleClosed }

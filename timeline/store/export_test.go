package store

// SetFinishHook makes st's Finish call hook once it has read the local
// entities it resolves: a test's other writer goes there.
func SetFinishHook(st Store, hook func()) { st.(*sqlStore).finishHook = hook }

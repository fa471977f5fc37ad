package entities

// Slug is the name part of an entity id: lower case, diacritics removed,
// runs of other characters than letters and digits one hyphen, Japanese
// letters kept. A store names the entities a correction makes with it.
func Slug(name string) string { return slug(name) }

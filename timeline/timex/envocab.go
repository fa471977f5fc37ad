package timex

// wordClass is the role a word plays in English temporal expressions.
// Classes from clsTrigger up can start or anchor an expression; the ones
// below only matter next to such a word.
type wordClass uint8

const (
	clsNone wordClass = iota
	clsThe
	clsOf
	clsA // a, an
	clsAnd
	clsPossPron // his, her, their: "in her 20s" is an age
	clsAs
	clsAt
	clsOn
	clsFrom
	clsNow
	clsTo
	clsDuraCue  // for, than, over, within …
	clsTimeMark // a (of a.m.), m, pm, am
	clsZone     // UTC, GMT, ET …
	clsConsec   // consecutive, straight
	clsSame
	clsTimes // once, twice, times
	clsPer
	clsThat    // that: "that month" refers back
	clsTrigger // marker: classes from here on are triggers
	clsMonth   // val 1..12
	clsMonthAbbr
	clsWeekday   // val time.Weekday
	clsWeekdayPl // Mondays
	clsUnit      // val unit
	clsSeason    // val index into seasonCodes
	clsPartDay   // val index into partCodes
	clsNumWord   // val the number; -1 for vague (several, few)
	clsOrdinal   // val 1..4 (first … fourth)
	clsRel       // val relKind
	clsDeictic   // val deicticKind
	clsMod       // val modKind
	clsRef       // val refKind
	clsSetAdj    // val unit (daily … annual)
	clsEvery
	clsAgo
	clsAfter // later, earlier, after, before, hence
	clsQ     // the Q of Q3
	clsFiscal
	clsHalf
	clsDecadeWord // val decade within the century (nineties = 9)
	clsHoliday    // first word of a fixed-date holiday
)

type wordInfo struct {
	cls   wordClass
	val   int
	flags wordFlag
}

// wordFlag marks roles a word has besides its class.
type wordFlag uint8

const (
	fCue    wordFlag = 1 << iota // announces a date: in, since, until, by …
	fFuture                      // marks a future-tense clause
	fPast                        // marks a past-tense clause
	fLink                        // joins two dates: and, or, to, through
)

type unit int

const (
	uDay unit = iota + 1
	uWeek
	uMonth
	uYear
	uDecade
	uCentury
	uQuarter
	uWeekend
	uFortnight
	uHour
	uMinute
	uNight
	// uPeriod is the period an expression already named, whatever its size:
	// "the same period", 同期.
	uPeriod
)

type relKind int

const (
	relLast relKind = iota + 1
	relNext
	relThis
	relPast // past, previous, preceding
	relComing
	relFollowing
	relCurrent
)

type deicticKind int

const (
	dToday deicticKind = iota + 1
	dYesterday
	dTomorrow
	dTonight
)

type modKind int

const (
	modEarly modKind = iota + 1
	modLate
	modMid
	modEarlier
	modLater
	modEnd
	modBeginning
	modMiddle
)

type refKind int

const (
	refRecently refKind = iota + 1
	refSoon
	refFuture
	refPast
	refPresent
	refTimeBeing
	refRecent
	refTheseDays
)

// partCodes are TimeML's parts of the day, indexed by a clsPartDay value.
var partCodes = [...]string{"MO", "AF", "EV", "NI"}

var vocab = map[string]wordInfo{}

func init() {
	add := func(cls wordClass, val int, words ...string) {
		for _, w := range words {
			wi := vocab[w]
			wi.cls, wi.val = cls, val
			vocab[w] = wi
		}
	}
	flag := func(f wordFlag, words ...string) {
		for _, w := range words {
			wi := vocab[w]
			wi.flags |= f
			vocab[w] = wi
		}
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	abbr := []string{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	for i, m := range months {
		add(clsMonth, i+1, m)
		if abbr[i] != "" {
			add(clsMonthAbbr, i+1, abbr[i])
		}
	}
	add(clsMonthAbbr, 9, "sept")
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		add(clsWeekday, i, d)
		add(clsWeekdayPl, i, d+"s")
	}
	units := map[unit][]string{
		uDay: {"day", "days"}, uWeek: {"week", "weeks"}, uMonth: {"month", "months"},
		uYear: {"year", "years"}, uDecade: {"decade", "decades"}, uCentury: {"century", "centuries"},
		uQuarter: {"quarter", "quarters"}, uWeekend: {"weekend", "weekends"},
		uFortnight: {"fortnight", "fortnights"}, uHour: {"hour", "hours"},
		uMinute: {"minute", "minutes"}, uNight: {"nights"},
	}
	for u, ws := range units {
		add(clsUnit, int(u), ws...)
	}
	add(clsSeason, 0, "spring")
	add(clsSeason, 1, "summer")
	add(clsSeason, 2, "autumn", "fall")
	add(clsSeason, 3, "winter")
	add(clsPartDay, 0, "morning")
	add(clsPartDay, 1, "afternoon")
	add(clsPartDay, 2, "evening")
	add(clsPartDay, 3, "night")
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty"}
	for i, n := range nums {
		if i > 0 {
			add(clsNumWord, i, n)
		}
	}
	add(clsNumWord, 30, "thirty")
	add(clsNumWord, 40, "forty")
	add(clsNumWord, 50, "fifty")
	add(clsNumWord, 100, "hundred")
	add(clsNumWord, -1, "several", "few", "couple", "many")
	add(clsOrdinal, 1, "first")
	add(clsOrdinal, 2, "second")
	add(clsOrdinal, 3, "third")
	add(clsOrdinal, 4, "fourth", "final")
	add(clsRel, int(relLast), "last")
	add(clsRel, int(relNext), "next")
	add(clsRel, int(relThis), "this")
	add(clsRel, int(relPast), "past", "previous", "preceding", "prior")
	add(clsRel, int(relComing), "coming", "upcoming")
	add(clsRel, int(relFollowing), "following")
	add(clsRel, int(relCurrent), "current")
	add(clsDeictic, int(dToday), "today")
	add(clsDeictic, int(dYesterday), "yesterday")
	add(clsDeictic, int(dTomorrow), "tomorrow")
	add(clsDeictic, int(dTonight), "tonight")
	add(clsMod, int(modEarly), "early")
	add(clsMod, int(modLate), "late")
	add(clsMod, int(modMid), "mid")
	add(clsMod, int(modEarlier), "earlier")
	add(clsMod, int(modLater), "later")
	add(clsMod, int(modEnd), "end")
	add(clsMod, int(modBeginning), "beginning", "start")
	add(clsMod, int(modMiddle), "middle")
	add(clsRef, int(refRecently), "recently", "lately")
	add(clsRef, int(refSoon), "soon")
	add(clsRef, int(refFuture), "future")
	add(clsRef, int(refPresent), "nowadays", "presently")
	add(clsRef, int(refTimeBeing), "time")
	add(clsRef, int(refRecent), "recent")
	add(clsRef, int(refTheseDays), "these")
	add(clsSetAdj, int(uDay), "daily")
	add(clsSetAdj, int(uWeek), "weekly")
	add(clsSetAdj, int(uMonth), "monthly")
	add(clsSetAdj, int(uYear), "yearly", "annual", "annually")
	add(clsSetAdj, int(uQuarter), "quarterly")
	add(clsEvery, 0, "every", "each")
	add(clsAgo, 0, "ago")
	add(clsAfter, 0, "after", "before", "hence")
	add(clsQ, 0, "q")
	add(clsFiscal, 0, "fiscal", "fy")
	add(clsHoliday, 0, "christmas", "halloween", "valentine", "new")
	add(clsHalf, 0, "half")
	for i, d := range []string{"", "", "twenties", "thirties", "forties", "fifties", "sixties",
		"seventies", "eighties", "nineties"} {
		if d != "" {
			add(clsDecadeWord, i, d)
		}
	}

	add(clsThe, 0, "the")
	add(clsOf, 0, "of")
	add(clsA, 0, "a", "an")
	add(clsAnd, 0, "and", "or")
	flag(fLink, "and", "or", "through", "until", "till", "to")
	flag(fCue, "in", "since", "by", "during", "from", "before", "after", "between",
		"around", "circa", "throughout", "early", "late", "mid", "until", "till", "through")
	flag(fFuture, "will", "shall", "ll", "upcoming", "tomorrow", "next")
	flag(fPast, "was", "were", "had", "did", "said", "told", "ago", "met", "took", "came", "went",
		"began", "gave", "made", "held", "left", "sent", "saw", "won", "lost", "fell", "rose", "spoke",
		"got", "ran", "struck", "paid", "led", "sold", "bought", "brought", "thought", "found", "became",
		"wrote", "chose", "drove", "flew", "grew", "knew", "threw", "fought", "caught", "kept", "felt",
		"meant", "built", "spent", "stood", "sought", "last", "yesterday", "hit", "cut", "quit", "shut")
	add(clsPossPron, 0, "his", "her", "their", "my", "your", "our", "its")
	add(clsAs, 0, "as")
	add(clsAt, 0, "at")
	add(clsOn, 0, "on")
	add(clsNow, 0, "now")
	add(clsDuraCue, 0, "for", "than", "over", "within", "about", "nearly", "almost", "just", "only",
		"another", "least")
	add(clsTimeMark, 0, "m", "am", "pm")
	add(clsZone, 0, "utc", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "cet", "bst", "jst", "z")
	add(clsConsec, 0, "consecutive", "straight", "successive", "full")
	add(clsSame, 0, "same")
	add(clsTimes, 0, "once", "twice", "times")
	add(clsPer, 0, "per")
	add(clsThat, 0, "that")
}

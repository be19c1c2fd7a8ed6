"""How often a record recurs, said right after what is recorded: 'employees log hours against projects each
day' (a row per day: its day), 'drivers log fuel costs against vehicles every week'."""


# the nouns of a period a record is kept for, and how often it recurs ("each day": daily)
_PERIOD_OF = {"day": "daily", "week": "weekly", "month": "monthly", "year": "yearly", "quarter": "quarterly"}


def period_after(s, k):
    """How often a record recurs when 'each day', 'every week', 'per month' or 'daily' follows at k, or None."""
    words = s.words[k:k + 2]
    if words[:1] and words[0] in ("daily", "weekly", "monthly", "yearly", "quarterly"):
        return words[0]
    return _PERIOD_OF.get(words[1]) if len(words) == 2 and words[0] in ("each", "every", "per", "a") else None

"""Benchmark: 1,000 mentions against a synthetic directory of 10,000 people.

Prints the time to build the matcher, the time to match all mentions (target < 1 s), and
the ratio against a plain difflib loop doing the same job (best SequenceMatcher ratio of
each folded mention against every folded name), timed on a sample and extrapolated. Then
the committee-context figure: everyone sits on one or two of 200 committees, and 1,000
short forms (initials, a given name, 'Cllr' and a surname, a misspelt surname, someone
off the committee) are matched as mentions in a committee's minutes (target < 1 s).

    .venv/bin/python bench/match.py
"""

from __future__ import annotations

import difflib
import random
import time
from datetime import date

from clerk_tui.core.matching import DirectoryEntry, DirectoryRole, Matcher
from clerk_tui.core.membership import Membership
from clerk_tui.core.names import fold

GIVEN = [
    "Amanda",
    "Nicola",
    "Caroline",
    "James",
    "Robert",
    "Susan",
    "Christopher",
    "Sarah",
    "Mark",
    "Hilary",
    "Philip",
    "Amy",
    "Alex",
    "Merril",
    "Jim",
    "Priya",
    "Tom",
    "Mary",
    "Avi",
    "Ross",
    "Carole",
    "Yusuf",
    "Fatima",
    "Olu",
    "Ngozi",
    "Siân",
    "Eilidh",
    "Rhys",
    "Gareth",
    "Aoife",
    "Niamh",
    "Sean",
    "Jane",
    "John",
    "Peter",
    "Paul",
    "Helen",
    "Claire",
    "Rachel",
    "David",
    "Michael",
    "Andrew",
    "Emma",
    "Lucy",
    "Kate",
    "Laura",
    "Rebecca",
    "Joanna",
    "Anna",
    "Daniel",
    "Simon",
    "Richard",
    "Stephen",
    "Martin",
    "Neil",
    "Ian",
    "Graham",
    "Kevin",
    "Lee",
    "Dawn",
    "Karen",
    "Julie",
    "Tracey",
    "Gemma",
    "Zara",
    "Imran",
    "Tariq",
    "Aisha",
    "Mohammed",
    "Hassan",
    "Leila",
    "Chen",
    "Wei",
    "Ravi",
    "Anjali",
    "Deepa",
]
SURNAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Wright",
    "Robinson",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Lloyd-Harris",
    "Farrar",
    "Lang",
    "Grealy",
    "Hammer",
    "Sanderson",
    "Bright",
    "Creelman",
    "Gibbs",
    "Ross",
    "Glanville",
    "Masters",
    "Kennedy",
    "Okafor",
    "Natarajan",
    "Whitley",
    "Bhatia",
    "Burgoyne",
    "Jago",
    "O'Brien",
    "McDonald",
    "MacLeod",
    "Ahmed",
    "Khan",
    "Ali",
    "Hussain",
    "Begum",
    "Rahman",
    "Singh",
    "Kaur",
    "Sharma",
    "Nguyen",
    "Kowalski",
    "Novak",
    "Murphy",
    "Kelly",
    "O'Sullivan",
    "Walsh",
    "Byrne",
    "Ryan",
    "Doyle",
    "Hughes",
    "Edwards",
    "Morgan",
    "Griffiths",
    "Owen",
    "Price",
    "Rees",
    "Lewis",
    "Jenkins",
    "Phillips",
    "Morris",
    "Thomas",
    "James",
    "Harris",
    "Martin",
    "Cooper",
]
ROLES = [
    "Councillor",
    "Cabinet Member for Housing",
    "Director of Public Health",
    "Head of Commissioning",
    "Managing Director",
    "Chief Executive",
]


COMMITTEES = 200


def committee(number: int) -> str:
    return f"Committee {number}"


def directory(size: int, rng: random.Random) -> list[DirectoryEntry]:
    entries = []
    for pid in range(1, size + 1):
        name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}{'' if pid % 7 else 'son'}"
        title = rng.choice(ROLES) + ("" if pid % 3 else f" ({pid % 40})")
        seats = {pid % COMMITTEES} | ({rng.randrange(COMMITTEES)} if pid % 4 == 0 else set())
        entries.append(
            DirectoryEntry(
                pid,
                name,
                roles=(DirectoryRole(title, f"Org {pid % 50}"),),
                committees=tuple(Membership(committee(c)) for c in sorted(seats)),
            )
        )
    entries.append(DirectoryEntry(size + 1, "Integrated Care Board", "body", aliases=("ICB",)))
    return entries


def mentions(entries: list[DirectoryEntry], count: int, rng: random.Random) -> list[str]:
    """A mix like minutes: full names, honorific + surname, typos, acronyms, roles, strangers."""
    out = []
    for index in range(count):
        name = rng.choice(entries[:-1]).name
        given, surname = name.split(" ", 1)
        kind = index % 8
        if kind == 0:
            out.append(name)
        elif kind == 1:
            out.append(f"Councillor {surname}")
        elif kind == 2:
            out.append(f"Dr {given[0]} {surname}")
        elif kind == 3:
            cut = rng.randrange(1, len(surname))
            out.append(f"{given} {surname[:cut]}{surname[cut + 1 :]}")  # a dropped letter
        elif kind == 4:
            out.append(rng.choice(["ICB", "THT", "The Chair", "Officers"]))
        elif kind == 5:
            out.append(f"The {rng.choice(ROLES)}")
        elif kind == 6:
            out.append(f"{rng.choice(GIVEN)} Zzyzxwell")  # nobody
        else:
            out.append(f"{name} (Chair)")
    return out


def committee_mentions(
    entries: list[DirectoryEntry], count: int, rng: random.Random
) -> list[tuple[str, str]]:
    """(mention, committee): short forms of a member, and now and then of someone else."""
    people = entries[:-1]
    out = []
    for index in range(count):
        entry = rng.choice(people)
        seat = entry.committees[0].committee
        given, surname = entry.name.split(" ", 1)
        kind = index % 6
        if kind == 0:
            out.append(("".join(w[0] for w in entry.name.replace("-", " ").split()), seat))
        elif kind == 1:
            out.append((given, seat))
        elif kind == 2:
            out.append((f"Cllr {surname}", seat))
        elif kind == 3:
            cut = rng.randrange(1, len(surname))
            out.append((f"{given} {surname[:cut]}{surname[cut + 1 :]}", seat))
        elif kind == 4:
            out.append((f"Mr {surname}", seat))
        else:
            out.append((rng.choice(people).name.split(" ", 1)[0], committee(rng.randrange(200))))
    return out


def difflib_best(mention: str, folded_names: list[str]) -> tuple[float, int]:
    query = fold(mention)
    best = (0.0, -1)
    for index, name in enumerate(folded_names):
        ratio = difflib.SequenceMatcher(None, query, name).ratio()
        if ratio > best[0]:
            best = (ratio, index)
    return best


def main() -> None:
    rng = random.Random(4)
    entries = directory(10_000, rng)
    queries = mentions(entries, 1_000, rng)

    started = time.perf_counter()
    matcher = Matcher(entries)
    built = time.perf_counter() - started

    started = time.perf_counter()
    results = [matcher.match(q, on_date=date(2024, 3, 12)) for q in queries]
    matched = time.perf_counter() - started

    folded_names = [fold(e.name) for e in entries]
    sample = queries[:20]
    started = time.perf_counter()
    for query in sample:
        difflib_best(query, folded_names)
    difflib_total = (time.perf_counter() - started) * len(queries) / len(sample)

    counts = {s: sum(r.status == s for r in results) for s in ("matched", "ambiguous", "unknown")}
    print(f"directory: {len(entries):,} entries; mentions: {len(queries):,}")
    print(f"build matcher: {built:.3f} s")
    print(f"match 1,000 mentions: {matched:.3f} s ({matched / len(queries) * 1e3:.3f} ms each)")
    print(f"  answers: {counts}")
    print(
        f"difflib loop (timed on {len(sample)}, extrapolated): {difflib_total:.1f} s; "
        f"clerk matcher is {difflib_total / matched:,.0f}x faster"
    )
    print(f"target < 1 s: {'met' if matched < 1 else 'MISSED'}")

    in_context = committee_mentions(entries, 1_000, rng)
    started = time.perf_counter()
    results = [matcher.match(text, committee=seat) for text, seat in in_context]
    matched = time.perf_counter() - started
    counts = {s: sum(r.status == s for r in results) for s in ("matched", "ambiguous", "unknown")}
    print(
        f"match 1,000 mentions in their committee's context ({COMMITTEES} committees of about "
        f"{len(entries) * 5 // 4 // COMMITTEES} members): {matched:.3f} s "
        f"({matched / len(in_context) * 1e3:.3f} ms each)"
    )
    print(f"  answers: {counts}")
    print(f"target < 1 s: {'met' if matched < 1 else 'MISSED'}")


if __name__ == "__main__":
    main()

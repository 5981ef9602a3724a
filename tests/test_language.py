"""Minutes in another language than English: the parser reads English only, so the clerk is
told why little or nothing was found (on `clerk parse`, `clerk import` and the paste screen)."""

from __future__ import annotations

from pathlib import Path

from clerk_tui.core.language import NOT_ENGLISH, looks_foreign

FRENCH = (
    "Procès-verbal de la réunion du conseil d'administration de l'association des jardins "
    "familiaux de Millbrook, tenue le 12 mars dans la salle municipale. Étaient présents : "
    "Claire Dubois (présidente), Marc Lefèvre (trésorier), Sophie Martin (secrétaire). "
    "1. Approbation du compte rendu : le compte rendu de la dernière réunion est approuvé à "
    "l'unanimité. 2. Finances : le trésorier présente les comptes de l'année ; le solde est "
    "positif et la cotisation reste inchangée. 3. Parcelles : deux parcelles sont libres ; "
    "la secrétaire contactera les personnes sur la liste d'attente avant la fin du mois. "
    "4. Questions diverses : Marc Lefèvre se charge de réparer la clôture du côté nord. "
    "Prochaine réunion le 9 avril à 19 heures dans la même salle. La séance est levée."
)
GERMAN = (
    "Protokoll der Vorstandssitzung des Fördervereins Millbrook am 4. Mai im Gemeindehaus. "
    "Anwesend waren Anna Becker (Vorsitzende), Jonas Weber (Kassenwart) und Lena Fischer "
    "(Schriftführerin). Zu Punkt eins wurde das Protokoll der letzten Sitzung genehmigt. "
    "Zu Punkt zwei berichtet der Kassenwart über den Kassenstand; die Mitgliedsbeiträge "
    "bleiben unverändert. Zu Punkt drei wird beschlossen, das Sommerfest im Juli im Park "
    "auszurichten; Lena Fischer kümmert sich um die Genehmigung bei der Gemeinde und Jonas "
    "Weber fragt bei den Getränkehändlern nach Angeboten. Die nächste Sitzung findet am "
    "1. Juni statt. Die Sitzung endet um 21 Uhr."
)
ENGLISH = (
    "Minutes of the Millbrook Allotments Committee held on 12 March in the Village Hall. "
    "Present: Claire Dobson (Chair), Mark Lever (Treasurer), Sophie Martin (Secretary). "
    "1. Minutes of the last meeting: the minutes were approved as a correct record. "
    "2. Finance: the Treasurer presented the accounts for the year; the balance is healthy "
    "and the rent will stay as it is. 3. Plots: two plots are vacant; the Secretary will "
    "contact the people on the waiting list before the end of the month. 4. Any other "
    "business: Mark Lever to repair the fence on the north side. Next meeting 9 April."
)


def test_minutes_in_french_or_german_are_foreign_english_ones_are_not() -> None:
    assert looks_foreign(FRENCH)
    assert looks_foreign(GERMAN)
    assert not looks_foreign(ENGLISH)


def test_too_few_words_are_never_judged_foreign() -> None:
    """A title, a short note or a table of names has too few words to judge by."""
    assert not looks_foreign("Procès-verbal de la réunion du 12 mars")
    assert not looks_foreign("| Nom | Rôle |\n| Claire Dubois | Présidente |\n" * 3)


def test_english_minutes_that_are_mostly_a_table_are_not_foreign() -> None:
    rows = "".join(
        f"| {n}.1 | Send the letter to the residents of Mill Lane | CD | {n} May |\n"
        for n in range(1, 15)
    )
    assert not looks_foreign("| Ref | Action | Owner | Due |\n|---|---|---|---|\n" + rows)


def test_clerk_parse_and_import_say_the_minutes_do_not_look_english(clerk, tmp_path: Path):
    path = tmp_path / "bureau.txt"
    path.write_text(FRENCH, encoding="utf-8")
    parsed = clerk("parse", str(path))
    assert parsed.code == 0
    assert parsed.err.splitlines() == [f"clerk: {NOT_ENGLISH}"]
    stored = clerk("import", "--committee", "Jardins", "--date", "2025-03-12", str(path))
    assert stored.code == 0  # stored all the same: nothing the clerk gave is lost
    assert f"clerk: {path}: {NOT_ENGLISH}" in stored.err.splitlines()
    english = tmp_path / "allotments.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    assert clerk("parse", str(english)).err == ""

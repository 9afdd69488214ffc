"""Fuzzy name scores and the repeat-deportee rules."""

from __future__ import annotations

from datetime import date

import pytest

from intake_app.domain.matching import (
    SAME_PERSON_MIN_SCORE,
    Identity,
    MatchReason,
    document_key,
    fuzzy_name_score,
    name_words,
    same_person_likelihood,
)
from intake_app.domain.names import name_key


def score(query: str, candidate: str) -> float:
    return fuzzy_name_score(name_key(query), name_key(candidate))


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("Nuraini", "Nur Aini"),  # missing space
        ("Nur Aini", "NURAINI"),
        ("Nur'aini", "Nur Aini"),
        ("Muhamad", "Muhammad"),  # single for double letter
        ("Muhamad Rizki", "Muhammad Rizky"),
        ("Siti bt. Ahmad", "Siti binti Ahmad"),
        ("Siti Ahmad", "Siti binti Ahmad"),  # the list left the patronymic out
        ("Ahmad bin Yusof", "Ahmad bin Yusuf"),
        ("Siti Rahauy", "Siti Rahayu"),  # swapped letters
        ("Rahayu Siti", "Siti Rahayu"),  # word order
        ("Soekarno", "Sukarno"),  # old spelling
        ("Djoko Susilo", "Joko Susilo"),
        ("Tjahjadi", "Cahjadi"),
        ("Yohanes Lawing anak Jalong", "Yohanes Lawing ak Jalong"),
    ],
)
def test_spelling_variants_of_one_name_score_high(query: str, candidate: str) -> None:
    assert score(query, candidate) >= SAME_PERSON_MIN_SCORE


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("Siti Rahayu", "Budi Santoso"),
        ("Nuraini", "Rahmawati"),
        ("Budi Santoso", "Budi"),  # the query says more than the candidate
        ("Wahyudi", "Agus Setiawan"),
    ],
)
def test_different_names_score_low(query: str, candidate: str) -> None:
    assert score(query, candidate) < 70


def test_the_whole_name_beats_a_part_of_it() -> None:
    assert score("Siti", "Siti") == 100
    assert score("Siti", "Siti") > score("Siti", "Siti Rahayu") >= 85
    assert score("Muhammad", "Muhammad") > score("Muhamad", "Muhammad")


def test_a_typed_beginning_finds_the_name() -> None:
    assert score("sit", "Siti Rahayu") >= 85
    assert score("muham", "Muhammad Rizki") >= 85
    assert score("rahayu", "Siti Rahayu") >= 85  # a later word of the name


def test_empty_keys_score_zero() -> None:
    assert fuzzy_name_score("", "siti") == 0
    assert fuzzy_name_score("siti", "") == 0


def test_patronymics_and_their_typos_are_left_out_of_the_words() -> None:
    assert name_words(name_key("Siti bte Ahmad")) == ["siti", "ahmad"]
    assert name_words("amelia biinti caturangga") == ["amelia", "caturangga"]
    assert name_words("bin") == ["bin"]  # nothing else to go by


def test_document_key_ignores_case_and_separators() -> None:
    assert document_key("kch-2025 00042") == document_key("KCH202500042") == "KCH202500042"
    assert document_key(None) == ""


BORN = date(1990, 5, 17)


def test_same_nik_is_a_reason_whatever_the_name() -> None:
    match = same_person_likelihood(
        Identity("siti", nik="6103015705900001"),
        Identity("ani", nik="6103015705900001"),
    )
    assert match.reasons == (MatchReason.SAME_NIK,)
    assert match


def test_same_document_number_written_another_way() -> None:
    match = same_person_likelihood(
        Identity("siti", document_number="kch-2025-00042"),
        Identity("ani", document_number="KCH 2025 00042"),
    )
    assert match.reasons == (MatchReason.SAME_DOCUMENT,)


def test_placeholder_document_numbers_do_not_match() -> None:
    match = same_person_likelihood(
        Identity("siti", document_number="-"), Identity("ani", document_number="-")
    )
    assert not match


def test_similar_name_needs_the_same_birth_date() -> None:
    new = Identity(name_key("Nuraini binti Ahmad"), birth_date=BORN)
    same_day = Identity(name_key("Nur Aini bt Ahmad"), birth_date=BORN)
    other_day = Identity(name_key("Nur Aini bt Ahmad"), birth_date=date(1990, 5, 18))
    assert same_person_likelihood(new, same_day).reasons == (
        MatchReason.SIMILAR_NAME_SAME_BIRTH_DATE,
    )
    assert not same_person_likelihood(new, other_day)


def test_only_the_year_known_compares_years() -> None:
    new = Identity("siti rahayu", birth_date=BORN)
    assert same_person_likelihood(new, Identity("siti rahayu", birth_year=1990))
    assert not same_person_likelihood(new, Identity("siti rahayu", birth_year=1991))
    assert same_person_likelihood(
        Identity("siti rahayu", birth_year=1990), Identity("siti rahauy", birth_year=1990)
    )
    assert not same_person_likelihood(Identity("siti rahayu"), Identity("siti rahayu"))


def test_a_name_that_is_part_of_the_other_counts_both_ways() -> None:
    full = Identity("siti rahayu", birth_date=BORN)
    short = Identity("siti", birth_date=BORN)
    assert same_person_likelihood(full, short) and same_person_likelihood(short, full)


def test_all_reasons_are_reported_and_the_threshold_is_a_parameter() -> None:
    new = Identity("siti rahayu", "6103015705900001", "C1234567", BORN)
    old = Identity("siti rahayu", "6103015705900001", "c1234567", BORN)
    assert same_person_likelihood(new, old).reasons == (
        MatchReason.SAME_NIK,
        MatchReason.SAME_DOCUMENT,
        MatchReason.SIMILAR_NAME_SAME_BIRTH_DATE,
    )
    near = Identity("siti rahauy", birth_date=BORN)
    assert same_person_likelihood(new, near)
    assert not same_person_likelihood(new, near, min_score=99)

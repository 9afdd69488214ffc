"""What a record still lacks."""

from intake_app.domain.completeness import Missing, RecordFacts, missing_fields


def _facts(**changes) -> RecordFacts:  # type: ignore[no-untyped-def]
    values = {
        "has_age": True,
        "document_type": "none",
        "document_number": None,
        "regency_code": "61.03",
        "reasons": ("overstay",),
    }
    return RecordFacts(**{**values, **changes})


def test_a_complete_record_lacks_nothing() -> None:
    assert missing_fields(_facts()) == ()


def test_each_gap_is_named_in_form_order() -> None:
    facts = _facts(has_age=False, document_type="passport", regency_code=None, reasons=())
    assert missing_fields(facts) == (
        Missing.AGE,
        Missing.DOCUMENT_NUMBER,
        Missing.ORIGIN,
        Missing.REASONS,
    )


def test_no_document_needs_no_number() -> None:
    assert missing_fields(_facts(document_type="none")) == ()
    assert missing_fields(_facts(document_type="splp")) == (Missing.DOCUMENT_NUMBER,)

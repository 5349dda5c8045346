"""Organisation names and what descriptions of organisations may stand for (claims.organisations)."""

import pytest

from claims.organisations import (
    ORG_NAME,
    first_word_pattern,
    initials,
    initials_pattern,
    named_kind,
    other_kind,
)


@pytest.mark.parametrize("name, head, other", [
    ("Crazy Eddie Inc.", "agency", True),  # "the agency" after the SEC charged a company's officers
    ("Securities and Exchange Commission", "agency", False),
    ("Securities and Exchange Commission", "retailer", True),
    ("Ministry of Finance", "company", True),
    ("Associated Press", "newspaper", True),  # a news agency is no newspaper
    ("Straits Times", "newspaper", False),
    ("Shell", "group", False),
])
def test_a_description_of_one_kind_is_not_a_name_of_the_other(name, head, other):
    assert other_kind(name, head) is other


def test_initials_leave_out_joiners_and_company_suffixes():
    assert initials("General Motors Corp.".split()) == "GM"
    assert initials("Securities and Exchange Commission".split()) == "SEC"
    assert initials("United Auto Workers".split()) == "UAW"
    assert initials_pattern("SEC").search("The Securities and Exchange Commission said")
    assert not initials_pattern("GM").search("Ford Motor Co. said")
    assert first_word_pattern("Drexel").search("against Drexel Burnham Lambert Inc.")
    assert not first_word_pattern("Drexel").search("Drexel said")


def test_names_with_and_and_institutions_with_their_kind():
    found = [m.group() for m in ORG_NAME.finditer("The Securities and Exchange Commission charged Crazy Eddie Inc. staff.")]
    assert found == ["The Securities and Exchange Commission", "Crazy Eddie Inc."]
    assert named_kind("police").search("Greater Manchester Police Department opened an inquiry").group() == (
        "Greater Manchester Police Department")
    assert named_kind("hospital").search("at St. Michael’s Hospital in Toronto").group() == "St. Michael’s Hospital"

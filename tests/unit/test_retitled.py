"""A row's new title is still recognisably its old one (a move and a retitle in one edit)."""
from __future__ import annotations

import pytest

from sheets_sync.matching import retitled, title_words


def test_title_words_fold_and_drop_stop_words():
    assert title_words("Harvest Festival (RAIN DATE)") == {"harvest", "festival", "rain", "date"}
    assert title_words("Día de la Familia") == {"dia", "familia"}


@pytest.mark.parametrize("old, new, same", [
    ("Harvest Festival", "Harvest Festival (RAIN DATE)", True),     # the move named in the title
    ("Fall Harvest Festival", "Harvest Festival - moved", True),     # two of three words kept
    ("Parade", "Parade (postponed)", True),
    ("Harvest Festival", "Pumpkin Festival", False),                 # one of two words kept
    ("Community Safety Fair at the Park", "Safety Fair", False),     # two of four words kept
    ("Harvest Festival", "Pumpkin Carving", False),
])
def test_retitled_keeps_most_of_the_old_words(old, new, same):
    assert retitled(title_words(old), title_words(new)) is same

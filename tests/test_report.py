"""The end-of-build report."""

from __future__ import annotations

from site_builder.report import MERGES_SHOWN, BuildLog


def _log(verbose: int, merges: int) -> BuildLog:
    log = BuildLog(verbose=verbose)
    log.low_confidence = [f"entity-{i:03d}: merge number {i}" for i in range(merges)]
    log.warnings = ["a.md: no date"]
    return log


def test_a_long_list_of_merges_to_confirm_is_cut_in_the_report_but_kept_whole_in_json():
    log = _log(0, MERGES_SHOWN + 5)
    text = log.summary()
    assert f"merges to confirm ({MERGES_SHOWN + 5}):" in text
    assert f"merge number {MERGES_SHOWN - 1}\n" in text
    assert f"merge number {MERGES_SHOWN}\n" not in text
    assert "... and 5 more: run with -v, or write them all with --report-json FILE" in text
    # the warnings that follow are never cut
    assert text.rstrip().endswith("- a.md: no date")
    assert len(log.to_json()["low_confidence_merges"]) == MERGES_SHOWN + 5


def test_verbose_and_short_lists_show_every_merge():
    for log in (_log(1, MERGES_SHOWN + 5), _log(0, MERGES_SHOWN)):
        text = log.summary()
        assert "more: run with -v" not in text
        assert all(m in text for m in log.low_confidence)

"""core.common.SubFeedback: the one progress helper (issue 12) maps, filters and collects as documented."""

from __future__ import annotations

from tailings_qgis_plugin.core.common import SubFeedback


class _Parent:
    def __init__(self, cancel=False):
        self.progress, self.infos, self.warnings, self.cancel = [], [], [], cancel

    def setProgress(self, p):
        self.progress.append(p)

    def isCanceled(self):
        return self.cancel

    def pushInfo(self, t):
        self.infos.append(t)

    def pushWarning(self, t):
        self.warnings.append(t)


def test_progress_is_mapped_onto_the_span_of_the_parent():
    parent = _Parent()
    sub = SubFeedback(parent, 35.0, 80.0)
    for pct in (0, 50, 100):
        sub.setProgress(pct)
    assert parent.progress == [35.0, 35.0 + 0.5 * 45.0, 80.0]


def test_cancel_and_messages_go_to_the_parent():
    parent = _Parent(cancel=True)
    sub = SubFeedback(parent, 0, 10)
    sub.pushInfo("i")
    sub.pushWarning("w")
    assert sub.isCanceled() and parent.infos == ["i"] and parent.warnings == ["w"]


def test_quiet_and_max_warnings():
    parent = _Parent()
    quiet = SubFeedback(parent, quiet=True)
    quiet.pushInfo("i")
    quiet.pushWarning("w")
    assert parent.infos == [] and parent.warnings == []
    capped = SubFeedback(parent, max_warnings=2, overflow="more")
    for k in range(5):
        capped.pushWarning(f"w{k}")
    assert parent.warnings == ["w0", "w1", "more"]


def test_collect_counts_each_distinct_warning_in_first_seen_order():
    parent = _Parent()
    seen = {}
    sub = SubFeedback(parent, collect=seen)
    for text in ("b", "a", "b", "b"):
        sub.pushWarning(text)
    sub.pushInfo("i")
    assert parent.warnings == [] and parent.infos == ["i"]
    assert list(seen.items()) == [("b", 3), ("a", 1)]
    # quiet + collect: the warnings are still collected, the infos dropped
    seen2 = {}
    SubFeedback(parent, quiet=True, collect=seen2).pushWarning("x")
    assert seen2 == {"x": 1} and parent.warnings == []

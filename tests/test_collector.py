"""Full garbage collections deferred during one analysis, the caller's thresholds kept (collector.py)."""

from __future__ import annotations

import gc
import os
import threading

import pytest

from quoteattr import attribute
from quoteattr.collector import DEFERRED_THRESHOLD, deferred_full_collections


@pytest.fixture
def full_collections():
    """A list that gets one item per full collection while the test runs."""
    seen: list[int] = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            seen.append(1)

    gc.callbacks.append(callback)
    try:
        yield seen
    finally:
        gc.callbacks.remove(callback)


def _grow() -> list:
    """As many live container objects as the process tracks already: enough survivors to start full
    collections (CPython starts one when they reach a quarter of the long-lived objects)."""
    return [[i] for i in range(max(300_000, len(gc.get_objects())))]


def test_no_full_collection_inside_but_young_ones_run(full_collections):
    gc.collect()
    del full_collections[:]  # that one
    young_before = gc.get_stats()[0]["collections"]
    with deferred_full_collections():
        kept = _grow()
        assert full_collections == []
        assert gc.get_stats()[0]["collections"] > young_before
    del kept
    # the same allocation outside the block does start full collections, so the check above can fail
    del full_collections[:]
    kept = _grow()
    assert full_collections
    del kept


def test_thresholds_restored_after_a_call_and_after_an_error():
    before = gc.get_threshold()
    attribute("Ann Lee said she would win.")
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError):
        with deferred_full_collections():
            assert gc.get_threshold()[2] == DEFERRED_THRESHOLD
            raise RuntimeError("boom")
    assert gc.get_threshold() == before


def test_nested_and_custom_thresholds():
    before = gc.get_threshold()
    try:
        gc.set_threshold(500, 7, 3)
        with deferred_full_collections():
            with deferred_full_collections():
                assert gc.get_threshold() == (500, 7, DEFERRED_THRESHOLD)
            assert gc.get_threshold() == (500, 7, DEFERRED_THRESHOLD)
        assert gc.get_threshold() == (500, 7, 3)
        gc.set_threshold(0, 7, 3)  # collection turned off by the caller: left off
        with deferred_full_collections():
            assert gc.get_threshold() == (0, 7, 3)
        assert gc.get_threshold() == (0, 7, 3)
    finally:
        gc.set_threshold(*before)


def test_overlapping_calls_from_threads_restore_the_callers_thresholds():
    before = gc.get_threshold()
    inside, leave = threading.Event(), threading.Event()

    def hold() -> None:
        with deferred_full_collections():
            inside.set()
            leave.wait(10)

    worker = threading.Thread(target=hold)
    worker.start()
    inside.wait(10)
    with deferred_full_collections():
        pass
    assert gc.get_threshold()[2] == DEFERRED_THRESHOLD  # the thread is still inside
    leave.set()
    worker.join(10)
    assert gc.get_threshold() == before


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_child_forked_inside_a_call_starts_with_the_callers_thresholds():
    before = gc.get_threshold()
    read, write = os.pipe()
    with deferred_full_collections():
        pid = os.fork()
        if pid == 0:  # the child
            ok = gc.get_threshold() == before
            with deferred_full_collections():
                ok = ok and gc.get_threshold()[2] == DEFERRED_THRESHOLD
            ok = ok and gc.get_threshold() == before
            os.write(write, b"1" if ok else b"0")
            os._exit(0)
        os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"
    os.close(read)
    os.close(write)
    assert gc.get_threshold() == before

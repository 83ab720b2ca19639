"""The Dask engine runs the same per-file function, so a cluster writes the same bytes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FIXTURES

from hansard_parse.batch import run_batch

distributed = pytest.importorskip("distributed")

FILES = ("oral_questions.print.txt", "statement.print.txt", "questions_after_statement.plain.txt")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A 2-worker local cluster of processes, closed after the module's tests."""
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


def outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith("_")
    }


@pytest.mark.parametrize("fmt", ["json", "parquet"])
def test_dask_cluster_writes_what_the_local_engine_writes(
    scheduler: str, tmp_path: Path, fmt: str
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in FILES:
        shutil.copy(FIXTURES / name, corpus / name)
    local, cluster = tmp_path / "local", tmp_path / "dask"
    local_report = run_batch([str(corpus)], local, fmt=fmt, jobs=1)
    dask_report = run_batch([str(corpus)], cluster, fmt=fmt, engine="dask", scheduler=scheduler)
    assert [r.status for r in dask_report.results] == ["parsed"] * 3
    assert outputs(cluster) == outputs(local)
    assert len(outputs(local)) == 3
    assert [r.sha256 for r in dask_report.results] == [r.sha256 for r in local_report.results]


def test_cli_without_scheduler_starts_and_closes_a_local_cluster(tmp_path: Path) -> None:
    from hansard_parse.cli import EXIT_OK, main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURES / FILES[0], corpus / FILES[0])
    local, cluster = tmp_path / "local", tmp_path / "dask"
    assert main(["batch", str(corpus), "-o", str(local), "-q"]) == EXIT_OK
    argv = ["batch", str(corpus), "-o", str(cluster), "--engine", "dask", "--jobs", "1", "-q"]
    assert main(argv) == EXIT_OK
    assert outputs(cluster) == outputs(local)


def test_a_wrong_scheduler_address_fails_within_the_connect_timeout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hansard_parse.cli import EXIT_INPUT, main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURES / FILES[0], corpus / FILES[0])
    argv = ["batch", str(corpus), "-o", str(tmp_path / "out"), "--engine", "dask", "-q",
            "--scheduler", "tcp://127.0.0.1:9", "--connect-timeout", "0.5"]
    assert main(argv) == EXIT_INPUT
    assert capsys.readouterr().err.startswith(
        "hansard-parse: error: cannot connect to the Dask scheduler at tcp://127.0.0.1:9 within "
        "0.5 s ("
    )


def test_a_new_cluster_without_jobs_has_one_worker_per_cpu(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hansard_parse.errors import BatchError

    started: dict[str, object] = {}

    class Cluster:
        def __init__(self, **options: object) -> None:
            started.update(options)

        def close(self) -> None:
            started["closed"] = True

    def no_client(*args: object, **kwargs: object) -> None:
        raise OSError("stop here: the cluster's size is what this test checks")

    monkeypatch.setattr(distributed, "LocalCluster", Cluster)
    monkeypatch.setattr(distributed, "Client", no_client)
    monkeypatch.setattr("os.cpu_count", lambda: 3)
    shutil.copy(FIXTURES / FILES[0], tmp_path / FILES[0])
    with pytest.raises(BatchError, match="cannot start a local Dask cluster"):
        run_batch([str(tmp_path / FILES[0])], tmp_path / "out", engine="dask")
    assert (started["n_workers"], started["closed"]) == (3, True)

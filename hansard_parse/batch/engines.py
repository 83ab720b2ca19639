"""Where a batch's files are parsed: in this process, in local worker processes, or on Dask.

Engines only decide where :func:`~hansard_parse.batch.work.run_file` runs; none of them is a
scheduler of ours. Results come back in completion order, and a lost worker fails only its
own file. Local workers end when the run ends, however it ends (see
:func:`~hansard_parse.stopping.die_with_parent`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any

from ..errors import BatchError
from ..files import shown
from ..stopping import die_with_parent
from ..tabular import require
from .work import FileResult, Task, run_file

ENGINES = ("local", "dask")


def schedule(
    tasks: Sequence[Task],
    *,
    engine: str,
    jobs: int,
    scheduler: str | None,
    connect_timeout: float = 10.0,
) -> Iterator[FileResult]:
    """Run :func:`run_file` over ``tasks`` on an engine; results in completion order.

    Largest files go first, so workers finish together rather than one of them last.
    """
    ordered = sorted(tasks, key=lambda t: -t.size)
    if engine == "dask":
        yield from _on_dask(ordered, jobs, scheduler, connect_timeout)
    elif jobs == 1 or len(ordered) <= 1:
        yield from map(run_file, ordered)
    else:
        yield from _on_processes(ordered, jobs)


def _on_processes(tasks: Sequence[Task], jobs: int) -> Iterator[FileResult]:
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(tasks)), initializer=die_with_parent, initargs=(os.getpid(),)
    )
    try:
        futures = {pool.submit(run_file, task): task for task in tasks}
        for future in as_completed(futures):
            yield _result_of(future.result, futures[future])
        pool.shutdown(wait=True)
    except BaseException:  # Ctrl-C, or the caller stopped early
        _stop_now(pool)
        raise


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Cancel the files not started and end the workers at once.

    A Ctrl-C that lands inside the executor's own bookkeeping can leave idle workers that
    Python then waits for at exit, for ever; ending them makes an interrupt always stop the
    run. (Python 3.14 has ``terminate_workers()``; before it the processes are only reachable
    through a private attribute.) A file cut off mid-write leaves only a hidden ``.tmp`` file,
    which the caller removes once the workers are gone; the file is parsed again by the next
    run, since the manifest records finished files only. The executor's manager thread is
    waited for too (see below), so nothing but the run's own message reaches stderr.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:  # gone before the caller removes their temporary files
        process.join(timeout=10)
    if manager is not None:
        # The executor's manager thread sees its workers gone and closes its wake-up pipe.
        # Waited for here, it has done so before Python's exit hook wakes it: unwaited,
        # the hook can write to the pipe as the thread closes it, and Python 3.11 prints
        # "Exception ignored … Bad file descriptor" after our one line on stderr.
        manager.join(timeout=10)


def _on_dask(
    tasks: Sequence[Task], jobs: int, scheduler: str | None, connect_timeout: float
) -> Iterator[FileResult]:
    """Run on Dask's distributed scheduler: the one at ``scheduler`` (given up after
    ``connect_timeout`` seconds, so a wrong address fails fast), or a local cluster."""
    distributed = require("distributed", "dask")
    cluster: Any = None
    try:
        if scheduler is None:
            cluster = distributed.LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
        client = distributed.Client(
            scheduler if cluster is None else cluster, timeout=f"{connect_timeout}s"
        )
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        if scheduler is None:
            raise BatchError(f"cannot start a local Dask cluster ({exc})") from exc
        raise BatchError(
            f"cannot connect to the Dask scheduler at {shown(scheduler)} within "
            f"{connect_timeout:g} s ({type(exc).__name__}); check the address, or raise "
            "--connect-timeout"
        ) from exc
    try:
        futures = client.map(run_file, list(tasks), pure=False)
        by_key = dict(zip((f.key for f in futures), tasks, strict=True))
        for future in distributed.as_completed(futures):
            yield _result_of(future.result, by_key[future.key])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _result_of(get: Callable[[], FileResult], task: Task) -> FileResult:
    """A finished task's result; a lost worker (killed, out of memory) fails only its file."""
    try:
        return get()
    except Exception as exc:
        return FileResult(
            input=task.input,
            name=task.name,
            status="failed",
            size=task.size,
            error=f"worker failed: {type(exc).__name__}: {exc}",
        )

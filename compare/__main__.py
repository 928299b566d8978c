"""The process entry point of ``divergence`` and ``python -m compare``.

It does what :func:`compare.cli.main` cannot do for itself:

- Ctrl-C while the command is still importing its modules gets the same one line and
  status 130 as Ctrl-C later on, not a traceback;
- an interrupted run ends with status 130 through :func:`os._exit`.  Measured on CPython
  3.11: a Ctrl-C landing while a module was being imported lazily (building its
  dataclasses and named tuples through ``exec``) was caught by ``main``, which printed its
  line and returned 130, yet the process then ended by SIGINT (status -2): the interpreter
  had flagged the interrupt as unhandled.  By the time ``main`` returns 130 it has removed
  its temporary files and stopped its workers, so teardown has nothing left to do but
  flush the two streams;
- once ``main`` has returned, a late Ctrl-C is ignored: the reports are complete or
  untouched by then, and the signal must not turn a finished run into a traceback.
"""

from __future__ import annotations

import os
import signal
import sys

INTERRUPTED = 130


def run() -> None:
    try:
        from compare.cli import main

        status = main()
    except KeyboardInterrupt:
        print("divergence: interrupted", file=sys.stderr)
        status = INTERRUPTED
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if status == INTERRUPTED:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(INTERRUPTED)
    sys.exit(status)


if __name__ == "__main__":
    run()

"""The branch server: what the laptops talk to, the staff workspace, its administration and store.

- `device/`: the device-facing API and intake (enrolment, signed batches, pull, laptop reports,
  USB batch files) under the same rules as the laptop;
- `workspace/`: the clerks' and supervisors' routes and their use-cases (inbox, review,
  decisions, transfer, branch tally, reconciliation, activity);
- `admin/`: `bpu-branch` (the CLI), initialising the branch, the officer roster and devices;
- `store/`: the branch database (models, engine, Alembic migrations), keys, the participant
  registry;
- `server.py` assembles the application; `deps.py` is what every router needs from a request.

May import `sync` (the protocol), `store.keys`, `documents` and `domain`; never Qt or `gui`.
"""

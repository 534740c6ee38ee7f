"""Use-cases of the laptop and the workstation: profile, session, registration, receipts,
records, tally, sync, enrolment, laptop report, workstation.

May import `sync`, `store`, `documents` and `domain`; never `gui`, `cli` or `branch`.
"""

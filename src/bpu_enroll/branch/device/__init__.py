"""The device face of the branch server: what laptops talk to.

Enrolment with a one-time code, the signature check on every request, batches received in
chunks and judged by the domain rules (`intake`, with `held`, `judge`, `voids` and
`new_records`), the pull of decisions, laptop reports, and USB batch files imported under the
same rules (`importer`).

May import `branch.store`, `branch.admin.roster`, `sync.protocol`, `domain`; not `branch.workspace`.
"""

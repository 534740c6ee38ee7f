"""The branch workspace of clerks and supervisors: its window and context, batch inbox, review
queue and decisions, USB import and export, branch tally, reconciliation and laptop activity, and
setting up a workstation.

Talks to the branch server only through `sync.staff_client`. May import `gui.common` and
`gui.forms`; never `gui.officer`.
"""

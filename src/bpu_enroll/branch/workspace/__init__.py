"""The staff face of the branch server: routes and use-cases for clerks and supervisors.

Staff sessions and decisions (`staff`), the review queue (`review`), USB import and export for
the core system (`transfer`, `export`), the branch tally (`tally`), reconciliation and laptop
activity (`supervisor`), and their routers (`api`, `supervisor_api`).

May import `branch.store`, `branch.admin.roster`, `branch.device` (intake rules, refusals),
`documents`, `sync` and `domain`.
"""

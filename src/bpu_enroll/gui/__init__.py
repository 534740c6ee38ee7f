"""The desktop app (PySide6): the only package that imports Qt.

- `common/`: what both apps share: context, task runner, dialogs base, feedback, styles, view
  options, translations loader, PDF page view, charts and the tally table model;
- `officer/`: the field officer's app (login, main window, registration, pickers, quote,
  registrations, tally, sync, lock, drafts, enrolment);
- `workspace/`: the branch workspace of clerks and supervisors (window, context, batches, review,
  decisions, transfer, tally, reconciliation, activity);
- `forms/`: Python generated from `ui/` (do not edit), in the same folders;
- `app.py` and `first_run.py`: start-up, above both apps, choosing which one to open.

May import `services`, `sync`, `store`, `documents` and `domain`. `officer` and `workspace`
never import each other.
"""

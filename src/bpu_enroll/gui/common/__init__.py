"""What both desktop apps share: `AppContext`, the task runner, the dialog base and options,
field feedback, styles and icons, view options, the translations loader, PDF pages, the bar chart,
the tally table model, the About box and the crash dialog.

Imports neither `gui.officer` nor `gui.workspace`.
"""

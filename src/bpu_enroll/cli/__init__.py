"""`bpu-enroll`'s headless commands (DESIGN.md §8): JSON out, exit 0/1/2, stable codes.

Sits beside `gui` at the top: may import `services` and the layers under them; never Qt.
"""

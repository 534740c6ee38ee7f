"""Python forms generated from `ui/officer/*.ui` by scripts/build_forms.py: do not edit."""

"""Python forms generated from `ui/workspace/*.ui` by scripts/build_forms.py: do not edit."""

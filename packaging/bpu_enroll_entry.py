"""The frozen app's entry script: exactly what the `bpu-enroll` console script runs."""

import sys

from bpu_enroll.launcher import main

if __name__ == "__main__":
    sys.exit(main())

"""`python -m bpu_enroll` behaves like the `bpu-enroll` command."""

import sys

from bpu_enroll.launcher import main

sys.exit(main())

"""`python -m bench serve|overhead ...` (the same as `qwen-gateway bench ...`)."""

import sys

from . import main

sys.exit(main())

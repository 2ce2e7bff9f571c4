"""askfoi: write a UK Freedom of Information request that gets answered."""

__version__ = "0.1.0"

# sp60: the framing and the checks use a few thousand regular expressions, most written inline (re.search(r"...", s));
# the re module keeps only the last 512 compiled, so each message compiled most of them again (about 750 compiles a
# message, half its time). The cache is raised for the process; where a Python keeps no such limit, nothing changes.
import re as _re

if isinstance(getattr(_re, "_MAXCACHE", None), int) and _re._MAXCACHE < 20000:
    _re._MAXCACHE = 20000
